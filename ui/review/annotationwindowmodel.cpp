// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationwindowmodel.h"

#include "roles.h"
#include "storage/project.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Parallax {

AnnotationWindowModel::AnnotationWindowModel(QObject *parent)
    : RowUpdates(parent)
{ }

void AnnotationWindowModel::setSource(Project *project, qint64 storyId)
{
    beginResetModel();
    m_project = project;
    m_query.storyId = storyId;
    m_query.unattributed = tr("unattributed");
    m_cache.clear();
    m_rowsRead = 0;
    m_ids = readIds();
    endResetModel();
}

QList<qint64> AnnotationWindowModel::readIds()
{
    if (!m_project)
        return {};
    auto ids = AnnotationStore(*m_project).listingIds(m_query);
    if (!ids) {
        Q_EMIT errorOccurred(ids.error());
        return {};
    }
    return std::move(ids).value();
}

void AnnotationWindowModel::refresh()
{
    QList<qint64> ids = readIds();
    // The rows may have changed under the same ids (a review, a note): read again when shown.
    m_cache.clear();
    if (ids.isEmpty() || m_ids.isEmpty()) {
        beginResetModel();
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    updateRows(m_ids, std::move(ids), [](qint64 id) { return id; });
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(int(m_ids.size()) - 1, AnnotationTableModel::ColumnCount - 1));
}

void AnnotationWindowModel::applyFilter()
{
    // As a filter proxy does: rows that stay keep their selection.
    QList<qint64> ids = readIds();
    if (ids.isEmpty() || m_ids.isEmpty()) {
        beginResetModel();
        m_ids = std::move(ids);
        endResetModel();
        return;
    }
    takeRows(m_ids, std::move(ids), [](qint64 id) { return id; });
}

void AnnotationWindowModel::setKind(int kind)
{
    if (std::exchange(m_query.kind, kind) != kind)
        applyFilter();
}

void AnnotationWindowModel::setStatus(int status)
{
    if (std::exchange(m_query.status, status) != status)
        applyFilter();
}

void AnnotationWindowModel::setOrigin(int origin)
{
    if (std::exchange(m_query.origin, origin) != origin)
        applyFilter();
}

void AnnotationWindowModel::setLabel(const QString &label)
{
    if (std::exchange(m_query.label, label) != label)
        applyFilter();
}

void AnnotationWindowModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (std::exchange(m_query.text, trimmed) != trimmed)
        applyFilter();
}

void AnnotationWindowModel::sort(int column, Qt::SortOrder order)
{
    using Order = AnnotationStore::ListingQuery::Order;
    Order by = Order::Text;
    switch (column) {
    case AnnotationTableModel::OutletColumn:
        by = Order::Source;
        break;
    case AnnotationTableModel::KindColumn:
        by = Order::Kind;
        break;
    case AnnotationTableModel::LabelColumn:
        by = Order::Label;
        break;
    case AnnotationTableModel::TextColumn:
        by = Order::Words;
        break;
    case AnnotationTableModel::SpeakerColumn:
        by = Order::Speaker;
        break;
    case AnnotationTableModel::StatusColumn:
        by = Order::Status;
        break;
    case AnnotationTableModel::OriginColumn:
        by = Order::By;
        break;
    case AnnotationTableModel::NoteColumn:
        by = Order::Note;
        break;
    case AnnotationTableModel::ConfidenceColumn:
        by = Order::Confidence;
        break;
    default:
        break;
    }
    const bool descending = by != Order::Text && order == Qt::DescendingOrder;
    if (by == m_query.order && descending == m_query.descending)
        return;
    m_query.order = by;
    m_query.descending = descending;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The rows the views hold on to (selection, current row), found again by id.
    const QModelIndexList from = persistentIndexList();
    QList<qint64> fromIds;
    fromIds.reserve(from.size());
    QHash<qint64, int> rowOf;
    for (const QModelIndex &index : from) {
        fromIds.append(m_ids.at(index.row()));
        rowOf.insert(fromIds.last(), -1);
    }
    m_ids = readIds();
    for (qsizetype row = 0; row < m_ids.size() && !rowOf.isEmpty(); ++row) {
        const auto it = rowOf.find(m_ids.at(row));
        if (it != rowOf.end())
            it.value() = int(row);
    }
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = rowOf.value(fromIds.at(i), -1);
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const AnnotationTableModel::Row &AnnotationWindowModel::row(int row) const
{
    static const AnnotationTableModel::Row kNone;
    const qint64 id = m_ids.at(row);
    auto it = m_cache.constFind(id);
    if (it == m_cache.cend()) {
        fetchAround(row);
        it = m_cache.constFind(id);
    }
    return it == m_cache.cend() ? kNone : it.value();
}

void AnnotationWindowModel::fetchAround(int row) const
{
    if (!m_project)
        return;
    const qsizetype from = (row / kPageSize) * qsizetype(kPageSize);
    QList<qint64> missing;
    for (qsizetype i = from; i < std::min(from + kPageSize, m_ids.size()); ++i) {
        if (!m_cache.contains(m_ids.at(i)))
            missing.append(m_ids.at(i));
    }
    if (m_cache.size() + missing.size() > kKeptRows)
        m_cache.clear(); // the rows in view are read again at the next paint
    AnnotationTableModel::RowBuilder builder;
    auto read = AnnotationStore(*m_project)
                    .listing(missing, AnnotationStore::Detail::Brief,
                        [&](AnnotationListing &&listing) { builder.add(listing); });
    if (!read)
        return;
    m_rowsRead += read.value();
    for (AnnotationTableModel::Row &r : builder.take()) {
        const qint64 id = r.id;
        m_cache.insert(id, std::move(r));
    }
    // A row gone since the ids were read shows empty until the refresh that follows the change.
    for (qint64 id : std::as_const(missing)) {
        if (!m_cache.contains(id)) {
            AnnotationTableModel::Row gone;
            gone.id = id;
            m_cache.insert(id, gone);
        }
    }
}

int AnnotationWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AnnotationWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AnnotationTableModel::ColumnCount;
}

QVariant AnnotationWindowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Roles::AnnotationId)
        return m_ids.at(index.row()); // no read for the ids of a selection
    return AnnotationTableModel::rowData(row(index.row()), index.column(), role);
}

QVariant AnnotationWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return AnnotationTableModel::columnTitle(section);
}

} // namespace Parallax
