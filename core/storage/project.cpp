// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project.h"

#include "storage/backend.h"
#include "storage/connection.h"
#include "storage/postgresbackend.h"
#include "storage/sqlitebackend.h"

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
    if (ServerAddress::isServerLocation(path))
        return wrap(PostgresBackend::open(path, access == Access::ReadOnly));
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
