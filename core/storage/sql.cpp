// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "storage/dialect.h"

#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "parallax.storage")

namespace Parallax::Sql {

namespace {

QString describeError(const QSqlError &error)
{
    // A server's refusal of a write the role may not make (SQLSTATE insufficient_privilege):
    // said as such, since the analyst's account, not the data, is what needs changing.
    if (error.nativeErrorCode() == "42501"_L1) {
        QString reason = error.databaseText().section(u'\n', 0, 0).trimmed();
        if (reason.startsWith("ERROR:"_L1))
            reason = reason.mid(6).trimmed();
        return u"the server refused it: this account's role does not allow it (%1)"_s.arg(reason);
    }
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

QString describe(const QSqlQuery &query)
{
    return describeError(query.lastError());
}

QString describe(const QSqlDatabase &db)
{
    return describeError(db.lastError());
}

Result<void> exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qCWarning(lcStorage) << "statement failed:" << statement << describe(query);
        return Error {describe(query)};
    }
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (!query.prepare(statement)) {
        qCWarning(lcStorage) << "prepare failed:" << statement << describe(query);
        return Error {describe(query)};
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStorage) << "statement failed:" << statement << describe(query);
        return Error {describe(query)};
    }
    return {};
}

Result<void> execPrepared(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (query.lastQuery() != statement && !query.prepare(statement)) {
        qCWarning(lcStorage) << "prepare failed:" << statement << describe(query);
        return Error {describe(query)};
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec()) {
        qCWarning(lcStorage) << "statement failed:" << statement << describe(query);
        return Error {describe(query)};
    }
    return {};
}

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
    , m_queries(std::make_shared<QHash<QString, std::shared_ptr<QSqlQuery>>>())
{ }

Result<QSqlQuery *> StatementCache::exec(const QString &statement, const QVariantList &values)
{
    std::shared_ptr<QSqlQuery> &query = (*m_queries)[statement];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
    }
    if (auto r = execPrepared(*query, statement, values); !r)
        return Error {r.error()};
    return query.get();
}

Result<int> change(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (auto r = exec(query, statement, values); !r)
        return Error {r.error()};
    return query.numRowsAffected();
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

Result<int> countExisting(QSqlDatabase &db, const QString &table, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    QSqlQuery query(db);
    if (auto r = exec(query, u"SELECT COUNT(*) FROM %1 WHERE id IN (%2)"_s.arg(table, idList(ids)));
        !r)
        return Error {r.error()};
    return query.next() ? query.value(0).toInt() : 0;
}

Result<qint64> insertedId(QSqlQuery &query)
{
    if (!query.next())
        return Error {u"the database returned no id for the new row"_s};
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<void> beginWrite(QSqlDatabase &db)
{
    const Dialect &dialect = Dialect::of(db);
    QSqlQuery query(db);
    if (!query.exec(dialect.beginWrite()))
        return Error {describe(query)};
    if (!dialect.writeLock().isEmpty() && !query.exec(dialect.writeLock())) {
        const QString message = describe(query);
        rollback(db);
        return Error {message};
    }
    return {};
}

Result<void> commit(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (const QString check = Dialect::of(db).commitCheck();
        !check.isEmpty() && !query.exec(check)) {
        const QString message = describe(query);
        rollback(db);
        return Error {message};
    }
    if (!query.exec(u"COMMIT"_s)) {
        const QString message = describe(query);
        rollback(db);
        return Error {message};
    }
    return {};
}

void rollback(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(u"ROLLBACK"_s);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    auto begun = beginWrite(m_db);
    m_active = begun.ok();
    if (!m_active)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error {m_error.isEmpty() ? u"no transaction is open"_s : m_error};
    m_active = false;
    return Sql::commit(m_db);
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    Sql::rollback(m_db);
    m_active = false;
}

} // namespace Parallax::Sql
