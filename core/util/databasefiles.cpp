// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Parallax::DatabaseFiles {
namespace {

QMutex s_mutex;
// Canonical path of the database file -> connections open on it.
QHash<QString, int> s_open;

// Symbolic links and relative names of one file meet in its canonical path; a path that does
// not exist yet (a project being created) is taken as it is, made absolute.
QString keyOf(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// The database a companion file belongs to, or the path itself.
QString databaseOf(const QString &key)
{
    for (const QStringView suffix : {u"-wal", u"-shm", u"-journal"}) {
        if (key.endsWith(suffix))
            return key.chopped(suffix.size());
    }
    return key;
}

} // namespace

Result<QString> acquire(const QString &path, const std::function<Result<void>()> &check)
{
    const QString key = keyOf(path);
    const QMutexLocker locker(&s_mutex);
    if (!s_open.contains(key) && check) {
        if (auto r = check(); !r)
            return Error {r.error()};
    }
    ++s_open[key];
    return key;
}

void release(const QString &key)
{
    const QMutexLocker locker(&s_mutex);
    auto it = s_open.find(key);
    if (it != s_open.end() && --it.value() <= 0)
        s_open.erase(it);
}

bool isInUse(const QString &path)
{
    {
        // With no database open nothing is in use: the canonical path costs a system call per
        // component of the path, for every file `annotate FILE...` reads.
        const QMutexLocker locker(&s_mutex);
        if (s_open.isEmpty())
            return false;
    }
    const QString key = keyOf(path);
    const QMutexLocker locker(&s_mutex);
    if (s_open.contains(key))
        return true;
    // A companion file's own canonical path, or the database's when the companion is gone.
    const QString database = databaseOf(key);
    return database != key && (s_open.contains(database) || s_open.contains(keyOf(database)));
}

Result<void> refuseIfInUse(const QString &path)
{
    if (!isInUse(path))
        return {};
    return Error {u"%1: this is a Parallax project open in this program, not a file to read or "
                  "write here"_s.arg(QDir::toNativeSeparators(path))};
}

} // namespace Parallax::DatabaseFiles
