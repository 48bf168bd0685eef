// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QString>

namespace Parallax {

class Project;
struct ReportData;
struct StoredComparison;

// The reports a person reads: a story's comparison dossier, or a single article's report
// (options.storyId 0 and one article id), as one self-contained HTML file, a PDF or Markdown
// (options.format). The articles carry their entities, quotes with speakers, tags and notes in
// the window's colours; a dossier adds the aligned quotes side by side with the differing words
// marked, the review items, what only one source has, and who is named and quoted by which
// outlet. The file is written whole or not at all.
//
// The PDF needs a QGuiApplication (fonts); HTML and Markdown do not. Safe to call from a worker
// thread on a Project opened in that thread.
Result<ExportSummary> writeReport(
    Project &project, const ExportOptions &options, const QString &outPath);
// The same with the story's comparison given (null: not compared yet) instead of loaded.
Result<ExportSummary> writeReport(Project &project, const ExportOptions &options,
    const QString &outPath, const StoredComparison *comparison);

// The writers, over data already loaded (loadReportData in export/reportdata.h).
QString htmlReport(const ReportData &data);
QString markdownReport(const ReportData &data);
// Returns the number of pages written.
Result<int> writePdfReport(const ReportData &data, const QString &outPath);

} // namespace Parallax
