// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

namespace Parallax {

class Project;

// The project's layer of the entity model (schema version 7): the learned delta as bytes
// (Ner::WeightDelta::toBytes) and how many of the analysts' decisions it learned from.
struct StoredEntityModel
{
    QByteArray delta; // empty: the shipped model as it is
    int corrections = 0;
    QDateTime modified;

    bool isEmpty() const { return delta.isEmpty() && corrections == 0; }
};

// Reads and writes the project's entity model layer. Writes join the project's transaction.
class ModelStore
{
public:
    explicit ModelStore(Project &project);

    // An empty StoredEntityModel when the project has learned nothing.
    Result<StoredEntityModel> entityModel();
    // Replaces the stored layer; an empty one removes it. modified defaults to now.
    Result<void> setEntityModel(const StoredEntityModel &model);

private:
    QSqlDatabase m_db;
};

} // namespace Parallax
