// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax export' (reports and data formats) and 'parallax import-annotations'.
#include "command.h"

#include "cli.h"
#include "export/annotationimport.h"
#include "export/exporter.h"
#include "jobs/exportjob.h"
#include "jobs/interchangeimport.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

const QCommandLineOption kStory(u"story"_s, u"Export this story (name or id)."_s, u"S"_s);
const QCommandLineOption kFormat(
    u"format"_s, u"html, pdf, md (reports); jsonld, csv, brat, conll (data)."_s, u"FORMAT"_s);
const QCommandLineOption kOut(
    u"out"_s, u"The file to write (for brat: a new or empty folder)."_s, u"PATH"_s);
const QCommandLineOption kArticles(
    u"articles"_s, u"Only these articles, by id (as 'parallax list' shows them)."_s, u"1,2"_s);
const QCommandLineOption kLayers(u"layers"_s,
    u"Only these layers: entities, quotes, dates, tags, notes (default: all)."_s, u"LIST"_s);
const QCommandLineOption kLayer(u"layer"_s,
    u"Whose annotations: analysts (default: the annotations as they are) or curated (the"
    " curated layer alone)."_s,
    u"LAYER"_s, u"analysts"_s);
const QCommandLineOption kAcceptedOnly(u"accepted-only"_s,
    u"Leave out proposals not yet reviewed (accepted and manual annotations only)."_s);
const QCommandLineOption kNoNotes(u"no-notes"_s, u"Leave out the analysts' notes."_s);
const QCommandLineOption kPageSize(
    u"page-size"_s, u"PDF page size: A4 (default) or Letter."_s, u"SIZE"_s, u"A4"_s);
const QCommandLineOption kPreparedBy(
    u"prepared-by"_s, u"The analyst a report names as its author."_s, u"NAME"_s);

QList<qint64> articleIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = QString(part.trimmed()).remove(u'#').toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageFailure {u"--articles takes article ids separated by commas, such as 1,2"_s};
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        throw UsageFailure {u"--articles takes article ids separated by commas, such as 1,2"_s};
    return ids;
}

QList<ExportLayer> layers(const QString &text)
{
    QList<ExportLayer> chosen;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        ExportLayer layer;
        if (!enumFromName(part.trimmed(), &layer))
            throw UsageFailure {
                u"unknown layer '%1' (use entities, quotes, dates, tags, notes)"_s.arg(
                    part.trimmed())};
        if (!chosen.contains(layer))
            chosen.append(layer);
    }
    if (chosen.isEmpty())
        throw UsageFailure {u"--layers needs at least one layer"_s};
    return chosen;
}

ExportOptions options(const QCommandLineParser &parser)
{
    ExportOptions options;
    if (!parser.isSet(kFormat))
        throw UsageFailure {u"missing --format"_s};
    if (!enumFromName(parser.value(kFormat), &options.format))
        throw UsageFailure {
            u"unknown --format '%1' (use html, pdf, md, jsonld, csv, brat or conll)"_s.arg(
                parser.value(kFormat))};
    if (!parser.isSet(kOut) || parser.value(kOut).isEmpty())
        throw UsageFailure {u"missing --out"_s};
    if (!parser.isSet(kStory) && !parser.isSet(kArticles))
        throw UsageFailure {u"choose what to export with --story, --articles or both"_s};
    if (parser.isSet(kArticles))
        options.articleIds = articleIds(parser.value(kArticles));
    if (parser.isSet(kLayers))
        options.layers = layers(parser.value(kLayers));
    const QString layer = parser.value(kLayer);
    if (layer != "analysts"_L1 && layer != "curated"_L1)
        throw UsageFailure {u"unknown --layer '%1' (use analysts or curated)"_s.arg(layer)};
    options.curatedLayer = layer == "curated"_L1;
    options.includeProposals = !parser.isSet(kAcceptedOnly);
    options.includeNotes = !parser.isSet(kNoNotes);
    const QString size = parser.value(kPageSize);
    if (size.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize::A4;
    else if (size.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize::Letter;
    else
        throw UsageFailure {u"unknown --page-size '%1' (use A4 or Letter)"_s.arg(size)};
    options.preparedBy = parser.value(kPreparedBy);
    return options;
}

int cmdExport(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    expectPositionals(parser, 1);
    ExportOptions chosen = options(parser);
    const bool report = chosen.format == ExportFormat::Html || chosen.format == ExportFormat::Pdf
        || chosen.format == ExportFormat::Markdown;
    // The data formats only read; a report may keep what it computed.
    auto project
        = Project::open(path, report ? Project::Access::ReadWrite : Project::Access::ReadOnly);
    if (!project)
        return fail(err, project.error());
    if (parser.isSet(kStory)) {
        const QString story = parser.value(kStory);
        bool isNumber = false;
        chosen.storyId = story.toLongLong(&isNumber);
        if (!isNumber) {
            auto id = ArticleStore(*project.value()).storyId(story, false);
            if (!id)
                return fail(err, id.error());
            chosen.storyId = id.value();
        }
        if (chosen.storyId <= 0)
            return fail(
                err, u"%1: there is no story '%2'"_s.arg(QDir::toNativeSeparators(path), story));
    }
    const QString outPath = parser.value(kOut);
    auto summary = exportProject(*project.value(), chosen, outPath);
    if (!summary)
        return fail(err, summary.error());
    out << "Exported " << summary->articles << (summary->articles == 1 ? " article" : " articles")
        << " with " << summary->annotations
        << (summary->annotations == 1 ? " annotation" : " annotations") << " as "
        << enumName(chosen.format) << " to " << QDir::toNativeSeparators(outPath) << "."
        << Qt::endl;
    for (const QString &warning : std::as_const(summary->warnings))
        out << "Note: " << warning << "." << Qt::endl;
    return Success;
}

int cmdImportAnnotations(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (inputs.isEmpty())
        throw UsageFailure {u"missing FILE to import"_s};
    auto project = Project::open(path);
    if (!project)
        return fail(err, project.error());
    if (project.value()->isReadOnly())
        return failReadOnly(err, *project.value());
    const QStringList files = AnnotationImport::expandPaths(inputs);
    if (files.isEmpty())
        return fail(err,
            u"no annotation files (*.jsonld, *.json, *.ann) in %1"_s.arg(inputs.join(u", "_s)));

    int imported = 0;
    int present = 0;
    int refused = 0;
    int failedFiles = 0;
    for (const QString &file : files) {
        const AnnotationImportReport report = AnnotationImport::importFile(*project.value(), file);
        const QString name = QDir::toNativeSeparators(file);
        if (!report.error.isEmpty()) {
            ++failedFiles;
            err << "parallax: " << report.error << Qt::endl;
            continue;
        }
        imported += report.imported;
        present += report.alreadyPresent;
        refused += report.refused();
        out << name << ": " << report.imported << " imported";
        if (report.reanchored > 0)
            out << " (" << report.reanchored << " re-anchored, flagged for review)";
        out << ", " << report.alreadyPresent << " already present, " << report.refused()
            << " refused";
        if (report.learned > 0)
            out << "; the project's entity model learned from " << report.learned;
        out << Qt::endl;
        if (!report.learningError.isEmpty())
            err << "parallax: " << report.learningError << Qt::endl;
        for (const ImportRefusal &r : report.refusals)
            err << "parallax: " << name << ": " << r.annotation << ": " << r.reason << Qt::endl;
    }
    out << "Imported " << imported << (imported == 1 ? " annotation" : " annotations") << ", "
        << present << " already present, " << refused << " refused";
    if (failedFiles > 0)
        out << "; " << failedFiles << (failedFiles == 1 ? " file" : " files") << " refused";
    out << "." << Qt::endl;
    return refused > 0 || failedFiles > 0 ? UserError : Success;
}

} // namespace

QList<Command> exportCommands()
{
    return {
        Command {u"export"_s,
            u"export PROJECT (--story S | --articles 1,2) --format FORMAT --out PATH [options]"_s,
            u"Write a story as a report or as annotation data."_s,
            u"Reports: html, pdf, md. Data: jsonld (W3C Web Annotation), csv (one row per\n"
            "annotation, UTF-8 with BOM), brat (a folder of .txt and .ann files), conll (BIO\n"
            "entity tags). The story is named or numbered as 'parallax list' shows it; --articles\n"
            "narrows it, or chooses articles without a story. Rejected proposals are never\n"
            "exported. --layer curated exports the curated layer (docs/agreement.md) in place of\n"
            "the annotations. docs/interchange.md describes the data formats."_s,
            [](QCommandLineParser &p) {
                p.addOptions({kStory, kFormat, kOut, kArticles, kLayers, kLayer, kAcceptedOnly,
                    kNoNotes, kPageSize, kPreparedBy});
            },
            cmdExport},
        Command {u"import-annotations"_s, u"import-annotations PROJECT FILE..."_s,
            u"Import W3C JSON-LD or brat annotations onto the project's articles."_s,
            u"Reads W3C Web Annotation JSON-LD files (*.jsonld, *.json) and brat .ann files (the\n"
            ".txt of the same name beside them); folders are searched for both. Each article\n"
            "must already be in the project (JSON-LD: found by its content hash or address; brat:\n"
            "by the .txt's text). An annotation whose text is not at its position is placed\n"
            "only where its quote and context occur exactly once (flagged for review), and is\n"
            "otherwise refused, with the reason on stderr. Identical annotations are not added\n"
            "twice; the same span from two analysts (the JSON-LD creator) is two annotations,\n"
            "one in each analyst's layer. Each file is imported in one transaction. Exits 1 when "
            "anything was refused\n"
            "(the rest is still imported)."_s,
            nullptr, cmdImportAnnotations},
    };
}

} // namespace Parallax::Cli
