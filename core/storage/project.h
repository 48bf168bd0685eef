// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/transaction.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace Parallax {

class Backend;
class Project;

namespace Storage {
Backend &backend(Project &project);
}

// An open project: a database behind a Backend (an SQLite file, or a database on a PostgreSQL
// server), on one connection owned by the thread that opened it. Open another Project on the same
// path for work in another thread. Reads and writes go through the stores; the connection itself is
// storage's (storage/connection.h).
class Project
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Whether path names a project on a PostgreSQL server (a postgresql:// URI), not a file.
    static bool isServerLocation(const QString &path);

    // Creates a new, empty project. Refuses to overwrite an existing file, and a database that
    // holds any tables. The file or schema appears complete or not at all.
    static Result<std::unique_ptr<Project>> create(const QString &path);
    // Opens an existing project, upgrading an older file format in one transaction. A file or
    // database that is not a Parallax project, or was written by a newer version, is refused
    // and left untouched.
    static Result<std::unique_ptr<Project>> open(
        const QString &path, Access access = Access::ReadWrite);

    ~Project();
    Q_DISABLE_COPY_MOVE(Project)

    const QString &path() const;
    bool isReadOnly() const;

    // What the account may change. Nothing when the project is read-only (a file the user cannot
    // write, a viewer's server project); on a server otherwise by the role's privileges, read
    // when the project is opened (an analyst may annotate but not edit the code book, merge or
    // rename entities, edit or delete articles and stories, or curate). A role changed later
    // is not seen here; the server refuses what it no longer allows.
    enum class Change { Annotations, Library, CodeBook, Entities, Curation };
    bool may(Change change) const;

    // Begins a write transaction that every store on this project joins; it rolls back unless
    // committed. Check isActive() (or commit()'s result) before relying on it.
    Transaction transaction();

    // Folds the write-ahead log into the main file and tidies the full-text index after bulk work.
    void optimize();

    // A number that changes when another connection (another process or thread) commits to the
    // project, never for this connection's own commits. Cheap enough to poll. -1 when it cannot
    // be read.
    qint64 dataVersion();
    // On a server, calls onChange from this thread's event loop when another connection commits
    // (LISTEN/NOTIFY), for as long as context lives. False for a file, which has to be polled
    // with dataVersion().
    bool watchChanges(QObject *context, std::function<void()> onChange);

    // Who is named as the last to change a row (changed_by) in a file project; a server names
    // the role that wrote it, whatever this says.
    void setAnalyst(const QString &name) { m_analyst = name; }
    const QString &analyst() const { return m_analyst; }

private:
    explicit Project(std::unique_ptr<Backend> backend);
    static Result<std::unique_ptr<Project>> wrap(Result<std::unique_ptr<Backend>> backend);
    void readPrivileges();
    friend Backend &Storage::backend(Project &project);

    std::unique_ptr<Backend> m_backend;
    QString m_analyst;
    unsigned m_denied = 0; // bit n: Change n is not the account's
};

} // namespace Parallax
