// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads off the GUI thread (BackgroundRead): the newest read's result comes back on the
// owner's thread, older ones and cancelled ones are dropped, a project that cannot be opened
// gives its error, and the work runs on Parallax's own pool, never on Qt's global one (which
// the window's painting needs).
#include "jobs/backgroundread.h"
#include "sample/sampleproject.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "util/workpool.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestBackgroundRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resultComesBackOnTheOwnersThread();
    void onlyTheNewestReadIsHandedBack();
    void cancelDropsTheResult();
    void projectThatCannotBeOpenedGivesItsError();
    void runsOffQtsGlobalPool();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestBackgroundRead::initTestCase()
{
    m_path = m_dir.filePath(u"read.parallax"_s);
    QVERIFY(SampleProject::create(m_path).ok());
}

namespace {

// The number of articles, read on the reader's connection.
std::function<Result<int>(Project &)> countArticles(std::atomic<Qt::HANDLE> *thread = nullptr)
{
    return [thread](Project &project) -> Result<int> {
        if (thread)
            *thread = QThread::currentThreadId();
        auto listing = ArticleStore(project).listing(ArticleStore::Counts::No);
        if (!listing)
            return Error {listing.error()};
        int n = 0;
        for (const StoryListing &story : listing.value())
            n += int(story.articles.size());
        return n;
    };
}

} // namespace

void TestBackgroundRead::resultComesBackOnTheOwnersThread()
{
    BackgroundRead read;
    std::atomic<Qt::HANDLE> readThread = nullptr;
    Qt::HANDLE doneThread = nullptr;
    int articles = -1;
    read.start<int>(
        m_path, Project::Access::ReadOnly, countArticles(&readThread), [&](Result<int> &&r) {
            doneThread = QThread::currentThreadId();
            articles = r ? r.value() : -2;
        });
    QVERIFY(read.isBusy());
    read.waitForIdle();
    QVERIFY(!read.isBusy());
    QCOMPARE(articles, 3); // the sample's three reports
    QCOMPARE(doneThread, QThread::currentThreadId());
    QVERIFY(readThread != QThread::currentThreadId());
}

void TestBackgroundRead::onlyTheNewestReadIsHandedBack()
{
    BackgroundRead read;
    QStringList handed;
    for (const QString &name : {u"first"_s, u"second"_s, u"third"_s}) {
        read.start<int>(m_path, Project::Access::ReadOnly, countArticles(),
            [&handed, name](Result<int> &&) { handed.append(name); });
    }
    read.waitForIdle();
    QCOMPARE(handed, QStringList {u"third"_s});
}

void TestBackgroundRead::cancelDropsTheResult()
{
    BackgroundRead read;
    bool handed = false;
    read.start<int>(
        m_path, Project::Access::ReadOnly, countArticles(), [&](Result<int> &&) { handed = true; });
    read.cancel();
    QVERIFY(!read.isBusy());
    read.waitForIdle();
    QVERIFY(!handed);
}

void TestBackgroundRead::projectThatCannotBeOpenedGivesItsError()
{
    BackgroundRead read;
    const QString missing = m_dir.filePath(u"gone.parallax"_s);
    QString error;
    read.start<int>(missing, Project::Access::ReadWrite, countArticles(),
        [&](Result<int> &&r) { error = r ? QString() : r.error(); });
    read.waitForIdle();
    QVERIFY2(error.contains(u"gone.parallax"_s), qPrintable(error));
}

void TestBackgroundRead::runsOffQtsGlobalPool()
{
    // A read that holds its thread until told: meanwhile Qt's global pool is free (the raster
    // painting hands work to it and waits) and the read is on workPool().
    auto release = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    BackgroundRead read;
    bool handed = false;
    read.start<int>(
        m_path, Project::Access::ReadOnly,
        [release, started](Project &) -> Result<int> {
            started->release();
            release->acquire();
            return 1;
        },
        [&](Result<int> &&) { handed = true; });
    QVERIFY(started->tryAcquire(1, 10'000));
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(workPool()->activeThreadCount() >= 1);
    release->release();
    read.waitForIdle();
    QVERIFY(handed);
}

QTEST_MAIN(TestBackgroundRead)
#include "tst_backgroundread.moc"
