// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "storage/connection.h"

#include "storage/sql.h"
#include "util/textmetrics.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ArticleStore::ArticleStore(Project &project)
    : m_db(Storage::connection(project))
{ }

Result<ArticleStore::Inserted> ArticleStore::insert(const ArticleDraft &draft)
{
    const QString hash = TextMetrics::contentHash(draft.body);
    if (!m_findHash) {
        m_findHash.emplace(m_db);
        m_findHash->prepare(u"SELECT id FROM article WHERE content_hash = ?"_s);
        m_insert.emplace(m_db);
        m_insert->prepare(
            u"INSERT INTO article (title, outlet, author, url, published, language, body, "
            u"content_hash,"
            " word_count, source_path, source_format, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?)"
            " RETURNING id"_s);
    }
    m_findHash->addBindValue(hash);
    if (!m_findHash->exec())
        return Error {Sql::describe(*m_findHash)};
    if (m_findHash->next()) {
        const qint64 id = m_findHash->value(0).toLongLong();
        m_findHash->finish();
        return Inserted {id, true};
    }
    m_findHash->finish();

    for (const QVariant &value :
        QVariantList {Sql::text(draft.title), Sql::text(draft.outlet), Sql::text(draft.author),
            Sql::text(draft.url), Sql::text(draft.published), Sql::text(draft.language),
            Sql::text(draft.body), hash, TextMetrics::countWords(draft.body),
            Sql::text(draft.sourcePath), Sql::text(draft.sourceFormat), now()}) {
        m_insert->addBindValue(value);
    }
    if (!m_insert->exec())
        return Error {Sql::describe(*m_insert)};
    auto id = Sql::insertedId(*m_insert);
    if (!id)
        return Error {id.error()};
    return Inserted {id.value(), false};
}

Result<qint64> ArticleStore::storyId(const QString &name, bool create)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query, u"SELECT id FROM story WHERE name = ?"_s, {name}); !r)
        return Error {r.error()};
    if (query.next())
        return query.value(0).toLongLong();
    if (!create)
        return qint64(0);
    if (auto r = Sql::exec(query, u"INSERT INTO story (name, created) VALUES (?, ?) RETURNING id"_s,
            {name, now()});
        !r)
        return Error {r.error()};
    return Sql::insertedId(query);
}

Result<void> ArticleStore::addToStory(qint64 storyId, qint64 articleId)
{
    // The position is read in the statement that writes it, inside the caller's write
    // transaction: nothing cached here goes stale when another connection adds articles. The
    // index on (story_id, position) makes the MAX() one lookup (bulk imports stay linear).
    if (!m_addToStory) {
        m_addToStory.emplace(m_db);
        m_addToStory->prepare(
            u"INSERT INTO story_article (story_id, article_id, position)"
            " SELECT ?, ?, COALESCE(MAX(position), 0) + 1 FROM story_article WHERE story_id = ?"
            " ON CONFLICT (story_id, article_id) DO NOTHING"_s);
    }
    m_addToStory->addBindValue(storyId);
    m_addToStory->addBindValue(articleId);
    m_addToStory->addBindValue(storyId);
    if (!m_addToStory->exec())
        return Error {Sql::describe(*m_addToStory)};
    return {};
}

Result<Article> ArticleStore::article(qint64 id)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT id, title, outlet, author, url, published, language, body, content_hash,"
            " word_count, source_path, source_format, imported_at FROM article WHERE id = ?"_s,
            {id});
        !r)
        return Error {r.error()};
    if (!query.next())
        return Error {u"there is no article %1 in this project"_s.arg(id)};
    Article a;
    a.id = query.value(0).toLongLong();
    a.title = query.value(1).toString();
    a.outlet = query.value(2).toString();
    a.author = query.value(3).toString();
    a.url = query.value(4).toString();
    a.published = query.value(5).toString();
    a.language = query.value(6).toString();
    a.body = query.value(7).toString();
    a.contentHash = query.value(8).toString();
    a.wordCount = query.value(9).toInt();
    a.sourcePath = query.value(10).toString();
    a.sourceFormat = query.value(11).toString();
    a.importedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    return a;
}

Result<QList<Story>> ArticleStore::stories()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, description, created FROM story ORDER BY name"_s))
        return Error {Sql::describe(query)};
    QList<Story> result;
    while (query.next()) {
        Story s;
        s.id = query.value(0).toLongLong();
        s.name = query.value(1).toString();
        s.description = query.value(2).toString();
        s.created = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        result.append(s);
    }
    return result;
}

Result<bool> ArticleStore::contains(qint64 articleId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query, u"SELECT 1 FROM article WHERE id = ?"_s, {articleId}); !r)
        return Error {r.error()};
    return query.next();
}

Result<QList<qint64>> ArticleStore::storyArticles(qint64 storyId, Order order)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto r = Sql::exec(query,
            order == Order::Position ? u"SELECT article_id FROM story_article WHERE story_id = ?"
                                       " ORDER BY position, article_id"_s
                                     : u"SELECT sa.article_id FROM story_article sa JOIN article a "
                                       u"ON a.id = sa.article_id"
                                       " WHERE sa.story_id = ? ORDER BY a.published, a.id"_s,
            {storyId});
        !r)
        return Error {r.error()};
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<std::optional<qint64>> ArticleStore::firstStoryOf(qint64 articleId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT a.id, (SELECT MIN(story_id) FROM story_article WHERE article_id = a.id)"
            " FROM article a WHERE a.id = ?"_s,
            {articleId});
        !r)
        return Error {r.error()};
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(1).toLongLong());
}

Result<QList<std::pair<qint64, qint64>>> ArticleStore::articlesByStory(qint64 storyId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = storyId > 0
        ? u"SELECT sa.story_id, a.id FROM story_article sa JOIN article a ON a.id = sa.article_id"
          " WHERE sa.story_id = ? ORDER BY sa.position, a.id"_s
        : u"SELECT MIN(sa.story_id), a.id FROM article a LEFT JOIN story_article sa"
          " ON sa.article_id = a.id GROUP BY a.id ORDER BY 1, a.id"_s;
    if (auto r = Sql::exec(query, sql, storyId > 0 ? QVariantList {storyId} : QVariantList {}); !r)
        return Error {r.error()};
    QList<std::pair<qint64, qint64>> pairs;
    while (query.next())
        pairs.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return pairs;
}

namespace {

Result<QList<ArticleStore::Match>> matches(
    QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery query(db);
    if (auto r = Sql::exec(query,
            u"SELECT id, body, (SELECT MIN(story_id) FROM story_article WHERE"
            " article_id = article.id) FROM article "_s
                + where,
            values);
        !r)
        return Error {r.error()};
    QList<ArticleStore::Match> found;
    while (query.next())
        found.append(ArticleStore::Match {
            query.value(0).toLongLong(), query.value(2).toLongLong(), query.value(1).toString()});
    return found;
}

} // namespace

Result<QList<ArticleStore::Match>> ArticleStore::findByContentHash(const QString &contentHash)
{
    return matches(m_db, u"WHERE content_hash = ?"_s, {contentHash});
}

Result<QList<ArticleStore::Match>> ArticleStore::findByUrl(const QString &url, int limit)
{
    return matches(m_db, u"WHERE url = ? LIMIT ?"_s, {url, limit});
}

namespace {

// The counts of the articles the condition picks (an empty one: of every article), in one
// GROUP BY; on the index annotation(article_id, kind) for a list of articles.
Result<QHash<qint64, ArticleCounts>> countsWhere(QSqlDatabase &db, const QString &condition)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT article_id, kind, status, COUNT(*) FROM annotation"
                    " WHERE status <> 'rejected'%1 GROUP BY article_id, kind, status"_s.arg(
                        condition.isEmpty() ? QString() : u" AND "_s + condition)))
        return Error {Sql::describe(query)};
    QHash<qint64, ArticleCounts> result;
    while (query.next()) {
        ArticleCounts &c = result[query.value(0).toLongLong()];
        const QString kind = query.value(1).toString();
        const int count = query.value(3).toInt();
        if (kind == "entity"_L1)
            c.entities += count;
        else if (kind == "quote"_L1)
            c.quotes += count;
        else if (kind == "tag"_L1)
            c.tags += count;
        else if (kind == "note"_L1)
            c.notes += count;
        if (query.value(2).toString() == "proposed"_L1)
            c.proposals += count;
    }
    return result;
}

void applyCounts(ArticleSummary &s, const ArticleCounts &c)
{
    s.entities = c.entities;
    s.quotes = c.quotes;
    s.tags = c.tags;
    s.notes = c.notes;
    s.proposals = c.proposals;
}

} // namespace

Result<QHash<qint64, ArticleCounts>> ArticleStore::counts(const QList<qint64> &articleIds)
{
    QHash<qint64, ArticleCounts> result;
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < articleIds.size(); from += kChunk) {
        auto chunk = countsWhere(
            m_db, u"article_id IN (%1)"_s.arg(Sql::idList(articleIds.mid(from, kChunk))));
        if (!chunk)
            return Error {chunk.error()};
        result.insert(chunk.value());
    }
    return result;
}

Result<QSet<qint64>> ArticleStore::articlesToReview()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT article_id FROM annotation WHERE status = 'proposed'"_s))
        return Error {Sql::describe(query)};
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Result<QList<StoryListing>> ArticleStore::listing(Counts counts)
{
    auto storyList = stories();
    if (!storyList)
        return Error {storyList.error()};

    // Every article in date order (from the library's index, schema 13), and where each is in it.
    QList<ArticleSummary> summaries;
    QHash<qint64, qsizetype> rank;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, title, outlet, published, language, word_count FROM article"
                    " ORDER BY published, id"_s))
        return Error {Sql::describe(query)};
    while (query.next()) {
        ArticleSummary s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.outlet = query.value(2).toString();
        s.published = query.value(3).toString();
        s.language = query.value(4).toString();
        s.wordCount = query.value(5).toInt();
        rank.insert(s.id, summaries.size());
        summaries.append(std::move(s));
    }

    if (counts == Counts::Yes) {
        auto all = countsWhere(m_db, QString());
        if (!all)
            return Error {all.error()};
        for (auto it = all->cbegin(); it != all->cend(); ++it) {
            if (auto r = rank.constFind(it.key()); r != rank.constEnd())
                applyCounts(summaries[r.value()], it.value());
        }
    }

    // Each story's articles, in the same date order: sorted here by their place above, not by
    // a join with the article rows.
    QHash<qint64, QList<qsizetype>> members;
    QList<bool> filed(summaries.size(), false);
    if (!query.exec(u"SELECT story_id, article_id FROM story_article"_s))
        return Error {Sql::describe(query)};
    while (query.next()) {
        const qsizetype r = rank.value(query.value(1).toLongLong(), -1);
        if (r < 0)
            continue;
        members[query.value(0).toLongLong()].append(r);
        filed[r] = true;
    }

    QList<StoryListing> result;
    result.reserve(storyList->size() + 1);
    for (const Story &story : storyList.value()) {
        StoryListing listing {story, {}};
        QList<qsizetype> &ranks = members[story.id];
        std::sort(ranks.begin(), ranks.end());
        listing.articles.reserve(ranks.size());
        for (qsizetype r : std::as_const(ranks))
            listing.articles.append(summaries.at(r));
        result.append(std::move(listing));
    }
    StoryListing unfiled;
    for (qsizetype r = 0; r < summaries.size(); ++r) {
        if (!filed.at(r))
            unfiled.articles.append(summaries.at(r));
    }
    if (!unfiled.articles.isEmpty())
        result.append(unfiled);
    return result;
}

} // namespace Parallax
