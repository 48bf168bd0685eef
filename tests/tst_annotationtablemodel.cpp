// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/annotationjob.h"
#include "review/annotationtablemodel.h"
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

class TestAnnotationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsFromTheStore();
    void rowsShareTheirRepeatedWords();
    void filters();
    void reviewKeepsSelection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestAnnotationTableModel::initTestCase()
{
    const QString path = m_dir.filePath(u"t.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    m_project = std::move(Project::open(path)).value();
    QVERIFY(AnnotationJob(*m_project).run().ok());
    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(
        u"INSERT INTO annotation (article_id, kind, label, start_offset, end_offset, exact, origin,"
        " analyst, status, note, created, modified) VALUES (1, 'note', '', 0, 8, 'KESSLING', "
        "'manual',"
        " 'Mara', 'accepted', 'dateline differs', 'now', 'now')"_s));
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'rejected'"
                       " WHERE id = (SELECT MIN(id) FROM annotation WHERE kind = 'entity')"_s));
}

void TestAnnotationTableModel::rowsFromTheStore()
{
    AnnotationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto rows = AnnotationStore(*m_project).listing(0);
    QVERIFY(rows.ok());
    model.setRows(rows.value());
    QVERIFY(model.rowCount() > 20);
    QSqlQuery query(Storage::connection(*m_project));
    query.exec(u"SELECT COUNT(*) FROM annotation WHERE parent_id IS NULL"_s);
    query.next();
    QCOMPARE(model.rowCount(), query.value(0).toInt()); // cues and speakers go with their quotes
    const QModelIndex first = model.index(0, AnnotationTableModel::TextColumn);
    QCOMPARE(first.data().toString(), model.row(0).exact.simplified());
    QVERIFY(model.index(0, AnnotationTableModel::OutletColumn).data().toString().size() > 0);
    // One story only.
    auto story = AnnotationStore(*m_project).listing(1);
    QCOMPARE(story->size(), rows->size());
    auto article = AnnotationStore(*m_project).listing(0, 2);
    QVERIFY(article->size() < rows->size());
    for (const AnnotationListing &row : article.value())
        QCOMPARE(row.annotation.articleId, 2);
}

// The table keeps one copy of the words its rows repeat (outlet, title, type, annotator): read
// row by row from the store, they are what a story's listing is mostly made of.
void TestAnnotationTableModel::rowsShareTheirRepeatedWords()
{
    AnnotationTableModel::RowBuilder builder;
    auto count = AnnotationStore(*m_project)
                     .listing(0, 0, AnnotationStore::Detail::Brief,
                         [&](AnnotationListing &&row) { builder.add(row); });
    QVERIFY(count.ok());
    AnnotationTableModel model;
    model.setRows(builder.take());
    QCOMPARE(model.rowCount(), count.value());
    AnnotationTableModel whole;
    whole.setRows(AnnotationStore(*m_project).listing(0).value());
    int sharedOutlets = 0;
    for (int r = 1; r < model.rowCount(); ++r) {
        QCOMPARE(model.row(r), whole.row(r));
        const auto &a = model.row(r - 1);
        const auto &b = model.row(r);
        if (a.outlet == b.outlet) {
            QCOMPARE(a.outlet.constData(), b.outlet.constData());
            ++sharedOutlets;
        }
        if (a.by == b.by)
            QCOMPARE(a.by.constData(), b.by.constData());
    }
    QVERIFY(sharedOutlets > 10);
}

void TestAnnotationTableModel::filters()
{
    AnnotationTableModel model;
    model.setRows(AnnotationStore(*m_project).listing(0).value());
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = proxy.rowCount();

    proxy.setKind(int(AnnotationKind::Note));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(
        proxy.index(0, AnnotationTableModel::NoteColumn).data().toString(), u"dateline differs"_s);
    proxy.setKind(-1);

    proxy.setStatus(int(ReviewStatus::Rejected));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStatus(-1);

    proxy.setOrigin(int(Origin::Manual));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setOrigin(-1);

    proxy.setLabel(u"PERSON"_s);
    QVERIFY(proxy.rowCount() > 0);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.index(r, 0).data(Roles::Label).toString(), u"PERSON"_s);
    proxy.setLabel({});

    proxy.setText(u"ardelan"_s);
    QVERIFY(proxy.rowCount() > 0);
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, AnnotationTableModel::TextColumn)
                    .data()
                    .toString()
                    .contains(u"Ardelan"_s)
            || proxy.index(r, AnnotationTableModel::LabelColumn)
                   .data()
                   .toString()
                   .contains(u"Ardelan"_s));
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), all);
}

// Reviewing a row, or a note added elsewhere in the story, reads the listing again; the row the
// analyst is on stays selected and current.
void TestAnnotationTableModel::reviewKeepsSelection()
{
    AnnotationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(AnnotationStore(*m_project).listing(0).value());
    QVERIFY(model.rowCount() > 10);
    const int row = 6;
    const qint64 id = model.row(row).id;
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(
        model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QSqlQuery query(Storage::connection(*m_project));
    QVERIFY(query.exec(
        u"UPDATE annotation SET status = 'accepted', note = 'checked' WHERE id = %1"_s.arg(id)));
    QVERIFY(query.exec(
        u"INSERT INTO annotation (article_id, kind, label, start_offset, end_offset, exact, origin,"
        " analyst, status, note, created, modified) VALUES (1, 'note', '', 0, 8, 'KESSLING', "
        "'manual', 'Mara', 'accepted', 'second look', 'now', 'now')"_s));
    model.setRows(AnnotationStore(*m_project).listing(0).value());

    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    const QModelIndex current = selection.currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(model.row(current.row()).id, id);
    QCOMPARE(model.row(current.row()).note, u"checked"_s);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), current.row());
    QVERIFY(query.exec(u"DELETE FROM annotation WHERE note = 'second look'"_s));
}

QTEST_MAIN(TestAnnotationTableModel)
#include "tst_annotationtablemodel.moc"
