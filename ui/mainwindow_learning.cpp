// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The project's entity model in the window: each decision on a name is learned off the GUI
// thread (jobs/learningqueue.h) and the article's open proposals follow it; the Annotate menu
// says how many corrections the model holds and resets it.
#include "mainwindow.h"

#include "edit/projectsession.h"
#include "jobs/entitylearning.h"
#include "jobs/learningqueue.h"
#include "storage/modelstore.h"
#include "storage/project.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Parallax {

void MainWindow::createLearningActions(QMenu *menu)
{
    m_learnedAction = menu->addAction(tr("Learned from No Corrections"));
    m_learnedAction->setEnabled(false); // a line of information, not a command
    m_learnedAction->setStatusTip(tr("How many of this project's decisions on names the entity "
                                     "model learned from; other projects are not affected"));
    m_resetLearningAction
        = menu->addAction(tr("&Reset Learned Entities…"), this, [this] { resetLearning(); });
    m_resetLearningAction->setStatusTip(
        tr("Forget what the entity model learned in this project; the next annotation "
           "proposes with the shipped model"));
    updateLearningActions();
}

void MainWindow::startLearning()
{
    if (!m_session || project()->isReadOnly())
        return;
    m_learning = new LearningQueue(project()->path(), this);
    // Every change of an article's annotations, undo and redo included: what was learned from
    // the article follows its decisions (nothing is learned when they did not change).
    connect(m_session, &ProjectSession::articlesEdited, m_learning,
        [this](const QList<qint64> &articles) {
            for (const qint64 article : articles)
                m_learning->learn(article);
        });
    connect(m_learning, &LearningQueue::learned, this,
        [this](qint64, int corrections, bool changed, double) {
            // The queue wrote through its own connection.
            if (!changed)
                return;
            if (m_session)
                m_session->checkForChanges();
            updateLearningActions(corrections);
        });
    connect(m_learning, &LearningQueue::failed, this,
        [this](const QString &message) { showError(tr("Learning"), message); });
}

void MainWindow::stopLearning()
{
    delete m_learning; // waits for the article being learned
    m_learning = nullptr;
}

void MainWindow::updateLearningActions(int corrections)
{
    if (!m_learnedAction)
        return;
    if (corrections < 0) {
        corrections = 0;
        if (m_session) {
            if (auto stored = ModelStore(*project()).corrections())
                corrections = stored.value();
        }
    }
    m_learnedAction->setText(corrections > 0
            ? tr("Learned from %n Correction(s)", nullptr, corrections)
            : tr("Learned from No Corrections"));
    m_resetLearningAction->setEnabled(
        m_session && !project()->isReadOnly() && corrections > 0 && !isBusy());
}

void MainWindow::resetLearning()
{
    if (!m_session)
        return;
    const int corrections = [this] {
        auto stored = ModelStore(*project()).corrections();
        return stored ? stored.value() : 0;
    }();
    // Not undoable, hence the question: what was learned is not a decision of the analyst's,
    // and the decisions themselves stay.
    const auto answer = QMessageBox::question(this, tr("Reset Learned Entities"),
        tr("Forget what the entity model learned from %n correction(s) in this project? Your "
           "decisions stay; the next annotation proposes with the shipped model.",
            nullptr, corrections),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    if (m_learning)
        m_learning->waitForIdle();
    if (auto r = resetEntityModel(*project()); !r) {
        showError(tr("Reset Learned Entities"), r.error());
        return;
    }
    updateLearningActions(0);
    statusBar()->showMessage(tr("The entity model is the shipped one again."), 5000);
}

} // namespace Parallax
