// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Parallax::Sql {

// What differs between the databases a project can live in, said once for the schema, the
// transactions and the stores. SQLite is the backend there is; a PostgreSQL one adds its dialect
// here (an identity column, "BEGIN" and a lock of its own) beside a Project for its connection,
// and a search index of its own (storage/searchindex.cpp is FTS5's). Both understand
// INSERT ... RETURNING (SQLite since 3.35) and ON CONFLICT ... DO NOTHING / DO UPDATE, which the
// stores use as they are.
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0;
    // The definition of a table's row id that the database fills in on insert (without the
    // trailing comma): SQLite's rowid alias, a PostgreSQL identity column.
    virtual QString idColumn() const = 0;
    // Starts a write transaction that takes the write lock at once, so that two writers wait
    // for each other instead of failing half-way.
    virtual QString beginWrite() const = 0;

    // The dialect of the connection's driver; SQLite's for drivers it does not know.
    static const Dialect &of(const QSqlDatabase &db);
};

} // namespace Parallax::Sql
