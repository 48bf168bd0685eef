// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"

#include "review/annotationtablemodel.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

AnnotationsDock::AnnotationsDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationTableModel(this))
    , m_proxy(new AnnotationFilterProxy(this))
    , m_view(new QTableView)
    , m_kind(new QComboBox)
    , m_status(new QComboBox)
    , m_origin(new QComboBox)
    , m_label(new QLineEdit)
    , m_text(new QLineEdit)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(
        AnnotationTableModel::TextColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    m_kind->addItem(tr("All kinds"), -1);
    for (AnnotationKind kind :
        {AnnotationKind::Entity, AnnotationKind::Quote, AnnotationKind::Tag, AnnotationKind::Note})
        m_kind->addItem(AnnotationTableModel::kindText(kind), int(kind));
    m_status->addItem(tr("Any status"), -1);
    for (ReviewStatus status :
        {ReviewStatus::Proposed, ReviewStatus::Accepted, ReviewStatus::Rejected})
        m_status->addItem(AnnotationTableModel::statusText(status), int(status));
    m_origin->addItem(tr("Anyone"), -1);
    m_origin->addItem(tr("Automatic"), int(Origin::Automatic));
    m_origin->addItem(tr("Manual"), int(Origin::Manual));
    m_label->setPlaceholderText(tr("Type or tag"));
    m_label->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Filter text"));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    filters->addWidget(m_origin);
    filters->addWidget(m_label);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setKind(m_kind->currentData().toInt()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setStatus(m_status->currentData().toInt()); });
    connect(m_origin, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setOrigin(m_origin->currentData().toInt()); });
    connect(m_label, &QLineEdit::textChanged, m_proxy, &AnnotationFilterProxy::setLabel);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &AnnotationFilterProxy::setText);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(Roles::ArticleId).toLongLong(),
            index.data(Roles::AnnotationId).toLongLong(), index.data(Roles::SpanStart).toLongLong(),
            index.data(Roles::SpanEnd).toLongLong());
    });
}

void AnnotationsDock::setRows(const QList<AnnotationListing> &rows)
{
    AnnotationTableModel::RowBuilder builder;
    for (const AnnotationListing &row : rows)
        builder.add(row);
    setRows(builder.take());
}

void AnnotationsDock::setRows(QList<AnnotationTableModel::Row> rows)
{
    m_model->setRows(std::move(rows));
    m_view->resizeColumnToContents(AnnotationTableModel::OutletColumn);
    m_view->resizeColumnToContents(AnnotationTableModel::KindColumn);
    m_view->resizeColumnToContents(AnnotationTableModel::StatusColumn);
}

QList<qint64> AnnotationsDock::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(Roles::AnnotationId).toLongLong());
    return ids;
}

QList<qint64> AnnotationsDock::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(Roles::AnnotationId).toLongLong());
    return ids;
}

} // namespace Parallax
