// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/curationstore.h"

#include "storage/connection.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

const QString kColumns
    = u"id, article_id, kind, label, start_offset, end_offset, exact, prefix, suffix, entity_id,"
      " tag_id, source_id, source_analyst, curator, modified"_s;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

CuratedAnnotation fromRow(const QSqlQuery &q)
{
    CuratedAnnotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    enumFromName(q.value(2).toString(), &a.kind);
    a.label = q.value(3).toString();
    a.span.start = q.value(4).toLongLong();
    a.span.end = q.value(5).toLongLong();
    a.span.exact = q.value(6).toString();
    a.span.prefix = q.value(7).toString();
    a.span.suffix = q.value(8).toString();
    a.entityId = q.value(9).toLongLong();
    a.tagId = q.value(10).toLongLong();
    a.sourceId = q.value(11).toLongLong();
    a.sourceAnalyst = q.value(12).toString();
    a.curator = q.value(13).toString();
    a.modified = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    return a;
}

} // namespace

CurationStore::CurationStore(Project &project)
    : m_db(Storage::connection(project))
{ }

Result<qint64> CurationStore::insert(const CuratedAnnotation &a)
{
    const QDateTime when = a.modified.isValid() ? a.modified : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    const bool withId = a.id > 0;
    const QString columns = withId ? kColumns : kColumns.mid(4);
    const QString marks = QStringList(columns.count(u',') + 1, u"?"_s).join(u", "_s);
    QVariantList values;
    if (withId)
        values.append(a.id);
    values << a.articleId << enumName(a.kind) << Sql::text(a.label) << a.span.start << a.span.end
           << Sql::text(a.span.exact) << Sql::text(a.span.prefix) << Sql::text(a.span.suffix)
           << idOrNull(a.entityId) << idOrNull(a.tagId) << idOrNull(a.sourceId)
           << Sql::text(a.sourceAnalyst) << Sql::text(a.curator)
           << when.toUTC().toString(Qt::ISODateWithMs);
    if (auto r = Sql::exec(query,
            u"INSERT INTO curated_annotation (%1) VALUES (%2) RETURNING id"_s.arg(columns, marks),
            values);
        !r)
        return Error {r.error()};
    return Sql::insertedId(query);
}

Result<int> CurationStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    return Sql::change(query, u"DELETE FROM curated_annotation WHERE id = ?"_s, {id});
}

Result<CuratedAnnotation> CurationStore::annotation(qint64 id)
{
    QSqlQuery query(m_db);
    if (auto r
        = Sql::exec(query, u"SELECT %1 FROM curated_annotation WHERE id = ?"_s.arg(kColumns), {id});
        !r)
        return Error {r.error()};
    if (!query.next())
        return Error {u"no curated annotation %1"_s.arg(id)};
    return fromRow(query);
}

Result<int> CurationStore::countExisting(const QList<qint64> &ids)
{
    return Sql::countExisting(m_db, u"curated_annotation"_s, ids);
}

Result<QList<CuratedAnnotation>> CurationStore::list(qint64 storyId, qint64 articleId)
{
    QString sql = u"SELECT %1 FROM curated_annotation"_s.arg(kColumns);
    QVariantList values;
    if (articleId > 0) {
        sql += u" WHERE article_id = ?"_s;
        values.append(articleId);
    } else if (storyId > 0) {
        sql += u" WHERE article_id IN (SELECT article_id FROM story_article WHERE story_id = ?)"_s;
        values.append(storyId);
    }
    sql += u" ORDER BY article_id, start_offset, end_offset, id"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query, sql, values); !r)
        return Error {r.error()};
    QList<CuratedAnnotation> rows;
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}

} // namespace Parallax
