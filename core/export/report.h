// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "util/result.h"

#include <QString>

namespace Parallax {

struct ReportData;

// The report writers, over data already loaded (loadReportData in jobs/exportjob.h);
// writeReport() there reads the project and picks one.
QString htmlReport(const ReportData &data);
QString markdownReport(const ReportData &data);
// Returns the number of pages written.
Result<int> writePdfReport(const ReportData &data, const QString &outPath);

} // namespace Parallax
