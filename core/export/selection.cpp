// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection.h"

#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "storage/sql.h"
#include "util/textoffsets.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {

int ExportSelection::annotationCount() const
{
    int count = 0;
    for (const ExportedArticle &a : articles)
        count += int(a.annotations.size());
    return count;
}

namespace ExportSelector {
namespace {

bool isDateLabel(const QString &label)
{
    static const QSet<QString> labels {
        u"DATE"_s, u"TIME"_s, u"DURATION"_s, u"SET"_s, u"MONEY"_s, u"PERCENT"_s};
    return labels.contains(label);
}

Result<QList<qint64>> articlesToExport(Project &project, const ExportOptions &options)
{
    QSqlQuery query(project.database());
    QList<qint64> storyOrder;
    if (options.storyId > 0) {
        if (auto r = Sql::exec(query,
                u"SELECT article_id FROM story_article WHERE story_id = ?"
                " ORDER BY position, article_id"_s,
                {options.storyId});
            !r)
            return Error {r.error()};
        while (query.next())
            storyOrder.append(query.value(0).toLongLong());
        if (options.articleIds.isEmpty())
            return storyOrder;
    }
    if (options.articleIds.isEmpty())
        return Error {u"choose a story or the articles to export"_s};
    for (qint64 id : options.articleIds) {
        if (options.storyId > 0 && !storyOrder.contains(id))
            return Error {u"article %1 is not in story %2"_s.arg(id).arg(options.storyId)};
        if (auto r = Sql::exec(query, u"SELECT 1 FROM article WHERE id = ?"_s, {id}); !r)
            return Error {r.error()};
        if (!query.next())
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

ExportLayer layerOf(const Annotation &annotation)
{
    switch (annotation.kind) {
    case AnnotationKind::Entity:
        return isDateLabel(annotation.label) ? ExportLayer::Dates : ExportLayer::Entities;
    case AnnotationKind::Quote:
    case AnnotationKind::Cue:
    case AnnotationKind::Speaker:
        return ExportLayer::Quotes;
    case AnnotationKind::Tag:
        return ExportLayer::Tags;
    case AnnotationKind::Note:
        return ExportLayer::Notes;
    }
    return ExportLayer::Entities;
}

bool isIncluded(const Annotation &annotation, const ExportOptions &options)
{
    if (annotation.status == ReviewStatus::Rejected)
        return false;
    if (!options.includeProposals && annotation.status == ReviewStatus::Proposed
        && annotation.origin == Origin::Automatic)
        return false;
    if (annotation.kind == AnnotationKind::Note && !options.includeNotes)
        return false;
    return options.layers.contains(layerOf(annotation));
}

Result<ExportSelection> select(Project &project, const ExportOptions &options)
{
    ExportSelection selection;
    ArticleStore articles(project.database());
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

    EntityStore entityStore(project.database());
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

    AnnotationStore store(project.database());
    for (qint64 id : ids.value()) {
        auto article = articles.article(id);
        if (!article)
            return Error {article.error()};
        ExportedArticle out;
        out.article = std::move(article).value();
        auto rows = store.forArticle(id, out.article.body, AnnotationStore::Verify::No);
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
} // namespace Parallax
