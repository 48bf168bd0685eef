// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

// The schema of a project on a PostgreSQL server. SQLite's grows by steps from version 1
// (storage/schema.cpp); a server project starts at the current version, so its tables are said
// here once, as they are at Schema::kCurrentVersion. A step that changes SQLite's schema changes
// this too, and adds the step for servers.
namespace Parallax::PgSchema {

// The channel every committed change notifies, with the writer's backend pid as its payload
// (PostgresBackend::watchChanges).
inline const QString kChangeChannel = QStringLiteral("parallax_changes");

// The version stored in the database's current schema, 0 when the schema holds no tables at
// all. A schema with tables but none of Parallax's is an error, so that nothing writes into it.
Result<int> storedVersion(QSqlDatabase &db);

// Creates every table, index and the search configuration of a version (7, the first server
// format, or a later one: format 7 and the steps after it) in one transaction; on failure
// nothing is left behind.
Result<void> create(QSqlDatabase &db, int version);
// Brings a server project from fromVersion (7 or later) to toVersion in one transaction. Only
// the tables' owner (the administrator) can: the steps alter tables.
Result<void> upgrade(QSqlDatabase &db, int fromVersion, int toVersion);

} // namespace Parallax::PgSchema
