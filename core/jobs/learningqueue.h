// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Parallax {

// Runs the project's entity model's learning (learnFromArticle) off the GUI thread, one
// article at a time on the global thread pool, each through a connection of its own; then
// annotates the article again so that its open proposals follow the analyst's spans (repeats
// of a corrected name are fixed) and the adapted model. Requests for an article already
// waiting are merged.
class LearningQueue : public QObject
{
    Q_OBJECT

public:
    explicit LearningQueue(const QString &projectPath, QObject *parent = nullptr);
    ~LearningQueue() override;

    // decisions: how many of the analyst's decisions on the article's names this is.
    void learn(qint64 articleId, int decisions);
    bool isIdle() const { return !m_running && m_waiting.isEmpty(); }
    // Blocks until the work handed to the pool is done (closing the project, tests).
    void waitForIdle();

Q_SIGNALS:
    // On the queue's thread, after the article's proposals were written.
    void learned(qint64 articleId, int corrections, double milliseconds);
    void failed(const QString &message);
    void idle();

private:
    void startNext();

    QString m_path;
    QList<qint64> m_order;
    QHash<qint64, int> m_waiting; // article -> decisions
    bool m_running = false;
    bool m_closing = false; // in the destructor: the work is finished, nobody is told
};

} // namespace Parallax
