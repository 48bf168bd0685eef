// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QObject;

namespace Parallax {

namespace Sql {
class Dialect;
}

// The database a project lives in, and the one connection to it a Project uses. Storage's own
// interface: the stores, Transaction and Project reach it through storage/connection.h, nothing
// above core/storage does (scripts/check-layers refuses it). SqliteBackend and PostgresBackend
// implement it, each with its Sql::Dialect, and Project::open picks one by the form of the
// location; no store or caller knows which.
class Backend
{
public:
    virtual ~Backend() = default;

    // The file or address the project was opened from, as messages name it.
    virtual const QString &location() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual QSqlDatabase &connection() = 0;
    virtual const Sql::Dialect &dialect() const = 0;

    // A write transaction that takes the write lock at once, so that two writers wait for each
    // other instead of failing half-way. Begun, committed and rolled back here only, by
    // statements, never through the driver's transaction() as well.
    virtual Result<void> begin() = 0;
    // Commits, or rolls back and says why.
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;

    // A number that changes when another connection (another process or thread) commits, never
    // for this connection's own commits. -1 when it cannot be read.
    virtual qint64 dataVersion() = 0;
    // Calls onChange, from the event loop of the connection's thread, each time another
    // connection commits, for as long as context lives; false when the backend cannot tell by
    // itself (SQLite), and dataVersion() has to be polled instead.
    virtual bool watchChanges(QObject *context, std::function<void()> onChange)
    {
        Q_UNUSED(context)
        Q_UNUSED(onChange)
        return false;
    }
    // Tidies up after bulk work (the log, the search index). Does nothing when read-only.
    virtual void optimize() = 0;
};

} // namespace Parallax
