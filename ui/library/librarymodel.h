// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlestore.h"

#include "roles.h"
#include "rowupdates.h"

#include <QAbstractItemModel>

namespace Parallax {

// Stories with their articles, as a two-level tree. Rows are read in one go from the project
// (a listing is a few queries, not one per row), so views and proxies see complete data.
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
    void setListing(QList<StoryListing> listing);
    const QList<StoryListing> &listing() const { return m_listing; }
    // The article's row in that story (-1: in whichever story lists it first).
    QModelIndex indexForArticle(qint64 articleId, qint64 storyId = -1) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StoryListing> m_listing;
};

} // namespace Parallax
