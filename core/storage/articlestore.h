// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <utility>

namespace Parallax {

class Project;

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

    bool operator==(const ArticleSummary &) const = default;
};

// What an article holds, as the library counts it (rejected proposals not counted).
struct ArticleCounts
{
    int entities = 0;
    int quotes = 0;
    int tags = 0;
    int notes = 0;
    int proposals = 0; // automatic annotations not yet reviewed

    bool operator==(const ArticleCounts &) const = default;
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
    explicit ArticleStore(Project &project);

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
    Result<bool> contains(qint64 articleId);
    Result<QList<Story>> stories();
    // Every story with its articles. Counts::No leaves the summaries' counts at 0: the library
    // reads them for the rows it shows (counts()), which on a large archive is most of the cost
    // of a listing (a GROUP BY over every annotation).
    enum class Counts { Yes, No };
    Result<QList<StoryListing>> listing(Counts counts = Counts::Yes);
    // The counts of these articles (an article without annotations is missing from the hash).
    Result<QHash<qint64, ArticleCounts>> counts(const QList<qint64> &articleIds);
    // The articles with proposals left to review.
    Result<QSet<qint64>> articlesToReview();

    // The story's article ids in the library's order (position), or by publication date as the
    // reports list them.
    enum class Order { Position, Published };
    Result<QList<qint64>> storyArticles(qint64 storyId, Order order = Order::Position);
    // The first story (lowest id) the article is in, 0 for none; nullopt: there is no such article.
    Result<std::optional<qint64>> firstStoryOf(qint64 articleId);
    // (story, article) pairs: the story's articles in position order, or with storyId 0 every
    // article with its first story (0 for none), by story, then article id.
    Result<QList<std::pair<qint64, qint64>>> articlesByStory(qint64 storyId);

    // An article an annotation file points at, with its text and first story.
    struct Match
    {
        qint64 id = 0;
        qint64 storyId = 0;
        QString body;
    };
    Result<QList<Match>> findByContentHash(const QString &contentHash);
    // At most limit of them: a caller that needs one address to name one article asks for two.
    Result<QList<Match>> findByUrl(const QString &url, int limit);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_findHash;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_addToStory;
};

} // namespace Parallax
