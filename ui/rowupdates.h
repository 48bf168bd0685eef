// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>

#include <algorithm>
#include <concepts>

namespace Parallax {

// A flat model that takes a fresh list of its rows and tells its views only what differs: rows
// gone are removed, new ones inserted, moved ones moved, kept ones reported as changed. The
// views keep their selection, current row and scroll position across an edit, which a reset
// would throw away. A whole reload (another project, a change from elsewhere) resets instead.
template<typename Base>
class RowUpdates : public Base
{
public:
    using Base::Base;

protected:
    // Shows incoming in place of rows: row by row when the two share a row, otherwise (another
    // story, another project) with a reset, which is cheaper and loses nothing worth keeping.
    template<typename T, typename KeyOf>
    void takeRows(QList<T> &rows, QList<T> incoming, KeyOf key)
    {
        using Key = decltype(key(incoming.first()));
        QSet<Key> present;
        present.reserve(rows.size());
        for (const T &row : std::as_const(rows))
            present.insert(key(row));
        const bool shared = std::any_of(incoming.cbegin(), incoming.cend(),
            [&](const T &row) { return present.contains(key(row)); });
        if (!shared) {
            this->beginResetModel();
            rows = std::move(incoming);
            this->endResetModel();
            return;
        }
        updateRows(rows, std::move(incoming), key);
    }

    // Brings rows (the children of parent) to incoming, matching rows by key(row), a row id.
    template<typename T, typename KeyOf>
    void updateRows(QList<T> &rows, QList<T> incoming, KeyOf key, const QModelIndex &parent = {})
    {
        using Key = decltype(key(incoming.first()));
        QSet<Key> wanted;
        wanted.reserve(incoming.size());
        for (const T &row : std::as_const(incoming))
            wanted.insert(key(row));

        // Gone rows, in runs from the end, so the indexes of the rows before stay put.
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (wanted.contains(key(rows[i])))
                continue;
            const qsizetype last = i;
            while (i > 0 && !wanted.contains(key(rows[i - 1])))
                --i;
            this->beginRemoveRows(parent, int(i), int(last));
            rows.remove(i, last - i + 1);
            this->endRemoveRows();
        }

        QSet<Key> present;
        present.reserve(rows.size());
        for (const T &row : std::as_const(rows))
            present.insert(key(row));
        const int lastColumn = this->columnCount(parent) - 1;
        qsizetype changedFrom = -1; // a run of kept rows not comparable, reported at once
        const auto flush = [&](qsizetype end) {
            if (changedFrom >= 0 && end > changedFrom)
                Q_EMIT this->dataChanged(this->index(int(changedFrom), 0, parent),
                    this->index(int(end - 1), lastColumn, parent));
            changedFrom = -1;
        };
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            const Key k = key(incoming[i]);
            if (i >= rows.size() || key(rows[i]) != k) {
                flush(i);
                if (!present.contains(k)) {
                    this->beginInsertRows(parent, int(i), int(i));
                    rows.insert(i, std::move(incoming[i]));
                    this->endInsertRows();
                    continue;
                }
                qsizetype from = i + 1;
                while (key(rows[from]) != k)
                    ++from;
                this->beginMoveRows(parent, int(from), int(from), parent, int(i));
                rows.move(from, i);
                this->endMoveRows();
            }
            if constexpr (std::equality_comparable<T>) {
                if (rows[i] == incoming[i])
                    continue;
                rows[i] = std::move(incoming[i]);
                Q_EMIT this->dataChanged(
                    this->index(int(i), 0, parent), this->index(int(i), lastColumn, parent));
            } else {
                rows[i] = std::move(incoming[i]);
                if (changedFrom < 0)
                    changedFrom = i;
            }
        }
        flush(rows.size());
    }
};

} // namespace Parallax
