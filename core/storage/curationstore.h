// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/curation.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace Parallax {

class Project;

// Reads and writes the curated layer (schema version 6). Writes join the project's transaction.
class CurationStore
{
public:
    explicit CurationStore(Project &project);

    // Stores a curated annotation; modified defaults to now. One that carries an id is stored
    // under that id (undo restoring a removed row). Returns its row id.
    Result<qint64> insert(const CuratedAnnotation &annotation);
    // How many rows it removed: 0 when the row is gone.
    Result<int> remove(qint64 id);
    Result<CuratedAnnotation> annotation(qint64 id);
    Result<int> countExisting(const QList<qint64> &ids);
    // The curated layer of a story (0: of the whole project; articleId > 0: of one article), in
    // article and text order.
    Result<QList<CuratedAnnotation>> list(qint64 storyId, qint64 articleId = 0);

private:
    QSqlDatabase m_db;
};

} // namespace Parallax
