// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// For the store tests: each runs once per backend, as rows of QTest's global data.
#pragma once

#include "storage/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Parallax::TestBackends {

// The throwaway server ctest starts for the suite (scripts/pgcluster, tests/CMakeLists.txt): the
// socket folder it listens in, empty when the test runs outside ctest.
inline QString serverSocketDir()
{
    return qEnvironmentVariable("PARALLAX_TEST_PGHOST");
}

// The address of a database on the test server, as a user types it.
inline QString serverUri(
    const QString &database, const QString &user = QStringLiteral("parallax_admin"))
{
    return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, serverSocketDir());
}

// Runs statements as the server's superuser on database; the first failure is the error.
inline Result<void> onServer(const QString &database, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("parallax-test-admin-%1").arg(++counter);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(serverSocketDir());
        db.setUserName(QStringLiteral("parallax_admin"));
        db.setDatabaseName(database);
        if (!db.open()) {
            result = Error {db.lastError().text()};
        } else {
            QSqlQuery query(db);
            // Dropping a project's schema lists every table it drops; that is no news here.
            query.exec(QStringLiteral("SET client_min_messages = warning"));
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    result = Error {statement + QStringLiteral(": ") + query.lastError().text()};
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// An empty database of this process on the test server, named after name; emptied (its schema
// dropped and made again) when it is there from a previous test.
inline Result<QString> freshDatabase(const QString &name)
{
    if (serverSocketDir().isEmpty())
        return Error {
            QStringLiteral("PARALLAX_TEST_PGHOST is not set: run the test through ctest, "
                           "which starts a PostgreSQL cluster for it (scripts/pgcluster)")};
    QString database = QStringLiteral("t%1_").arg(QCoreApplication::applicationPid());
    for (const QChar c : name)
        database += c.isLetterOrNumber() ? c.toLower() : QChar(u'_');
    static QSet<QString> made;
    if (!made.contains(database)) {
        if (auto r = onServer(QStringLiteral("postgres"),
                {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database),
                    QStringLiteral("CREATE DATABASE %1").arg(database)});
            !r)
            return Error {r.error()};
        made.insert(database);
    } else if (auto r = onServer(database,
                   {QStringLiteral("DROP SCHEMA public CASCADE"),
                       QStringLiteral("CREATE SCHEMA public")});
               !r) {
        return Error {r.error()};
    }
    return database;
}

// The backends a store test runs on, one row each of the global "backend" column. Call it from
// initTestCase_data(). Every store test runs on a file and on the test server.
inline void addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// A fresh, empty project on the current row's backend; name tells apart the projects one test
// makes. For SQLite it is a file in dir, replacing any of that name left by the previous test;
// for PostgreSQL a database of its own on the test server.
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
    if (backend == QLatin1String("postgresql")) {
        auto database = freshDatabase(name);
        if (!database)
            return Error {database.error()};
        return Project::create(serverUri(database.value()));
    }
    return Error {QStringLiteral("no test set-up for the backend '%1'").arg(backend)};
}

// Whether the current row is the server's.
inline bool onPostgres()
{
    QFETCH_GLOBAL(QString, backend);
    return backend == QLatin1String("postgresql");
}

} // namespace Parallax::TestBackends
