// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewdock.h"

#include "review/reviewitemmodel.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

ReviewDock::ReviewDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReviewItemModel(this))
    , m_proxy(new ReviewFilterProxy(this))
    , m_view(new QTableView)
    , m_status(new QComboBox)
    , m_kind(new QComboBox)
    , m_text(new QLineEdit)
    , m_summary(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(
        ReviewItemModel::DifferenceColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Review items"));

    m_status->addItem(tr("To do"), int(ReviewItemStatus::Open));
    m_status->addItem(tr("Any verdict"), -1);
    for (ReviewItemStatus s :
        {ReviewItemStatus::Confirmed, ReviewItemStatus::Acceptable, ReviewItemStatus::Dismissed})
        m_status->addItem(ReviewItemModel::statusText(s), int(s));
    m_status->setCurrentIndex(1);
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Differences"), u"difference"_s);
    m_kind->addItem(tr("In one source only"), u"only"_s);
    for (const char *kind : {"attribution", "negation", "number", "date", "name", "omission",
             "addition", "wording", "synonym"}) {
        const QString name = QString::fromLatin1(kind);
        m_kind->addItem(ReviewItemModel::kindText(name), name);
    }
    m_text->setPlaceholderText(tr("Filter text"));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    m_summary->setObjectName(u"reviewSummary"_s);
    layout->addWidget(m_summary);

    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setStatus(m_status->currentData().toInt()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setKind(m_kind->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_proxy, &ReviewFilterProxy::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (m_quiet || !current.isValid())
                return;
            Q_EMIT currentItemChanged(current.data(Roles::ReviewItemId).toLongLong(),
                current.data(Roles::ComparisonGroup).toLongLong());
        });
    connect(m_model, &ReviewItemModel::noteEdited, this, &ReviewDock::noteEdited);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ReviewItemModel::NoteColumn)
            Q_EMIT noteEditRequested(index.data(Roles::ReviewItemId).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewDock::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewDock::updateSummary);
    // What the filters leave shown is counted too: "4 shown" under a list of 45.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ReviewDock::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ReviewDock::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReviewDock::updateSummary);
    updateSummary();
}

void ReviewDock::setComparison(std::shared_ptr<const StoredComparison> comparison,
    QHash<qint64, QString> outlets, QHash<qint64, QString> tags)
{
    const qint64 current = currentId();
    QList<qint64> selected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        selected << index.data(Roles::ReviewItemId).toLongLong();
    m_quiet = true;
    m_model->setComparison(std::move(comparison), std::move(outlets), std::move(tags));
    // The same items stay selected and current across a reload (a verdict reloads the queue).
    QItemSelection selection;
    for (qint64 id : std::as_const(selected)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfItem(id), 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(ReviewItemModel::ColumnCount - 1));
    }
    const QModelIndex currentIndex
        = m_proxy->mapFromSource(m_model->index(m_model->rowOfItem(current), 0));
    if (currentIndex.isValid())
        m_view->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_quiet = false;
    m_view->resizeColumnToContents(ReviewItemModel::StatusColumn);
    m_view->resizeColumnToContents(ReviewItemModel::KindColumn);
    m_view->resizeColumnToContents(ReviewItemModel::SourcesColumn);
}

QList<qint64> ReviewDock::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(Roles::ReviewItemId).toLongLong();
    if (ids.isEmpty() && currentId() != 0)
        ids << currentId();
    return ids;
}

QHash<qint64, int> ReviewDock::versionsOf(const QList<qint64> &ids) const
{
    QHash<qint64, int> versions;
    for (qint64 id : ids) {
        if (const ReviewItem *item = m_model->item(m_model->rowOfItem(id)))
            versions.insert(id, item->version);
    }
    return versions;
}

qint64 ReviewDock::currentId() const
{
    return m_view->currentIndex().data(Roles::ReviewItemId).toLongLong();
}

bool ReviewDock::step(bool forward, bool openOnly)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return false;
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row()
        : forward                                     ? -1
                                                      : rows;
    for (int n = 1; n <= rows; ++n) {
        const int row = ((from + (forward ? n : -n)) % rows + rows) % rows;
        const QModelIndex index = m_proxy->index(row, 0);
        if (openOnly && index.data(Roles::ReviewStatus).toInt() != int(ReviewItemStatus::Open))
            continue;
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        return true;
    }
    return false;
}

void ReviewDock::selectGroup(qint64 group)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Roles::ComparisonGroup).toLongLong() == group) {
            m_quiet = true; // the panes already show the group
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            m_quiet = false;
            return;
        }
    }
}

void ReviewDock::selectItem(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfItem(id), 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ReviewDock::updateSummary()
{
    int open = 0;
    int confirmed = 0;
    const int total = m_model->rowCount();
    for (int row = 0; row < total; ++row) {
        const ReviewItem *it = m_model->item(row);
        open += it->status == ReviewItemStatus::Open ? 1 : 0;
        confirmed += it->status == ReviewItemStatus::Confirmed ? 1 : 0;
    }
    if (total == 0) {
        m_summary->setText(tr("No comparison yet: Compare › Compare Story (Ctrl+M)."));
        return;
    }
    QString text
        = tr("%1 of %2 to review · %3 discrepancies confirmed").arg(open).arg(total).arg(confirmed);
    if (const int shown = m_proxy->rowCount(); shown != total)
        text += tr(" · %1 shown").arg(shown);
    m_summary->setText(text);
}

} // namespace Parallax
