// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect.h"

using namespace Qt::StringLiterals;

namespace Parallax::Sql {
namespace {

class SqliteDialect final : public Dialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString name() const override { return u"SQLite"_s; }
    // INTEGER PRIMARY KEY is the rowid: filled in on insert, and kept when a row is put back
    // with its old id (undo).
    QString idColumn() const override { return u"id INTEGER PRIMARY KEY"_s; }
    QString beginWrite() const override { return u"BEGIN IMMEDIATE"_s; }
    QString writeLock() const override { return {}; }
    QString commitCheck() const override { return {}; }
};

class PostgresDialect final : public Dialect
{
public:
    Kind kind() const override { return Kind::Postgres; }
    QString name() const override { return u"PostgreSQL"_s; }
    // A sequence's default; pgschema.cpp adds the trigger that also fills in an explicit NULL,
    // as SQLite's rowid does (the stores insert NULL for "a new id").
    QString idColumn() const override { return u"id BIGSERIAL PRIMARY KEY"_s; }
    QString beginWrite() const override { return u"BEGIN"_s; }
    // One writer at a time per project, as with SQLite: the stores read MAX(position) and the
    // like and write what follows. An advisory lock needs no privilege on any table; the key is
    // the application id ("PRLX") and it ends with the transaction.
    QString writeLock() const override { return u"SELECT pg_advisory_xact_lock(1347570776)"_s; }
    QString commitCheck() const override { return u"SELECT 1"_s; }
};

} // namespace

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (db.driverName() == "QPSQL"_L1)
        return postgres;
    return sqlite;
}

} // namespace Parallax::Sql
