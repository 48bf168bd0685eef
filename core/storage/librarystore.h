// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Parallax {

class Project;

// What the analyst may change of an article: everything but its text.
struct ArticleMetadata
{
    QString title;
    QString outlet;
    QString author;
    QString published;
    QString url;
    QString language;

    static ArticleMetadata of(const ArticleDraft &article);
    bool operator==(const ArticleMetadata &) const = default;
};

// The rows a deletion takes with it, kept so that an undo puts them back under the same ids.
// Read with SELECT *, so a column a later schema adds is kept as well.
struct RowSnapshot
{
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> inserts; // in the order they go back: parents first
    // Columns the deletion set to NULL (ON DELETE SET NULL) in rows it kept: id and value.
    QList<Table> updates;
};

// The library's own writes: an article's metadata, which stories hold it, stories made, renamed
// and deleted, articles deleted. Joins the caller's transaction, as the other stores do.
class LibraryStore
{
public:
    explicit LibraryStore(Project &project);

    Result<ArticleMetadata> metadata(qint64 articleId);
    // Rows changed: 0 when the article is gone.
    Result<int> setMetadata(qint64 articleId, const ArticleMetadata &metadata);

    // The article's position in the story; nullopt when the story does not hold it.
    Result<std::optional<int>> position(qint64 storyId, qint64 articleId);
    // position 0: after the story's last article. Returns the position given.
    Result<int> addToStory(qint64 storyId, qint64 articleId, int position = 0);
    Result<int> removeFromStory(qint64 storyId, qint64 articleId);

    // A story under that id (0: a new one); returns its id.
    Result<qint64> insertStory(const Story &story);
    Result<std::optional<Story>> story(qint64 storyId);
    // The id of the story of that name, 0 when there is none.
    Result<qint64> storyNamed(const QString &name);
    Result<int> renameStory(qint64 storyId, const QString &name);

    // Everything a deletion of the article, or of the story, removes or changes. A story's
    // articles stay in the project; its entities, comparison and review go with it.
    Result<RowSnapshot> articleRows(qint64 articleId);
    Result<RowSnapshot> storyRows(qint64 storyId);
    Result<int> removeArticle(qint64 articleId);
    Result<int> removeStory(qint64 storyId);
    Result<void> restore(const RowSnapshot &snapshot);

    Result<int> countArticles(const QList<qint64> &ids);
    Result<int> countStories(const QList<qint64> &ids);

private:
    struct Selection
    {
        QString table;
        QString where; // one placeholder: the id
    };
    Result<RowSnapshot> snapshot(const QList<Selection> &inserts,
        const QList<std::pair<Selection, QString>> &updates, qint64 id);

    QSqlDatabase m_db;
};

} // namespace Parallax
