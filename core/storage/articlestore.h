// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace Parallax {

struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QString published;
    QString language;
    int wordCount = 0;
    int entities = 0;
    int quotes = 0;
    int tags = 0;
    int notes = 0;
    int proposals = 0; // automatic annotations not yet reviewed
};

struct StoryListing
{
    Story story; // id 0: the articles that belong to no story
    QList<ArticleSummary> articles;
};

// Reads and writes articles and stories. Writes join the caller's transaction, so that a batch
// of articles, or one user action, is committed as one.
class ArticleStore
{
public:
    explicit ArticleStore(QSqlDatabase db);

    struct Inserted
    {
        qint64 id = 0;
        bool duplicate = false; // an article with the same content hash was already there
    };
    Result<Inserted> insert(const ArticleDraft &draft);

    // The story of that name; created when missing and create is set (0 when missing otherwise).
    Result<qint64> storyId(const QString &name, bool create);
    Result<void> addToStory(qint64 storyId, qint64 articleId);

    Result<Article> article(qint64 id);
    Result<QList<Story>> stories();
    Result<QList<StoryListing>> listing();

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_findHash;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_addToStory;
    QHash<qint64, qint64> m_nextPosition; // story id -> position for the next article
};

} // namespace Parallax
