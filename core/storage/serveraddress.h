// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QMap>
#include <QString>

namespace Parallax {

// The public face of a server project's address, for the window's dialog and password prompt
// (storage/postgresbackend.h is storage's own); implemented in postgresbackend.cpp, beside the
// connection that uses it.

// Where a server project is, from a libpq connection URI:
// postgresql://[user[:password]@][host][:port]/dbname[?host=/socket/dir&port=N&key=value...].
// Other query parameters (sslmode, connect_timeout, application_name, passfile...) go to libpq
// as they are; a password not in the URI comes from libpq's usual places (PGPASSWORD, ~/.pgpass).
struct ServerAddress
{
    QString host; // a name, an address, or a socket folder (starts with '/')
    int port = -1;
    QString user;
    QString password;
    QString database;
    QMap<QString, QString> options;

    // Whether location is a server URI at all (postgresql:// or postgres://), not a file.
    static bool isServerLocation(const QString &location);
    static Result<ServerAddress> parse(const QString &uri);
    // The URI without its password, as messages and the window show it.
    QString display() const;
    // The URI with its password, for a connection only: never shown, logged or stored.
    QString uri() const;
};

// Why a server project did not open, where the caller can do something about it: ask for a
// password and try again. Read from the message PostgresBackend::open() and create() return.
enum class ConnectProblem { Other, PasswordMissing, PasswordRefused };
ConnectProblem connectProblem(const QString &message);

} // namespace Parallax
