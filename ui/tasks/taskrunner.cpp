// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/taskrunner.h"

#include "util/workpool.h"

#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent>

namespace Parallax {

TaskRunner::TaskRunner(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton)
{
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    m_statusBar->addPermanentWidget(m_progress);
    m_statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &TaskRunner::cancel);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &TaskRunner::onFinished);
}

TaskRunner::~TaskRunner()
{
    cancelAndWait();
}

bool TaskRunner::start(
    const QString &message, int total, Work work, std::function<void(bool cancelled)> finished)
{
    if (isBusy())
        return false;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_finished = std::move(finished);
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_statusBar->showMessage(message);
    Q_EMIT busyChanged(true);

    // The worker sees the flag and the bar through copies it owns: the window may go first.
    const auto cancelFlag = m_cancelFlag;
    QPointer<QProgressBar> progress = m_progress;
    const Progress report = [progress](int done) {
        QMetaObject::invokeMethod(
            progress,
            [progress, done] {
                if (progress)
                    progress->setValue(done);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(
        workPool(), [work = std::move(work), cancelFlag, report] { work(*cancelFlag, report); }));
    return true;
}

void TaskRunner::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void TaskRunner::cancelAndWait()
{
    cancel();
    m_watcher.waitForFinished();
}

void TaskRunner::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const bool cancelled = m_cancelFlag && m_cancelFlag->load();
    Q_EMIT busyChanged(false);
    if (auto finished = std::exchange(m_finished, {}))
        finished(cancelled);
}

} // namespace Parallax
