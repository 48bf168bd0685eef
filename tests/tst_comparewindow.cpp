// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing a story in the window: the sample comes compared, keys triage the differences,
// verdicts undo and survive comparing again.
#include "edit/projectsession.h"
#include "mainwindow.h"
#include "modalhelpers.h"
#include "review/coveragedock.h"
#include "review/coveragemodel.h"
#include "review/reviewdock.h"
#include "review/reviewitemmodel.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/comparisonstore.h"
#include "storage/connection.h"
#include "storage/project.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

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
    QSqlQuery query(Storage::connection(*project));
    query.exec(u"SELECT status FROM review_item WHERE id = %1"_s.arg(id));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
    }
    void sampleComesCompared();
    void triageWithKeysUndoAndRecompare();
    void differenceNoteSurvivesEscape();
    void comparingGivesTheDifferencesTheKeys();

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

void TestCompareWindow::differenceNoteSurvivesEscape()
{
    const QString path = m_dir.filePath(u"notes.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    window.findChild<QDockWidget *>(u"differences"_s)->raise();
    auto *review = window.findChild<ReviewDock *>();
    QTableView *table = review->view();
    const QModelIndex cell = table->model()->index(0, ReviewItemModel::NoteColumn);
    const qint64 id = cell.data(Roles::ReviewItemId).toLongLong();
    QVERIFY(id > 0);
    auto storedNote = [&path, id] {
        auto project = Project::open(path);
        return project ? ComparisonStore(*project.value()).item(id)->note : project.error();
    };

    // Double-clicking the note opens the editor; Escape on typed text asks, Save keeps it.
    const QString first = u"Ledger says 15, Courier 12: ask both desks"_s;
    typeInNextEditor(first, Qt::Key_Escape, Qt::NoModifier, u"Save"_s);
    const QPoint at = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    // (An in-cell editor, where there is one, gets the same keys.)
    if (auto *inCell = table->viewport()->findChild<QLineEdit *>()) {
        QTest::keyClicks(inCell, first);
        QTest::keyClick(inCell, Qt::Key_Escape);
    }
    QCOMPARE(storedNote(), first);

    // Shift+N edits the current item's note; Ctrl+Enter saves it, undoably.
    review->selectItem(id);
    const QString second = u"Both desks confirm 15"_s;
    typeInNextEditor(second, Qt::Key_Return, Qt::ControlModifier);
    action(&window, u"Difference &Note…"_s)->trigger();
    QCOMPARE(storedNote(), second);
    // Successive edits of one note are one undo step (ReviewItemCommand::mergeWith).
    window.session()->undoStack()->undo();
    QCOMPARE(storedNote(), QString());
}

// After Compare Story the Differences take the keys, so that J steps to the first difference
// instead of typing a "j" into the library's search field, which had the focus; a search the
// analyst has begun to type keeps it.
void TestCompareWindow::comparingGivesTheDifferencesTheKeys()
{
    const QString path = m_dir.filePath(u"focus.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *review = window.findChild<ReviewDock *>();
    QLineEdit *search = nullptr;
    for (QLineEdit *line : window.findChildren<QLineEdit *>()) {
        if (line->placeholderText().startsWith(u"Search titles"_s))
            search = line;
    }
    QVERIFY(review && search);
    auto compare = [&] {
        QSignalSpy compared(&window, &MainWindow::comparisonFinished);
        action(&window, u"&Compare Story"_s)->trigger();
        return compared.count() == 1 || compared.wait(60000);
    };

    search->setFocus();
    QCOMPARE(QApplication::focusWidget(), search);
    QVERIFY(compare());
    QCOMPARE(QApplication::focusWidget(), review->view());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    QVERIFY(review->currentId() > 0);
    QVERIFY(search->text().isEmpty());

    search->setFocus();
    search->setText(u"Marrow"_s);
    QVERIFY(compare());
    QCOMPARE(QApplication::focusWidget(), search);
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
