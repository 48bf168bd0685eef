// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Parallax::Sql {

// What differs between the databases a project can live in, said once for the schema, the
// transactions and the stores: SQLite (a .parallax file) and PostgreSQL (a server project). Both
// understand INSERT ... RETURNING (SQLite since 3.35) and ON CONFLICT ... DO NOTHING / DO UPDATE,
// which the stores use as they are. The schema of each is its own (storage/schema.cpp for SQLite's
// steps, storage/pgschema.cpp for PostgreSQL's), and so is full-text search
// (storage/searchindex.cpp speaks FTS5 and tsquery).
class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~Dialect() = default;

    virtual Kind kind() const = 0;
    virtual QString name() const = 0;
    // The definition of a table's row id that the database fills in on insert (without the
    // trailing comma): SQLite's rowid alias, a PostgreSQL sequence.
    virtual QString idColumn() const = 0;
    // Starts a write transaction.
    virtual QString beginWrite() const = 0;
    // Run right after beginWrite(), when the database does not take the write lock by itself;
    // empty when it does. Two writers then wait for each other instead of failing half-way.
    virtual QString writeLock() const = 0;
    // Run before COMMIT, when a failed statement leaves the transaction unable to commit and
    // COMMIT would roll it back without saying so (PostgreSQL); empty when COMMIT reports it.
    virtual QString commitCheck() const = 0;

    // The dialect of the connection's driver; SQLite's for drivers it does not know.
    static const Dialect &of(const QSqlDatabase &db);
};

} // namespace Parallax::Sql
