// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/report.h"

#include "export/reportdata.h"
#include "storage/comparisonstore.h"
#include "storage/project.h"
#include "util/databasefiles.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

Result<void> writeText(const QString &path, const QString &text)
{
    const QString name = QDir::toNativeSeparators(path);
    if (auto r = DatabaseFiles::refuseIfInUse(path); !r)
        return r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"%1: cannot be written (%2)"_s.arg(name, file.errorString())};
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error {u"%1: cannot be written (%2)"_s.arg(name, file.errorString())};
    return {};
}

} // namespace

Result<ExportSummary> writeReport(
    Project &project, const ExportOptions &options, const QString &outPath)
{
    if (options.storyId == 0)
        return writeReport(project, options, outPath, nullptr);
    auto comparison = ComparisonStore(project.database()).load(options.storyId);
    if (!comparison)
        return Error {comparison.error()};
    // A story never compared has no computed time: the dossier says so.
    return writeReport(
        project, options, outPath, comparison->computed.isValid() ? &comparison.value() : nullptr);
}

Result<ExportSummary> writeReport(Project &project, const ExportOptions &options,
    const QString &outPath, const StoredComparison *comparison)
{
    if (options.format != ExportFormat::Html && options.format != ExportFormat::Pdf
        && options.format != ExportFormat::Markdown)
        return Error {u"%1: a report is written as HTML, PDF or Markdown"_s.arg(
            QDir::toNativeSeparators(outPath))};
    auto data = loadReportData(project, options, comparison);
    if (!data)
        return Error {data.error()};
    switch (options.format) {
    case ExportFormat::Pdf: {
        auto pages = writePdfReport(data.value(), outPath);
        if (!pages)
            return Error {pages.error()};
        break;
    }
    case ExportFormat::Markdown:
        if (auto r = writeText(outPath, markdownReport(data.value())); !r)
            return Error {r.error()};
        break;
    default:
        if (auto r = writeText(outPath, htmlReport(data.value())); !r)
            return Error {r.error()};
        break;
    }
    ExportSummary summary;
    summary.files = {outPath};
    summary.articles = int(data->articles.size());
    summary.annotations = data->annotationCount();
    summary.orphaned = data->orphaned;
    if (data->orphaned > 0)
        summary.warnings.append(
            u"%1 annotations were left out: their text is no longer where they point"_s.arg(
                data->orphaned));
    return summary;
}

} // namespace Parallax
