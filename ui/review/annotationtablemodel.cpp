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

QString AnnotationTableModel::RowBuilder::shared(const QString &text)
{
    if (text.isEmpty())
        return {};
    auto it = m_words.constFind(text);
    if (it == m_words.cend())
        it = m_words.insert(text, text);
    return it.value();
}

void AnnotationTableModel::RowBuilder::add(const AnnotationListing &listing)
{
    const Annotation &a = listing.annotation;
    Row row;
    row.id = a.id;
    row.articleId = a.articleId;
    row.entityId = a.entityId;
    row.tagId = a.tagId;
    row.start = a.span.start;
    row.end = a.span.end;
    row.confidence = a.confidence;
    row.kind = a.kind;
    row.status = a.status;
    row.origin = a.origin;
    row.anchor = a.anchor;
    row.label = shared(a.label);
    row.value = shared(a.value);
    // The words as written are mostly different from row to row; sharing them would cost more
    // in the table of words than it saves.
    row.exact = a.span.exact;
    row.outlet = shared(listing.outlet);
    row.title = shared(listing.articleTitle);
    row.name = shared(a.kind == AnnotationKind::Tag ? listing.tagName : listing.entityName);
    row.by = shared(a.origin == Origin::Manual ? a.analyst : a.annotator);
    row.note = shared(a.note);
    row.version = a.version;
    if (a.kind == AnnotationKind::Quote)
        row.speaker = shared(speakerText(listing));
    m_rows.append(std::move(row));
}

void AnnotationTableModel::setRows(const QList<AnnotationListing> &rows)
{
    RowBuilder builder;
    for (const AnnotationListing &row : rows)
        builder.add(row);
    setRows(builder.take());
}

void AnnotationTableModel::setRows(QList<Row> rows)
{
    takeRows(m_rows, std::move(rows), [](const Row &r) { return r.id; });
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
    return rowData(m_rows.at(index.row()), index.column(), role);
}

QVariant AnnotationTableModel::rowData(const Row &row, int column, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case OutletColumn:
            return row.outlet.isEmpty() ? row.title : row.outlet;
        case KindColumn:
            return kindText(row.kind);
        case LabelColumn:
            if (row.kind == AnnotationKind::Tag)
                return row.name.isEmpty() ? row.label : row.name;
            if (!row.value.isEmpty())
                return u"%1 = %2"_s.arg(row.label, row.value);
            if (row.kind == AnnotationKind::Quote)
                return u"%1 · %2"_s.arg(
                    row.label, row.speaker.isEmpty() ? tr("unattributed") : row.speaker);
            return row.name.isEmpty() ? row.label : u"%1 · %2"_s.arg(row.label, row.name);
        case TextColumn:
            return row.exact.simplified();
        case SpeakerColumn:
            if (row.kind == AnnotationKind::Quote)
                return row.speaker.isEmpty() ? tr("unattributed") : row.speaker;
            return {};
        case StatusColumn:
            return row.anchor == AnchorState::Orphaned
                ? tr("%1, text changed").arg(statusText(row.status))
                : statusText(row.status);
        case OriginColumn:
            return row.by;
        case NoteColumn:
            return row.note;
        case ConfidenceColumn:
            return row.origin == Origin::Automatic ? QVariant(qRound(row.confidence * 100))
                                                   : QVariant();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return u"%1 — %2\n%3"_s.arg(row.outlet, row.title, row.exact);
    case Roles::AnnotationId:
        return row.id;
    case Roles::ArticleId:
        return row.articleId;
    case Roles::EntityId:
        return row.entityId;
    case Roles::TagId:
        return row.tagId;
    case Roles::Kind:
        return int(row.kind);
    case Roles::Status:
        return int(row.status);
    case Roles::Origin:
        return int(row.origin);
    case Roles::Label:
        return row.kind == AnnotationKind::Tag && !row.name.isEmpty() ? row.name : row.label;
    case Roles::SpanStart:
        return row.start;
    case Roles::SpanEnd:
        return row.end;
    default:
        return {};
    }
}

QVariant AnnotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString AnnotationTableModel::columnTitle(int section)
{
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
