// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Parallax::Sql {

// Runs a statement that takes no parameters; the error names the statement's purpose.
Result<void> exec(QSqlDatabase &db, const QString &statement);
// Prepares, binds positionally and executes.
Result<void> exec(QSqlQuery &query, const QString &statement, const QVariantList &values = {});
// The same, preparing only when the query holds another statement (or none): for a statement
// run many times on one query.
Result<void> execPrepared(QSqlQuery &query, const QString &statement, const QVariantList &values);
// Statements prepared once and run again with new values, one query each, for the statements a
// store runs once an article (annotating a 10,000-article story parsed them anew each time: a
// fifth of the writer's time, docs/performance.md). A query's rows are read (and it is finished)
// before the statement runs again. Copies share the cache; it must not outlive the connection.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db);
    // The query of this statement, run with these values.
    Result<QSqlQuery *> exec(const QString &statement, const QVariantList &values);

private:
    QSqlDatabase m_db;
    std::shared_ptr<QHash<QString, std::shared_ptr<QSqlQuery>>> m_queries;
};
// The same for a statement that changes rows: returns how many it changed, so a caller that
// meant to change a row it names can tell that the row is gone.
Result<int> change(QSqlQuery &query, const QString &statement, const QVariantList &values = {});
// The id an INSERT ... RETURNING id gave back (QPSQL has no lastInsertId() for a table without
// OIDs, so the stores ask for it in the statement on both backends).
Result<qint64> insertedId(QSqlQuery &query);
QString describe(const QSqlQuery &query);
// A string for a NOT NULL text column: Qt binds a null QString as SQL NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
QString describe(const QSqlDatabase &db);
// Row ids as a comma-separated list for an IN (...) clause; ids are numbers, never user text.
QString idList(const QList<qint64> &ids);
// How many of these rows of table exist.
Result<int> countExisting(QSqlDatabase &db, const QString &table, const QList<qint64> &ids);

// The one way a transaction begins, commits and rolls back: by the dialect's statements, never
// through the driver's transaction() as well (the driver would not know about a transaction
// begun by a statement). The backends and Sql::Transaction both go through these.
Result<void> beginWrite(QSqlDatabase &db);
// Commits, or rolls back and returns why the commit failed.
Result<void> commit(QSqlDatabase &db);
void rollback(QSqlDatabase &db);

// A write transaction on a bare connection, for the schema's migrations (which run before a
// Project exists) and for storage's own files; everything else takes Project::transaction().
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Parallax::Sql
