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

QTEST_MAIN(TestAnnotationWindowModel)
#include "tst_annotationwindowmodel.moc"
