// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax compare PROJECT --story S': compare a story's articles and store the comparison and
// its review queue in the project.
#include "command.h"

#include "cli.h"
#include "jobs/storycomparison.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

constexpr qsizetype kExcerpt = 70; // characters of a passage shown in the text listing

// The story named by --story (a name or an id); without --story, the project's only story.
Result<Story> resolveStory(QCommandLineParser &parser, Project &project, const QString &path)
{
    auto stories = ArticleStore(project).stories();
    if (!stories)
        return Error {stories.error()};
    const QString file = QDir::toNativeSeparators(path);
    if (!parser.isSet(u"story"_s)) {
        if (stories->size() == 1)
            return stories->first();
        if (stories->isEmpty())
            return Error {u"%1: the project has no story to compare"_s.arg(file)};
        throw UsageFailure {
            u"the project has %1 stories; name one with --story"_s.arg(stories->size())};
    }
    const QString wanted = parser.value(u"story"_s).trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const Story &story : stories.value()) {
        if (story.name == wanted || (isNumber && story.id == id))
            return story;
    }
    return Error {u"%1: there is no story '%2'"_s.arg(file, wanted)};
}

QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    return line.size() <= kExcerpt ? line : line.left(kExcerpt - 1) + u'…';
}

QJsonObject spanJson(const StoredSpan &s)
{
    return QJsonObject {{u"article"_s, s.articleId}, {u"start"_s, s.span.start},
        {u"end"_s, s.span.end}, {u"text"_s, s.span.exact}};
}

QJsonObject itemJson(const ReviewItem &item, const QHash<qint64, QString> &tagNames)
{
    QJsonArray members;
    for (qsizetype i = 0; i < item.spans.size(); ++i) {
        QJsonObject member = spanJson(item.spans.at(i));
        if (i < item.wordSpans.size()) {
            QJsonObject words = spanJson(item.wordSpans.at(i));
            words.remove(u"article"_s);
            words.insert(u"text"_s, item.texts.value(i));
            member.insert(u"words"_s, words);
        }
        members.append(member);
    }
    return QJsonObject {{u"id"_s, item.id}, {u"kind"_s, item.kind},
        {u"status"_s, enumName(item.status)},
        {u"tag"_s, item.tagId > 0 ? QJsonValue(tagNames.value(item.tagId)) : QJsonValue()},
        {u"note"_s, item.note},
        {u"analyst"_s, item.analyst.isEmpty() ? QJsonValue() : QJsonValue(item.analyst)},
        {u"modified"_s,
            item.modified.isValid() ? QJsonValue(item.modified.toString(Qt::ISODateWithMs))
                                    : QJsonValue()},
        {u"stale"_s, item.stale},
        {u"alignment"_s, item.alignmentId > 0 ? QJsonValue(item.alignmentId) : QJsonValue()},
        {u"members"_s, members}};
}

} // namespace

int cmdCompareProject(
    QCommandLineParser &parser, const QString &path, QTextStream &out, QTextStream &err)
{
    const bool json = jsonWanted(parser);
    expectPositionals(parser, 1);
    auto opened = Project::open(path);
    if (!opened)
        return fail(err, opened.error());
    Project &project = *opened.value();
    const QString file = QDir::toNativeSeparators(path);
    if (project.isReadOnly())
        return failReadOnly(err, project);
    auto story = resolveStory(parser, project, path);
    if (!story)
        return fail(err, story.error());

    auto summary = compareStory(project, story->id, sharedComparer());
    if (!summary)
        return fail(err, u"%1: %2"_s.arg(file, summary.error()));
    auto stored = ComparisonStore(project).load(story->id);
    if (!stored)
        return fail(err, u"%1: %2"_s.arg(file, stored.error()));
    auto tags = EntityStore(project).tags();
    if (!tags)
        return fail(err, u"%1: %2"_s.arg(file, tags.error()));
    QHash<qint64, QString> tagNames;
    for (const Tag &tag : tags.value())
        tagNames.insert(tag.id, tag.name);
    ArticleStore articles(project);
    QHash<qint64, Article> articleById;
    for (qint64 id : std::as_const(stored->articleIds)) {
        auto article = articles.article(id);
        if (!article)
            return fail(err, u"%1: %2"_s.arg(file, article.error()));
        articleById.insert(id, article.value());
    }
    QMap<QString, int> byStatus;
    for (ReviewItemStatus status : {ReviewItemStatus::Open, ReviewItemStatus::Confirmed,
             ReviewItemStatus::Acceptable, ReviewItemStatus::Dismissed})
        byStatus.insert(enumName(status), 0);
    for (const ReviewItem &item : std::as_const(stored->items))
        ++byStatus[enumName(item.status)];

    if (json) {
        QJsonArray articleList;
        for (qint64 id : std::as_const(stored->articleIds)) {
            const Article &a = articleById[id];
            articleList.append(
                QJsonObject {{u"id"_s, id}, {u"title"_s, a.title}, {u"outlet"_s, a.outlet}});
        }
        QJsonObject statuses;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            statuses.insert(it.key(), it.value());
        QJsonArray items;
        for (const ReviewItem &item : std::as_const(stored->items))
            items.append(itemJson(item, tagNames));
        printJson(out,
            QJsonObject {
                {u"story"_s, QJsonObject {{u"id"_s, story->id}, {u"name"_s, story->name}}},
                {u"articles"_s, articleList},
                {u"computed"_s, stored->computed.toString(Qt::ISODateWithMs)},
                {u"comparerVersion"_s, stored->comparerVersion},
                {u"alignments"_s, summary->alignments},
                {u"summary"_s,
                    QJsonObject {{u"items"_s, summary->items}, {u"new"_s, summary->added},
                        {u"kept"_s, summary->kept}, {u"stale"_s, summary->stale},
                        {u"removed"_s, summary->removed}}},
                {u"status"_s, statuses},
                {u"items"_s, items},
            });
        return Success;
    }

    out << "Compared " << summary->articles << " articles of '" << story->name
        << "': " << summary->alignments << " aligned passages, " << summary->items
        << " review items (" << summary->added << " new, " << summary->kept << " found again)";
    if (summary->stale > 0)
        out << "; " << summary->stale << " reviewed items no longer found, kept as stale";
    if (summary->removed > 0)
        out << "; " << summary->removed << " open items no longer found, removed";
    out << "." << Qt::endl;
    out << "Review: " << byStatus.value(u"open"_s) << " open, " << byStatus.value(u"confirmed"_s)
        << " confirmed, " << byStatus.value(u"acceptable"_s) << " acceptable, "
        << byStatus.value(u"dismissed"_s) << " dismissed." << Qt::endl;
    for (const ReviewItem &item : std::as_const(stored->items)) {
        out << "  #" << item.id << "\t" << enumName(item.status) << (item.stale ? " (stale)" : "")
            << "\t" << item.kind;
        if (item.tagId > 0)
            out << "\t[" << tagNames.value(item.tagId) << "]";
        out << Qt::endl;
        for (qsizetype i = 0; i < item.spans.size(); ++i) {
            const StoredSpan &s = item.spans.at(i);
            const Article &a = articleById[s.articleId];
            const QString source = a.outlet.isEmpty() ? u"#%1"_s.arg(s.articleId) : a.outlet;
            out << "      " << source << ": ";
            if (!item.texts.isEmpty()) {
                const QString words = item.texts.value(i);
                out << (words.isEmpty() ? u"(lacks them)"_s : u"«"_s + words + u"»"_s) << " in ";
            }
            out << u"“"_s << excerpt(s.span.exact) << u"”"_s << Qt::endl;
        }
    }
    return Success;
}

} // namespace Parallax::Cli
