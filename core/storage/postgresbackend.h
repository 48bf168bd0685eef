// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backend.h"
#include "storage/serveraddress.h"

#include <QElapsedTimer>
#include <QPointer>

#include <functional>
#include <memory>

namespace Parallax {

// A project in a PostgreSQL database, over Qt's QPSQL driver, on one connection owned by the
// thread that opened it. The tables live in the connection's current schema (public unless the
// role's search_path says otherwise).
class PostgresBackend final : public Backend
{
public:
    // The schema of a new project, in a database without tables; refuses one that has any.
    static Result<std::unique_ptr<Backend>> create(const QString &uri);
    // An existing server project. A database without Parallax's tables, or with a newer schema,
    // is refused and left untouched.
    static Result<std::unique_ptr<Backend>> open(const QString &uri, bool readOnly);

    ~PostgresBackend() override;
    Q_DISABLE_COPY_MOVE(PostgresBackend)

    const QString &location() const override { return m_location; }
    bool isReadOnly() const override { return m_readOnly; }
    // The connection, made again first when it was lost (the server restarted, or ended the
    // session: the driver closes it when its notification socket fails), at most every two
    // seconds; see reconnect().
    QSqlDatabase &connection() override;
    const Sql::Dialect &dialect() const override;
    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() override;
    // The schema's change counter (every writing statement raises it) less what this
    // connection's own transactions raised it by: they hold the project's write lock, so nobody
    // else's statements fall between their first read and their commit. A write of this
    // connection outside a transaction counts as another's (the window then reloads once more).
    qint64 dataVersion() override;
    // LISTEN on the channel every commit notifies (parallax_changes); this connection's own
    // commits are left out by the writer's backend pid, which the driver compares.
    bool watchChanges(QObject *context, std::function<void()> onChange) override;
    // Refreshes the planner's statistics after bulk work.
    void optimize() override;

private:
    PostgresBackend(QString location, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<PostgresBackend>> connect(const QString &uri, bool readOnly);

    QString m_location;
    QString m_connectionName;
    Result<qint64> changeCounter();
    // Connects again with the same settings, listens again, and tells the watcher that the
    // project may have changed meanwhile (notifications are not kept for a closed session).
    bool reconnect();
    // Whether the connection still reaches the server (a trivial statement runs).
    bool alive();

    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_readOnlyAccount = false; // asked for writing, but the role may only read
    qint64 m_counterAtBegin = -1;
    qint64 m_ownChanges = 0;
    std::function<void()> m_onChange; // set by watchChanges(), called while m_watcher lives
    QPointer<QObject> m_watcher;
    QElapsedTimer m_lastReconnect;
};

} // namespace Parallax
