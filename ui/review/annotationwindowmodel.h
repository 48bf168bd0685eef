// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/annotationtablemodel.h"
#include "rowupdates.h"
#include "storage/annotationstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Parallax {

class Project;

// The Annotations panel's table over the project: it holds the ids of the rows the filters let
// through, in the order the table is sorted by (both done in the query), and reads the rows
// themselves a page at a time as the view asks for them, keeping a bounded number. A
// 100,000-article story has millions of annotations; a table of all of them in memory took
// seconds to read and hundreds of MB (docs/performance.md). After an edit, refresh() reads the
// ids again and tells the views only what differs (ui/rowupdates.h), so they keep their
// selection and scroll position; the rows in view are read again.
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

    void setKind(int kind); // AnnotationKind as int, -1 for any
    void setStatus(int status); // ReviewStatus as int, -1 for any
    void setOrigin(int origin); // Origin as int, -1 for any
    void setLabel(const QString &label);
    void setText(const QString &text);

    // The ids of the rows shown, in the table's order (no row is read for them).
    const QList<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return m_ids.at(row); }
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

private:
    QList<qint64> readIds();
    void applyFilter(); // the ids again after a filter changed
    void fetchAround(int row) const;

    Project *m_project = nullptr;
    AnnotationStore::ListingQuery m_query;
    QList<qint64> m_ids;
    mutable QHash<qint64, AnnotationTableModel::Row> m_cache;
    mutable qsizetype m_rowsRead = 0;
};

} // namespace Parallax
