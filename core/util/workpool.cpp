// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workpool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Parallax {

namespace {

QThreadPool *makePool()
{
    auto *made = new QThreadPool;
    // Its work ends while the application still exists, as the global pool's does.
    qAddPostRoutine([] { workPool()->waitForDone(); });
    return made;
}

} // namespace

QThreadPool *workPool()
{
    // Never deleted: a thread still running at exit keeps a pool to come back to.
    static QThreadPool *const pool = makePool();
    return pool;
}

} // namespace Parallax
