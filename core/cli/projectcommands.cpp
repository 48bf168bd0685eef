// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The project commands: new, import, list, search, show.
#include "command.h"

#include "cli.h"
#include "import/importer.h"
#include "jobs/importjob.h"
#include "sample/sampleproject.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "storage/projectcopy.h"
#include "storage/searchindex.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

const QCommandLineOption kStory(u"story"_s,
    u"Add the imported articles to the story NAME (created when missing)."_s, u"NAME"_s);
const QCommandLineOption kSample(
    u"sample"_s, u"Fill the new project with the bundled sample story."_s);
const QCommandLineOption kLimit(
    u"limit"_s, u"Show at most N results (default 20)."_s, u"N"_s, u"20"_s);

QJsonObject summaryJson(const ArticleSummary &a)
{
    return QJsonObject {{u"id"_s, a.id}, {u"title"_s, a.title}, {u"outlet"_s, a.outlet},
        {u"published"_s, a.published.isEmpty() ? QJsonValue() : QJsonValue(a.published)},
        {u"language"_s, a.language}, {u"words"_s, a.wordCount}, {u"entities"_s, a.entities},
        {u"quotes"_s, a.quotes}, {u"tags"_s, a.tags}, {u"notes"_s, a.notes},
        {u"proposals"_s, a.proposals}};
}

QString datePart(const QString &published)
{
    return published.isEmpty() ? u"(no date)"_s : published.left(10);
}

Result<std::unique_ptr<Project>> openProject(const QString &path, Project::Access access)
{
    return Project::open(path, access);
}

int cmdNew(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    expectPositionals(parser, 1);
    if (parser.isSet(kSample)) {
        if (auto r = SampleProject::create(path); !r)
            return fail(err, r.error());
    } else if (auto project = Project::create(path); !project) {
        return fail(err, project.error());
    }
    out << "Created " << QDir::toNativeSeparators(path) << Qt::endl;
    return Success;
}

int cmdImport(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    QStringList inputs = parser.positionalArguments().mid(1);
    if (inputs.isEmpty())
        throw UsageFailure {u"missing FILE to import"_s};
    auto project = openProject(path, Project::Access::ReadWrite);
    if (!project)
        return fail(err, project.error());
    if (project.value()->isReadOnly())
        return failReadOnly(err, *project.value());

    ImportOptions options;
    options.storyName = parser.value(kStory).trimmed();
    ImportJob job(*project.value(), options);
    int refused = 0;
    int added = 0;
    int duplicates = 0;
    job.setOutcomeCallback([&](const ImportOutcome &outcome) {
        if (!outcome.ok()) {
            ++refused;
            err << "parallax: " << outcome.error << Qt::endl;
            return;
        }
        added += outcome.added;
        duplicates += outcome.duplicates;
        const QString ids = [&] {
            QStringList parts;
            for (qint64 id : outcome.articleIds)
                parts.append(u"#"_s + QString::number(id));
            return parts.join(u", "_s);
        }();
        out << (outcome.added > 0 ? "imported " : "already in the project: ")
            << QDir::toNativeSeparators(outcome.path) << " (" << ids << ")" << Qt::endl;
    });
    const QStringList files = Importer::expandPaths(inputs);
    const QList<ImportOutcome> outcomes = job.run(files);
    project.value()->optimize();
    out << "Imported " << added << (added == 1 ? " article" : " articles");
    if (duplicates > 0)
        out << ", " << duplicates << " already present";
    if (refused > 0)
        out << "; " << refused << (refused == 1 ? " file" : " files") << " refused";
    out << "." << Qt::endl;
    if (files.isEmpty())
        return fail(err, u"no files to import in %1"_s.arg(inputs.join(u", "_s)));
    return refused > 0 ? UserError : Success;
}

int cmdList(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    expectPositionals(parser, 1);
    const bool json = jsonWanted(parser);
    auto project = openProject(path, Project::Access::ReadOnly);
    if (!project)
        return fail(err, project.error());
    ArticleStore store(*project.value());
    auto listing = store.listing();
    if (!listing)
        return fail(err, listing.error());

    if (json) {
        QJsonArray stories;
        QJsonArray unfiled;
        for (const StoryListing &l : listing.value()) {
            QJsonArray articles;
            for (const ArticleSummary &a : l.articles)
                articles.append(summaryJson(a));
            if (l.story.id == 0)
                unfiled = articles;
            else
                stories.append(QJsonObject {
                    {u"id"_s, l.story.id}, {u"name"_s, l.story.name}, {u"articles"_s, articles}});
        }
        printJson(out, QJsonObject {{u"stories"_s, stories}, {u"unfiled"_s, unfiled}});
        return Success;
    }
    if (listing->isEmpty())
        out << "The project has no articles yet. Add some with: parallax import PROJECT FILE..."
            << Qt::endl;
    for (const StoryListing &l : listing.value()) {
        const auto count = l.articles.size();
        out << (l.story.id == 0 ? u"Articles in no story"_s
                                : u"Story #%1: %2"_s.arg(l.story.id).arg(l.story.name))
            << " (" << count << (count == 1 ? " article" : " articles") << ")" << Qt::endl;
        for (const ArticleSummary &a : l.articles) {
            out << "  #" << a.id << "  " << datePart(a.published) << "  "
                << (a.outlet.isEmpty() ? u"(no outlet)"_s : a.outlet) << " — " << a.title
                << Qt::endl;
            out << "      " << a.wordCount << " words, " << a.entities << " entities, " << a.quotes
                << " quotes, " << a.tags << " tags, " << a.notes << " notes";
            if (a.proposals > 0)
                out << ", " << a.proposals << " to review";
            out << Qt::endl;
        }
    }
    return Success;
}

int cmdSearch(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    const QString queryText = parser.positionalArguments().mid(1).join(u' ');
    if (queryText.trimmed().isEmpty())
        throw UsageFailure {u"missing QUERY"_s};
    const bool json = jsonWanted(parser);
    bool limitOk = false;
    const int limit = parser.value(kLimit).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        throw UsageFailure {u"--limit takes a positive number"_s};
    auto project = openProject(path, Project::Access::ReadOnly);
    if (!project)
        return fail(err, project.error());
    SearchIndex index(*project.value());
    auto hits = index.search(queryText, limit);
    if (!hits)
        return fail(err, hits.error());

    if (json) {
        QJsonArray results;
        for (const SearchHit &hit : hits.value()) {
            // Highlights as code point ranges into the plain snippet, so tools need no markup.
            QString plain;
            QJsonArray highlights;
            qsizetype start = -1;
            for (const QChar c : hit.snippet) {
                if (c == SearchIndex::kMatchStart)
                    start = Offsets::codePointLength(plain);
                else if (c == SearchIndex::kMatchEnd && start >= 0)
                    highlights.append(QJsonArray {start, Offsets::codePointLength(plain)});
                else
                    plain += c;
            }
            results.append(QJsonObject {{u"id"_s, hit.articleId}, {u"title"_s, hit.title},
                {u"outlet"_s, hit.outlet},
                {u"published"_s,
                    hit.published.isEmpty() ? QJsonValue() : QJsonValue(hit.published)},
                {u"score"_s, hit.score}, {u"snippet"_s, plain}, {u"highlights"_s, highlights}});
        }
        printJson(out, QJsonObject {{u"query"_s, queryText}, {u"results"_s, results}});
        return Success;
    }
    if (hits->isEmpty())
        out << "No article matches " << queryText << "." << Qt::endl;
    for (const SearchHit &hit : hits.value()) {
        out << "#" << hit.articleId << "  " << datePart(hit.published) << "  "
            << (hit.outlet.isEmpty() ? u"(no outlet)"_s : hit.outlet) << " — " << hit.title
            << Qt::endl;
        out << "      " << SearchIndex::markSnippet(hit.snippet, u"["_s, u"]"_s).simplified()
            << Qt::endl;
    }
    return Success;
}

int cmdShow(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    const QString idText = positional(parser, 1, u"ARTICLE_ID"_s);
    expectPositionals(parser, 2);
    const bool json = jsonWanted(parser);
    bool idOk = false;
    const qint64 id = QString(idText).remove(u'#').toLongLong(&idOk);
    if (!idOk || id <= 0)
        throw UsageFailure {u"ARTICLE_ID must be a number, as shown by 'parallax list'"_s};
    auto project = openProject(path, Project::Access::ReadOnly);
    if (!project)
        return fail(err, project.error());
    ArticleStore store(*project.value());
    auto article = store.article(id);
    if (!article)
        return fail(err, u"%1: %2"_s.arg(QDir::toNativeSeparators(path), article.error()));
    const Article &a = article.value();
    if (json) {
        printJson(out,
            QJsonObject {{u"id"_s, a.id}, {u"title"_s, a.title}, {u"outlet"_s, a.outlet},
                {u"author"_s, a.author}, {u"url"_s, a.url},
                {u"published"_s, a.published.isEmpty() ? QJsonValue() : QJsonValue(a.published)},
                {u"language"_s, a.language}, {u"words"_s, a.wordCount},
                {u"content_hash"_s, a.contentHash}, {u"source"_s, a.sourcePath},
                {u"format"_s, a.sourceFormat}, {u"imported"_s, a.importedAt.toString(Qt::ISODate)},
                {u"text"_s, a.body}});
        return Success;
    }
    // The same header the plain text importer reads, so a shown article can be imported again.
    out << "Title: " << a.title << Qt::endl;
    if (!a.outlet.isEmpty())
        out << "Outlet: " << a.outlet << Qt::endl;
    if (!a.author.isEmpty())
        out << "Author: " << a.author << Qt::endl;
    if (!a.published.isEmpty())
        out << "Date: " << a.published << Qt::endl;
    if (!a.url.isEmpty())
        out << "URL: " << a.url << Qt::endl;
    if (!a.language.isEmpty())
        out << "Language: " << a.language << Qt::endl;
    out << Qt::endl << a.body << Qt::endl;
    return Success;
}

int cmdCopy(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString source = positional(parser, 0, u"SOURCE"_s);
    const QString dest = positional(parser, 1, u"DEST"_s);
    expectPositionals(parser, 2);
    auto copied = copyProject(source, dest);
    if (!copied)
        return fail(err, copied.error());
    qint64 rows = 0;
    for (const CopiedTable &table : copied.value())
        rows += table.rows;
    if (jsonWanted(parser)) {
        QJsonArray tables;
        for (const CopiedTable &table : copied.value())
            tables.append(QJsonObject {
                {u"table"_s, table.name}, {u"rows"_s, table.rows}, {u"sha256"_s, table.hash}});
        printJson(out, QJsonObject {{u"tables"_s, tables}});
        return Success;
    }
    out << "Copied " << rows << " rows in " << copied->size() << " tables to " << dest
        << "; counts and content hashes match" << Qt::endl;
    return Success;
}

} // namespace

QList<Command> projectCommands()
{
    return {
        {u"new"_s, u"new PROJECT [--sample]"_s,
            u"Create an empty project (a file or a server database)."_s,
            u"Creates PROJECT: a file (for example briefing.parallax), or a postgresql:// address\n"
            u"of an empty database on a server, whose role becomes the project's administrator.\n"
            u"An existing file is never overwritten; a database with other tables, or with a\n"
            u"project already, is refused and left untouched."_s,
            [](QCommandLineParser &p) { p.addOption(kSample); }, cmdNew},
        {u"import"_s, u"import PROJECT FILE... [--story NAME]"_s,
            u"Import article files into a project."_s,
            u"Reads plain text (with an optional Title:/Outlet:/Author:/Date:/URL:/Language: "
            u"header),\n"
            u"HTML pages, Markdown and JSON article files; folders are searched for such files.\n"
            u"Each refused file is reported and the others are still imported; an article already\n"
            u"in the project is recognised and not added twice. Exits 1 when any file was refused."_s,
            [](QCommandLineParser &p) { p.addOption(kStory); }, cmdImport},
        {u"list"_s, u"list PROJECT [--format text|json]"_s, u"List stories and their articles."_s,
            u"Shows each story with its articles: id, date, outlet, title, and counts of words,\n"
            u"entities, quotes, tags and notes."_s,
            [](QCommandLineParser &p) { p.addOption(formatOption()); }, cmdList},
        {u"search"_s, u"search PROJECT QUERY [--limit N] [--format text|json]"_s,
            u"Full-text search over titles and bodies."_s,
            u"All words must occur; \"quoted words\" form a phrase; OR allows either of two "
            u"terms;\n"
            u"-word excludes; word* matches a prefix. Results are ranked, with the matching passage."_s,
            [](QCommandLineParser &p) {
                p.addOption(formatOption());
                p.addOption(kLimit);
            },
            cmdSearch},
        {u"copy"_s, u"copy SOURCE DEST [--format text|json]"_s,
            u"Copy a whole project between a file and a server."_s,
            u"SOURCE and DEST are each a project file or a postgresql:// address. DEST must be "
            u"new\n"
            u"(no such file, or an empty database). Every row keeps its id; each table is then\n"
            u"counted and hashed on both sides, and a copy that differs is an error."_s,
            [](QCommandLineParser &p) { p.addOption(formatOption()); }, cmdCopy},
        {u"show"_s, u"show PROJECT ARTICLE_ID [--format text|json]"_s,
            u"Print an article's metadata and text."_s,
            u"ARTICLE_ID is the number 'parallax list' shows."_s,
            [](QCommandLineParser &p) { p.addOption(formatOption()); }, cmdShow},
    };
}

} // namespace Parallax::Cli
