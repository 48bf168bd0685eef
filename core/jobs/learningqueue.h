// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace Parallax {

// Runs the project's entity model's learning (learnFromArticle) off the GUI thread, one
// article at a time on the global thread pool, each through a connection of its own. Hand it
// every article whose annotations changed, by a decision or by its undo or redo: the article's
// contribution is made again when its decisions changed, so what was learned follows them.
// Requests for an article already waiting are merged.
class LearningQueue : public QObject
{
    Q_OBJECT

public:
    explicit LearningQueue(const QString &projectPath, QObject *parent = nullptr);
    ~LearningQueue() override;

    void learn(qint64 articleId);
    bool isIdle() const { return !m_running && m_waiting.isEmpty(); }
    // Blocks until the work handed to the pool is done (closing the project, tests).
    void waitForIdle();

Q_SIGNALS:
    // On the queue's thread, after the article's contribution was written (changed: its
    // decisions were not those it had learned from); corrections: the project model's.
    void learned(qint64 articleId, int corrections, bool changed, double milliseconds);
    void failed(const QString &message);
    void idle();

private:
    void startNext();

    QString m_path;
    QList<qint64> m_order;
    QSet<qint64> m_waiting;
    bool m_running = false;
    bool m_closing = false; // in the destructor: the work is finished, nobody is told
};

} // namespace Parallax
