// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Parallax {

// An open project file: one SQLite database, one connection owned by the thread that opened it.
// Open another Project on the same path for work in another thread.
class Project
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new, empty project. Refuses to overwrite an existing file. The file appears
    // complete or not at all.
    static Result<std::unique_ptr<Project>> create(const QString &path);
    // Opens an existing project, upgrading an older format in one transaction. A file that is
    // not a Parallax project, or was written by a newer version, is refused and left untouched.
    static Result<std::unique_ptr<Project>> open(
        const QString &path, Access access = Access::ReadWrite);

    ~Project();
    Q_DISABLE_COPY_MOVE(Project)

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase &database() { return m_db; }

    // Folds the write-ahead log into the main file and tidies the full-text index after bulk work.
    void optimize();

    // A number that changes when another connection (another process or thread) commits to the
    // file, never for this connection's own commits. Cheap: SQLite reads it from the WAL index
    // in shared memory. -1 when it cannot be read.
    qint64 dataVersion();

private:
    Project(QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<Project>> openConnection(const QString &path, bool readOnly,
        bool creating, const std::function<Result<void>()> &check);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    QString m_fileKey; // this connection's entry in DatabaseFiles
};

} // namespace Parallax
