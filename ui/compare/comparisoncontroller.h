// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/storedcomparison.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace Parallax {

class CoverageDock;
class ProjectSession;
class ReadingArea;
class ReviewDock;
struct RecomputeSummary;
class TaskRunner;

// Comparing a story and reviewing its differences: the Compare Story action run on the task
// runner, the review queue and coverage docks, the verdict, tag and note actions, stepping
// through the differences, and showing the stored comparison in the reading panes. The main
// window owns it and wires it to the project, the library's current story and its menus.
class ComparisonController : public QObject
{
    Q_OBJECT

public:
    // currentStory: the story selected in the library (0 or less: none), the one Compare Story
    // compares; shownStory: the story the docks show, whose comparison a finished run shows.
    ComparisonController(QMainWindow *window, ReadingArea *reading, TaskRunner *tasks,
        std::function<qint64()> currentStory, std::function<qint64()> shownStory);

    // The Differences and Coverage docks, tabbed with the window's annotations dock.
    void createDocks();
    // The Compare menu's actions, and the docks' toggles in viewMenu. Returns Compare Story,
    // which needs an open project and no running task (the window enables it).
    QAction *createActions(QMenu *menu, QMenu *viewMenu);
    void setSession(ProjectSession *session);

    // Compares the current story in the background; finished() reports the outcome.
    void compareStory();
    // Shows the stored comparison of storyId (0: none) in the panes and the docks.
    void reload(qint64 storyId);

    ReviewDock *reviewDock() const { return m_reviewDock; }
    CoverageDock *coverageDock() const { return m_coverageDock; }

Q_SIGNALS:
    void finished(bool ok);
    void errorOccurred(const QString &title, const QString &message);

private:
    void onComparisonFinished(const QString &error, const RecomputeSummary &summary, qint64 ms);
    void reviewVerdict(ReviewItemStatus status);
    void tagReviewItems(qint64 tagId);
    void editReviewNote();
    void showMessage(const QString &message, int timeout);

    QMainWindow *m_window;
    ReadingArea *m_reading;
    TaskRunner *m_tasks;
    std::function<qint64()> m_currentStory;
    std::function<qint64()> m_shownStory;
    QPointer<ProjectSession> m_session;
    ReviewDock *m_reviewDock = nullptr;
    CoverageDock *m_coverageDock = nullptr;
    QMenu *m_reviewTagMenu = nullptr;
    QList<QAction *> m_compareActions; // need a compared story
};

} // namespace Parallax
