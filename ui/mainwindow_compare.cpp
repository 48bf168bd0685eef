// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's comparison: the wiring of its ComparisonController (compare/), which does
// the comparing and the review of the differences.
#include "mainwindow.h"

#include "compare/comparisoncontroller.h"

#include <QMenuBar>

namespace Parallax {

void MainWindow::createCompareDocks()
{
    m_comparison = new ComparisonController(
        this, m_reading, m_tasks, [this] { return storyToCompare(); },
        [this] { return m_docksStory > 0 ? m_docksStory : currentStoryId(); });
    m_comparison->createDocks();
    connect(m_comparison, &ComparisonController::finished, this, &MainWindow::comparisonFinished);
    connect(m_comparison, &ComparisonController::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::createCompareActions(QMenu *menu, QMenu *viewMenu)
{
    QAction *compare = m_comparison->createActions(menu, viewMenu);
    m_projectActions.append(compare);
    m_taskActions.append(compare);
    m_editActions.append(compare);
}

void MainWindow::reloadComparison()
{
    m_comparison->reload(!m_session ? 0 : m_docksStory > 0 ? m_docksStory : currentStoryId());
}

} // namespace Parallax
