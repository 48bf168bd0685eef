// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/annotationjob.h"
#include "review/annotationtablemodel.h"
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

class TestAnnotationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsFromTheStore();
    void filters();

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
    QCOMPARE(first.data().toString(), model.row(0).annotation.span.exact.simplified());
    QVERIFY(model.index(0, AnnotationTableModel::OutletColumn).data().toString().size() > 0);
    // One story only.
    auto story = AnnotationStore(*m_project).listing(1);
    QCOMPARE(story->size(), rows->size());
    auto article = AnnotationStore(*m_project).listing(0, 2);
    QVERIFY(article->size() < rows->size());
    for (const AnnotationListing &row : article.value())
        QCOMPARE(row.annotation.articleId, 2);
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

QTEST_MAIN(TestAnnotationTableModel)
#include "tst_annotationtablemodel.moc"
