// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one project: the real parallax binary imports and annotates while a
// ProjectSession in this process keeps editing. Every write of both is in the file afterwards,
// the file is sound, and the session noticed the other process's changes. Two connections in
// this process (the window and a background job) keep their locks while the other process
// writes and exits.
#include "edit/projectsession.h"
#include "model/anchoring.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/project.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestConcurrentAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothProcessesWritesAreKept();
    void secondConnectionInOneProcessKeepsTheLocks();

private:
    // Runs the binary while the session adds a note every few milliseconds; returns its stdout.
    QByteArray runWhileEditing(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_article = 0;
    QString m_text;
    QList<qint64> m_added;
};

void TestConcurrentAccess::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PARALLAX_BINARY)));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"shared.parallax"_s);
    QProcess create;
    create.start(QStringLiteral(PARALLAX_BINARY), {u"new"_s, m_path, u"--sample"_s});
    QVERIFY(create.waitForFinished(60000));
    QCOMPARE(create.exitCode(), 0);
    auto project = Project::open(m_path);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    auto listing = ArticleStore(*project.value()).listing();
    QVERIFY(
        listing.ok() && !listing.value().isEmpty() && !listing.value().first().articles.isEmpty());
    m_article = listing.value().first().articles.first().id;
    m_text = ArticleStore(*project.value()).article(m_article)->body;
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
}

QByteArray TestConcurrentAccess::runWhileEditing(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PARALLAX_BINARY), arguments);
    if (!process.waitForStarted())
        return {};
    QElapsedTimer timer;
    timer.start();
    int i = 0;
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
        Annotation note;
        note.articleId = m_article;
        note.kind = AnnotationKind::Note;
        const qsizetype start = (i * 7) % 200;
        note.span = Anchoring::makeSpan(m_text, start, start + 5);
        note.note = u"Checked against the wire copy (%1)."_s.arg(i++);
        auto id = m_session->addAnnotation(note);
        if (!id) {
            qWarning() << id.error();
            return {};
        }
        m_added.append(id.value());
        QTest::qWait(5); // the session's change watch runs in the event loop
    }
    process.waitForFinished(5000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

void TestConcurrentAccess::bothProcessesWritesAreKept()
{
    QSignalSpy elsewhere(m_session.get(), &ProjectSession::changedElsewhere);
    QStringList files;
    for (int i = 0; i < 24; ++i) {
        files.append(m_dir.filePath(u"ferry-%1.txt"_s.arg(i)));
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"Title: Kessa ferry, day %1\nOutlet: Harbour Ledger\n\nOn day %1 the ferry "
                   "crossed to Kessa Island %2 times, said harbour master Oda Venn.\n"_s.arg(i)
                       .arg(i * 3 + 1)
                       .toUtf8());
    }
    const QByteArray imported = runWhileEditing(
        QStringList {u"import"_s, m_path, u"--story"_s, u"Kessa ferry"_s} + files);
    QVERIFY2(imported.contains("24"), imported.constData());
    const QByteArray annotated = runWhileEditing({u"annotate"_s, m_path});
    const auto proposals
        = QRegularExpression(u"(\\d+) proposals"_s).match(QString::fromUtf8(annotated));
    QVERIFY2(proposals.hasMatch(), annotated.constData());
    QVERIFY(m_added.size() > 2);

    // The session saw the other process's commits without being told.
    QTRY_VERIFY(elsewhere.count() > 0);

    // Read back through a fresh connection: everything either side wrote.
    auto check = Project::open(m_path, Project::Access::ReadOnly);
    QVERIFY2(check.ok(), qPrintable(check.error()));
    QSqlDatabase db = Storage::connection(*check.value());
    QStringList ids;
    for (qint64 id : std::as_const(m_added))
        ids.append(QString::number(id));
    QCOMPARE(scalar(db,
                 u"SELECT COUNT(*) FROM annotation WHERE origin = 'manual' AND id IN (%1)"_s.arg(
                     ids.join(u','))),
        qint64(m_added.size()));
    QCOMPARE(scalar(db,
                 u"SELECT COUNT(*) FROM story_article JOIN story ON story.id = story_id"
                 " WHERE story.name = 'Kessa ferry'"_s),
        24);
    QCOMPARE(scalar(db,
                 u"SELECT COUNT(*) FROM annotation WHERE origin = 'automatic'"
                 " AND status = 'proposed'"_s),
        proposals.captured(1).toLongLong());
    QSqlQuery integrity(db);
    QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    integrity.finish(); // a statement left open would keep this connection on its snapshot

    // The session's own steps still undo, leaving the other process's work alone.
    m_session->undoStack()->setIndex(0);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM annotation WHERE origin = 'manual'"_s), 0);
    QCOMPARE(scalar(db,
                 u"SELECT COUNT(*) FROM annotation WHERE origin = 'automatic'"
                 " AND status = 'proposed'"_s),
        proposals.captured(1).toLongLong());
    m_session.reset();
}

// A background job opens a second connection in the window's process. Closing any descriptor
// on the file drops every POSIX lock the process holds on it, and an exiting process that then
// takes the exclusive lock deletes the write-ahead log under both connections: from then on
// neither sees the other's commits.
void TestConcurrentAccess::secondConnectionInOneProcessKeepsTheLocks()
{
    const QString path = m_dir.filePath(u"locks.parallax"_s);
    {
        QProcess create;
        create.start(QStringLiteral(PARALLAX_BINARY), {u"new"_s, path, u"--sample"_s});
        QVERIFY(create.waitForFinished(60000));
        QCOMPARE(create.exitCode(), 0);
    }
    auto first = Project::open(path);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QSqlDatabase one = Storage::connection(*first.value());
    const qint64 before = scalar(one, u"SELECT COUNT(*) FROM article"_s);
    QVERIFY(before > 0);
    QVERIFY(QSqlQuery(one).exec(u"UPDATE article SET title = title || ' (checked)' WHERE id = "
                                "(SELECT min(id) FROM article)"_s));
    QVERIFY(QFile::exists(path + u"-wal"_s));

    auto second = Project::open(path);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QSqlDatabase two = Storage::connection(*second.value());
    QCOMPARE(scalar(two, u"SELECT COUNT(*) FROM article"_s), before);

    const QString file = m_dir.filePath(u"locks-report.txt"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Title: Locks at Orrin Weir\nOutlet: Valley Courier\n\nThe weir's new lock "
                  "gates opened on Friday, said engineer Tam Isel.\n");
    }
    QProcess import;
    import.start(QStringLiteral(PARALLAX_BINARY), {u"import"_s, path, file});
    QVERIFY(import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

    // The other process found our connections and left the log and its index in place.
    QVERIFY(QFile::exists(path + u"-wal"_s));
    QVERIFY(QFile::exists(path + u"-shm"_s));
    QCOMPARE(scalar(one, u"SELECT COUNT(*) FROM article"_s), before + 1);
    QCOMPARE(scalar(two, u"SELECT COUNT(*) FROM article"_s), before + 1);

    // And the next process sees what this one writes now.
    QVERIFY(QSqlQuery(two).exec(u"UPDATE article SET title = 'Orrin Weir gates open' WHERE "
                                "title = 'Locks at Orrin Weir'"_s));
    QProcess list;
    list.start(QStringLiteral(PARALLAX_BINARY), {u"list"_s, path});
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 0);
    QVERIFY2(list.readAllStandardOutput().contains("Orrin Weir gates open"),
        "the other process does not see this process's commit");
    QSqlQuery integrity(one);
    QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestConcurrentAccess)
#include "tst_concurrentaccess.moc"
