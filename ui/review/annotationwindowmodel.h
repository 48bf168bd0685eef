// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotationtablemodel.h"
#include "rowupdates.h"
#include "storage/annotationstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Parallax {

class BackgroundRead;
class Project;

// The Annotations panel's table over the project. In article and text order (as it opens) it
// holds only how many rows each article of the story has with the filters
// (AnnotationStore::listingCounts(), from an index) and reads the rows a page at a time by
// position as the view asks for them (LIMIT/OFFSET within the page's articles). Sorted by a
// column, it holds the ids of the rows the filters let through in that order (both done in the
// query). Either way it keeps a bounded number of rows. A 100,000-article story has millions of
// annotations: a table of all of them took seconds to read and hundreds of MB, and reading all
// their ids at open was most of 2.6 s (docs/performance.md). After an edit, refresh() reads the
// counts (or ids) again and tells the views only what differs, so they keep their selection and
// scroll position; the rows in view are read again.
class AnnotationWindowModel : public RowUpdates<QAbstractTableModel>
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200; // rows read at once
    static constexpr int kKeptRows = 20'000; // rows kept before the cache starts over

    explicit AnnotationWindowModel(QObject *parent = nullptr);

    // The project (nullptr: none) and story (0: the whole project) to list; read again at once.
    void setSource(Project *project, qint64 storyId);
    qint64 storyId() const { return m_query.storyId; }
    // Reads the ids again after an edit; rows kept keep their place in the views.
    void refresh();
    // In article order, whether the counts are read off the GUI thread, on a connection of their
    // own (BackgroundRead), for a story too large to count while the window waits: the table is
    // empty until they come after setSource() or a filter, and keeps its rows until they come
    // after refresh(). Sorted by a column, the ids are read at once as before.
    void setReadInBackground(bool background) { m_background = background; }
    // Whether counts being read in the background are still to come.
    bool isCounting() const;
    // Waits (running this thread's events) until the counts being read have come.
    void waitForCounts();

    void setKind(int kind); // AnnotationKind as int, -1 for any
    void setStatus(int status); // ReviewStatus as int, -1 for any
    void setOrigin(int origin); // Origin as int, -1 for any
    void setLabel(const QString &label);
    void setText(const QString &text);

    // The ids of the rows shown, in the table's order (read in one query when the table is in
    // article order and has not read them all).
    QList<qint64> ids() const;
    // The id of a row (its page read when it was not).
    qint64 idAt(int row) const;
    // The row, read when it is not kept (a default row when it cannot be read).
    const AnnotationTableModel::Row &row(int row) const;
    // The version of a row kept (read for the view), 0 when it is not kept: what an edit of it
    // passes as the version the window read.
    int keptVersion(qint64 id) const { return m_cache.value(id).version; }
    // How many rows were read from the project since setSource() (for tests of the laziness).
    qsizetype rowsRead() const { return m_rowsRead; }
    // How many rows are kept in memory now.
    qsizetype rowsKept() const { return m_cache.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // Counts read in the background began to be read (true) or came (false).
    void countingChanged(bool counting);

private:
    bool byArticle() const; // in article and text order: counts by article, rows by position
    QList<qint64> readIds(qint64 articleId = 0) const; // articleId > 0: that article's
    // The rows each article has now, in the table's order; false when they could not be read.
    bool readCounts(QList<qint64> &articles, QList<qint64> &ends) const;
    void readAll(); // counts or ids for the query, without signals
    // Ends a reset the caller began: the counts (or ids) read at once, or the table empty until
    // the counts read in the background come.
    void endResetWithRows();
    void applyFilter(); // the rows again after a filter changed
    void refreshByArticle();
    // What the counts replace when they come: the whole table, or the rows that changed.
    enum class Apply { Reset, Merge };
    bool countInBackground() const { return m_background && byArticle() && m_project; }
    void countInBackground(Apply apply);
    void stopCounting(); // drops the counts under way, if any (a newer read replaces them)
    void toEnds(QList<AnnotationStore::ArticleRows> rows, QList<qint64> &articles,
        QList<qint64> &ends) const;
    void mergeCounts(QList<qint64> articles, QList<qint64> ends);
    qsizetype articleAt(qsizetype row) const; // index in m_articles of the article of a row
    qsizetype startOf(qsizetype article) const { return article == 0 ? 0 : m_ends.at(article - 1); }
    void fetchAround(int row) const;
    void keep(AnnotationTableModel::RowBuilder &builder) const;

    Project *m_project = nullptr;
    AnnotationStore::ListingQuery m_query;
    // One id a row (0: not read yet, in article order); all read when sorted by a column.
    mutable QList<qint64> m_ids;
    // In article order: the story's articles with rows, in the table's order, and the row after
    // each one's last (a running sum).
    QList<qint64> m_articles;
    QList<qint64> m_ends;
    bool m_updating = false;
    bool m_background = false;
    BackgroundRead *m_counting = nullptr; // made at the first count in the background
    mutable QHash<qint64, AnnotationTableModel::Row> m_cache;
    mutable qsizetype m_rowsRead = 0;
};

} // namespace Parallax
