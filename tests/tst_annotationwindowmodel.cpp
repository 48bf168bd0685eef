// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Annotations panel's lazy table: rows read as they are shown, filters and sorting done in
// the query, a row read again after an edit.
#include "jobs/annotationjob.h"
#include "review/annotationtablemodel.h"
#include "review/annotationwindowmodel.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "storage/connection.h"
#include "storage/project.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestAnnotationWindowModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsOnlyTheRowsShown();
    void sameRowsAsTheWholeTable();
    void sortAndFilterInTheQuery();
    void rowReadAgainAfterAnEdit();
    void countedByArticleWithoutReadingIds();
    void refreshKeepsTheSelectedRows();
    void sortBackToTextOrderKeepsTheSelection();
    void countedInTheBackground();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestAnnotationWindowModel::initTestCase()
{
    const QString path = m_dir.filePath(u"t.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    m_project = std::move(Project::open(path)).value();
    QVERIFY(AnnotationJob(*m_project).run().ok());
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(
        u"INSERT INTO annotation (article_id, kind, label, start_offset, end_offset, exact, origin,"
        " analyst, status, note, created, modified) VALUES (1, 'note', '', 0, 8, 'KESSLING',"
        " 'manual', 'Mara', 'accepted', 'dateline differs', 'now', 'now')"_s));
    // More rows than a page, so that reading a page is less than reading them all: the
    // entities proposed again, as a second annotator would.
    for (int copy = 0; copy < 3; ++copy)
        QVERIFY(query.exec(u"INSERT INTO annotation (article_id, kind, label, start_offset,"
                           " end_offset, exact, origin, annotator, status, created, modified)"
                           " SELECT article_id, kind, label, start_offset, end_offset, exact,"
                           " origin, annotator, status, created, modified FROM annotation"
                           " WHERE parent_id IS NULL AND kind = 'entity'"_s));
    QVERIFY(
        query.exec(u"SELECT COUNT(*) FROM annotation WHERE parent_id IS NULL"_s) && query.next());
    QVERIFY2(query.value(0).toInt() > AnnotationWindowModel::kPageSize,
        qPrintable(QString::number(query.value(0).toInt())));
}

void TestAnnotationWindowModel::readsOnlyTheRowsShown()
{
    AnnotationWindowModel model;
    model.setSource(m_project.get(), 0);
    QVERIFY(model.rowCount() > AnnotationWindowModel::kPageSize);
    QCOMPARE(model.rowsRead(), 0); // counted, nothing read
    QVERIFY(model.index(0, AnnotationTableModel::TextColumn).data().isValid());
    QCOMPARE(model.rowsRead(), qsizetype(AnnotationWindowModel::kPageSize));
    // Scrolling to the end reads the last page, not the ones between.
    const int last = model.rowCount() - 1;
    QVERIFY(model.index(last, AnnotationTableModel::TextColumn).data().isValid());
    QVERIFY(model.rowsRead() <= 2 * AnnotationWindowModel::kPageSize);
    QVERIFY(model.rowsRead() < model.rowCount());
}

void TestAnnotationWindowModel::sameRowsAsTheWholeTable()
{
    AnnotationTableModel whole;
    whole.setRows(AnnotationStore(*m_project).listing(0).value());
    AnnotationWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_project.get(), 0);
    QCOMPARE(model.rowCount(), whole.rowCount());
    for (int r = 0; r < whole.rowCount(); ++r) {
        for (int c = 0; c < AnnotationTableModel::ColumnCount; ++c)
            QCOMPARE(model.index(r, c).data(), whole.index(r, c).data());
        QCOMPARE(model.index(r, 0).data(Roles::AnnotationId),
            whole.index(r, 0).data(Roles::AnnotationId));
    }
}

void TestAnnotationWindowModel::sortAndFilterInTheQuery()
{
    AnnotationWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_project.get(), 0);
    const int all = model.rowCount();
    for (int column : {int(AnnotationTableModel::KindColumn), int(AnnotationTableModel::TextColumn),
             int(AnnotationTableModel::LabelColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.rowCount(), all);
            for (int r = 1; r < model.rowCount(); ++r) {
                const QString before = model.index(r - 1, column).data().toString();
                const QString here = model.index(r, column).data().toString();
                QVERIFY2(order == Qt::AscendingOrder ? before <= here : before >= here,
                    qPrintable(before + u" / "_s + here));
            }
        }
    }
    model.sort(-1);
    model.setKind(int(AnnotationKind::Note));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        model.index(0, AnnotationTableModel::NoteColumn).data().toString(), u"dateline differs"_s);
    model.setKind(-1);
    model.setLabel(u"person"_s);
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(Roles::Label).toString(), u"PERSON"_s);
    model.setLabel({});
    model.setText(u"ARDELAN"_s);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
    model.setText({});
    QCOMPARE(model.rowCount(), all);
}

void TestAnnotationWindowModel::rowReadAgainAfterAnEdit()
{
    AnnotationWindowModel model;
    model.setSource(m_project.get(), 0);
    const qint64 id = model.idAt(3);
    QCOMPARE(model.index(3, AnnotationTableModel::StatusColumn).data().toString(),
        AnnotationTableModel::statusText(ReviewStatus::Proposed));
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'accepted' WHERE id = %1"_s.arg(id)));
    model.refresh();
    QCOMPARE(model.idAt(3), id);
    QCOMPARE(model.index(3, AnnotationTableModel::StatusColumn).data().toString(),
        AnnotationTableModel::statusText(ReviewStatus::Accepted));
}

namespace {

// The ids a fresh table shows with these filters, all read (what a refreshed one must equal).
QList<qint64> freshIds(Project &project, int status)
{
    AnnotationWindowModel fresh;
    fresh.setSource(&project, 0);
    fresh.setStatus(status);
    return fresh.ids();
}

} // namespace

void TestAnnotationWindowModel::countedByArticleWithoutReadingIds()
{
    // In article order a filtered table knows its rows from counts alone, and a page in the
    // middle holds the rows a whole read in that order has there.
    AnnotationWindowModel model;
    model.setSource(m_project.get(), 0);
    model.setStatus(int(ReviewStatus::Proposed));
    QCOMPARE(model.rowsRead(), 0);
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation WHERE parent_id IS NULL"
                       " AND status = 'proposed'"_s)
        && query.next());
    QCOMPARE(model.rowCount(), query.value(0).toInt());
    AnnotationStore::ListingQuery proposed;
    proposed.status = int(ReviewStatus::Proposed);
    const QList<qint64> all = AnnotationStore(*m_project).listingIds(proposed).value();
    const int middle = model.rowCount() / 2 + 7;
    QCOMPARE(model.idAt(middle), all.at(middle));
    QCOMPARE(model.rowsRead(), qsizetype(AnnotationWindowModel::kPageSize));
    const int pageStart
        = middle / AnnotationWindowModel::kPageSize * AnnotationWindowModel::kPageSize;
    for (int r = pageStart;
         r < std::min(pageStart + AnnotationWindowModel::kPageSize, model.rowCount()); ++r) {
        QCOMPARE(model.index(r, 0).data(Roles::AnnotationId).toLongLong(), all.at(r));
        QCOMPARE(model.index(r, AnnotationTableModel::StatusColumn).data().toString(),
            AnnotationTableModel::statusText(ReviewStatus::Proposed));
    }
    QCOMPARE(model.rowsRead(), qsizetype(AnnotationWindowModel::kPageSize)); // that page only
    QCOMPARE(model.ids(), all);
}

void TestAnnotationWindowModel::refreshKeepsTheSelectedRows()
{
    // The panel shows what is left to review; two rows are selected and one of them accepted
    // (as Accept Selected does): it leaves the table, the other stays selected, and a manual
    // annotation added to an article in the middle appears in its place.
    AnnotationWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_project.get(), 0);
    model.setStatus(int(ReviewStatus::Proposed));
    QItemSelectionModel selection(&model);
    const int rows = model.rowCount();
    const int a = rows / 3;
    const int b = rows / 3 + 5;
    for (int r : {a, b})
        QVERIFY(model.index(r, AnnotationTableModel::TextColumn).data().isValid()); // in view
    const qint64 accepted = model.idAt(a);
    const qint64 kept = model.idAt(b);
    selection.select(model.index(a, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(model.index(b, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'accepted' WHERE id = %1"_s.arg(accepted)));
    QVERIFY(query.exec(u"SELECT article_id, start_offset FROM annotation WHERE id = %1"_s.arg(kept))
        && query.next());
    const qint64 article = query.value(0).toLongLong();
    const qint64 offset = query.value(1).toLongLong();
    QVERIFY(query.exec(
                u"INSERT INTO annotation (article_id, kind, label, start_offset, end_offset,"
                " exact, origin, analyst, status, created, modified) VALUES (%1, 'entity',"
                " 'PERSON', %2, %2, '', 'automatic', '', 'proposed', 'now', 'now')"_s.arg(article)
                    .arg(offset))
        && query.lastInsertId().isValid());
    const qint64 added = query.lastInsertId().toLongLong();
    model.refresh();
    QCOMPARE(model.rowCount(), rows); // one gone, one added
    const QList<qint64> now = freshIds(*m_project, int(ReviewStatus::Proposed));
    QVERIFY(now.contains(added) && !now.contains(accepted));
    QCOMPARE(model.ids(), now);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model.idAt(selected.first().row()), kept);
    QCOMPARE(selected.first().row(), int(now.indexOf(kept)));
    // The accepted row shows as accepted when the filter is lifted.
    model.setStatus(-1);
    const int row = int(model.ids().indexOf(accepted));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, AnnotationTableModel::StatusColumn).data().toString(),
        AnnotationTableModel::statusText(ReviewStatus::Accepted));
    QVERIFY(query.exec(u"DELETE FROM annotation WHERE id = %1"_s.arg(added)));
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'proposed' WHERE id = %1"_s.arg(accepted)));
}

void TestAnnotationWindowModel::sortBackToTextOrderKeepsTheSelection()
{
    AnnotationWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(m_project.get(), 0);
    QItemSelectionModel selection(&model);
    const int r = model.rowCount() - 3;
    const qint64 id = model.idAt(r);
    selection.select(model.index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    model.sort(AnnotationTableModel::LabelColumn, Qt::DescendingOrder);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model.idAt(selection.selectedRows().first().row()), id);
    model.sort(-1);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().row(), r);
    QCOMPARE(model.idAt(r), id);
}

void TestAnnotationWindowModel::countedInTheBackground()
{
    // A large story's table counts its rows on a connection of its own: empty until the counts
    // come, then the rows a table counted at once has; after an edit it keeps its rows (and the
    // selection) until the new counts come, then equals a fresh table.
    AnnotationWindowModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counting(&model, &AnnotationWindowModel::countingChanged);
    model.setReadInBackground(true);
    model.setSource(m_project.get(), 0);
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), 0);
    model.setStatus(int(ReviewStatus::Proposed)); // before the first counts came: only these
    model.waitForCounts();
    QVERIFY(!model.isCounting());
    QCOMPARE(counting.size(), 2);
    QCOMPARE(counting.first().first().toBool(), true);
    QCOMPARE(counting.last().first().toBool(), false);
    QCOMPARE(model.ids(), freshIds(*m_project, int(ReviewStatus::Proposed)));
    const int rows = model.rowCount();
    QVERIFY(rows > AnnotationWindowModel::kPageSize);

    QItemSelectionModel selection(&model);
    const int a = rows / 2;
    const int b = rows / 2 + 3;
    for (int r : {a, b})
        QVERIFY(model.index(r, AnnotationTableModel::TextColumn).data().isValid());
    const qint64 accepted = model.idAt(a);
    const qint64 kept = model.idAt(b);
    selection.select(model.index(b, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'accepted' WHERE id = %1"_s.arg(accepted)));
    model.refresh();
    // Until the counts come the rows stay, read again as they are now.
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.index(a, AnnotationTableModel::StatusColumn).data().toString(),
        AnnotationTableModel::statusText(ReviewStatus::Accepted));
    model.waitForCounts();
    QCOMPARE(model.rowCount(), rows - 1);
    const QList<qint64> now = freshIds(*m_project, int(ReviewStatus::Proposed));
    QVERIFY(!now.contains(accepted));
    QCOMPARE(model.ids(), now);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model.idAt(selection.selectedRows().first().row()), kept);

    // A filter starts over, in the background too.
    model.setStatus(-1);
    QVERIFY(model.isCounting());
    model.waitForCounts();
    QCOMPARE(model.ids(), freshIds(*m_project, -1));
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'proposed' WHERE id = %1"_s.arg(accepted)));

    // Closing the project while counting: the counts never come, and the panel says so
    // ("Counting…" goes).
    model.refresh();
    QVERIFY(model.isCounting());
    counting.clear();
    model.setSource(nullptr, 0);
    QVERIFY(!model.isCounting());
    QCOMPARE(counting.size(), 1);
    QCOMPARE(counting.first().first().toBool(), false);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestAnnotationWindowModel)
#include "tst_annotationwindowmodel.moc"
