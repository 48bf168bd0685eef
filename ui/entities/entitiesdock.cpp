// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiesdock.h"

#include "edit/projectsession.h"
#include "entities/entitymodel.h"
#include "roles.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "widgets/texteditdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

EntitiesDock::EntitiesDock(QWidget *parent)
    : QWidget(parent)
    , m_model(new EntityModel(this))
    , m_view(new QTableView)
    , m_details(new QLabel)
    , m_rename(new QToolButton)
    , m_merge(new QToolButton)
    , m_type(new QToolButton)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(
        EntityModel::AliasesColumn, true); // shown below the table for the selection
    m_view->setWordWrap(false);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rename->setText(tr("Rename…"));
    m_merge->setText(tr("Merge"));
    m_merge->setToolTip(tr("Merge the selected entities into the one mentioned most"));
    m_type->setText(tr("Type"));
    m_type->setPopupMode(QToolButton::InstantPopup);
    auto *typeMenu = new QMenu(m_type);
    for (const QString &type : {u"PERSON"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s})
        typeMenu->addAction(
            EntityModel::typeName(type), this, [this, type] { setSelectedType(type); });
    m_type->setMenu(typeMenu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rename);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_type);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_rename, &QToolButton::clicked, this, &EntitiesDock::renameSelected);
    connect(m_merge, &QToolButton::clicked, this, &EntitiesDock::mergeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        const QList<EntityRecord> chosen = selected();
        if (chosen.size() == 1)
            Q_EMIT entitySelected(chosen.first().id);
    });
    updateDetails();
}

void EntitiesDock::setEntities(QList<EntityRecord> entities)
{
    const QList<EntityRecord> before = selected();
    m_model->setEntities(std::move(entities));
    // The type and the count at the width of their longest value, never more than a third of
    // the panel each: the name keeps the rest.
    for (const int column : {int(EntityModel::TypeColumn), int(EntityModel::MentionsColumn)}) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(
            column, std::min(m_view->columnWidth(column), m_view->viewport()->width() / 3));
    }
    if (before.size() == 1)
        selectEntity(before.first().id);
    updateDetails();
}

void EntitiesDock::selectEntity(qint64 entityId)
{
    const int row = m_model->rowOf(entityId);
    if (row < 0)
        return;
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_view->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(row, 0));
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    updateDetails();
}

QList<EntityRecord> EntitiesDock::selected(bool complete) const
{
    QList<EntityRecord> result;
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_view->model());
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        EntityRecord e = m_model->entity(proxy->mapToSource(index).row());
        if (complete && m_session) {
            EntityStore store(m_session->project());
            if (auto stored = store.entity(e.id); stored)
                e.aliases = stored->aliases;
            if (auto outlets = store.outlets(e.id); outlets)
                e.outlets = std::move(outlets).value();
        }
        result.append(e);
    }
    return result;
}

void EntitiesDock::setSession(ProjectSession *session)
{
    m_session = session;
    updateDetails();
}

void EntitiesDock::updateDetails()
{
    const QList<EntityRecord> chosen
        = selected(m_view->selectionModel()->selectedRows().size() == 1);
    // Renaming, retyping and merging are a curator's on a server (and no one's in a project
    // that is read-only).
    const bool editable = m_session && m_session->project().may(Project::Change::Entities);
    m_rename->setEnabled(chosen.size() == 1 && editable);
    m_type->setEnabled(!chosen.isEmpty() && editable);
    m_merge->setEnabled(chosen.size() >= 2 && editable);
    if (chosen.size() != 1) {
        m_details->setText(chosen.isEmpty()
                ? tr("Select an entity to see its names and mentions.")
                : tr("%n entities selected.", nullptr, int(chosen.size())));
        return;
    }
    const EntityRecord &e = chosen.first();
    m_details->setText(
        tr("<b>%1</b> (%2), %n mention(s)<br>Also called: %3<br>Mentioned by: %4", nullptr,
            e.mentions)
            .arg(e.name.toHtmlEscaped(), e.type, e.aliases.join(u", "_s).toHtmlEscaped(),
                e.outlets.isEmpty() ? tr("no outlet") : e.outlets.join(u", "_s).toHtmlEscaped()));
}

void EntitiesDock::renameSelected()
{
    const QList<EntityRecord> chosen = selected(true);
    if (chosen.size() != 1 || !m_session)
        return;
    EntityRecord e = chosen.first();
    const std::optional<QString> name = TextEditDialog::getText(
        this, tr("Rename Entity"), tr("Name:"), e.name, TextEditDialog::Mode::SingleLine);
    if (!name || name->trimmed().isEmpty() || name->trimmed() == e.name || !m_session)
        return;
    e.name = name->trimmed();
    if (auto r = m_session->updateEntity(e); !r)
        Q_EMIT errorOccurred(r.error());
}

void EntitiesDock::mergeSelected()
{
    QList<EntityRecord> chosen = selected();
    if (chosen.size() < 2 || !m_session)
        return;
    std::sort(chosen.begin(), chosen.end(), [](const EntityRecord &a, const EntityRecord &b) {
        return a.mentions > b.mentions
            || (a.mentions == b.mentions && a.name.size() > b.name.size());
    });
    QList<qint64> absorbed;
    for (qsizetype i = 1; i < chosen.size(); ++i)
        absorbed.append(chosen[i].id);
    if (auto r = m_session->mergeEntities(chosen.first().id, absorbed); !r)
        Q_EMIT errorOccurred(r.error());
}

void EntitiesDock::setSelectedType(const QString &type)
{
    const QList<EntityRecord> chosen = selected(true);
    if (chosen.isEmpty() || !m_session)
        return;
    if (auto r = m_session->setEntityType(chosen, type); !r)
        Q_EMIT errorOccurred(r.error());
}

} // namespace Parallax
