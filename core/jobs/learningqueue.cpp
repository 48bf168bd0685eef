// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "learningqueue.h"

#include "jobs/entitylearning.h"
#include "storage/project.h"
#include "util/workpool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QThreadPool>

namespace Parallax {

LearningQueue::LearningQueue(const QString &projectPath, QObject *parent)
    : QObject(parent)
    , m_path(projectPath)
{ }

LearningQueue::~LearningQueue()
{
    m_closing = true;
    m_waiting.clear();
    m_order.clear();
    waitForIdle();
}

void LearningQueue::learn(qint64 articleId)
{
    if (articleId <= 0 || m_closing)
        return;
    if (!m_waiting.contains(articleId)) {
        m_order.append(articleId);
        m_waiting.insert(articleId);
    }
    if (!m_running)
        startNext();
}

void LearningQueue::waitForIdle()
{
    while (m_running) {
        QCoreApplication::sendPostedEvents(this);
        workPool()->waitForDone(20);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

void LearningQueue::startNext()
{
    if (m_order.isEmpty()) {
        m_running = false;
        Q_EMIT idle();
        return;
    }
    m_running = true;
    const qint64 article = m_order.takeFirst();
    m_waiting.remove(article);
    QPointer<LearningQueue> self(this);
    const QString path = m_path;
    workPool()->start([self, path, article] {
        QString error;
        int corrections = 0;
        bool changed = false;
        QElapsedTimer timer;
        double ms = 0;
        if (auto project = Project::open(path); !project) {
            error = project.error();
        } else {
            timer.start();
            auto outcome = learnFromArticle(*project.value(), article);
            ms = double(timer.nsecsElapsed()) / 1e6;
            if (!outcome) {
                error = outcome.error();
            } else {
                corrections = outcome->corrections;
                changed = outcome->changed;
                // The article is not annotated again here: that job would replace proposals
                // under the analyst's hands (the rows she is deciding on, their ids reused by
                // SQLite for the new ones). The next Annotate proposes with what was learned.
            }
        }
        // Back on the queue's thread; nothing to tell when it is gone.
        QMetaObject::invokeMethod(
            self,
            [self, article, corrections, changed, ms, error] {
                if (!self)
                    return;
                if (!self->m_closing && error.isEmpty())
                    Q_EMIT self->learned(article, corrections, changed, ms);
                else if (!self->m_closing)
                    Q_EMIT self->failed(error);
                self->startNext();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Parallax
