// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

namespace Parallax {

// The reports a person reads: Html, Pdf or Markdown, by options.format.
Result<ExportSummary> writeReport(
    Project &project, const ExportOptions &options, const QString &outPath);

} // namespace Parallax
