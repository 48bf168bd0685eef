// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// For the store tests: each runs once per backend, as rows of QTest's global data.
#pragma once

#include "storage/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Parallax::TestBackends {

// The backends a store test runs on, one row each of the global "backend" column. Call it from
// initTestCase_data(). SQLite is the one there is; the PostgreSQL backend adds its row here
// (with the server it needs), and every store test runs on it too.
inline void addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

// A fresh, empty project on the current row's backend; name tells apart the projects one test
// makes. For SQLite it is a file in dir, replacing any of that name left by the previous test.
inline Result<std::unique_ptr<Project>> freshProject(
    const QTemporaryDir &dir, const QString &name = QStringLiteral("store.parallax"))
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == QLatin1String("sqlite")) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return Project::create(path);
    }
    return Error {QStringLiteral("no test set-up for the backend '%1'").arg(backend)};
}

} // namespace Parallax::TestBackends
