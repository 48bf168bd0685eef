// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/project.h"
#include "util/result.h"
#include "util/workpool.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Parallax {

// Reads from a project off the GUI thread. Each read opens a connection of its own to the
// project's location (a file, or a server with the password this process was given) on
// workPool(), runs there, and hands its result back on this object's thread. Only the
// newest read's result is handed back: a read started later, or cancel(), drops an earlier
// one's. A read sees what was committed when its connection opened; an edit after that starts a
// read of its own.
//
// What the window shows of a large story (the Annotations panel's counts, the Entities panel's
// mention counts) is read this way, so that neither opening a 100,000-article project nor an
// accept in it holds the window while millions of annotations are counted (docs/performance.md).
class BackgroundRead : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundRead(QObject *parent = nullptr);
    ~BackgroundRead() override;

    // Starts read(project) on a connection of its own to path; done(result) follows on this
    // object's thread unless a later start() or cancel() came first. A connection that cannot
    // be opened gives done() its error.
    template<typename T>
    void start(const QString &path, Project::Access access,
        std::function<Result<T>(Project &)> read, std::function<void(Result<T> &&)> done);
    // The same on another connection to project, read-only where it is.
    template<typename T>
    void start(const Project &project, std::function<Result<T>(Project &)> read,
        std::function<void(Result<T> &&)> done)
    {
        start<T>(project.path(),
            project.isReadOnly() ? Project::Access::ReadOnly : Project::Access::ReadWrite,
            std::move(read), std::move(done));
    }

    // Drops the result of the read under way (it still runs to its end on its own connection).
    void cancel()
    {
        ++m_generation;
        m_wanted = false;
    }
    // Whether a read whose result would be handed back is under way.
    bool isBusy() const { return m_wanted; }
    // Waits (running this thread's events) until no read is under way; for tests and for
    // closing a project.
    void waitForIdle();

private:
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_wanted = false;
};

template<typename T>
void BackgroundRead::start(const QString &path, Project::Access access,
    std::function<Result<T>(Project &)> read, std::function<void(Result<T> &&)> done)
{
    const quint64 generation = ++m_generation;
    ++m_running;
    m_wanted = true;
    QPointer<BackgroundRead> self(this);
    workPool()->start(
        [self, generation, path, access, read = std::move(read), done = std::move(done)]() mutable {
            auto result = std::make_shared<Result<T>>(Error {});
            if (auto project = Project::open(path, access); !project)
                *result = Error {project.error()};
            else
                *result = read(*project.value());
            QMetaObject::invokeMethod(
                self,
                [self, generation, result, done = std::move(done)] {
                    if (!self)
                        return;
                    if (generation == self->m_generation) {
                        self->m_wanted = false;
                        done(std::move(*result)); // may delete this object
                    }
                    if (self)
                        --self->m_running;
                },
                Qt::QueuedConnection);
        });
}

} // namespace Parallax
