// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookmodel.h"

#include "roles.h"

#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Parallax {

CodeBookModel::CodeBookModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void CodeBookModel::setTags(QList<Tag> tags)
{
    // The same tags in the same tree (a rename, a new colour or shortcut): each changed row is
    // reported as changed, so the view keeps its current tag and what is expanded. A tag added,
    // removed or moved in the tree changes the tree's shape, which a reset redraws.
    const auto sameShape = [&] {
        if (tags.size() != m_tags.size())
            return false;
        for (int i = 0; i < m_tags.size(); ++i) {
            if (tags[i].id != m_tags[i].id || tags[i].parentId != m_tags[i].parentId)
                return false;
        }
        return true;
    };
    if (!m_tags.isEmpty() && sameShape()) {
        for (int i = 0; i < m_tags.size(); ++i) {
            if (tags[i] == m_tags[i])
                continue;
            m_tags[i] = std::move(tags[i]);
            const QModelIndex at = indexOf(m_tags[i].id);
            Q_EMIT dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_tags = std::move(tags);
    m_children.clear();
    m_byId.clear();
    for (int i = 0; i < m_tags.size(); ++i)
        m_byId.insert(m_tags[i].id, i);
    for (int i = 0; i < m_tags.size(); ++i) {
        // A tag whose parent is missing is shown at the top rather than lost.
        const qint64 parent = m_byId.contains(m_tags[i].parentId) ? m_tags[i].parentId : 0;
        m_children[parent].append(i);
    }
    endResetModel();
}

QList<int> CodeBookModel::childrenOf(qint64 parentId) const
{
    return m_children.value(parentId);
}

const Tag *CodeBookModel::tag(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_tags.at(int(index.internalId()));
}

QModelIndex CodeBookModel::indexOf(qint64 tagId) const
{
    const auto it = m_byId.constFind(tagId);
    if (it == m_byId.constEnd())
        return {};
    const Tag &t = m_tags.at(it.value());
    const qint64 parent = m_byId.contains(t.parentId) ? t.parentId : 0;
    return createIndex(int(m_children.value(parent).indexOf(it.value())), 0, quintptr(it.value()));
}

QModelIndex CodeBookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const qint64 parentId = parent.isValid() ? m_tags.at(int(parent.internalId())).id : 0;
    return createIndex(row, column, quintptr(m_children.value(parentId).at(row)));
}

QModelIndex CodeBookModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Tag &t = m_tags.at(int(child.internalId()));
    if (!m_byId.contains(t.parentId))
        return {};
    return indexOf(t.parentId);
}

int CodeBookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const qint64 parentId = parent.isValid() ? m_tags.at(int(parent.internalId())).id : 0;
    return int(m_children.value(parentId).size());
}

int CodeBookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodeBookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Tag &t = m_tags.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? t.name : t.shortcut;
    case Qt::ToolTipRole:
        return t.description.isEmpty() ? t.name : t.description;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return t.color;
        return {};
    case Roles::TagId:
        return t.id;
    default:
        return {};
    }
}

QVariant CodeBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Tag") : tr("Key");
}

} // namespace Parallax
