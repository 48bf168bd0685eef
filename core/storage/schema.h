// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Parallax::Schema {

// The project format this build writes. Raise it with each new migration step.
constexpr int kCurrentVersion = 13;
// SQLite's application_id for Parallax projects: "PRLX".
constexpr qint32 kApplicationId = 0x50524c58;

// The version stored in the project, or 0 for a database without Parallax tables.
Result<int> storedVersion(QSqlDatabase &db);
// The version in the meta table of either backend, once the table is known to exist; notAProject
// is the error when it does not name a Parallax project.
Result<int> versionInMeta(QSqlDatabase &db, const QString &notAProject);

// Brings the schema from fromVersion to kCurrentVersion step by step, inside one transaction;
// on failure nothing is changed. fromVersion 0 creates a new project.
Result<void> migrate(QSqlDatabase &db, int fromVersion);

// Version 10's statements, the same on both backends: the index of annotations by entity made
// a covering one for counting mentions (entity_id, kind, status).
QStringList entityCountIndex();
// Version 12's: the index of annotations by article also holds their parent (article_id,
// parent_id, kind), for counting each article's top-level rows from the index alone, and an
// index of the manual annotations by analyst.
QStringList panelIndexes();

// Upgrades to exactly targetVersion (for tests of individual steps).
Result<void> migrateTo(QSqlDatabase &db, int fromVersion, int targetVersion);

} // namespace Parallax::Schema
