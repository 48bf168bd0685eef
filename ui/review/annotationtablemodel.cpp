// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationtablemodel.h"

#include "model/quotespeaker.h"

#include "roles.h"

using namespace Qt::StringLiterals;

namespace Parallax {

AnnotationTableModel::AnnotationTableModel(QObject *parent)
    : RowUpdates(parent)
{ }

void AnnotationTableModel::setRows(QList<AnnotationListing> rows)
{
    takeRows(m_rows, std::move(rows), [](const AnnotationListing &r) { return r.annotation.id; });
}

int AnnotationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationTableModel::kindText(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Entity:
        return tr("Entity");
    case AnnotationKind::Quote:
        return tr("Quote");
    case AnnotationKind::Cue:
        return tr("Cue");
    case AnnotationKind::Speaker:
        return tr("Speaker");
    case AnnotationKind::Tag:
        return tr("Tag");
    case AnnotationKind::Note:
        return tr("Note");
    }
    return {};
}

QString AnnotationTableModel::statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Proposed:
        return tr("Proposed");
    case ReviewStatus::Accepted:
        return tr("Accepted");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString AnnotationTableModel::speakerText(const AnnotationListing &row)
{
    if (row.speaker.id == 0)
        return {};
    // The listing carries the words as written (exact), so no article text is needed.
    return QuoteSpeaker::name(row.speaker, row.speakerEntityName, {});
}

QVariant AnnotationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AnnotationListing &row = m_rows.at(index.row());
    const Annotation &a = row.annotation;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OutletColumn:
            return row.outlet.isEmpty() ? row.articleTitle : row.outlet;
        case KindColumn:
            return kindText(a.kind);
        case LabelColumn:
            if (a.kind == AnnotationKind::Tag)
                return row.tagName.isEmpty() ? a.label : row.tagName;
            if (!a.value.isEmpty())
                return u"%1 = %2"_s.arg(a.label, a.value);
            if (a.kind == AnnotationKind::Quote) {
                const QString speaker = speakerText(row);
                return u"%1 · %2"_s.arg(a.label, speaker.isEmpty() ? tr("unattributed") : speaker);
            }
            return row.entityName.isEmpty() ? a.label : u"%1 · %2"_s.arg(a.label, row.entityName);
        case TextColumn:
            return a.span.exact.simplified();
        case SpeakerColumn:
            if (a.kind == AnnotationKind::Quote) {
                const QString speaker = speakerText(row);
                return speaker.isEmpty() ? tr("unattributed") : speaker;
            }
            return {};
        case StatusColumn:
            return a.anchor == AnchorState::Orphaned
                ? tr("%1, text changed").arg(statusText(a.status))
                : statusText(a.status);
        case OriginColumn:
            return a.origin == Origin::Manual ? a.analyst : a.annotator;
        case NoteColumn:
            return a.note;
        case ConfidenceColumn:
            return a.origin == Origin::Automatic ? QVariant(qRound(a.confidence * 100))
                                                 : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return u"%1 — %2\n%3"_s.arg(row.outlet, row.articleTitle, a.span.exact);
    case Roles::AnnotationId:
        return a.id;
    case Roles::ArticleId:
        return a.articleId;
    case Roles::EntityId:
        return a.entityId;
    case Roles::TagId:
        return a.tagId;
    case Roles::Kind:
        return int(a.kind);
    case Roles::Status:
        return int(a.status);
    case Roles::Origin:
        return int(a.origin);
    case Roles::Label:
        return a.kind == AnnotationKind::Tag && !row.tagName.isEmpty() ? row.tagName : a.label;
    case Roles::SpanStart:
        return a.span.start;
    case Roles::SpanEnd:
        return a.span.end;
    default:
        return {};
    }
}

QVariant AnnotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutletColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case LabelColumn:
        return tr("Type");
    case TextColumn:
        return tr("Text");
    case SpeakerColumn:
        return tr("Speaker");
    case StatusColumn:
        return tr("Status");
    case OriginColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    case ConfidenceColumn:
        return tr("Conf. %");
    default:
        return {};
    }
}

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void AnnotationFilterProxy::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void AnnotationFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

void AnnotationFilterProxy::setOrigin(int origin)
{
    m_origin = origin;
    invalidateFilter();
}

void AnnotationFilterProxy::setLabel(const QString &label)
{
    m_label = label;
    invalidateFilter();
}

void AnnotationFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && index.data(Roles::Kind).toInt() != m_kind)
        return false;
    if (m_status >= 0 && index.data(Roles::Status).toInt() != m_status)
        return false;
    if (m_origin >= 0 && index.data(Roles::Origin).toInt() != m_origin)
        return false;
    if (!m_label.isEmpty()
        && index.data(Roles::Label).toString().compare(m_label, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_text.isEmpty()) {
        const auto *model = sourceModel();
        bool found = false;
        for (int column : {AnnotationTableModel::TextColumn, AnnotationTableModel::NoteColumn,
                 AnnotationTableModel::LabelColumn, AnnotationTableModel::OutletColumn}) {
            if (model->index(sourceRow, column, sourceParent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace Parallax
