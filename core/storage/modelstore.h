// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Parallax {

class Project;

// The base of the project's layer of the entity model (schema version 7): a learned delta as
// bytes (Ner::WeightDelta::toBytes) and how many of the analysts' decisions it learned from.
// Since version 11 what is learned from an article is its own contribution (below); the base
// holds what a project of an earlier version learned, which no decision can take back.
struct StoredEntityModel
{
    QByteArray delta; // empty: the shipped model as it is
    int corrections = 0;
    QDateTime modified;

    bool isEmpty() const { return delta.isEmpty() && corrections == 0; }
};

// What the entity model learned from one article's decisions (schema version 11): the delta of
// its learning step, how many decisions it learned from, and a fingerprint of those decisions,
// so that the step is made again only when they changed.
struct StoredContribution
{
    qint64 articleId = 0;
    QByteArray delta;
    int decisions = 0;
    QByteArray fingerprint;
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

    // The article's contribution, or an empty one (articleId 0) when it has none.
    Result<StoredContribution> contribution(qint64 articleId);
    // Every article's contribution, by article.
    Result<QList<StoredContribution>> contributions();
    // Replaces the article's contribution; one with no decisions removes it.
    Result<void> setContribution(const StoredContribution &contribution);
    // How many decisions the project's model learned from: the base's and the contributions'.
    Result<int> corrections();
    // Forgets the base and every contribution (Annotate › Reset Learned Entities).
    Result<void> clear();

private:
    QSqlDatabase m_db;
};

} // namespace Parallax
