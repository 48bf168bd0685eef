// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "util/result.h"

#include <QStringList>

namespace Parallax {

class Project;

// What an export wrote.
struct ExportSummary
{
    QStringList files; // every file written, in the order written
    int articles = 0;
    int annotations = 0; // a quote counts once, with its cue and speaker
    // Left out because their text is no longer where they point and could not be re-anchored.
    int orphaned = 0;
    QStringList warnings; // for a person, e.g. spans a format could not carry
};

// Writes the project's story (or the chosen articles) in options.format to outPath: a file, or
// for brat a folder (created when missing; an existing folder must be empty). Reports
// (Html, Pdf, Markdown) are written by writeReport() (export/report.h), the data formats here.
Result<ExportSummary> exportProject(
    Project &project, const ExportOptions &options, const QString &outPath);

} // namespace Parallax
