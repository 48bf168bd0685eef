// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What an export or a report reads from the project; the writers in export/ see only the result.
#include "jobs/exportjob.h"

#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/curationstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// The reports and the data formats put an annotation on the same layer.
bool passes(const Annotation &a, const ExportOptions &options)
{
    if (a.status == ReviewStatus::Rejected || a.anchor == AnchorState::Orphaned)
        return false;
    if (a.status == ReviewStatus::Proposed && !options.includeProposals)
        return false;
    if (a.kind == AnnotationKind::Note && !options.includeNotes)
        return false;
    return options.layers.contains(ExportSelector::layerOf(a));
}

// The article's annotations, or its curated layer as annotations: manual, accepted, made by
// the curator.
Result<QList<Annotation>> annotationsOf(
    Project &project, qint64 articleId, const QString &body, const ExportOptions &options)
{
    if (!options.curatedLayer)
        return AnnotationStore(project).forArticle(articleId, body, AnnotationStore::Verify::No);
    auto curated = CurationStore(project).list(0, articleId);
    if (!curated)
        return Error {curated.error()};
    QList<Annotation> out;
    for (const CuratedAnnotation &c : std::as_const(curated.value())) {
        Annotation a;
        a.id = c.id;
        a.articleId = c.articleId;
        a.kind = c.kind;
        a.label = c.label;
        a.span = c.span;
        a.origin = Origin::Manual;
        a.analyst = c.curator;
        a.status = ReviewStatus::Accepted;
        a.entityId = c.entityId;
        a.tagId = c.tagId;
        a.created = c.modified;
        a.modified = c.modified;
        out.append(a);
    }
    return out;
}

} // namespace

namespace ExportSelector {
namespace {

Result<QList<qint64>> articlesToExport(Project &project, const ExportOptions &options)
{
    ArticleStore articles(project);
    QList<qint64> storyOrder;
    if (options.storyId > 0) {
        auto ordered = articles.storyArticles(options.storyId);
        if (!ordered)
            return Error {ordered.error()};
        storyOrder = ordered.value();
        if (options.articleIds.isEmpty())
            return storyOrder;
    }
    if (options.articleIds.isEmpty())
        return Error {u"choose a story or the articles to export"_s};
    for (qint64 id : options.articleIds) {
        if (options.storyId > 0 && !storyOrder.contains(id))
            return Error {u"article %1 is not in story %2"_s.arg(id).arg(options.storyId)};
        auto present = articles.contains(id);
        if (!present)
            return Error {present.error()};
        if (!present.value())
            return Error {u"there is no article %1 in this project"_s.arg(id)};
    }
    if (options.storyId <= 0)
        return options.articleIds;
    QList<qint64> chosen;
    for (qint64 id : std::as_const(storyOrder)) {
        if (options.articleIds.contains(id))
            chosen.append(id);
    }
    return chosen;
}

} // namespace

Result<ExportSelection> select(Project &project, const ExportOptions &options)
{
    ExportSelection selection;
    ArticleStore articles(project);
    if (options.storyId > 0) {
        auto stories = articles.stories();
        if (!stories)
            return Error {stories.error()};
        for (const Story &s : stories.value()) {
            if (s.id == options.storyId)
                selection.story = s;
        }
        if (selection.story.id == 0)
            return Error {u"there is no story %1 in this project"_s.arg(options.storyId)};
    }
    auto ids = articlesToExport(project, options);
    if (!ids)
        return Error {ids.error()};

    EntityStore entityStore(project);
    auto entityList = entityStore.entities();
    if (!entityList)
        return Error {entityList.error()};
    QHash<qint64, EntityRecord> entities;
    for (const EntityRecord &e : entityList.value())
        entities.insert(e.id, e);
    auto tagList = entityStore.tags();
    if (!tagList)
        return Error {tagList.error()};
    QHash<qint64, QString> tags;
    for (const Tag &t : tagList.value())
        tags.insert(t.id, t.name);

    for (qint64 id : ids.value()) {
        auto article = articles.article(id);
        if (!article)
            return Error {article.error()};
        ExportedArticle out;
        out.article = std::move(article).value();
        auto rows = annotationsOf(project, id, out.article.body, options);
        if (!rows)
            return Error {rows.error()};

        // Checked in memory: an export never writes to the project.
        const CodePointMap map(out.article.body);
        QHash<qint64, ExportedAnnotation> byId;
        QList<qint64> order;
        QSet<qint64> orphaned;
        for (const Annotation &row : rows.value()) {
            ExportedAnnotation e;
            e.annotation = row;
            const Anchoring::Outcome outcome = Anchoring::verify(out.article.body, map, row.span);
            if (outcome.state == AnchorState::Orphaned) {
                orphaned.insert(row.id);
                continue;
            }
            if (outcome.state == AnchorState::Reanchored) {
                e.annotation.span = outcome.span;
                e.annotation.anchor = AnchorState::Reanchored;
            } else if (row.anchor == AnchorState::Orphaned) {
                e.annotation.anchor = AnchorState::Ok; // the text was restored
            }
            if (!options.includeNotes)
                e.annotation.note.clear();
            if (const auto it = entities.constFind(row.entityId); it != entities.constEnd()) {
                e.entityName = it->name;
                e.entityType = it->type;
            }
            if (row.kind == AnnotationKind::Tag)
                e.tagName = tags.value(row.tagId, row.label);
            byId.insert(row.id, e);
            order.append(row.id);
        }
        // Children go with their parent; a quote whose cue or speaker lost its text keeps the
        // rest of its attribution.
        QList<qint64> parents;
        for (qint64 rowId : std::as_const(order)) {
            const ExportedAnnotation &e = byId[rowId];
            if (e.annotation.parentId == 0) {
                parents.append(rowId);
                continue;
            }
            if (orphaned.contains(e.annotation.parentId) || !byId.contains(e.annotation.parentId))
                continue;
            if (e.annotation.status == ReviewStatus::Rejected)
                continue;
            ExportedAnnotation &parent = byId[e.annotation.parentId];
            // A speaker the article does not name (the analyst chose it from a list) has no text
            // to mark: the formats carry it on the quote, as its speaker's name.
            if (e.annotation.kind == AnnotationKind::Speaker
                && e.annotation.span.end <= e.annotation.span.start) {
                if (!e.entityName.isEmpty()) {
                    parent.entityName = e.entityName;
                    parent.entityType = e.entityType;
                }
                continue;
            }
            parent.children.append(e);
        }
        for (qint64 rowId : std::as_const(parents)) {
            const ExportedAnnotation &e = byId[rowId];
            if (isIncluded(e.annotation, options))
                out.annotations.append(e);
        }
        for (qint64 rowId : std::as_const(orphaned)) {
            if (const auto it = std::find_if(rows->cbegin(), rows->cend(),
                    [rowId](const Annotation &a) { return a.id == rowId; });
                it != rows->cend() && it->parentId == 0 && isIncluded(*it, options))
                ++selection.orphaned;
        }
        selection.articles.append(std::move(out));
    }
    return selection;
}

} // namespace ExportSelector

Result<ReportData> loadReportData(
    Project &project, const ExportOptions &options, const StoredComparison *comparison)
{
    ReportData data;
    data.options = options;
    data.prepared = QDateTime::currentDateTime();
    const QString file = QDir::toNativeSeparators(project.path());

    QList<qint64> ids;
    if (options.storyId == 0) {
        if (options.articleIds.size() != 1)
            return Error {u"%1: a report covers a story, or exactly one article"_s.arg(file)};
        ids = options.articleIds;
    } else {
        ArticleStore articles(project);
        auto stories = articles.stories();
        if (!stories)
            return Error {stories.error()};
        for (const Story &s : stories.value()) {
            if (s.id == options.storyId)
                data.story = s;
        }
        if (data.story.id == 0)
            return Error {u"%1: there is no story %2"_s.arg(file).arg(options.storyId)};
        auto inStory
            = ArticleStore(project).storyArticles(options.storyId, ArticleStore::Order::Published);
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

    ArticleStore articles(project);
    for (qint64 id : std::as_const(ids)) {
        auto article = articles.article(id);
        if (!article)
            return Error {article.error()};
        ReportArticle ra;
        ra.article = std::move(article.value());
        auto stored = annotationsOf(project, id, ra.article.body, options);
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

    EntityStore entities(project);
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
