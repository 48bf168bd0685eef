// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "export/reportdata.h"
#include "export/selection.h"

#include <QString>

namespace Parallax {

class Project;
struct StoredComparison;

// Writes the project's story (or the chosen articles) in options.format to outPath: a file, or
// for brat a folder (created when missing; an existing folder must be empty). Reports
// (Html, Pdf, Markdown) are written by writeReport() below, the data formats here.
Result<ExportSummary> exportProject(
    Project &project, const ExportOptions &options, const QString &outPath);

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

// Reads what the options select. comparison is the story's stored comparison, or null when it has
// not been compared; it is ignored for a single-article report.
Result<ReportData> loadReportData(
    Project &project, const ExportOptions &options, const StoredComparison *comparison);

namespace ExportSelector {

// Reads the story's articles (or options.articleIds, in story order) with their annotations.
// Spans are checked against the article text in memory, as the reader does: one whose text
// moved is re-anchored where its quote and context occur exactly once, otherwise left out and
// counted as orphaned. Nothing is written to the project.
Result<ExportSelection> select(Project &project, const ExportOptions &options);

} // namespace ExportSelector
} // namespace Parallax
