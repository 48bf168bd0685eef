// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A project that cannot be written: a full disk (SQLite's max_page_count on the connection, so
// no root and no small file system is needed) and a read-only file in a read-only folder. What
// was saved stays, the failed change is reported naming the file, and the undo stack shows what
// the file holds.
#include "edit/projectsession.h"
#include "jobs/importjob.h"
#include "model/anchoring.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

const QString kText = u"😀 Ilse Marrow said the Kessa ferry would run again on Tuesday."_s;

qint64 pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0).toLongLong() : -1;
}

// Lets the file grow by `slack` pages at most, then uses up every page that is left, so the next
// write that needs a page fails as on a full disk.
void fillUp(QSqlDatabase db, int slack = 4)
{
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pragma(db, u"page_count"_s) + slack)));
    QVERIFY(query.exec(u"CREATE TABLE IF NOT EXISTS filler (b BLOB)"_s));
    for (int size : {4000, 1000, 200, 20}) {
        while (query.exec(u"INSERT INTO filler VALUES (zeroblob(%1))"_s.arg(size))) { }
    }
    QVERIFY(query.lastError().databaseText().contains(u"full"_s));
}

// Space freed on the disk.
void makeRoom(QSqlDatabase db)
{
    QSqlQuery query(db);
    QVERIFY(query.exec(u"DROP TABLE filler"_s));
    QVERIFY(query.exec(u"PRAGMA max_page_count = 1073741823"_s));
}

QString integrity(const QString &path)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        return project.error();
    QSqlQuery query(Storage::connection(*project.value()));
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString()
                                                                   : u"no answer"_s;
}

int annotationCount(const QString &path)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        return -1;
    QSqlQuery query(Storage::connection(*project.value()));
    return query.exec(u"SELECT COUNT(*) FROM annotation"_s) && query.next() ? query.value(0).toInt()
                                                                            : -1;
}

} // namespace

class TestWriteFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_session.reset(); }
    void editOnFullDiskIsRefusedAndNothingIsLost();
    void failedUndoAndRedoKeepTheirStep();
    void importIntoFullProjectKeepsEarlierFiles();
    void readOnlyFileInReadOnlyFolder();

private:
    Annotation note(qsizetype length) const;
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_article = 0;
    std::unique_ptr<ProjectSession> m_session;
};

void TestWriteFailures::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"full.parallax"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_path + suffix);
    auto project = Project::create(m_path);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    ArticleDraft draft;
    draft.title = u"Ferry"_s;
    draft.body = kText;
    m_article = ArticleStore(*project.value()).insert(draft)->id;
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
}

// A note of the given length on "Ilse Marrow": long notes need new pages.
Annotation TestWriteFailures::note(qsizetype length) const
{
    Annotation a;
    a.articleId = m_article;
    a.kind = AnnotationKind::Note;
    a.span = Anchoring::makeSpan(kText, 2, 13);
    a.note = QString(length, u'n');
    return a;
}

void TestWriteFailures::editOnFullDiskIsRefusedAndNothingIsLost()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_session->addAnnotation(note(10)).ok());
    QSqlDatabase db = Storage::connection(m_session->project());
    fillUp(db);

    auto refused = m_session->addAnnotation(note(20000));
    QVERIFY(!refused.ok());
    QVERIFY2(
        refused.error().startsWith(QDir::toNativeSeparators(m_path)), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"full"_s), qPrintable(refused.error()));
    // Nothing was pushed, the saved edits are all there and can still be undone.
    QCOMPARE(m_session->undoStack()->count(), 3);
    QCOMPARE(m_session->undoStack()->index(), 3);
    QCOMPARE(annotationCount(m_path), 3);
    QCOMPARE(integrity(m_path), u"ok"_s);

    // Once there is room again the same edit goes through.
    makeRoom(db);
    QVERIFY(m_session->addAnnotation(note(20000)).ok());
    QCOMPARE(annotationCount(m_path), 4);
}

void TestWriteFailures::failedUndoAndRedoKeepTheirStep()
{
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    QUndoStack *stack = m_session->undoStack();
    auto id = m_session->addAnnotation(note(20000));
    QVERIFY(id.ok());
    QVERIFY(m_session->removeAnnotation(id.value()).ok());
    QSqlDatabase db = Storage::connection(m_session->project());
    fillUp(db); // the removed note's pages are taken too

    // Undoing the removal needs room for the note: refused, and the stack stays on the step.
    stack->undo();
    QTRY_COMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.startsWith(QDir::toNativeSeparators(m_path)), qPrintable(message));
    QVERIFY2(message.contains(u"full"_s), qPrintable(message));
    QCOMPARE(stack->index(), 2);
    QCOMPARE(annotationCount(m_path), 0);

    makeRoom(db);
    stack->undo(); // tried again: the note is back
    QCOMPARE(stack->index(), 1);
    QCOMPARE(annotationCount(m_path), 1);

    stack->undo(); // the addition undone; then the redo cannot be written
    QCOMPARE(annotationCount(m_path), 0);
    fillUp(db);
    stack->redo();
    QTRY_COMPARE(errors.count(), 2);
    QCOMPARE(stack->index(), 0);
    QCOMPARE(annotationCount(m_path), 0);
    makeRoom(db);
    stack->redo();
    QCOMPARE(stack->index(), 1);
    QCOMPARE(annotationCount(m_path), 1);
    QCOMPARE(integrity(m_path), u"ok"_s);
}

void TestWriteFailures::importIntoFullProjectKeepsEarlierFiles()
{
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        files.append(m_dir.filePath(u"report-%1.txt"_s.arg(i)));
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString body = u"Title: Ferry report %1\n\nThe Kessa ferry ran %1 times.\n"_s.arg(i);
        if (i == 2) // too big for what is left of the disk
            for (int line = 0; line < 20000; ++line)
                body += u"Passenger %1 boarded at the north quay.\n"_s.arg(line);
        file.write(body.toUtf8());
    }
    QSqlDatabase db = Storage::connection(m_session->project());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pragma(db, u"page_count"_s) + 60)));

    ImportJob job(m_session->project(), {});
    const QList<ImportOutcome> outcomes = job.run(files);
    QCOMPARE(outcomes.size(), 3);
    QVERIFY2(
        outcomes[0].ok() && outcomes[1].ok(), qPrintable(outcomes[0].error + outcomes[1].error));
    QVERIFY(!outcomes[2].ok());
    QVERIFY2(outcomes[2].error.contains(u"report-2.txt"_s), qPrintable(outcomes[2].error));
    QVERIFY2(outcomes[2].error.contains(u"full"_s), qPrintable(outcomes[2].error));
    auto listing = ArticleStore(m_session->project()).listing();
    QVERIFY(listing.ok());
    int articles = 0;
    for (const StoryListing &story : listing.value())
        articles += int(story.articles.size());
    QCOMPARE(articles, 3); // the one from init() and the two reports
    QCOMPARE(integrity(m_path), u"ok"_s);
}

// A copy of the project, read-only, in a read-only folder: it opens read-only with a message, the
// edits are refused by name, and the file is left byte for byte as it was. root may write
// anywhere, so the command line runs as nobody when the test runs as root.
void TestWriteFailures::readOnlyFileInReadOnlyFolder()
{
    QVERIFY(m_session->addAnnotation(note(10)).ok());
    m_session.reset(); // closes the file, folding the write-ahead log into it
    QTemporaryDir parent;
    const QString folder = parent.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/locked.parallax"_s;
    QVERIFY(QFile::copy(m_path, path));
    const QString text = m_dir.filePath(u"late.txt"_s);
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("The last ferry left at nine.\n");
    }
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(path, readable));
    QVERIFY(QFile::setPermissions(folder, readable | enterable));
    QVERIFY(QFile::setPermissions(parent.path(), readable | enterable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(m_dir.path(), readable | enterable | QFileDevice::WriteOwner));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    QStringList prefix;
    if (geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) runs the binary as nobody");
        prefix = {setpriv, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
    } else {
        auto project = Project::open(path);
        QVERIFY2(project.ok(), qPrintable(project.error()));
        QVERIFY(project.value()->isReadOnly());
        ProjectSession session(std::move(project).value());
        auto refused = session.addAnnotation(note(10));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().startsWith(QDir::toNativeSeparators(path)),
            qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(u"read-only"_s), qPrintable(refused.error()));
        QCOMPARE(session.undoStack()->count(), 0);
    }
    auto run = [&](const QStringList &arguments, QString *err) {
        QProcess process;
        QStringList command = prefix;
        command << QStringLiteral(PARALLAX_BINARY) << arguments;
        process.start(command.first(), command.mid(1));
        if (!process.waitForFinished(60000))
            return -1;
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QString err;
    QCOMPARE(run({u"list"_s, path}, &err), 0); // reading works
    QVERIFY2(err.isEmpty(), qPrintable(err));
    for (const QStringList &edit :
        {QStringList {u"import"_s, path, text}, QStringList {u"annotate"_s, path}}) {
        QCOMPARE(run(edit, &err), 1);
        QVERIFY2(err.contains(path) && err.contains(u"read-only"_s), qPrintable(err));
    }
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));

    // A copy whose last commits are still in its write-ahead log (the program that wrote it
    // crashed): SQLite cannot read the log without creating its index, so it is refused rather
    // than shown without them.
    QVERIFY(QFile::setPermissions(folder, readable | enterable | QFileDevice::WriteOwner));
    const QString journalled = folder + u"/journalled.parallax"_s;
    {
        auto writer = Project::open(m_path);
        QVERIFY(writer.ok());
        QSqlQuery query(Storage::connection(*writer.value()));
        QVERIFY(query.exec(u"UPDATE article SET title = 'Ferry, updated'"_s));
        QVERIFY(QFileInfo(m_path + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(m_path, journalled));
        QVERIFY(QFile::copy(m_path + u"-wal"_s, journalled + u"-wal"_s));
    }
    QVERIFY(QFile::setPermissions(folder, readable | enterable));
    QCOMPARE(run({u"list"_s, journalled}, &err), 1);
    QVERIFY2(err.contains(journalled) && err.contains(u"journal"_s), qPrintable(err));

    QFile::setPermissions(folder, readable | enterable | QFileDevice::WriteOwner);
    QFile::setPermissions(path, readable | QFileDevice::WriteOwner);
}

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
