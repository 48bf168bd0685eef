// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlestore.h"

#include "roles.h"
#include "rowupdates.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace Parallax {

// Stories with their articles, as a two-level tree. The listing (titles, outlets, dates) is
// read in one go (a few queries, not one per row), so views and proxies see every article. With
// a project set, the counts (entities, quotes, tags, notes, to review) are read as the views
// ask for them, a page of a story's articles at a time: counting every annotation of a large
// archive is what made opening it slow, and the view shows a few dozen rows.
class LibraryModel : public RowUpdates<QAbstractItemModel>
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        OutletColumn,
        DateColumn,
        WordsColumn,
        EntitiesColumn,
        QuotesColumn,
        TagsColumn,
        NotesColumn,
        ReviewColumn,
        ColumnCount
    };

    explicit LibraryModel(QObject *parent = nullptr);

    // Row by row while the stories are the same ones in the same order (an import into a
    // story, an edit that changes an article's counts), so the view keeps its current article
    // and what is expanded; a story added, removed or reordered resets the tree (an article's
    // index names its story's row).
    // The counts of the summaries are shown as given.
    void setListing(QList<StoryListing> listing);
    // Where the counts are read from (nullptr: the summaries' own counts). Forgets those read.
    void setProject(Project *project);
    // The counts changed (an edit, an import): those read are forgotten, and the rows that
    // showed them are reported changed, so the views read the counts of what they show again.
    void countsChanged();
    // How many articles' counts were read from the project since it was set (for the tests).
    qsizetype countsRead() const { return m_countsRead; }
    static constexpr int kPageSize = 100;
    const QList<StoryListing> &listing() const { return m_listing; }
    // The article's row in that story (-1: in whichever story lists it first).
    QModelIndex indexForArticle(qint64 articleId, qint64 storyId = -1) const;
    // How many articles the story lists (storyId <= 0: every story's together).
    qsizetype articleCount(qint64 storyId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ArticleCounts *countsAt(const QModelIndex &articleRow) const;

    QList<StoryListing> m_listing;
    Project *m_project = nullptr;
    // Read as shown; a cache, filled from const data().
    mutable QHash<qint64, ArticleCounts> m_counts;
    mutable std::optional<QSet<qint64>> m_toReview; // read when a filter first asks
    mutable qsizetype m_countsRead = 0;
};

} // namespace Parallax
