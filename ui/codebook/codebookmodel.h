// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Parallax {

// The code book as a tree of tags, with each tag's colour and shortcut.
class CodeBookModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ShortcutColumn, ColumnCount };

    explicit CodeBookModel(QObject *parent = nullptr);

    void setTags(QList<Tag> tags);
    const QList<Tag> &tags() const { return m_tags; }
    const Tag *tag(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 tagId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> childrenOf(qint64 parentId) const; // indexes into m_tags, in order

    QList<Tag> m_tags;
    QHash<qint64, QList<int>> m_children; // parent tag id (0: top) -> indexes into m_tags
    QHash<qint64, int> m_byId;
};

} // namespace Parallax
