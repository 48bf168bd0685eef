// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/modelstore.h"

#include "storage/connection.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {

ModelStore::ModelStore(Project &project)
    : m_db(Storage::connection(project))
{ }

Result<StoredEntityModel> ModelStore::entityModel()
{
    QSqlQuery query(m_db);
    if (auto r
        = Sql::exec(query, u"SELECT delta, corrections, modified FROM entity_model WHERE id = 1"_s);
        !r)
        return Error {r.error()};
    StoredEntityModel model;
    if (query.next()) {
        model.delta = query.value(0).toByteArray();
        model.corrections = query.value(1).toInt();
        model.modified = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    }
    return model;
}

Result<void> ModelStore::setEntityModel(const StoredEntityModel &model)
{
    QSqlQuery query(m_db);
    if (model.isEmpty())
        return Sql::exec(query, u"DELETE FROM entity_model"_s);
    const QDateTime when
        = model.modified.isValid() ? model.modified : QDateTime::currentDateTimeUtc();
    // A blob, never text: the delta's bytes are not UTF-8.
    return Sql::exec(query,
        u"INSERT INTO entity_model (id, delta, corrections, modified) VALUES (1, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET delta = excluded.delta,"
        " corrections = excluded.corrections, modified = excluded.modified"_s,
        {QVariant(model.delta), model.corrections, when.toUTC().toString(Qt::ISODateWithMs)});
}

Result<StoredContribution> ModelStore::contribution(qint64 articleId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT delta, decisions, fingerprint FROM entity_contribution WHERE article_id = ?"_s,
            {articleId});
        !r)
        return Error {r.error()};
    StoredContribution out;
    if (query.next()) {
        out.articleId = articleId;
        out.delta = query.value(0).toByteArray();
        out.decisions = query.value(1).toInt();
        out.fingerprint = query.value(2).toString().toLatin1();
    }
    return out;
}

Result<QList<StoredContribution>> ModelStore::contributions()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query,
            u"SELECT article_id, delta, decisions, fingerprint FROM entity_contribution"
            " ORDER BY article_id"_s);
        !r)
        return Error {r.error()};
    QList<StoredContribution> out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(), query.value(1).toByteArray(),
            query.value(2).toInt(), query.value(3).toString().toLatin1()});
    }
    return out;
}

Result<void> ModelStore::setContribution(const StoredContribution &contribution)
{
    QSqlQuery query(m_db);
    if (contribution.decisions <= 0)
        return Sql::exec(query, u"DELETE FROM entity_contribution WHERE article_id = ?"_s,
            {contribution.articleId});
    return Sql::exec(query,
        u"INSERT INTO entity_contribution (article_id, delta, decisions, fingerprint, modified)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET delta = excluded.delta,"
        " decisions = excluded.decisions, fingerprint = excluded.fingerprint,"
        " modified = excluded.modified"_s,
        {contribution.articleId, QVariant(contribution.delta), contribution.decisions,
            QString::fromLatin1(contribution.fingerprint),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
}

Result<int> ModelStore::corrections()
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT (SELECT COALESCE(SUM(corrections), 0) FROM entity_model)"
            " + (SELECT COALESCE(SUM(decisions), 0) FROM entity_contribution)"_s);
        !r)
        return Error {r.error()};
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> ModelStore::clear()
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query, u"DELETE FROM entity_contribution"_s); !r)
        return r;
    return Sql::exec(query, u"DELETE FROM entity_model"_s);
}

} // namespace Parallax
