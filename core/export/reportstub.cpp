// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for the reports until their branch is merged, which brings the real writeReport()
// and removes this file.
#include "export/report.h"

using namespace Qt::StringLiterals;

namespace Parallax {

Result<ExportSummary> writeReport(Project &, const ExportOptions &options, const QString &outPath)
{
    return Error {u"%1: %2 reports are not built yet"_s.arg(outPath, enumName(options.format))};
}

} // namespace Parallax
