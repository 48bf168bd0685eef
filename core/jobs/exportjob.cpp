// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/exportjob.h"

#include "export/brat.h"
#include "export/conllexport.h"
#include "export/csvexport.h"
#include "export/jsonld.h"
#include "export/report.h"
#include "export/reportdata.h"
#include "export/selection.h"
#include "storage/comparisonstore.h"
#include "storage/project.h"
#include "util/databasefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// Written under a temporary name and renamed into place: a failed export leaves no half file.
Result<void> writeFile(const QString &path, const QByteArray &content)
{
    // Renaming a file over an open project would leave its connections on the old file.
    if (auto r = DatabaseFiles::refuseIfInUse(path); !r)
        return r;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error {u"%1: cannot be written (%2)"_s.arg(
            QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

Result<void> checkFileTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error {u"%1: is a folder; give a file name"_s.arg(QDir::toNativeSeparators(path))};
    if (!info.absoluteDir().exists())
        return Error {u"%1: the folder %2 does not exist"_s.arg(
            QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()))};
    return {};
}

Result<void> writeBrat(
    const ExportSelection &selection, const QString &folder, ExportSummary *summary)
{
    const QString name = QDir::toNativeSeparators(folder);
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error {u"%1: brat is written into a folder, and this is a file"_s.arg(name)};
    QDir dir(folder);
    // Files of an earlier export would mix with this one's.
    if (info.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error {u"%1: the folder is not empty; choose a new or empty folder"_s.arg(name)};
    if (!info.exists() && !QDir().mkpath(folder))
        return Error {u"%1: the folder cannot be made"_s.arg(name)};
    for (const ExportedArticle &article : selection.articles) {
        const QString base = dir.filePath(Brat::baseName(article.article));
        for (const auto &[path, content] :
            {std::pair {base + u".txt"_s, article.article.body.toUtf8()},
                std::pair {base + u".ann"_s, Brat::annotations(article).toUtf8()}}) {
            if (auto r = writeFile(path, content); !r)
                return r;
            summary->files.append(path);
        }
    }
    const QString conf = dir.filePath(u"annotation.conf"_s);
    if (auto r = writeFile(conf, Brat::configuration(selection).toUtf8()); !r)
        return r;
    summary->files.append(conf);
    return {};
}

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

Result<ExportSummary> exportProject(
    Project &project, const ExportOptions &options, const QString &outPath)
{
    switch (options.format) {
    case ExportFormat::Html:
    case ExportFormat::Pdf:
    case ExportFormat::Markdown:
        return writeReport(project, options, outPath);
    case ExportFormat::JsonLd:
    case ExportFormat::Csv:
    case ExportFormat::Brat:
    case ExportFormat::Conll:
        break;
    }
    if (options.format != ExportFormat::Brat) {
        if (auto r = checkFileTarget(outPath); !r)
            return Error {r.error()};
    }
    auto selection = ExportSelector::select(project, options);
    if (!selection)
        return Error {u"%1: %2"_s.arg(QDir::toNativeSeparators(outPath), selection.error())};

    ExportSummary summary;
    summary.articles = int(selection->articles.size());
    summary.annotations = selection->annotationCount();
    summary.orphaned = selection->orphaned;
    if (summary.orphaned > 0)
        summary.warnings.append(u"%1 annotations were left out: their text is no longer in the"
                                " article"_s.arg(summary.orphaned));
    Result<void> written;
    switch (options.format) {
    case ExportFormat::JsonLd:
        written = writeFile(outPath,
            QJsonDocument(JsonLd::collection(selection.value())).toJson(QJsonDocument::Indented));
        break;
    case ExportFormat::Csv:
        written = writeFile(outPath, CsvExport::write(selection.value()));
        break;
    case ExportFormat::Conll: {
        int dropped = 0;
        written = writeFile(outPath, ConllExport::write(selection.value(), &dropped).toUtf8());
        if (dropped > 0)
            summary.warnings.append(
                u"%1 overlapping spans were left out: BIO tags cannot nest"_s.arg(dropped));
        break;
    }
    case ExportFormat::Brat:
        written = writeBrat(selection.value(), outPath, &summary);
        break;
    case ExportFormat::Html:
    case ExportFormat::Pdf:
    case ExportFormat::Markdown:
        break;
    }
    if (!written)
        return Error {written.error()};
    if (options.format != ExportFormat::Brat)
        summary.files.append(outPath);
    return summary;
}

Result<ExportSummary> writeReport(
    Project &project, const ExportOptions &options, const QString &outPath)
{
    if (options.storyId == 0)
        return writeReport(project, options, outPath, nullptr);
    auto comparison = ComparisonStore(project).load(options.storyId);
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
