// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backend.h"

#include <functional>
#include <memory>

namespace Parallax {

// A project in one SQLite file, on one connection owned by the thread that opened it. The file's
// header is checked before SQLite opens it; a writable project runs in WAL mode; a read-only
// folder gets the immutable URI; the connection is registered with DatabaseFiles for as long
// as it is open.
class SqliteBackend final : public Backend
{
public:
    // A new, empty project; refuses to overwrite a file. The file appears complete or not at all.
    static Result<std::unique_ptr<Backend>> create(const QString &path);
    // An existing project, upgraded in one transaction when it is older. A foreign or newer file
    // is refused and left untouched; readOnly also holds when the file or folder is read-only.
    static Result<std::unique_ptr<Backend>> open(const QString &path, bool readOnly);

    ~SqliteBackend() override;
    Q_DISABLE_COPY_MOVE(SqliteBackend)

    const QString &location() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    QSqlDatabase &connection() override { return m_db; }
    const Sql::Dialect &dialect() const override;
    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() override;
    // Cheap: SQLite reads PRAGMA data_version from the WAL index in shared memory.
    qint64 dataVersion() override;
    // Folds the write-ahead log into the main file and tidies the full-text index.
    void optimize() override;

private:
    SqliteBackend(QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<SqliteBackend>> openConnection(const QString &path, bool readOnly,
        bool creating, const std::function<Result<void>()> &check);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    QString m_fileKey; // this connection's entry in DatabaseFiles
};

} // namespace Parallax
