// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills the real parallax binary with SIGKILL in the middle of an import or an annotation run,
// then checks that the project is sound and that nothing the program reported as done is lost.
#include "storage/connection.h"
#include "storage/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

constexpr int kFiles = 1500;
constexpr int kRounds = 25;

const char *const kPlaces[] = {"Tolvenmark", "Asterby", "Quillhaven", "Morrowgate", "Saltreach",
    "Vennick", "Oldbarrow", "Caskwell", "Durnholm", "Ipswold", "Lanthorne", "Brackenford"};
const char *const kPeople[] = {"Elena Varkas", "Tomas Brede", "Ilse Marrow", "Jonah Pellet",
    "Maren Ostby", "Corin Vale", "Hanne Stroud", "Piet Allard"};
const char *const kThings[] = {"the harbour wall", "the tram depot", "the grain exchange",
    "the river ferry", "the old lighthouse", "the market square", "the salt works",
    "the county library", "the northern bridge", "the fishing fleet"};
const char *const kVerbs[] = {"reopened", "flooded", "was sold", "was repainted", "closed early",
    "drew crowds", "lost its roof", "was inspected", "changed hands", "won an award"};

QString pick(QRandomGenerator &random, const char *const *list, int size)
{
    return QString::fromLatin1(list[random.bounded(size)]);
}

// An invented article; the index is in the title and the body so every content hash differs.
QByteArray article(int index, QRandomGenerator &random)
{
    const QString place = pick(random, kPlaces, int(std::size(kPlaces)));
    const QString person = pick(random, kPeople, int(std::size(kPeople)));
    QString text
        = u"Title: Dispatch %1 from %2\nOutlet: The %2 Courier\nDate: 2024-%3-%4\n\n"_s.arg(index)
              .arg(place)
              .arg(1 + index % 12, 2, 10, QLatin1Char('0'))
              .arg(1 + index % 28, 2, 10, QLatin1Char('0'));
    const int paragraphs = 2 + random.bounded(3);
    for (int p = 0; p < paragraphs; ++p) {
        text += u"In %1, %2 %3 on Tuesday, report number %4.%5. "_s.arg(
            pick(random, kPlaces, int(std::size(kPlaces))),
            pick(random, kThings, int(std::size(kThings))),
            pick(random, kVerbs, int(std::size(kVerbs))), QString::number(index),
            QString::number(p));
        text += u"\u201CWe did not expect %1 to go this way,\u201D said %2, who has lived in %3 "
                "for %4 years.\n\n"_s.arg(pick(random, kThings, int(std::size(kThings))), person,
                    place, QString::number(3 + random.bounded(60)));
    }
    return text.toUtf8();
}

} // namespace

class TestKillSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedRunsLoseNothingReported();

private:
    QProcess *start(const QStringList &arguments);
    // Checks the project as a user reopening it would find it; records what is in it.
    void checkProject(const QString &context, QSet<QString> *titles = nullptr);

    QTemporaryDir m_dir;
    QString m_project;
    // Held open through every round, as a window is while the command line works: each check
    // opens a second connection in this process, which must not drop this one's locks.
    std::unique_ptr<Project> m_watcher;
    QStringList m_files;
    QHash<QString, QString> m_titleOfFile;
};

void TestKillSafety::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PARALLAX_BINARY)));
    QVERIFY(m_dir.isValid());
    QRandomGenerator random(20260101);
    QDir().mkpath(m_dir.filePath(u"articles"_s));
    for (int i = 0; i < kFiles; ++i) {
        const QString path
            = m_dir.filePath(u"articles/dispatch-%1.txt"_s.arg(i, 4, 10, QLatin1Char('0')));
        const QByteArray content = article(i, random);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        m_files.append(path);
        m_titleOfFile.insert(path, QString::fromUtf8(content).section(u'\n', 0, 0).mid(7));
    }
    m_project = m_dir.filePath(u"kill.parallax"_s);
    std::unique_ptr<QProcess> p(start({u"new"_s, m_project}));
    QVERIFY(p->waitForFinished(30000));
    QCOMPARE(p->exitCode(), 0);
    auto watcher = Project::open(m_project);
    QVERIFY2(watcher, qPrintable(watcher ? QString() : watcher.error()));
    m_watcher = std::move(watcher).value();
    QSqlQuery read(Storage::connection(*m_watcher));
    QVERIFY(read.exec(u"SELECT count(*) FROM article"_s) && read.next()); // takes its locks
}

QProcess *TestKillSafety::start(const QStringList &arguments)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(PARALLAX_BINARY), arguments);
    return process;
}

void TestKillSafety::checkProject(const QString &context, QSet<QString> *titles)
{
    const QByteArray where = context.toUtf8();
    auto opened = Project::open(m_project);
    QVERIFY2(opened, qPrintable(context + u": "_s + (opened ? QString() : opened.error())));
    {
        QSqlDatabase &db = Storage::connection(*opened.value());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"PRAGMA integrity_check"_s) && q.next(), where);
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY2(q.exec(u"INSERT INTO article_fts(article_fts) VALUES('integrity-check')"_s),
            qPrintable(context + u": "_s + q.lastError().text()));
        QVERIFY2(q.exec(u"PRAGMA foreign_key_check"_s), where);
        if (q.next())
            QFAIL(qPrintable(context + u": dangling row in "_s + q.value(0).toString()));
        QVERIFY2(
            q.exec(u"SELECT count(*) FROM article WHERE body IS NULL OR body = ''"_s) && q.next(),
            where);
        QVERIFY2(q.value(0).toInt() == 0,
            QByteArray(where + " an article has an empty body").constData());
        QVERIFY2(q.exec(u"SELECT count(*) FROM annotation c WHERE c.kind IN ('cue', 'speaker') AND"
                        " NOT EXISTS (SELECT 1 FROM annotation p WHERE p.id = c.parent_id"
                        " AND p.kind = 'quote' AND p.article_id = c.article_id)"_s)
                && q.next(),
            where);
        QVERIFY2(q.value(0).toInt() == 0,
            QByteArray(where + " a cue or speaker has lost its quote").constData());
        // The connection held open all along sees what a fresh one sees: nobody deleted the
        // write-ahead log under it.
        QVERIFY2(q.exec(u"SELECT count(*) FROM article"_s) && q.next(), where);
        const int articles = q.value(0).toInt();
        QSqlQuery held(Storage::connection(*m_watcher));
        QVERIFY2(held.exec(u"SELECT count(*) FROM article"_s) && held.next(), where);
        QVERIFY2(held.value(0).toInt() == articles,
            qPrintable(context
                + u": the connection held open sees %1 articles, a new one %2"_s
                      .arg(held.value(0).toInt())
                      .arg(articles)));
        QVERIFY2(QFile::exists(m_project + u"-wal"_s),
            qPrintable(context + u": the write-ahead log was deleted under an open connection"_s));
        if (titles) {
            titles->clear();
            QVERIFY(q.exec(u"SELECT title FROM article"_s));
            while (q.next())
                titles->insert(q.value(0).toString());
        }
    }
}

void TestKillSafety::killedRunsLoseNothingReported()
{
    QRandomGenerator random(4242);
    QSet<QString> reported; // files the program said were imported, over all rounds
    QElapsedTimer total;
    total.start();
    int kills = 0;
    int annotateKills = 0;
    int afterCommit = 0;
    int maxReported = 0;
    for (int round = 0; round < kRounds; ++round) {
        // Every third round interrupts an annotation run once there is something to annotate.
        // Import rounds alternate between a kill counted from the start and one counted from
        // the first commit, so kills land both before and in the middle of later batches. Odd
        // rounds file the articles under a story, so even already imported files are written.
        const bool annotate = round % 3 == 2 && !reported.isEmpty();
        const bool fromFirstCommit = !annotate && round % 2 == 1;
        QStringList arguments = annotate ? QStringList {u"annotate"_s, m_project}
                                         : QStringList {u"import"_s, m_project} + m_files;
        if (!annotate && round % 2 == 1)
            arguments << u"--story"_s << u"Round %1"_s.arg(round);
        std::unique_ptr<QProcess> process(start(arguments));
        QVERIFY(process->waitForStarted(10000));
        // Annotation commits one article at a time but starts by loading its model: give it
        // longer.
        const int delay = 20 + int(random.bounded(annotate ? 1500 : 381));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        bool committed = false;
        if (fromFirstCommit) {
            while (!out.contains('\n') && process->state() == QProcess::Running
                && timer.elapsed() < 20000) {
                process->waitForReadyRead(50);
                out += process->readAllStandardOutput();
            }
            committed = out.contains('\n');
            timer.restart();
        }
        while (timer.elapsed() < delay && process->state() == QProcess::Running) {
            process->waitForReadyRead(int(qMax<qint64>(1, delay - timer.elapsed())));
            out += process->readAllStandardOutput();
        }
        const bool killed = process->state() == QProcess::Running;
        if (killed) {
            process->kill();
            QVERIFY(process->waitForFinished(10000));
        } else {
            // Finished before the kill: it must have finished its work, not failed.
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                process->readAllStandardError().constData());
        }
        out += process->readAllStandardOutput(); // lines printed before it died are kept
        if (killed) {
            ++kills;
            annotateKills += annotate ? 1 : 0;
            afterCommit += fromFirstCommit && committed ? 1 : 0;
        }
        int lines = 0;
        for (const QByteArray &line : out.split('\n')) {
            QByteArray rest;
            if (line.startsWith("imported "))
                rest = line.mid(9);
            else if (line.startsWith("already in the project: "))
                rest = line.mid(24);
            else
                continue;
            const QString path
                = QDir::fromNativeSeparators(QString::fromUtf8(rest.left(rest.lastIndexOf(" (#"))));
            QVERIFY2(m_titleOfFile.contains(path), line.constData());
            reported.insert(path);
            ++lines;
        }
        maxReported = qMax(maxReported, lines);

        QSet<QString> titles;
        const QString context = u"round %1 (%2, killed after %3 ms%4)"_s.arg(round).arg(
            annotate ? u"annotate"_s : u"import"_s, QString::number(delay),
            fromFirstCommit ? u" from the first commit"_s : QString());
        checkProject(context, &titles);
        if (QTest::currentTestFailed())
            return;
        for (const QString &file : std::as_const(reported))
            QVERIFY2(titles.contains(m_titleOfFile.value(file)),
                qPrintable(context + u": reported as imported but missing: "_s + file));
    }
    qInfo("%d rounds, %d killed while running (%d during annotation, %d after a commit), "
          "%d files reported imported before the kills (at most %d in one round), %lld ms",
        kRounds, kills, annotateKills, afterCommit, int(reported.size()), maxReported,
        qint64(total.elapsed()));
    QVERIFY(kills >= kRounds / 2);

    // Running the interrupted work again finishes it: every file once, no duplicates.
    {
        std::unique_ptr<QProcess> process(start(QStringList {u"import"_s, m_project} + m_files));
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    {
        std::unique_ptr<QProcess> process(start({u"annotate"_s, m_project}));
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    QSet<QString> titles;
    checkProject(u"after the complete runs"_s, &titles);
    if (QTest::currentTestFailed())
        return;
    auto opened = Project::open(m_project);
    QVERIFY(opened);
    QSqlQuery q(Storage::connection(*opened.value()));
    QVERIFY(q.exec(u"SELECT count(*), count(DISTINCT title), count(DISTINCT content_hash) FROM "
                   "article"_s)
        && q.next());
    QCOMPARE(q.value(0).toInt(), kFiles);
    QCOMPARE(q.value(1).toInt(), kFiles);
    QCOMPARE(q.value(2).toInt(), kFiles);
    for (const QString &file : std::as_const(m_files))
        QVERIFY2(titles.contains(m_titleOfFile.value(file)), qPrintable(file));
    // Every article annotated, and no annotation twice.
    QVERIFY(q.exec(u"SELECT count(*) FROM article a WHERE NOT EXISTS"
                   " (SELECT 1 FROM annotation n WHERE n.article_id = a.id)"_s)
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(
        q.exec(u"SELECT count(*) FROM (SELECT 1 FROM annotation GROUP BY article_id, kind,"
               " label, start_offset, end_offset, coalesce(parent_id, 0) HAVING count(*) > 1)"_s)
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    qInfo("complete after %lld ms", qint64(total.elapsed()));
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
