// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project.h"

#include "storage/backend.h"
#include "storage/connection.h"
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

// A project is a file, so far. A second backend is chosen here by the form of the location (a
// postgresql:// address, say); nothing behind Project changes for it.
Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    return wrap(SqliteBackend::create(path));
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, Access access)
{
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
