// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace Parallax {

struct CopiedTable
{
    QString name;
    qint64 rows = 0;
    QString hash; // over the rows' values, in any order: equal on both sides
};

// Copies a whole project between a file and a server (either way, or file to file): a team
// starts from a file, anyone takes a snapshot. DEST must be new (no file of that name, or an
// empty database); everything is written in one transaction with the rows' own ids, then every
// table is counted and hashed on both sides. On any failure DEST is left as Project::create made
// it, or not made at all for a file.
Result<QList<CopiedTable>> copyProject(const QString &source, const QString &dest);

} // namespace Parallax
