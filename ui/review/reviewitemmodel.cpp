// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewitemmodel.h"

#include "roles.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace Parallax {

ReviewItemModel::ReviewItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReviewItemModel::setComparison(std::shared_ptr<const StoredComparison> comparison,
    QHash<qint64, QString> outlets, QHash<qint64, QString> tags)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_outlets = std::move(outlets);
    m_tags = std::move(tags);
    endResetModel();
}

const ReviewItem *ReviewItemModel::item(int row) const
{
    if (!m_comparison || row < 0 || row >= m_comparison->items.size())
        return nullptr;
    return &m_comparison->items.at(row);
}

int ReviewItemModel::rowOfItem(qint64 id) const
{
    if (!m_comparison)
        return -1;
    for (int row = 0; row < m_comparison->items.size(); ++row) {
        if (m_comparison->items.at(row).id == id)
            return row;
    }
    return -1;
}

QString ReviewItemModel::statusText(ReviewItemStatus status)
{
    switch (status) {
    case ReviewItemStatus::Open:
        return tr("Open");
    case ReviewItemStatus::Confirmed:
        return tr("Discrepancy");
    case ReviewItemStatus::Acceptable:
        return tr("Paraphrase");
    case ReviewItemStatus::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

QString ReviewItemModel::kindText(const QString &kind)
{
    static const QHash<QString, QString> names = {
        {u"synonym"_s, tr("Synonym")},
        {u"wording"_s, tr("Wording")},
        {u"omission"_s, tr("Omission")},
        {u"addition"_s, tr("Addition")},
        {u"number"_s, tr("Number")},
        {u"date"_s, tr("Date")},
        {u"name"_s, tr("Name")},
        {u"negation"_s, tr("Negation")},
        {u"attribution"_s, tr("Attribution")},
        {u"only-quote"_s, tr("Quote in one source")},
        {u"only-sentence"_s, tr("Claim in one source")},
    };
    return names.value(kind, kind);
}

QString ReviewItemModel::differenceText(const ReviewItem &item)
{
    if (item.alignmentId == 0 || item.texts.isEmpty()) {
        const QString text = item.spans.isEmpty() ? QString() : item.spans.constFirst().span.exact;
        return text.simplified();
    }
    QStringList parts;
    for (const QString &t : item.texts)
        parts << (t.isEmpty() ? u"\u2205"_s : u"\u201c%1\u201d"_s.arg(t.simplified()));
    return parts.join(u" \u2192 "_s);
}

int ReviewItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->items.size());
}

int ReviewItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewItemModel::data(const QModelIndex &index, int role) const
{
    const ReviewItem *it = item(index.row());
    if (!it)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case StatusColumn:
            return it->stale ? tr("%1 (no longer found)").arg(statusText(it->status))
                             : statusText(it->status);
        case KindColumn:
            return kindText(it->kind);
        case SourcesColumn: {
            QStringList sources;
            for (const StoredSpan &s : it->spans)
                sources << m_outlets.value(s.articleId, tr("article %1").arg(s.articleId));
            return sources.join(u" \u00b7 "_s);
        }
        case DifferenceColumn:
            return differenceText(*it);
        case TagColumn:
            return it->tagId ? m_tags.value(it->tagId) : QString();
        case NoteColumn:
            return role == Qt::DisplayRole ? it->note.simplified() : it->note;
        case AnalystColumn:
            return it->analyst;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DifferenceColumn || index.column() == NoteColumn) {
            QStringList lines {differenceText(*it)};
            if (!it->note.isEmpty())
                lines << tr("Note: %1").arg(it->note);
            if (!it->analyst.isEmpty())
                lines << tr("Reviewed by %1, %2")
                             .arg(it->analyst,
                                 it->modified.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            return lines.join(u'\n');
        }
        return {};
    case Qt::FontRole:
        if (it->stale) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            switch (it->status) {
            case ReviewItemStatus::Open:
                return QColor(0x9A, 0x9A, 0x9A);
            case ReviewItemStatus::Confirmed:
                return QColor(0xC0, 0x39, 0x2B);
            case ReviewItemStatus::Acceptable:
                return QColor(0x00, 0x9E, 0x73);
            case ReviewItemStatus::Dismissed:
                return QColor(0x60, 0x60, 0x60);
            }
        }
        return {};
    case Roles::ReviewItemId:
        return it->id;
    case Roles::ReviewStatus:
        return int(it->status);
    case Roles::ReviewKind:
        return it->kind;
    case Roles::ComparisonGroup:
        return it->alignmentId != 0 ? it->alignmentId : -it->id;
    case Roles::TagId:
        return it->tagId;
    }
    return {};
}

QVariant ReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Verdict");
    case KindColumn:
        return tr("Kind");
    case SourcesColumn:
        return tr("Sources");
    case DifferenceColumn:
        return tr("Difference");
    case TagColumn:
        return tr("Tag");
    case NoteColumn:
        return tr("Note");
    case AnalystColumn:
        return tr("Analyst");
    }
    return {};
}

Qt::ItemFlags ReviewItemModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReviewItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ReviewItem *it = item(index.row());
    if (!it || role != Qt::EditRole || index.column() != NoteColumn)
        return false;
    if (value.toString() != it->note)
        Q_EMIT noteEdited(it->id, value.toString());
    return true;
}

ReviewFilterProxy::ReviewFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ReviewFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void ReviewFilterProxy::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void ReviewFilterProxy::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status >= 0 && index.data(Roles::ReviewStatus).toInt() != m_status)
        return false;
    const QString kind = index.data(Roles::ReviewKind).toString();
    const bool only = kind.startsWith(u"only-"_s);
    if (m_kind == "only"_L1             ? !only
            : m_kind == "difference"_L1 ? only
                                        : (!m_kind.isEmpty() && kind != m_kind))
        return false;
    if (!m_text.isEmpty()) {
        bool found = false;
        for (int c = 0; c < ReviewItemModel::ColumnCount && !found; ++c) {
            found = sourceModel()
                        ->index(sourceRow, c, sourceParent)
                        .data()
                        .toString()
                        .contains(m_text, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace Parallax
