// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

struct Row
{
    QString where;
    QString what;
    QString keys;
};

void collect(const QMenu *menu, const QString &path, QList<Row> *rows)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + u" › "_s + action->text().remove(u'&'), rows);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows->append({path, action->text().remove(u'&').remove(u"…"_s), keys.join(u", "_s)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<Row> rows;
    for (QAction *top : menus->actions()) {
        if (top->menu())
            collect(top->menu(), top->text().remove(u'&'), &rows);
    }
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Menu")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].keys));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].what));
        m_table->setItem(i, 2, new QTableWidgetItem(rows[i].where));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace Parallax
