// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"

#include "review/annotationtablemodel.h"
#include "roles.h"
#include "storage/project.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

AnnotationsDock::AnnotationsDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationWindowModel(this))
    , m_view(new QTableView)
    , m_kind(new QComboBox)
    , m_status(new QComboBox)
    , m_origin(new QComboBox)
    , m_label(new QLineEdit)
    , m_text(new QLineEdit)
    , m_textTyped(new QTimer(this))
    , m_counting(new QLabel(tr("Counting…")))
{
    m_view->setModel(m_model);
    // Unsorted (article and text order) until the analyst clicks a column: a header starts
    // sorted by its first column, which for millions of rows is a sort in the query.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(
        AnnotationTableModel::TextColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    // Columns fitted to one page of rows, all a lazy table reads for them.
    m_view->horizontalHeader()->setResizeContentsPrecision(AnnotationWindowModel::kPageSize);

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
    // A large story's rows are counted in the background: said while the table fills.
    m_counting->setForegroundRole(QPalette::PlaceholderText);
    m_counting->hide();
    filters->addWidget(m_counting);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setKind(m_kind->currentData().toInt()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setStatus(m_status->currentData().toInt()); });
    connect(m_origin, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setOrigin(m_origin->currentData().toInt()); });
    connect(m_label, &QLineEdit::textChanged, m_model, &AnnotationWindowModel::setLabel);
    connect(m_model, &AnnotationWindowModel::countingChanged, this, [this](bool counting) {
        m_counting->setVisible(counting);
        if (!counting)
            fitColumns();
    });
    // Each filter is a query over the story's annotations: the text waits for a pause.
    m_textTyped->setSingleShot(true);
    m_textTyped->setInterval(250);
    connect(m_text, &QLineEdit::textChanged, m_textTyped, qOverload<>(&QTimer::start));
    connect(m_textTyped, &QTimer::timeout, this, [this] { m_model->setText(m_text->text()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(Roles::ArticleId).toLongLong(),
            index.data(Roles::AnnotationId).toLongLong(), index.data(Roles::SpanStart).toLongLong(),
            index.data(Roles::SpanEnd).toLongLong());
    });
}

void AnnotationsDock::setSource(Project *project, qint64 storyId)
{
    m_model->setSource(project, storyId);
    fitColumns();
}

void AnnotationsDock::refresh()
{
    m_model->refresh();
}

void AnnotationsDock::fitColumns()
{
    // Measured on the rows in view (QHeaderView's precision), not on every row.
    m_view->resizeColumnToContents(AnnotationTableModel::OutletColumn);
    m_view->resizeColumnToContents(AnnotationTableModel::KindColumn);
    m_view->resizeColumnToContents(AnnotationTableModel::StatusColumn);
}

QList<qint64> AnnotationsDock::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

QHash<qint64, int> AnnotationsDock::versionsOf(const QList<qint64> &ids) const
{
    QHash<qint64, int> versions;
    for (qint64 id : ids) {
        if (const int version = m_model->keptVersion(id); version > 0)
            versions.insert(id, version);
    }
    return versions;
}

QList<qint64> AnnotationsDock::shownIds() const
{
    if (m_textTyped->isActive()) { // the filter as typed, not as it was a moment ago
        m_textTyped->stop();
        m_model->setText(m_text->text());
    }
    return m_model->ids();
}

} // namespace Parallax
