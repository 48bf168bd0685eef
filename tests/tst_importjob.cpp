// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/importjob.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/project.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_project.reset(); }
    void importsGoodFilesAndReportsBadOnes();
    void duplicatesAreNotAddedTwice();
    void outcomesArriveInOrderAfterCommit();
    void cancelStopsBetweenFiles();
    void failedWriteLeavesNothingBehind();

private:
    QString write(const QString &name, const QByteArray &content);
    int count(const QString &table);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestImportJob::init()
{
    QFile::remove(m_dir.filePath(u"j.parallax"_s));
    auto project = Project::create(m_dir.filePath(u"j.parallax"_s));
    QVERIFY(project.ok());
    m_project = std::move(project).value();
}

QString TestImportJob::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

int TestImportJob::count(const QString &table)
{
    QSqlQuery query(Storage::connection(*m_project));
    query.exec(u"SELECT COUNT(*) FROM "_s + table);
    return query.next() ? query.value(0).toInt() : -1;
}

void TestImportJob::importsGoodFilesAndReportsBadOnes()
{
    const QStringList files {
        write(u"a.txt"_s,
            "Title: First\nOutlet: Harbour Ledger\nDate: 24 November 2025\n\nIlse Marrow spoke in "
            "Kessling."),
        write(u"empty.txt"_s, ""),
        write(u"b.md"_s, "# Second\n\nTomas Ardelan *answered* on Monday."),
        write(u"binary.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)),
        write(u"c.json"_s,
            R"([{"title": "Third", "body": "Dana Okoro waited."}, {"title": "Fourth", "body": "Piet Vandal left."}])"),
        write(u"broken.json"_s, "{\"title\": "),
        m_dir.filePath(u"missing.txt"_s),
    };
    ImportOptions options;
    options.storyName = u"Lake Varn"_s;
    ImportJob job(*m_project, options);
    const QList<ImportOutcome> outcomes = job.run(files);
    QCOMPARE(outcomes.size(), files.size());
    QVERIFY(outcomes[0].ok());
    QCOMPARE(outcomes[0].added, 1);
    QVERIFY(!outcomes[1].ok());
    QVERIFY(outcomes[1].error.contains(u"empty.txt"_s));
    QVERIFY(outcomes[1].error.contains(u"empty"_s));
    QVERIFY(outcomes[2].ok());
    QVERIFY(!outcomes[3].ok());
    QVERIFY2(outcomes[3].error.contains(u"binary"_s), qPrintable(outcomes[3].error));
    QVERIFY(outcomes[4].ok());
    QCOMPARE(outcomes[4].added, 2);
    QVERIFY(!outcomes[5].ok());
    QVERIFY(outcomes[5].error.contains(u"invalid JSON"_s));
    QVERIFY(!outcomes[6].ok());
    QVERIFY(outcomes[6].error.contains(u"no such file"_s));

    QCOMPARE(count(u"article"_s), 4);
    QCOMPARE(count(u"story_article"_s), 4);
    ArticleStore store(*m_project);
    const auto first = store.article(outcomes[0].articleIds.first());
    QCOMPARE(first->title, u"First"_s);
    QCOMPARE(first->published, u"2025-11-24"_s);
    QCOMPARE(first->sourcePath, files[0]);
    QCOMPARE(store.article(outcomes[2].articleIds.first())->body,
        u"Tomas Ardelan answered on Monday."_s);
}

void TestImportJob::duplicatesAreNotAddedTwice()
{
    const QString a = write(u"a.txt"_s, "Title: Talks\n\nThe same body text.");
    const QString copy = write(u"copy.html"_s,
        "<html><head><title>Talks</title></head><body><article><p>The same body text.</p>"
        "</article></body></html>");
    ImportJob job(*m_project, {});
    const auto outcomes = job.run({a, copy});
    QVERIFY(outcomes[0].ok() && outcomes[1].ok());
    QCOMPARE(outcomes[1].duplicates, 1);
    QCOMPARE(outcomes[1].added, 0);
    QCOMPARE(outcomes[1].articleIds, outcomes[0].articleIds);
    QCOMPARE(count(u"article"_s), 1);
    // Importing again into a story files the existing article there.
    ImportOptions options;
    options.storyName = u"Later"_s;
    ImportJob again(*m_project, options);
    QCOMPARE(again.run({a}).first().duplicates, 1);
    QCOMPARE(count(u"story_article"_s), 1);
}

void TestImportJob::outcomesArriveInOrderAfterCommit()
{
    QStringList files;
    for (int i = 0; i < 25; ++i)
        files.append(write(u"f%1.txt"_s.arg(i, 2, 10, QChar(u'0')),
            "Article number " + QByteArray::number(i) + " text."));
    files.insert(7, m_dir.filePath(u"nope.txt"_s));
    ImportOptions options;
    options.batchSize = 10;
    ImportJob job(*m_project, options);
    QStringList seen;
    QList<int> committedWhenReported;
    job.setOutcomeCallback([&](const ImportOutcome &outcome) {
        seen.append(outcome.path);
        // A second connection sees the article as soon as it is reported.
        if (outcome.ok()) {
            auto reader = Project::open(m_project->path(), Project::Access::ReadOnly);
            QSqlQuery query(Storage::connection(*reader.value()));
            query.exec(
                u"SELECT COUNT(*) FROM article WHERE id = %1"_s.arg(outcome.articleIds.first()));
            query.next();
            committedWhenReported.append(query.value(0).toInt());
        }
    });
    int lastProgress = 0;
    job.setProgressCallback([&](int done, int total) {
        QCOMPARE(total, 26);
        QCOMPARE(done, lastProgress + 1);
        lastProgress = done;
    });
    job.run(files);
    QCOMPARE(seen, files);
    QCOMPARE(lastProgress, 26);
    QCOMPARE(committedWhenReported, QList<int>(25, 1));
}

void TestImportJob::cancelStopsBetweenFiles()
{
    QStringList files;
    for (int i = 0; i < 10; ++i)
        files.append(write(u"c%1.txt"_s.arg(i), "Cancelled run article " + QByteArray::number(i)));
    std::atomic_bool cancel {false};
    ImportOptions options;
    options.batchSize = 1;
    ImportJob job(*m_project, options);
    job.setCancelFlag(&cancel);
    job.setProgressCallback([&](int done, int) {
        if (done == 3)
            cancel = true;
    });
    const auto outcomes = job.run(files);
    QVERIFY(job.wasCancelled());
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(count(u"article"_s), 3);
    // Running the same import again finishes the work without duplicates.
    cancel = false;
    ImportJob rerun(*m_project, options);
    rerun.run(files);
    QCOMPARE(count(u"article"_s), 10);
}

void TestImportJob::failedWriteLeavesNothingBehind()
{
    // A trigger that refuses one title makes that article's transaction fail in the middle.
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON article WHEN new.title = 'Poison'"
                       " BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    const QStringList files {write(u"ok1.txt"_s, "Title: Fine\n\nFine text one."),
        write(u"bad.json"_s, R"([{"title": "Good half", "body": "Half one."},
                                                     {"title": "Poison", "body": "Half two."}])"),
        write(u"ok2.txt"_s, "Title: Also fine\n\nFine text two.")};
    ImportJob job(*m_project, {});
    const auto outcomes = job.run(files);
    QVERIFY(outcomes[0].ok());
    QVERIFY(!outcomes[1].ok());
    QVERIFY2(outcomes[1].error.contains(u"disk full"_s), qPrintable(outcomes[1].error));
    QVERIFY(outcomes[2].ok());
    QCOMPARE(count(u"article"_s), 2); // neither half of the failed file
    QVERIFY(
        query.exec(u"SELECT COUNT(*) FROM article WHERE title = 'Good half'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
