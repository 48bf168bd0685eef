// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "storage/sql.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Parallax {

class Project;

// Entities and the code book. Writes join the caller's transaction.
class EntityStore
{
public:
    explicit EntityStore(Project &project);

    // storyId 0: every entity of the project. Detail::Listing leaves out the aliases and the
    // outlets (a panel's list of a large story: entity() and outlets() read them for the one
    // selected); Full reads them for all.
    enum class Detail { Full, Listing };
    Result<QList<EntityRecord>> entities(qint64 storyId = 0, Detail detail = Detail::Full);
    // The names of these entities (those gone are missing from the hash).
    Result<QHash<qint64, QString>> names(const QList<qint64> &ids);
    // The outlets of the articles that mention it (not rejected), in order.
    Result<QStringList> outlets(qint64 entityId);
    Result<EntityRecord> entity(qint64 id);
    Result<qint64> insert(const EntityRecord &entity); // keeps entity.id when set (undo)
    // Writes by row id return how many rows they changed: 0 when the row is gone.
    Result<int> remove(qint64 id);
    Result<int> update(const EntityRecord &entity); // name, type and aliases
    // Whether this connection's role may rename entities (always in a file; on a server a
    // curator's and the administrator's right, not an analyst's).
    Result<bool> mayChangeEntities();
    Result<int> countExisting(const QList<qint64> &ids);
    // The story's entity of that type and name (storyId 0: of no story), made when missing; the
    // aliases are recorded either way. The one way the jobs find or make an entity row.
    Result<qint64> findOrCreate(
        qint64 storyId, const QString &type, const QString &name, const QStringList &aliases = {});
    // Deletes the story's entities (storyId 0: those of no story) no annotation points at.
    Result<void> removeUnused(qint64 storyId);
    // The same for these entities only: after one article's proposals were replaced, looking at
    // the few it touched instead of the whole story keeps annotating a story linear in its size.
    Result<void> removeUnused(const QList<qint64> &entityIds);
    // Points these annotations at entity (0: none); returns nothing, the caller keeps the old ids.
    Result<int> setAnnotationEntity(const QList<qint64> &annotationIds, qint64 entityId);
    Result<QList<qint64>> annotationsOf(qint64 entityId);

    Result<QList<Tag>> tags();
    Result<Tag> tag(qint64 id);
    Result<qint64> insertTag(const Tag &tag); // keeps tag.id when set (undo)
    Result<int> updateTag(const Tag &tag);
    Result<int> removeTag(qint64 id);
    // What carries the tag, so that removing it can be undone.
    Result<QList<qint64>> annotationsTagged(qint64 tagId);
    Result<QList<qint64>> reviewItemsTagged(qint64 tagId);
    Result<void> setAnnotationTag(qint64 annotationId, qint64 tagId);
    Result<void> setReviewItemTag(qint64 itemId, qint64 tagId);

private:
    Result<void> addAliases(qint64 id, const QStringList &aliases);

    QSqlDatabase m_db;
    Sql::StatementCache m_statements {m_db}; // the statements run once an article
};

} // namespace Parallax
