// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/analystmenu.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace Parallax {

AnalystMenu::AnalystMenu(QWidget *parent)
    : QMenu(tr("A&nalysts"), parent)
{
    setObjectName(u"analystMenu"_s);
    setToolTip(tr("Whose annotations the panes show"));
    rebuild();
}

void AnalystMenu::setAnalysts(const QStringList &analysts)
{
    if (analysts == m_analysts)
        return;
    m_analysts = analysts;
    rebuild();
}

QStringList AnalystMenu::analysts() const
{
    return m_analysts;
}

void AnalystMenu::setShown(const QString &analyst, bool shown)
{
    const QSet<QString> before = m_hidden;
    if (shown)
        m_hidden.remove(analyst);
    else
        m_hidden.insert(analyst);
    if (m_hidden == before)
        return;
    sync();
    Q_EMIT hiddenChanged(m_hidden);
}

void AnalystMenu::showAll()
{
    if (m_hidden.isEmpty())
        return;
    m_hidden.clear();
    sync();
    Q_EMIT hiddenChanged(m_hidden);
}

// The check marks follow the choice; the actions stay (one of them may be emitting).
void AnalystMenu::sync()
{
    for (QAction *action : actions()) {
        const QString analyst = action->property("analyst").toString();
        if (action->isCheckable()) {
            const QSignalBlocker blocker(action);
            action->setChecked(!m_hidden.contains(analyst));
        } else if (action->property("all").toBool()) {
            action->setEnabled(!m_hidden.isEmpty());
        }
    }
}

void AnalystMenu::rebuild()
{
    clear();
    QAction *all = addAction(tr("All Analysts"), this, &AnalystMenu::showAll);
    all->setProperty("all", true);
    all->setEnabled(!m_hidden.isEmpty());
    if (m_analysts.isEmpty()) {
        addAction(tr("No analyst has annotated this story"))->setEnabled(false);
        return;
    }
    addSeparator();
    for (const QString &analyst : std::as_const(m_analysts)) {
        QAction *one = addAction(analyst);
        one->setCheckable(true);
        one->setProperty("analyst", analyst);
        one->setChecked(!m_hidden.contains(analyst));
        connect(one, &QAction::toggled, this, [this, analyst](bool on) { setShown(analyst, on); });
        // Only this one: the others' layers out of the way, to read one analyst's work.
        QAction *only = addAction(tr("Only %1").arg(analyst), this, [this, analyst] {
            QSet<QString> others(m_analysts.cbegin(), m_analysts.cend());
            others.remove(analyst);
            if (others == m_hidden)
                return;
            m_hidden = others;
            sync();
            Q_EMIT hiddenChanged(m_hidden);
        });
        only->setObjectName(u"only:"_s + analyst);
    }
}

} // namespace Parallax
