// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include "storage/connection.h"

#include "storage/dialect.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

EntityStore::EntityStore(Project &project)
    : m_db(Storage::connection(project))
{ }

Result<QList<EntityRecord>> EntityStore::entities(qint64 storyId, Detail detail)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString ofStory = storyId > 0 ? u"WHERE e.story_id = ?"_s : QString();
    const QVariantList values = storyId > 0 ? QVariantList {storyId} : QVariantList {};
    const QString sql
        = u"SELECT e.id, COALESCE(e.story_id, 0), e.name, e.type,"
          " (SELECT COUNT(*) FROM annotation n WHERE n.entity_id = e.id AND n.status <> 'rejected'"
          "  AND n.kind = 'entity')"
          " FROM entity e %1 ORDER BY e.type, e.name"_s.arg(ofStory);
    if (auto r = Sql::exec(query, sql, values); !r)
        return Error {r.error()};
    QList<EntityRecord> result;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        EntityRecord e;
        e.id = query.value(0).toLongLong();
        e.storyId = query.value(1).toLongLong();
        e.name = query.value(2).toString();
        e.type = query.value(3).toString();
        e.mentions = query.value(4).toInt();
        index.insert(e.id, result.size());
        result.append(e);
    }
    if (detail == Detail::Listing)
        return result;
    if (auto r = Sql::exec(query,
            u"SELECT ea.entity_id, ea.alias FROM entity_alias ea JOIN entity e ON e.id ="
            " ea.entity_id %1 ORDER BY ea.alias"_s.arg(ofStory),
            values);
        !r)
        return Error {r.error()};
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd())
            result[it.value()].aliases.append(query.value(1).toString());
    }
    if (auto r = Sql::exec(query,
            u"SELECT DISTINCT n.entity_id, a.outlet FROM annotation n JOIN article a ON a.id ="
            " n.article_id JOIN entity e ON e.id = n.entity_id %1%2 n.status <> 'rejected'"
            " ORDER BY a.outlet"_s.arg(ofStory, ofStory.isEmpty() ? u" WHERE"_s : u" AND"_s),
            values);
        !r)
        return Error {r.error()};
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it != index.constEnd() && !query.value(1).toString().isEmpty())
            result[it.value()].outlets.append(query.value(1).toString());
    }
    return result;
}

Result<QHash<qint64, QString>> EntityStore::names(const QList<qint64> &ids)
{
    QHash<qint64, QString> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        if (!query.exec(u"SELECT id, name FROM entity WHERE id IN (%1)"_s.arg(
                Sql::idList(ids.mid(from, kChunk)))))
            return Error {Sql::describe(query)};
        while (query.next())
            result.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return result;
}

Result<QStringList> EntityStore::outlets(qint64 entityId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT DISTINCT a.outlet FROM annotation n JOIN article a ON a.id = n.article_id"
            " WHERE n.entity_id = ? AND n.status <> 'rejected' AND a.outlet <> ''"
            " ORDER BY a.outlet"_s,
            {entityId});
        !r)
        return Error {r.error()};
    QStringList outlets;
    while (query.next())
        outlets.append(query.value(0).toString());
    return outlets;
}

Result<EntityRecord> EntityStore::entity(qint64 id)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(
            query, u"SELECT COALESCE(story_id, 0), name, type FROM entity WHERE id = ?"_s, {id});
        !r)
        return Error {r.error()};
    if (!query.next())
        return Error {u"there is no entity %1 in this project"_s.arg(id)};
    EntityRecord e;
    e.id = id;
    e.storyId = query.value(0).toLongLong();
    e.name = query.value(1).toString();
    e.type = query.value(2).toString();
    if (auto r = Sql::exec(
            query, u"SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY alias"_s, {id});
        !r)
        return Error {r.error()};
    while (query.next())
        e.aliases.append(query.value(0).toString());
    return e;
}

Result<qint64> EntityStore::insert(const EntityRecord &e)
{
    auto query = m_statements.exec(
        u"INSERT INTO entity (id, story_id, name, type, created, modified) VALUES (?, ?, ?, ?, "
        u"?, ?)"
        " RETURNING id"_s,
        {idOrNull(e.id), idOrNull(e.storyId), e.name, e.type, now(), now()});
    if (!query)
        return Error {query.error()};
    auto inserted = Sql::insertedId(*query.value());
    query.value()->finish();
    if (!inserted)
        return Error {inserted.error()};
    const qint64 id = inserted.value();
    if (auto r = addAliases(id, e.aliases); !r)
        return Error {r.error()};
    return id;
}

Result<void> EntityStore::addAliases(qint64 id, const QStringList &aliases)
{
    for (const QString &alias : aliases) {
        if (auto r = m_statements.exec(
                u"INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                {id, alias});
            !r)
            return Error {r.error()};
    }
    return {};
}

Result<qint64> EntityStore::findOrCreate(
    qint64 storyId, const QString &type, const QString &name, const QStringList &aliases)
{
    auto query = m_statements.exec(storyId > 0
            ? u"SELECT id FROM entity WHERE story_id = ? AND type = ? AND name = ?"_s
            : u"SELECT id FROM entity WHERE story_id IS NULL AND type = ? AND name = ?"_s,
        storyId > 0 ? QVariantList {storyId, type, name} : QVariantList {type, name});
    if (!query)
        return Error {query.error()};
    const bool found = query.value()->next();
    const qint64 id = found ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    if (!found) {
        EntityRecord record;
        record.storyId = storyId;
        record.name = name;
        record.type = type;
        record.aliases = aliases;
        return insert(record);
    }
    if (auto r = addAliases(id, aliases); !r)
        return Error {r.error()};
    return id;
}

// On a server through the owner's function (pgschema.cpp): an analyst may not delete entities
// herself, but annotating again removes those her proposals alone named.
Result<void> EntityStore::removeUnused(qint64 storyId)
{
    QSqlQuery query(m_db);
    if (Sql::Dialect::of(m_db).kind() == Sql::Dialect::Kind::Postgres)
        return Sql::exec(query, u"SELECT parallax_remove_unused_entities(?, NULL)"_s,
            {storyId > 0 ? QVariant(storyId) : QVariant(QMetaType::fromType<qint64>())});
    return Sql::exec(query,
        (storyId > 0 ? u"DELETE FROM entity WHERE story_id = ? AND NOT EXISTS"_s
                     : u"DELETE FROM entity WHERE story_id IS NULL AND NOT EXISTS"_s)
            + u" (SELECT 1 FROM annotation WHERE annotation.entity_id = entity.id)"_s,
        storyId > 0 ? QVariantList {storyId} : QVariantList {});
}

Result<void> EntityStore::removeUnused(const QList<qint64> &entityIds)
{
    QSqlQuery query(m_db);
    const bool server = Sql::Dialect::of(m_db).kind() == Sql::Dialect::Kind::Postgres;
    for (qsizetype from = 0; from < entityIds.size(); from += 500) {
        const QList<qint64> chunk = entityIds.mid(from, 500);
        if (auto r = Sql::exec(query,
                server ? u"SELECT parallax_remove_unused_entities(NULL, ARRAY[%1]::BIGINT[])"_s.arg(
                    Sql::idList(chunk))
                       : u"DELETE FROM entity WHERE id IN (%1) AND NOT EXISTS"
                         " (SELECT 1 FROM annotation WHERE annotation.entity_id = entity.id)"_s.arg(
                             Sql::idList(chunk)));
            !r)
            return r;
    }
    return {};
}

Result<int> EntityStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    return Sql::change(query, u"DELETE FROM entity WHERE id = ?"_s, {id});
}

Result<int> EntityStore::countExisting(const QList<qint64> &ids)
{
    return Sql::countExisting(m_db, u"entity"_s, ids);
}

Result<bool> EntityStore::mayChangeEntities()
{
    if (Sql::Dialect::of(m_db).kind() != Sql::Dialect::Kind::Postgres)
        return true;
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT has_table_privilege('entity', 'UPDATE')"
            " AND has_table_privilege('entity_alias', 'DELETE')"_s);
        !r)
        return Error {r.error()};
    return query.next() && query.value(0).toBool();
}

Result<int> EntityStore::update(const EntityRecord &e)
{
    QSqlQuery query(m_db);
    auto changed
        = Sql::change(query, u"UPDATE entity SET name = ?, type = ?, modified = ? WHERE id = ?"_s,
            {e.name, e.type, now(), e.id});
    if (!changed || changed.value() == 0)
        return changed;
    if (auto r = Sql::exec(query, u"DELETE FROM entity_alias WHERE entity_id = ?"_s, {e.id}); !r)
        return Error {r.error()};
    for (const QString &alias : e.aliases) {
        if (auto r = Sql::exec(query,
                u"INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                {e.id, alias});
            !r)
            return Error {r.error()};
    }
    return changed;
}

Result<int> EntityStore::setAnnotationEntity(const QList<qint64> &annotationIds, qint64 entityId)
{
    if (annotationIds.isEmpty())
        return 0;
    QSqlQuery query(m_db);
    return Sql::change(query,
        u"UPDATE annotation SET entity_id = ?, modified = ?, version = version + 1"
        " WHERE id IN (%1)"_s.arg(Sql::idList(annotationIds)),
        {idOrNull(entityId), now()});
}

Result<QList<qint64>> EntityStore::annotationsOf(qint64 entityId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(
            query, u"SELECT id FROM annotation WHERE entity_id = ? ORDER BY id"_s, {entityId});
        !r)
        return Error {r.error()};
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<Tag>> EntityStore::tags()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, COALESCE(parent_id, 0), name, color, description, shortcut, "
                    u"position FROM tag"
                    " ORDER BY COALESCE(parent_id, 0), position, name"_s))
        return Error {Sql::describe(query)};
    QList<Tag> result;
    while (query.next()) {
        Tag t;
        t.id = query.value(0).toLongLong();
        t.parentId = query.value(1).toLongLong();
        t.name = query.value(2).toString();
        t.color = QColor::fromString(query.value(3).toString());
        t.description = query.value(4).toString();
        t.shortcut = query.value(5).toString();
        t.position = query.value(6).toInt();
        result.append(t);
    }
    return result;
}

Result<Tag> EntityStore::tag(qint64 id)
{
    auto all = tags();
    if (!all)
        return Error {all.error()};
    for (const Tag &t : all.value()) {
        if (t.id == id)
            return t;
    }
    return Error {u"there is no tag %1 in this project"_s.arg(id)};
}

Result<qint64> EntityStore::insertTag(const Tag &t)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"INSERT INTO tag (id, parent_id, name, color, description, shortcut, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {idOrNull(t.id), idOrNull(t.parentId), t.name, t.color.name(), Sql::text(t.description),
                Sql::text(t.shortcut), t.position});
        !r)
        return Error {r.error()};
    return Sql::insertedId(query);
}

Result<int> EntityStore::updateTag(const Tag &t)
{
    if (t.parentId == t.id)
        return Error {u"a tag cannot be nested in itself"_s};
    QSqlQuery query(m_db);
    return Sql::change(query,
        u"UPDATE tag SET parent_id = ?, name = ?, color = ?, description = ?, shortcut = ?, "
        u"position = ?"
        " WHERE id = ?"_s,
        {idOrNull(t.parentId), t.name, t.color.name(), Sql::text(t.description),
            Sql::text(t.shortcut), t.position, t.id});
}

Result<int> EntityStore::removeTag(qint64 id)
{
    QSqlQuery query(m_db);
    return Sql::change(query, u"DELETE FROM tag WHERE id = ?"_s, {id});
}

namespace {

Result<QList<qint64>> ids(QSqlDatabase &db, const QString &statement, qint64 key)
{
    QSqlQuery query(db);
    if (auto r = Sql::exec(query, statement, {key}); !r)
        return Error {r.error()};
    QList<qint64> found;
    while (query.next())
        found.append(query.value(0).toLongLong());
    return found;
}

} // namespace

Result<QList<qint64>> EntityStore::annotationsTagged(qint64 tagId)
{
    return ids(m_db, u"SELECT id FROM annotation WHERE tag_id = ?"_s, tagId);
}

Result<QList<qint64>> EntityStore::reviewItemsTagged(qint64 tagId)
{
    return ids(m_db, u"SELECT id FROM review_item WHERE tag_id = ?"_s, tagId);
}

Result<void> EntityStore::setAnnotationTag(qint64 annotationId, qint64 tagId)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
        u"UPDATE annotation SET tag_id = ?, version = version + 1 WHERE id = ?"_s,
        {idOrNull(tagId), annotationId});
}

Result<void> EntityStore::setReviewItemTag(qint64 itemId, qint64 tagId)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
        u"UPDATE review_item SET tag_id = ?, version = version + 1 WHERE id = ?"_s,
        {idOrNull(tagId), itemId});
}

} // namespace Parallax
