// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing a story in the window: the sample comes compared, keys triage the differences,
// verdicts undo and survive comparing again.
#include "edit/projectsession.h"
#include "mainwindow.h"
#include "review/coveragedock.h"
#include "review/coveragemodel.h"
#include "review/reviewdock.h"
#include "review/reviewitemmodel.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "storage/project.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

QAction *action(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QString verdict(Project *project, qint64 id)
{
    QSqlQuery query(project->database());
    query.exec(u"SELECT status FROM review_item WHERE id = %1"_s.arg(id));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sampleComesCompared();
    void triageWithKeysUndoAndRecompare();

private:
    QTemporaryDir m_dir;
};

void TestCompareWindow::sampleComesCompared()
{
    const QString path = m_dir.filePath(u"sample.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *review = window.findChild<ReviewDock *>();
    auto *coverage = window.findChild<CoverageDock *>();
    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(review && coverage && reading);
    QVERIFY(reading->comparison());
    QVERIFY(review->model()->rowCount() > 0);
    QVERIFY(coverage->model()->rowCount() > 0);
    QCOMPARE(coverage->model()->columnCount(), 4); // the name and three outlets
    QVERIFY(action(&window, u"&Confirm Discrepancy"_s)->isEnabled());
}

void TestCompareWindow::triageWithKeysUndoAndRecompare()
{
    const QString path = m_dir.filePath(u"triage.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *review = window.findChild<ReviewDock *>();
    auto *reading = window.findChild<ReadingArea *>();
    QTableView *table = review->view();
    table->setFocus();

    // J picks the first difference and shows it in the panes.
    QTest::keyClick(table, Qt::Key_J);
    const qint64 first = review->currentId();
    QVERIFY(first > 0);
    QCOMPARE(
        reading->currentGroup(), table->currentIndex().data(Roles::ComparisonGroup).toLongLong());
    QCOMPARE(verdict(window.project(), first), u"open"_s);

    // C confirms it and moves on to the next open difference.
    QTest::keyClick(table, Qt::Key_C);
    QCOMPARE(verdict(window.project(), first), u"confirmed"_s);
    QVERIFY(review->currentId() != first);
    const qint64 second = review->currentId();
    QTest::keyClick(table, Qt::Key_P);
    QCOMPARE(verdict(window.project(), second), u"acceptable"_s);
    QCOMPARE(window.session()->undoStack()->count(), 2);

    window.session()->undoStack()->undo();
    QCOMPARE(verdict(window.project(), second), u"open"_s);
    QCOMPARE(verdict(window.project(), first), u"confirmed"_s);

    // Comparing again (in the background, like annotation) keeps the verdict on the same item.
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    action(&window, u"&Compare Story"_s)->trigger();
    QVERIFY(window.isBusy() || compared.count() == 1);
    QVERIFY(compared.count() == 1 || compared.wait(60000));
    QCOMPARE(compared.first().first().toBool(), true);
    QVERIFY(!window.isBusy());
    QCOMPARE(verdict(window.project(), first), u"confirmed"_s);
    const int row = review->model()->rowOfItem(first);
    QVERIFY(row >= 0);
    QCOMPARE(review->model()->item(row)->status, ReviewItemStatus::Confirmed);
    QVERIFY(!review->model()->item(row)->analyst.isNull());
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
