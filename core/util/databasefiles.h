// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QString>

#include <functional>

namespace Parallax {

// The project files this process has SQLite connections to.
//
// POSIX advisory locks belong to the process and the file, not to a descriptor: closing any
// descriptor on a database file drops every lock the process holds on it, and another process
// may then checkpoint and delete the write-ahead log under our open connections ("How To
// Corrupt An SQLite Database File", 2.2). SQLite guards its own descriptors against this; code
// outside SQLite must not open a file this process has a connection to. Everything that opens a
// file the analyst named (import, annotation import, export) asks here first.
namespace DatabaseFiles {

// Registers a connection about to be opened on the database at path. check runs only when no
// connection of this process is open on that file, under the same lock that registration
// takes, so no connection can appear while it reads the file with a descriptor of its own.
// Returns the key to release() it with, or the check's error, in which case nothing is
// registered.
Result<QString> acquire(const QString &path, const std::function<Result<void>()> &check);
// Unregisters one connection registered with acquire(), by the key it returned (the file may
// have been renamed or removed since).
void release(const QString &key);

// Whether path is a database this process has a connection to, or one of its companion files
// (the -wal, -shm or -journal file).
bool isInUse(const QString &path);

// An error naming path when it is in use by this process, for callers about to read or replace
// the file the analyst named.
Result<void> refuseIfInUse(const QString &path);

} // namespace DatabaseFiles
} // namespace Parallax
