// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Parallax {

// The window's background jobs (import, annotation, comparison), one at a time: the work runs on
// a worker thread with a project connection of its own, a progress bar and a Cancel button sit in
// the status bar meanwhile, and the window is told when the job starts and when it is done.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QStatusBar *statusBar, QObject *parent = nullptr);
    // Cancels a running job and waits for it: the worker holds a connection to the project.
    ~TaskRunner() override;

    // Safe to call from the worker: the progress bar is updated on the GUI thread.
    using Progress = std::function<void(int done)>;
    using Work = std::function<void(const std::atomic_bool &cancelled, const Progress &progress)>;
    // Runs work with the message in the status bar and a bar of total steps; then, on the GUI
    // thread, finished with whether Cancel was pressed. False (and nothing run) while busy.
    bool start(
        const QString &message, int total, Work work, std::function<void(bool cancelled)> finished);
    bool isBusy() const { return m_watcher.isRunning(); }
    void cancel();
    void cancelAndWait();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void onFinished();

    QStatusBar *m_statusBar;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::function<void(bool)> m_finished;
};

} // namespace Parallax
