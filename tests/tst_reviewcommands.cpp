// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonfixture.h"
#include "edit/projectsession.h"
#include "storage/comparisonstore.h"
#include "storage/project.h"
#include "storage/sql.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestReviewCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_session.reset(); }
    void statusUndoRedoRecordsAnalystAndTime();
    void bulkStatusIsOneUndoStep();
    void tagUndoRedo();
    void removingTagAndUndoRestoresItemTags();
    void noteEditsMerge();
    void survivesReopening();
    void missingItemIsRefused();
    void redoOfItemGoneReportsError();

private:
    ReviewItem item(qint64 id);
    QString path() const { return m_dir.filePath(u"r.parallax"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_story = 0;
    QList<qint64> m_articles;
    QList<qint64> m_items; // number, date, omission, only-sentence
};

void TestReviewCommands::init()
{
    QFile::remove(path());
    auto project = Project::create(path());
    QVERIFY(project.ok());
    m_articles.clear();
    m_story = Fixture::addStory(*project.value(), &m_articles);
    QVERIFY(m_story > 0);
    const CompareInput input = Fixture::input();
    ComparisonStore store(*project.value());
    QVERIFY(store.save(m_story, m_articles, input, Fixture::comparison(input), u"t"_s).ok());
    m_items.clear();
    auto items = store.items(m_story);
    QVERIFY(items.ok());
    for (const ReviewItem &i : items.value())
        m_items.append(i.id);
    QCOMPARE(m_items.size(), 4);
    m_session = std::make_unique<ProjectSession>(std::move(project).value());
    m_session->setAnalyst(u"Mara Quillen"_s);
}

ReviewItem TestReviewCommands::item(qint64 id)
{
    auto result = ComparisonStore(m_session->project()).item(id);
    if (!result)
        qWarning() << result.error();
    return result ? result.value() : ReviewItem {};
}

void TestReviewCommands::statusUndoRedoRecordsAnalystAndTime()
{
    QSignalSpy changed(m_session.get(), &ProjectSession::reviewItemsChanged);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(m_session->setReviewStatus({m_items.at(0)}, ReviewItemStatus::Confirmed).ok());
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    ReviewItem confirmed = item(m_items.at(0));
    QCOMPARE(confirmed.status, ReviewItemStatus::Confirmed);
    QCOMPARE(confirmed.analyst, u"Mara Quillen"_s);
    QVERIFY(confirmed.modified >= before && confirmed.modified <= after);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_story);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Confirm 1 discrepancy(ies)"_s);
    QCOMPARE(item(m_items.at(1)).status, ReviewItemStatus::Open); // the others untouched

    m_session->undoStack()->undo();
    const ReviewItem reopened = item(m_items.at(0));
    QCOMPARE(reopened.status, ReviewItemStatus::Open);
    QVERIFY(reopened.analyst.isEmpty());
    QVERIFY(!reopened.modified.isValid());
    QCOMPARE(changed.size(), 2);

    m_session->undoStack()->redo();
    const ReviewItem again = item(m_items.at(0));
    QCOMPARE(again.status, ReviewItemStatus::Confirmed);
    QCOMPARE(again.analyst, u"Mara Quillen"_s);
    QCOMPARE(again.modified, confirmed.modified);
    QCOMPARE(changed.size(), 3);

    // Another analyst's verdict on top, undone: the first analyst's is back.
    m_session->setAnalyst(u"Tomas Ardelan"_s);
    QVERIFY(m_session->setReviewStatus({m_items.at(0)}, ReviewItemStatus::Acceptable).ok());
    QCOMPARE(item(m_items.at(0)).analyst, u"Tomas Ardelan"_s);
    m_session->undoStack()->undo();
    QCOMPARE(item(m_items.at(0)).status, ReviewItemStatus::Confirmed);
    QCOMPARE(item(m_items.at(0)).analyst, u"Mara Quillen"_s);
    QCOMPARE(item(m_items.at(0)).modified, confirmed.modified);
}

void TestReviewCommands::bulkStatusIsOneUndoStep()
{
    QVERIFY(m_session->setReviewStatus({m_items.at(1)}, ReviewItemStatus::Acceptable).ok());
    QVERIFY(m_session->setReviewStatus(m_items, ReviewItemStatus::Dismissed).ok());
    QCOMPARE(m_session->undoStack()->count(), 2);
    for (qint64 id : std::as_const(m_items))
        QCOMPARE(item(id).status, ReviewItemStatus::Dismissed);
    m_session->undoStack()->undo();
    QCOMPARE(item(m_items.at(0)).status, ReviewItemStatus::Open);
    QCOMPARE(item(m_items.at(1)).status, ReviewItemStatus::Acceptable);
    QCOMPARE(item(m_items.at(3)).status, ReviewItemStatus::Open);
    m_session->undoStack()->redo();
    for (qint64 id : std::as_const(m_items))
        QCOMPARE(item(id).status, ReviewItemStatus::Dismissed);
    QVERIFY(m_session->setReviewStatus({}, ReviewItemStatus::Confirmed).ok());
    QCOMPARE(m_session->undoStack()->count(), 2); // nothing to do is no step
}

void TestReviewCommands::tagUndoRedo()
{
    auto tag = m_session->addTag(Tag {0, 0, u"Casualty figures"_s, {}, {}, {}, 0});
    QVERIFY(tag.ok());
    QVERIFY(m_session->setReviewTag({m_items.at(0), m_items.at(2)}, tag.value()).ok());
    QCOMPARE(item(m_items.at(0)).tagId, tag.value());
    QCOMPARE(item(m_items.at(2)).tagId, tag.value());
    QCOMPARE(item(m_items.at(2)).analyst, u"Mara Quillen"_s);
    QCOMPARE(item(m_items.at(1)).tagId, 0);
    QCOMPARE(item(m_items.at(0)).status, ReviewItemStatus::Open); // a tag is no verdict
    m_session->undoStack()->undo();
    QCOMPARE(item(m_items.at(0)).tagId, 0);
    QCOMPARE(item(m_items.at(2)).tagId, 0);
    m_session->undoStack()->redo();
    QCOMPARE(item(m_items.at(2)).tagId, tag.value());
    QVERIFY(m_session->setReviewTag({m_items.at(2)}, 0).ok());
    QCOMPARE(item(m_items.at(2)).tagId, 0);

    const int steps = m_session->undoStack()->count();
    auto unknown = m_session->setReviewTag({m_items.at(1)}, 4711);
    QVERIFY(!unknown.ok());
    QCOMPARE(m_session->undoStack()->count(), steps);
}

void TestReviewCommands::removingTagAndUndoRestoresItemTags()
{
    auto tag = m_session->addTag(Tag {0, 0, u"Dates"_s, {}, {}, {}, 0});
    QVERIFY(tag.ok());
    QVERIFY(m_session->setReviewTag({m_items.at(1)}, tag.value()).ok());
    QSignalSpy changed(m_session.get(), &ProjectSession::reviewItemsChanged);
    QVERIFY(m_session->removeTag(tag.value()).ok());
    QCOMPARE(item(m_items.at(1)).tagId, 0);
    QCOMPARE(changed.size(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(item(m_items.at(1)).tagId, tag.value());
}

void TestReviewCommands::noteEditsMerge()
{
    QVERIFY(m_session->setReviewNote(m_items.at(3), u"Only the 𝔑 Ledger"_s).ok());
    QVERIFY(m_session->setReviewNote(m_items.at(3), u"Only the 𝔑 Ledger has this"_s).ok());
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(item(m_items.at(3)).note, u"Only the 𝔑 Ledger has this"_s);
    QCOMPARE(item(m_items.at(3)).analyst, u"Mara Quillen"_s);
    QVERIFY(m_session->setReviewNote(m_items.at(0), u"ask the desk"_s).ok());
    QCOMPARE(m_session->undoStack()->count(), 2); // another item's note is another step
    m_session->undoStack()->undo();
    QVERIFY(item(m_items.at(0)).note.isEmpty());
    m_session->undoStack()->undo();
    QVERIFY(item(m_items.at(3)).note.isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(item(m_items.at(3)).note, u"Only the 𝔑 Ledger has this"_s);
}

void TestReviewCommands::survivesReopening()
{
    auto tag = m_session->addTag(Tag {0, 0, u"Numbers"_s, {}, {}, {}, 0});
    QVERIFY(tag.ok());
    QVERIFY(m_session->setReviewStatus({m_items.at(0)}, ReviewItemStatus::Confirmed).ok());
    QVERIFY(m_session->setReviewTag({m_items.at(0)}, tag.value()).ok());
    QVERIFY(m_session->setReviewNote(m_items.at(0), u"12 or 15"_s).ok());
    const QDateTime modified = item(m_items.at(0)).modified;
    m_session.reset();

    auto project = Project::open(path());
    QVERIFY(project.ok());
    auto reopened = ComparisonStore(*project.value()).item(m_items.at(0));
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->status, ReviewItemStatus::Confirmed);
    QCOMPARE(reopened->tagId, tag.value());
    QCOMPARE(reopened->note, u"12 or 15"_s);
    QCOMPARE(reopened->analyst, u"Mara Quillen"_s);
    QCOMPARE(reopened->modified, modified);
    QCOMPARE(reopened->modified.timeSpec(), Qt::UTC);
}

void TestReviewCommands::missingItemIsRefused()
{
    auto status = m_session->setReviewStatus({m_items.at(0), 4711}, ReviewItemStatus::Confirmed);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"4711"_s), qPrintable(status.error()));
    QVERIFY(!m_session->setReviewNote(4711, u"x"_s).ok());
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(item(m_items.at(0)).status, ReviewItemStatus::Open);
}

void TestReviewCommands::redoOfItemGoneReportsError()
{
    QVERIFY(m_session->setReviewStatus({m_items.at(3)}, ReviewItemStatus::Confirmed).ok());
    m_session->undoStack()->undo();
    // A recomputation that no longer finds the (open, untouched) item removes it.
    {
        auto transaction = m_session->project().transaction();
        auto summary = ComparisonStore(m_session->project())
                           .save(m_story, m_articles, Fixture::input(), Comparison {}, u"t"_s);
        QVERIFY(summary.ok());
        QCOMPARE(summary->removed, 4);
        QVERIFY(transaction.commit().ok());
    }
    QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
    m_session->undoStack()->redo();
    // Reported once the undo stack has settled (the step stays undone).
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(m_session->undoStack()->index(), 0);
    // A step whose rows are gone cannot be redone later either: the history goes with it.
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY2(errors.at(0).at(0).toString().contains(u"no longer in the project"_s),
        qPrintable(errors.at(0).at(0).toString()));
}

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
