// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace Parallax {

// Entities and the code book. Writes join the caller's transaction.
class EntityStore
{
public:
    explicit EntityStore(QSqlDatabase db);

    // storyId 0: every entity of the project.
    Result<QList<EntityRecord>> entities(qint64 storyId = 0);
    Result<EntityRecord> entity(qint64 id);
    Result<qint64> insert(const EntityRecord &entity); // keeps entity.id when set (undo)
    // Writes by row id return how many rows they changed: 0 when the row is gone.
    Result<int> remove(qint64 id);
    Result<int> update(const EntityRecord &entity); // name, type and aliases
    Result<int> countExisting(const QList<qint64> &ids);
    // Points these annotations at entity (0: none); returns nothing, the caller keeps the old ids.
    Result<int> setAnnotationEntity(const QList<qint64> &annotationIds, qint64 entityId);
    Result<QList<qint64>> annotationsOf(qint64 entityId);

    Result<QList<Tag>> tags();
    Result<Tag> tag(qint64 id);
    Result<qint64> insertTag(const Tag &tag); // keeps tag.id when set (undo)
    Result<int> updateTag(const Tag &tag);
    Result<int> removeTag(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace Parallax
