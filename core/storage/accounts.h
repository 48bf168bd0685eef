// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Parallax {

class Project;

struct Account
{
    QString name;
    QString role; // administrator, curator, analyst or viewer
};

// The accounts of a server project: PostgreSQL login roles, each a member of one of the project's
// three group roles (parallax_DATABASE_viewer, _analyst, _curator). The server enforces what each
// may do, with privileges and row-level security (docs/postgresql.md); the administrator is the
// role that created the project and owns its tables. Only the administrator (or a superuser)
// manages accounts. A file project has none.
class ProjectAccounts
{
public:
    explicit ProjectAccounts(Project &project);

    // viewer, analyst, curator: what add() and setRole() take.
    static QStringList roles();

    // Makes NAME a member of the project with role, creating the login role when the server has
    // none of that name (with password when it is not empty). A role that exists, for another
    // project say, keeps its password.
    Result<void> add(const QString &name, const QString &role, const QString &password = {});
    // The administrator first, then the members by name.
    Result<QList<Account>> list();
    // The account this connection is, and its role in the project (empty when it has none, a
    // superuser say). Anyone may ask.
    Result<Account> current();
    Result<void> setRole(const QString &name, const QString &role);
    // Takes the role out of the project; the login role itself is dropped when it belongs to no
    // other project and owns nothing. What it wrote stays, under its name.
    Result<void> remove(const QString &name);

private:
    Result<QString> groupRole(const QString &role);
    Result<void> ensureGroups();
    Result<void> checkServer() const;
    Result<void> checkAdministrator();
    // The checks of add and setRole (a server, a valid name and role, the administrator, the
    // project's groups); true when the server has a role of that name.
    Result<bool> prepareMembership(const QString &name, const QString &role);

    QSqlDatabase m_db;
    bool m_server = false;
};

} // namespace Parallax
