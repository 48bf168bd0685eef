// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/annotationjob.h"
#include "edit/projectsession.h"
#include "entities/entitiesdock.h"
#include "entities/entitymodel.h"
#include "library/librarymodel.h"
#include "mainwindow.h"
#include "review/annotationsdock.h"
#include "review/annotationtablemodel.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "storage/project.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensSampleOnFirstStart();
    void selectingAnArticleShowsIt();
    void searchListsMatches();
    void importRunsInTheBackground();
    void refusedProjectKeepsWindowUsable();
    void annotateRunsInTheBackground();
    void acceptAndRejectFromTheTableWithUndo();
    void mergeEntitiesFromThePanel();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(MainWindow::sampleProjectPath());
}

void TestMainWindow::opensSampleOnFirstStart()
{
    MainWindow window;
    window.show();
    window.openSampleProject();
    QVERIFY(window.project());
    QVERIFY(QFile::exists(MainWindow::sampleProjectPath()));
    QCOMPARE(window.libraryModel()->rowCount(), 1);
    QCOMPARE(window.libraryModel()->rowCount(window.libraryModel()->index(0, 0)), 3);
    QVERIFY(window.currentArticleId() > 0); // never opens on an empty page
}

void TestMainWindow::selectingAnArticleShowsIt()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(MainWindow::sampleProjectPath()));
    auto *tree = window.findChild<QTreeView *>();
    auto *reader = window.findChild<QPlainTextEdit *>();
    QVERIFY(tree && reader);
    const QModelIndex story = window.libraryModel()->index(0, 0);
    const QModelIndex last = window.libraryModel()->index(2, 0, story);
    tree->setCurrentIndex(last);
    QCOMPARE(window.currentArticleId(), last.data(LibraryModel::ArticleIdRole).toLongLong());
    QVERIFY(reader->toPlainText().contains(u"Lake Varn"_s));
}

void TestMainWindow::searchListsMatches()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(MainWindow::sampleProjectPath()));
    auto *search = window.findChild<QLineEdit *>();
    auto *results = window.findChild<QListWidget *>();
    QVERIFY(search && results);
    QTest::keyClicks(search, u"productive"_s);
    QTRY_COMPARE(results->count(), 1);
    QVERIFY(results->item(0)->text().contains(u"The Meridian Post"_s));
    results->setCurrentRow(0);
    QCOMPARE(window.currentArticleId(), results->item(0)->data(Qt::UserRole).toLongLong());
}

void TestMainWindow::importRunsInTheBackground()
{
    const QString path = m_dir.filePath(u"gui.parallax"_s);
    QVERIFY(Project::create(path).ok());
    QStringList files;
    for (int i = 0; i < 40; ++i) {
        const QString file = m_dir.filePath(u"in%1.txt"_s.arg(i));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Title: Report " + QByteArray::number(i) + "\n\nDana Okoro spoke about report "
            + QByteArray::number(i));
        files.append(file);
    }
    files.append(m_dir.filePath(u"missing.txt"_s));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importFiles(files, u"Batch"_s);
    QVERIFY(window.isImporting() || finished.count() == 1);
    QVERIFY(finished.wait(20000) || finished.count() == 1);
    QCOMPARE(finished.first().at(0).toInt(), 40);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QCOMPARE(window.libraryModel()->rowCount(window.libraryModel()->index(0, 0)), 40);
}

void TestMainWindow::refusedProjectKeepsWindowUsable()
{
    const QString bogus = m_dir.filePath(u"bogus.parallax"_s);
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(MainWindow::sampleProjectPath()));
    QVERIFY(!window.openProject(bogus));
    QVERIFY(window.project()); // the open project stays open
    QCOMPARE(
        window.project()->path(), QFileInfo(MainWindow::sampleProjectPath()).absoluteFilePath());
}

void TestMainWindow::annotateRunsInTheBackground()
{
    const QString path = m_dir.filePath(u"annotate.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy finished(&window, &MainWindow::annotationFinished);
    window.annotate(0);
    QVERIFY(window.isBusy() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    // The library shows the new counts.
    const QModelIndex story = window.libraryModel()->index(0, 0);
    const QModelIndex first = window.libraryModel()->index(0, LibraryModel::EntitiesColumn, story);
    QVERIFY(first.data().toInt() > 0);
    QVERIFY(window.libraryModel()->index(0, LibraryModel::ReviewColumn, story).data().toInt() > 0);
}

namespace {

QAction *action(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QString status(Project *project, qint64 id)
{
    QSqlQuery query(project->database());
    query.exec(u"SELECT status FROM annotation WHERE id = %1"_s.arg(id));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

void TestMainWindow::acceptAndRejectFromTheTableWithUndo()
{
    const QString path = m_dir.filePath(u"review.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    {
        auto project = Project::open(path);
        QVERIFY(AnnotationJob(*project.value()).run().ok());
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *dock = window.findChild<AnnotationsDock *>();
    QVERIFY(dock);
    QTableView *table = dock->view();
    QVERIFY(table->model()->rowCount() > 10);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->selectRow(0);
    table->setFocus();
    const qint64 first = table->model()->index(0, 0).data(Roles::AnnotationId).toLongLong();
    QCOMPARE(status(window.project(), first), u"proposed"_s);
    QTest::keyClick(table, Qt::Key_A); // one key accepts
    QCOMPARE(status(window.project(), first), u"accepted"_s);
    QCOMPARE(window.session()->undoStack()->count(), 1);
    QAction *undo = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = a;
    }
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(status(window.project(), first), u"proposed"_s);

    // Reject every proposal the table shows of one type: one undo step.
    dock->proxy()->setLabel(u"DATE"_s);
    const QList<qint64> dates = dock->shownIds();
    QVERIFY(!dates.isEmpty());
    action(&window, u"Reject All S&hown"_s)->trigger();
    for (qint64 id : dates)
        QCOMPARE(status(window.project(), id), u"rejected"_s);
    undo->trigger();
    for (qint64 id : dates)
        QCOMPARE(status(window.project(), id), u"proposed"_s);
}

void TestMainWindow::mergeEntitiesFromThePanel()
{
    const QString path = m_dir.filePath(u"merge.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    {
        auto project = Project::open(path);
        QVERIFY(AnnotationJob(*project.value()).run().ok());
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *dock = window.findChild<EntitiesDock *>();
    QVERIFY(dock);
    EntityModel *model = dock->model();
    const int before = model->rowCount();
    QVERIFY(before >= 2);
    // Merge the two first entities of the table.
    dock->view()->selectRow(0);
    dock->view()->selectionModel()->select(dock->view()->model()->index(1, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dock->mergeSelected();
    QCOMPARE(model->rowCount(), before - 1);
    window.session()->undoStack()->undo();
    QCOMPARE(model->rowCount(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
