// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystore.h"

#include "storage/connection.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// Rows of a table that nests in itself (an annotation's cue and speaker under its quote), put
// in an order where every parent comes before its children.
QList<QVariantList> parentsFirst(const QStringList &columns, const QList<QVariantList> &rows)
{
    const qsizetype idColumn = columns.indexOf(u"id"_s);
    const qsizetype parentColumn = columns.indexOf(u"parent_id"_s);
    if (idColumn < 0 || parentColumn < 0)
        return rows;
    QSet<qint64> inSnapshot;
    for (const QVariantList &row : rows)
        inSnapshot.insert(row[idColumn].toLongLong());
    QList<QVariantList> ordered;
    QSet<qint64> placed;
    QList<QVariantList> left = rows;
    while (!left.isEmpty()) {
        QList<QVariantList> next;
        for (const QVariantList &row : std::as_const(left)) {
            const QVariant parent = row[parentColumn];
            if (parent.isNull() || !inSnapshot.contains(parent.toLongLong())
                || placed.contains(parent.toLongLong())) {
                ordered.append(row);
                placed.insert(row[idColumn].toLongLong());
            } else {
                next.append(row);
            }
        }
        if (next.size() == left.size()) { // a cycle cannot be stored; keep the rows anyway
            ordered.append(next);
            break;
        }
        left = std::move(next);
    }
    return ordered;
}

} // namespace

ArticleMetadata ArticleMetadata::of(const ArticleDraft &article)
{
    return {article.title, article.outlet, article.author, article.published, article.url,
        article.language};
}

LibraryStore::LibraryStore(Project &project)
    : m_db(Storage::connection(project))
{ }

Result<ArticleMetadata> LibraryStore::metadata(qint64 articleId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT title, outlet, author, published, url, language FROM article WHERE id = ?"_s,
            {articleId});
        !r)
        return Error {r.error()};
    if (!query.next())
        return Error {u"there is no article %1 in this project"_s.arg(articleId)};
    return ArticleMetadata {query.value(0).toString(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
        query.value(5).toString()};
}

Result<int> LibraryStore::setMetadata(qint64 articleId, const ArticleMetadata &m)
{
    QSqlQuery query(m_db);
    return Sql::change(query,
        u"UPDATE article SET title = ?, outlet = ?, author = ?, published = ?, url = ?,"
        " language = ? WHERE id = ?"_s,
        {Sql::text(m.title), Sql::text(m.outlet), Sql::text(m.author), Sql::text(m.published),
            Sql::text(m.url), Sql::text(m.language), articleId});
}

Result<std::optional<int>> LibraryStore::position(qint64 storyId, qint64 articleId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query,
            u"SELECT position FROM story_article WHERE story_id = ? AND article_id = ?"_s,
            {storyId, articleId});
        !r)
        return Error {r.error()};
    if (!query.next())
        return std::optional<int>();
    return std::optional<int>(query.value(0).toInt());
}

Result<int> LibraryStore::addToStory(qint64 storyId, qint64 articleId, int position)
{
    QSqlQuery query(m_db);
    if (position <= 0) {
        if (auto r = Sql::exec(query,
                u"SELECT COALESCE(MAX(position), 0) + 1 FROM story_article WHERE story_id = ?"_s,
                {storyId});
            !r)
            return Error {r.error()};
        position = query.next() ? query.value(0).toInt() : 1;
    }
    if (auto r = Sql::exec(query,
            u"INSERT INTO story_article (story_id, article_id, position) VALUES (?, ?, ?)"_s,
            {storyId, articleId, position});
        !r)
        return Error {r.error()};
    return position;
}

Result<int> LibraryStore::removeFromStory(qint64 storyId, qint64 articleId)
{
    QSqlQuery query(m_db);
    return Sql::change(query, u"DELETE FROM story_article WHERE story_id = ? AND article_id = ?"_s,
        {storyId, articleId});
}

Result<qint64> LibraryStore::insertStory(const Story &story)
{
    QSqlQuery query(m_db);
    const QString created
        = (story.created.isValid() ? story.created : QDateTime::currentDateTimeUtc())
              .toString(Qt::ISODateWithMs);
    if (story.id > 0) {
        if (auto r = Sql::exec(query,
                u"INSERT INTO story (id, name, description, created) VALUES (?, ?, ?, ?)"_s,
                {story.id, story.name, Sql::text(story.description), created});
            !r)
            return Error {r.error()};
        return story.id;
    }
    if (auto r = Sql::exec(query,
            u"INSERT INTO story (name, description, created) VALUES (?, ?, ?) RETURNING id"_s,
            {story.name, Sql::text(story.description), created});
        !r)
        return Error {r.error()};
    return Sql::insertedId(query);
}

Result<std::optional<Story>> LibraryStore::story(qint64 storyId)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(
            query, u"SELECT name, description, created FROM story WHERE id = ?"_s, {storyId});
        !r)
        return Error {r.error()};
    if (!query.next())
        return std::optional<Story>();
    return std::optional<Story>(
        Story {storyId, query.value(0).toString(), query.value(1).toString(),
            QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
}

Result<qint64> LibraryStore::storyNamed(const QString &name)
{
    QSqlQuery query(m_db);
    if (auto r = Sql::exec(query, u"SELECT id FROM story WHERE name = ?"_s, {name}); !r)
        return Error {r.error()};
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<int> LibraryStore::renameStory(qint64 storyId, const QString &name)
{
    QSqlQuery query(m_db);
    return Sql::change(query, u"UPDATE story SET name = ? WHERE id = ?"_s, {name, storyId});
}

Result<RowSnapshot> LibraryStore::articleRows(qint64 articleId)
{
    // Every table with a row per article, each cascading from article(id).
    QList<Selection> rows {{u"article"_s, u"id = ?"_s}};
    for (const char *table : {"story_article", "annotation", "curated_annotation",
             "comparison_article", "alignment_member", "difference_span", "review_item_span",
             "coverage_entity_article", "coverage_speaker_article", "entity_contribution"})
        rows.append({QString::fromLatin1(table), u"article_id = ?"_s});
    return snapshot(rows, {}, articleId);
}

Result<RowSnapshot> LibraryStore::storyRows(qint64 storyId)
{
    const QString entities = u"SELECT id FROM entity WHERE story_id = ?"_s;
    const QString alignments = u"SELECT id FROM alignment WHERE story_id = ?"_s;
    const QList<Selection> rows {
        {u"story"_s, u"id = ?"_s},
        {u"story_article"_s, u"story_id = ?"_s},
        {u"entity"_s, u"story_id = ?"_s},
        {u"entity_alias"_s, u"entity_id IN (%1)"_s.arg(entities)},
        {u"comparison"_s, u"story_id = ?"_s},
        {u"comparison_article"_s, u"story_id = ?"_s},
        {u"alignment"_s, u"story_id = ?"_s},
        {u"alignment_member"_s, u"alignment_id IN (%1)"_s.arg(alignments)},
        {u"alignment_difference"_s, u"alignment_id IN (%1)"_s.arg(alignments)},
        {u"difference_span"_s,
            u"difference_id IN (SELECT id FROM alignment_difference WHERE alignment_id IN (%1))"_s
                .arg(alignments)},
        {u"review_item"_s, u"story_id = ?"_s},
        {u"review_item_span"_s, u"item_id IN (SELECT id FROM review_item WHERE story_id = ?)"_s},
        {u"coverage_entity"_s, u"story_id = ?"_s},
        {u"coverage_entity_article"_s,
            u"coverage_id IN (SELECT id FROM coverage_entity WHERE story_id = ?)"_s},
        {u"coverage_speaker"_s, u"story_id = ?"_s},
        {u"coverage_speaker_article"_s,
            u"coverage_id IN (SELECT id FROM coverage_speaker WHERE story_id = ?)"_s},
    };
    // The story's entities go; the mentions of them stay, without their entity.
    const QList<std::pair<Selection, QString>> updates {
        {{u"annotation"_s, u"entity_id IN (%1)"_s.arg(entities)}, u"entity_id"_s},
        {{u"curated_annotation"_s, u"entity_id IN (%1)"_s.arg(entities)}, u"entity_id"_s},
    };
    return snapshot(rows, updates, storyId);
}

Result<RowSnapshot> LibraryStore::snapshot(
    const QList<Selection> &inserts, const QList<std::pair<Selection, QString>> &updates, qint64 id)
{
    RowSnapshot snapshot;
    auto read = [&](const QString &table, const QString &columns,
                    const QString &where) -> Result<RowSnapshot::Table> {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (auto r
            = Sql::exec(query, u"SELECT %1 FROM %2 WHERE %3"_s.arg(columns, table, where), {id});
            !r)
            return Error {r.error()};
        RowSnapshot::Table rows {table, {}, {}};
        const QSqlRecord record = query.record();
        for (int c = 0; c < record.count(); ++c)
            rows.columns.append(record.fieldName(c));
        while (query.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int c = 0; c < record.count(); ++c)
                row.append(query.value(c));
            rows.rows.append(std::move(row));
        }
        return rows;
    };
    for (const Selection &s : inserts) {
        auto rows = read(s.table, u"*"_s, s.where);
        if (!rows)
            return Error {rows.error()};
        if (rows->rows.isEmpty())
            continue;
        rows->rows = parentsFirst(rows->columns, rows->rows);
        snapshot.inserts.append(std::move(rows).value());
    }
    for (const auto &[s, column] : updates) {
        auto rows = read(s.table, u"id, "_s + column, s.where);
        if (!rows)
            return Error {rows.error()};
        if (!rows->rows.isEmpty())
            snapshot.updates.append(std::move(rows).value());
    }
    return snapshot;
}

Result<int> LibraryStore::removeArticle(qint64 articleId)
{
    QSqlQuery query(m_db);
    return Sql::change(query, u"DELETE FROM article WHERE id = ?"_s, {articleId});
}

Result<int> LibraryStore::removeStory(qint64 storyId)
{
    QSqlQuery query(m_db);
    return Sql::change(query, u"DELETE FROM story WHERE id = ?"_s, {storyId});
}

Result<void> LibraryStore::restore(const RowSnapshot &snapshot)
{
    for (const RowSnapshot::Table &table : snapshot.inserts) {
        QStringList marks;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            marks.append(u"?"_s);
        QSqlQuery query(m_db);
        const QString statement = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            table.name, table.columns.join(u", "_s), marks.join(u", "_s));
        for (const QVariantList &row : table.rows) {
            if (auto r = Sql::exec(query, statement, row); !r)
                return r;
        }
    }
    for (const RowSnapshot::Table &table : snapshot.updates) {
        QSqlQuery query(m_db);
        const QString statement
            = u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(table.name, table.columns.value(1));
        for (const QVariantList &row : table.rows) {
            if (auto r = Sql::exec(query, statement, {row.value(1), row.value(0)}); !r)
                return r;
        }
    }
    return {};
}

Result<int> LibraryStore::countArticles(const QList<qint64> &ids)
{
    return Sql::countExisting(m_db, u"article"_s, ids);
}

Result<int> LibraryStore::countStories(const QList<qint64> &ids)
{
    return Sql::countExisting(m_db, u"story"_s, ids);
}

} // namespace Parallax
