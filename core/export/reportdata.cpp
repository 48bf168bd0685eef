// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportdata.h"

#include "export/selection.h"

#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/sql.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// The reports and the data formats put an annotation on the same layer.
using ExportSelector::layerOf;

bool passes(const Annotation &a, const ExportOptions &options)
{
    if (a.status == ReviewStatus::Rejected || a.anchor == AnchorState::Orphaned)
        return false;
    if (a.status == ReviewStatus::Proposed && !options.includeProposals)
        return false;
    if (a.kind == AnnotationKind::Note && !options.includeNotes)
        return false;
    return options.layers.contains(layerOf(a));
}

// The story's articles in the order the library shows them.
Result<QList<qint64>> storyArticles(QSqlDatabase &db, qint64 storyId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query,
            u"SELECT sa.article_id FROM story_article sa JOIN article a ON a.id = sa.article_id"
            " WHERE sa.story_id = ? ORDER BY a.published, a.id"_s,
            {storyId});
        !r)
        return Error {r.error()};
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

template<typename T>
QList<T> pick(const QList<T> &values, const QList<qsizetype> &indexes)
{
    QList<T> picked;
    for (qsizetype i : indexes) {
        if (i < values.size())
            picked.append(values.at(i));
    }
    return picked;
}

bool allEqual(const QStringList &texts)
{
    return std::all_of(
        texts.cbegin(), texts.cend(), [&](const QString &t) { return t == texts.constFirst(); });
}

} // namespace

const ReportArticle *ReportData::article(qint64 articleId) const
{
    for (const ReportArticle &a : articles) {
        if (a.article.id == articleId)
            return &a;
    }
    return nullptr;
}

QString ReportData::sourceName(qint64 articleId) const
{
    const ReportArticle *a = article(articleId);
    if (!a)
        return u"article %1"_s.arg(articleId);
    return a->article.outlet.isEmpty() ? a->article.title : a->article.outlet;
}

QString ReportData::tagName(qint64 tagId) const
{
    return tags.value(tagId).name;
}

int ReportData::annotationCount() const
{
    int count = 0;
    for (const ReportArticle &a : articles) {
        count += int(std::count_if(a.annotations.cbegin(), a.annotations.cend(), [](const auto &x) {
            return x.kind != AnnotationKind::Speaker && x.kind != AnnotationKind::Cue;
        }));
    }
    return count;
}

QString ReportData::title() const
{
    if (!isSingleArticle())
        return story.name;
    return articles.isEmpty() ? QString() : articles.constFirst().article.title;
}

QString ReportData::kindName() const
{
    return isSingleArticle() ? u"Article report"_s : u"Comparison dossier"_s;
}

StoredComparison restrictComparison(StoredComparison c, const QList<qint64> &articleIds)
{
    const QSet<qint64> keep(articleIds.cbegin(), articleIds.cend());
    QList<qsizetype> columns; // indexes into c.articleIds that stay
    for (qsizetype i = 0; i < c.articleIds.size(); ++i) {
        if (keep.contains(c.articleIds.at(i)))
            columns.append(i);
    }
    if (columns.size() == c.articleIds.size())
        return c;

    QSet<qint64> keptAlignments;
    QList<StoredAlignment> alignments;
    for (const StoredAlignment &a : std::as_const(c.alignments)) {
        QList<qsizetype> members;
        for (qsizetype m = 0; m < a.members.size(); ++m) {
            if (keep.contains(a.members.at(m).articleId))
                members.append(m);
        }
        if (members.size() < 2)
            continue;
        StoredAlignment kept = a;
        kept.members = pick(a.members, members);
        kept.differences.clear();
        for (const StoredDifference &d : a.differences) {
            StoredDifference dk {d.kind, pick(d.texts, members), pick(d.spans, members)};
            if (!allEqual(dk.texts))
                kept.differences.append(dk);
        }
        keptAlignments.insert(a.id);
        alignments.append(kept);
    }
    c.alignments = alignments;

    QList<ReviewItem> items;
    for (const ReviewItem &item : std::as_const(c.items)) {
        if (item.alignmentId == 0) {
            if (!item.spans.isEmpty() && keep.contains(item.spans.constFirst().articleId))
                items.append(item);
            continue;
        }
        if (!keptAlignments.contains(item.alignmentId))
            continue;
        QList<qsizetype> members;
        for (qsizetype m = 0; m < item.spans.size(); ++m) {
            if (keep.contains(item.spans.at(m).articleId))
                members.append(m);
        }
        ReviewItem kept = item;
        kept.spans = pick(item.spans, members);
        kept.texts = pick(item.texts, members);
        kept.wordSpans = pick(item.wordSpans, members);
        if (kept.spans.size() >= 2 && !allEqual(kept.texts))
            items.append(kept);
    }
    c.items = items;

    QList<StoredEntityCoverage> entities;
    for (StoredEntityCoverage e : std::as_const(c.entities)) {
        e.mentions = pick(e.mentions, columns);
        e.articleIds.removeIf([&](qint64 id) { return !keep.contains(id); });
        if (!e.articleIds.isEmpty())
            entities.append(e);
    }
    c.entities = entities;
    QList<StoredSpeakerCoverage> speakers;
    for (StoredSpeakerCoverage s : std::as_const(c.speakers)) {
        s.quotes = pick(s.quotes, columns);
        s.words = pick(s.words, columns);
        if (std::any_of(s.quotes.cbegin(), s.quotes.cend(), [](int n) { return n > 0; }))
            speakers.append(s);
    }
    c.speakers = speakers;
    c.articleIds = pick(c.articleIds, columns);
    return c;
}

Result<ReportData> loadReportData(
    Project &project, const ExportOptions &options, const StoredComparison *comparison)
{
    ReportData data;
    data.options = options;
    data.prepared = QDateTime::currentDateTime();
    QSqlDatabase &db = project.database();
    const QString file = QDir::toNativeSeparators(project.path());

    QList<qint64> ids;
    if (options.storyId == 0) {
        if (options.articleIds.size() != 1)
            return Error {u"%1: a report covers a story, or exactly one article"_s.arg(file)};
        ids = options.articleIds;
    } else {
        ArticleStore articles(db);
        auto stories = articles.stories();
        if (!stories)
            return Error {stories.error()};
        for (const Story &s : stories.value()) {
            if (s.id == options.storyId)
                data.story = s;
        }
        if (data.story.id == 0)
            return Error {u"%1: there is no story %2"_s.arg(file).arg(options.storyId)};
        auto inStory = storyArticles(db, options.storyId);
        if (!inStory)
            return Error {inStory.error()};
        for (qint64 id : options.articleIds) {
            if (!inStory->contains(id))
                return Error {u"%1: article %2 is not in the story “%3”"_s.arg(file).arg(id).arg(
                    data.story.name)};
        }
        // The story's order, whatever order the options list them in.
        for (qint64 id : std::as_const(inStory.value())) {
            if (options.articleIds.isEmpty() || options.articleIds.contains(id))
                ids.append(id);
        }
        if (ids.isEmpty())
            return Error {u"%1: the story “%2” has no articles"_s.arg(file, data.story.name)};
    }

    ArticleStore articles(db);
    AnnotationStore annotations(db);
    for (qint64 id : std::as_const(ids)) {
        auto article = articles.article(id);
        if (!article)
            return Error {article.error()};
        ReportArticle ra;
        ra.article = std::move(article.value());
        auto stored = annotations.forArticle(id, ra.article.body, AnnotationStore::Verify::No);
        if (!stored)
            return Error {stored.error()};
        // Checked in memory: an export never writes to the project.
        const CodePointMap map(ra.article.body);
        QList<Annotation> &list = stored.value();
        for (Annotation &a : list) {
            const Anchoring::Outcome outcome = Anchoring::verify(ra.article.body, map, a.span);
            if (outcome.state != AnchorState::Ok) {
                a.anchor = outcome.state;
                a.span = outcome.span;
            }
        }
        QSet<qint64> shownParents;
        for (const Annotation &a : std::as_const(list)) {
            if (a.parentId == 0 && passes(a, options))
                shownParents.insert(a.id);
            if (a.parentId == 0 && a.anchor == AnchorState::Orphaned
                && a.status != ReviewStatus::Rejected)
                ++data.orphaned;
        }
        for (Annotation a : std::as_const(list)) {
            if (!passes(a, options) || (a.parentId != 0 && !shownParents.contains(a.parentId)))
                continue;
            if (!options.includeNotes)
                a.note.clear();
            ra.annotations.append(std::move(a));
        }
        data.articles.append(std::move(ra));
    }

    EntityStore entities(db);
    auto records = entities.entities(data.story.id);
    if (!records)
        return Error {records.error()};
    for (const EntityRecord &e : std::as_const(records.value()))
        data.entityNames.insert(e.id, e.name);
    auto tags = entities.tags();
    if (!tags)
        return Error {tags.error()};
    for (const Tag &t : std::as_const(tags.value()))
        data.tags.insert(t.id, t);

    if (comparison && !data.isSingleArticle() && !comparison->articleIds.isEmpty()) {
        data.comparison = restrictComparison(*comparison, ids);
        if (!options.includeNotes) {
            for (ReviewItem &item : data.comparison->items)
                item.note.clear();
        }
    }
    return data;
}

} // namespace Parallax
