// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project.h"

#include "storage/backend.h"
#include "storage/connection.h"
#include "storage/postgresbackend.h"
#include "storage/sqlitebackend.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax {

Project::Project(std::unique_ptr<Backend> backend)
    : m_backend(std::move(backend))
{ }

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::wrap(Result<std::unique_ptr<Backend>> backend)
{
    if (!backend)
        return Error {backend.error()};
    return std::unique_ptr<Project>(new Project(std::move(backend).value()));
}

// The backend is chosen by the form of the location: a postgresql:// address is a server
// project, anything else a file; nothing behind Project changes for it.
bool Project::isServerLocation(const QString &path)
{
    return ServerAddress::isServerLocation(path);
}

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    if (ServerAddress::isServerLocation(path))
        return wrap(PostgresBackend::create(path));
    return wrap(SqliteBackend::create(path));
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
    if (ServerAddress::isServerLocation(path)) {
        auto project = wrap(PostgresBackend::open(path, access == Access::ReadOnly));
        if (project)
            project.value()->readPrivileges();
        return project;
    }
    return wrap(SqliteBackend::open(path, access == Access::ReadOnly));
}

const QString &Project::path() const
{
    return m_backend->location();
}

bool Project::isReadOnly() const
{
    return m_backend->isReadOnly();
}

bool Project::may(Change change) const
{
    return !isReadOnly() && (m_denied & (1u << unsigned(change))) == 0;
}

// A table's privileges as accounts.cpp grants them to the project's groups; the administrator
// owns the tables and has them all. A query that fails (a table an older format lacks) leaves
// everything offered, and the server refuses what it does not allow.
void Project::readPrivileges()
{
    if (isReadOnly())
        return;
    QSqlQuery query(m_backend->connection());
    query.setForwardOnly(true);
    const bool read = query.exec(
        u"SELECT has_table_privilege('annotation', 'INSERT'),"
        " has_table_privilege('article', 'UPDATE') AND has_table_privilege('article', 'DELETE')"
        " AND has_table_privilege('story', 'UPDATE') AND has_table_privilege('story', 'DELETE')"
        " AND has_table_privilege('story_article', 'DELETE'),"
        " has_table_privilege('tag', 'INSERT') AND has_table_privilege('tag', 'UPDATE')"
        " AND has_table_privilege('tag', 'DELETE'),"
        " has_table_privilege('entity', 'UPDATE') AND has_table_privilege('entity', 'DELETE'),"
        " has_table_privilege('curated_annotation', 'INSERT')"_s);
    if (!read || !query.next())
        return;
    for (const Change change : {Change::Annotations, Change::Library, Change::CodeBook,
             Change::Entities, Change::Curation}) {
        if (!query.value(int(change)).toBool())
            m_denied |= 1u << unsigned(change);
    }
}

Transaction Project::transaction()
{
    return Transaction(*m_backend);
}

void Project::optimize()
{
    m_backend->optimize();
}

qint64 Project::dataVersion()
{
    return m_backend->dataVersion();
}

bool Project::watchChanges(QObject *context, std::function<void()> onChange)
{
    return m_backend->watchChanges(context, std::move(onChange));
}

namespace Storage {

Backend &backend(Project &project)
{
    return *project.m_backend;
}

QSqlDatabase &connection(Project &project)
{
    return backend(project).connection();
}

} // namespace Storage
} // namespace Parallax
