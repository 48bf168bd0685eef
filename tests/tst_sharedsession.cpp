// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Two analysts' windows on one project, each a ProjectSession on a connection of its own: each
// sees the other's commits, and an edit of a row the other changed since it was read is refused
// instead of overwriting it. On a file and on the test server (tests/backends.h).
#include "backends.h"
#include "edit/projectsession.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "storage/connection.h"
#include "storage/project.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestSharedSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init();
    void cleanup();
    void othersCommitsReachTheSession();
    void secondWriteToOneAnnotationConflicts();
    void undoAfterAnotherEditConflicts();
    void removalAfterAnotherEditConflicts();
    void ownEditsUndoAndRedo();
    void undoPastAnotherEditBetweenOwnEditsConflicts();
    void reviewNoteConflicts();

private:
    std::unique_ptr<ProjectSession> open(const QString &analyst);
    Annotation stored(qint64 id);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_ines;
    std::unique_ptr<ProjectSession> m_tomas;
    qint64 m_article = 0;
    qint64 m_annotation = 0;
    const QString m_text = u"😀 Ilse Marrow said “the talks were fruitful” in Kessling."_s;
};

std::unique_ptr<ProjectSession> TestSharedSession::open(const QString &analyst)
{
    auto project = Project::open(m_ines ? m_ines->project().path() : QString());
    if (!project)
        return {};
    auto session = std::make_unique<ProjectSession>(std::move(project).value());
    session->setAnalyst(analyst);
    return session;
}

void TestSharedSession::init()
{
    QVERIFY(m_dir.isValid());
    auto project = TestBackends::freshProject(m_dir, u"shared.parallax"_s);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    ArticleDraft draft;
    draft.body = m_text;
    auto article = ArticleStore(*project.value()).insert(draft);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    m_article = article->id;
    m_ines = std::make_unique<ProjectSession>(std::move(project).value());
    m_ines->setAnalyst(u"Ines Varga"_s);
    m_tomas = open(u"Tomas Ardelan"_s);
    QVERIFY(m_tomas);
    Annotation tag;
    tag.articleId = m_article;
    tag.kind = AnnotationKind::Tag;
    tag.label = u"Diplomacy"_s;
    tag.span = Anchoring::makeSpan(m_text, 2, 13);
    auto id = m_ines->addAnnotation(tag);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_annotation = id.value();
    // Both have seen the annotation, as two windows showing the article have.
    m_tomas->checkForChanges();
}

void TestSharedSession::cleanup()
{
    m_tomas.reset();
    m_ines.reset();
}

Annotation TestSharedSession::stored(qint64 id)
{
    auto a = AnnotationStore(m_tomas->project()).annotation(id);
    return a ? a.value() : Annotation {};
}

// A server notifies each commit (LISTEN/NOTIFY), a file is polled; either way one's commits
// reach the other and one's own do not come back to it.
void TestSharedSession::othersCommitsReachTheSession()
{
    QCOMPARE(m_ines->changeWatch(),
        TestBackends::onPostgres() ? ProjectSession::ChangeWatch::Notification
                                   : ProjectSession::ChangeWatch::Polling);
    QSignalSpy inesSaw(m_ines.get(), &ProjectSession::changedElsewhere);
    QSignalSpy tomasSaw(m_tomas.get(), &ProjectSession::changedElsewhere);
    QVERIFY(m_ines->setNote(m_annotation, u"first"_s).ok());
    QVERIFY(tomasSaw.wait());
    QCOMPARE(tomasSaw.count(), 1);
    QVERIFY(m_tomas->setNote(m_annotation, u"second"_s).ok());
    // Ines hears of Tomas's commit after her own, which she left out.
    QVERIFY(inesSaw.wait());
    QCOMPARE(inesSaw.count(), 1);
    QCOMPARE(tomasSaw.count(), 1);
    QCOMPARE(stored(m_annotation).note, u"second"_s);
}

// Tomas opened the annotation (read its version), Ines changed it, then Tomas saves: he is told
// who changed it, nothing of his is written or put on his undo stack, and his views reload.
void TestSharedSession::secondWriteToOneAnnotationConflicts()
{
    const int seen = stored(m_annotation).version;
    QVERIFY(m_ines->setNote(m_annotation, u"Ines's note"_s).ok());
    QSignalSpy reload(m_tomas.get(), &ProjectSession::changedElsewhere);
    auto r = m_tomas->setNote(m_annotation, u"Tomas's note"_s, seen);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(),
        u"Ines Varga changed this annotation after you opened it; it has been reloaded."_s);
    QCOMPARE(m_tomas->undoStack()->count(), 0);
    QVERIFY(reload.wait());
    const Annotation after = stored(m_annotation);
    QCOMPARE(after.note, u"Ines's note"_s);
    QCOMPARE(after.version, seen + 1);
    // Both connect as the owner on the server, whose writes name the analyst as given.
    QCOMPARE(after.changedBy, u"Ines Varga"_s);
    // Read again, his edit goes through.
    QVERIFY(m_tomas->setNote(m_annotation, u"Tomas's note"_s, after.version).ok());
    QCOMPARE(stored(m_annotation).note, u"Tomas's note"_s);
    QCOMPARE(stored(m_annotation).changedBy, u"Tomas Ardelan"_s);
}

// Ines's undo would put back the note she replaced, over Tomas's edit that came after it.
void TestSharedSession::undoAfterAnotherEditConflicts()
{
    QVERIFY(m_ines->setNote(m_annotation, u"Ines's note"_s).ok());
    QVERIFY(m_tomas->setNote(m_annotation, u"Tomas's note"_s).ok());
    QSignalSpy error(m_ines.get(), &ProjectSession::errorOccurred);
    QSignalSpy reload(m_ines.get(), &ProjectSession::changedElsewhere);
    QUndoStack *stack = m_ines->undoStack();
    QCOMPARE(stack->index(), 2); // the annotation, then the note
    stack->undo();
    QVERIFY(error.wait());
    QCOMPARE(error.first().at(0).toString(),
        u"Tomas Ardelan changed this annotation after you opened it; it has been reloaded."_s);
    if (reload.isEmpty())
        QVERIFY(reload.wait());
    QCOMPARE(stack->index(), 2); // the step stays done: it is what the project holds
    QCOMPARE(stack->count(), 2);
    QCOMPARE(stored(m_annotation).note, u"Tomas's note"_s);
}

// Undoing the addition removes the row: not once another changed it.
void TestSharedSession::removalAfterAnotherEditConflicts()
{
    QVERIFY(m_tomas->setNote(m_annotation, u"Tomas's note"_s).ok());
    QSignalSpy error(m_ines.get(), &ProjectSession::errorOccurred);
    m_ines->undoStack()->undo();
    QVERIFY(error.wait());
    QVERIFY(error.first().at(0).toString().startsWith(u"Tomas Ardelan changed this annotation"_s));
    QCOMPARE(stored(m_annotation).note, u"Tomas's note"_s);
    // The removal by the window's own call checks the version it read too.
    const int seen = stored(m_annotation).version;
    QVERIFY(m_tomas->setNote(m_annotation, u"again"_s).ok());
    QVERIFY(!m_ines->removeAnnotation(m_annotation, seen).ok());
    QCOMPARE(AnnotationStore(m_tomas->project()).countExisting({m_annotation}).value(), 1);
}

// Each command carries the version it wrote, so undo and redo of one's own edits go through.
void TestSharedSession::ownEditsUndoAndRedo()
{
    const Annotation before = stored(m_annotation);
    QVERIFY(m_ines->setNote(m_annotation, u"one"_s).ok());
    QVERIFY(m_ines->setNote(m_annotation, u"one, two"_s).ok()); // merges with the first
    QVERIFY(m_ines->setSpan(m_annotation, m_text, 2, 6).ok());
    QVERIFY(m_ines->setStatus({m_annotation}, ReviewStatus::Rejected).ok());
    QUndoStack *stack = m_ines->undoStack();
    QCOMPARE(stack->count(), 4);
    QSignalSpy error(m_ines.get(), &ProjectSession::errorOccurred);
    stack->setIndex(1);
    QCoreApplication::processEvents();
    Annotation after = stored(m_annotation);
    QCOMPARE(after.note, before.note);
    QCOMPARE(after.span, before.span);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.version, before.version + 7); // four writes, three undone (the notes merged)
    stack->setIndex(4);
    after = stored(m_annotation);
    QCOMPARE(after.note, u"one, two"_s);
    QCOMPARE(after.span.exact, u"Ilse"_s);
    QCOMPARE(after.status, ReviewStatus::Rejected);
    stack->setIndex(0);
    QCOMPARE(AnnotationStore(m_tomas->project()).countExisting({m_annotation}).value(), 0);
    stack->redo();
    QCOMPARE(stored(m_annotation).note, before.note);
    QCoreApplication::processEvents();
    QCOMPARE(error.count(), 0);
}

// Ines's span edit came after Tomas's note: undoing it is hers alone, undoing her note
// before it would overwrite his.
void TestSharedSession::undoPastAnotherEditBetweenOwnEditsConflicts()
{
    QVERIFY(m_ines->setNote(m_annotation, u"Ines's note"_s).ok());
    QVERIFY(m_tomas->setNote(m_annotation, u"Tomas's note"_s).ok());
    QVERIFY(m_ines->setSpan(m_annotation, m_text, 2, 6).ok());
    QSignalSpy error(m_ines.get(), &ProjectSession::errorOccurred);
    QUndoStack *stack = m_ines->undoStack();
    stack->undo();
    QCoreApplication::processEvents();
    QCOMPARE(error.count(), 0);
    QCOMPARE(stored(m_annotation).span.exact, u"Ilse Marrow"_s);
    stack->undo();
    QVERIFY(error.wait());
    QVERIFY(
        error.first().at(0).toString().contains(u"changed this annotation after you opened it"_s));
    QCOMPARE(stored(m_annotation).note, u"Tomas's note"_s);
}

// A review item's note, as an annotation's.
void TestSharedSession::reviewNoteConflicts()
{
    QSqlQuery query(Storage::connection(m_ines->project()));
    QVERIFY(query.exec(u"INSERT INTO story (name, created) VALUES ('Lake Varn', 'now')"
                       " RETURNING id"_s)
        && query.next());
    const qint64 story = query.value(0).toLongLong();
    QVERIFY(query.exec(u"INSERT INTO review_item (story_id, kind, fingerprint)"
                       " VALUES (%1, 'omission', 'f') RETURNING id"_s.arg(story))
        && query.next());
    const qint64 item = query.value(0).toLongLong();
    query.finish();
    const int seen = ComparisonStore(m_tomas->project()).item(item)->version;
    QVERIFY(m_ines->setReviewNote(item, u"Ines's note"_s).ok());
    auto r = m_tomas->setReviewNote(item, u"Tomas's note"_s, seen);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(),
        u"Ines Varga changed this review item after you opened it; it has been reloaded."_s);
    QCOMPARE(ComparisonStore(m_tomas->project()).item(item)->note, u"Ines's note"_s);
    QVERIFY(m_tomas->setReviewNote(item, u"Tomas's note"_s).ok());
    QSignalSpy error(m_ines.get(), &ProjectSession::errorOccurred);
    m_ines->undoStack()->undo();
    QVERIFY(error.wait());
    QCOMPARE(ComparisonStore(m_tomas->project()).item(item)->note, u"Tomas's note"_s);
}

QTEST_GUILESS_MAIN(TestSharedSession)
#include "tst_sharedsession.moc"
