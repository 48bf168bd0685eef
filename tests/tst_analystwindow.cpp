// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as an analyst reading all day uses it: room for the panes, focus mode, files
// dropped on a story, the messages after an import.
#include "codebook/codebookdock.h"
#include "codebook/codebookmodel.h"
#include "edit/projectsession.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "modalhelpers.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/project.h"
#include "widgets/shortcutsdialog.h"
#include "workbench/readingarea.h"

#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

class TestAnalystWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void windowFitsTheScreen();
    void panesGetMostOfTheWidth();
    void bottomPanelShowsRowsToReview();
    void focusModeHidesEveryPanel();
    void panesKeepAReadableWidth();
    void filesDroppedOnAStoryGoIntoIt();
    void importMessageSaysWhatWasImported();
    void shortcutsListEveryMenuKey();
    void compareKeyTakesTheStoryOfThePanes();
    void newTagGetsTheNextFreeKey();
    void tagKeySaysWhatItDid();
    void paneOrderKeptOnReopen();
    void starterCodeBookFromTheMenu();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestAnalystWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
    QFile::remove(MainWindow::sampleProjectPath());
}

void TestAnalystWindow::init()
{
    // Every test starts as on a first start: no layout saved by the previous one.
    QSettings().remove(u"window"_s);
}

QString TestAnalystWindow::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void TestAnalystWindow::windowFitsTheScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
        qPrintable(u"window %1,%2 %3x%4 on a screen of %5,%6 %7x%8"_s.arg(window.geometry().x())
                       .arg(window.geometry().y())
                       .arg(window.width())
                       .arg(window.height())
                       .arg(available.x())
                       .arg(available.y())
                       .arg(available.width())
                       .arg(available.height())));
    // The choice for a laptop screen: inside it, and not a postage stamp either.
    const QRect laptop = MainWindow::defaultGeometry(QRect(0, 0, 1366, 738));
    QVERIFY(QRect(0, 0, 1366, 738).contains(laptop));
    QVERIFY(laptop.width() >= 1200 && laptop.height() >= 660);
}

void TestAnalystWindow::panesGetMostOfTheWidth()
{
    MainWindow window;
    window.resize(1366, 738);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSampleProject());
    window.resetLayout();
    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(reading);
    QTRY_VERIFY2(reading->width() >= window.width() * 6 / 10,
        qPrintable(u"panes %1 px of %2"_s.arg(reading->width()).arg(window.width())));
}

void TestAnalystWindow::bottomPanelShowsRowsToReview()
{
    // The bottom row (annotations, differences) is where the analyst reviews: on a laptop
    // screen and on a large one it shows a useful run of rows, and the panes keep most of the
    // height.
    for (const QSize size : {QSize(1366, 738), QSize(1472, 920)}) {
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openSampleProject());
        window.resetLayout();
        auto *annotations = window.findChild<QDockWidget *>(u"annotations"_s);
        QVERIFY(annotations);
        auto *table = annotations->findChild<QTableView *>();
        QVERIFY(table);
        const int row = table->verticalHeader()->defaultSectionSize();
        QTRY_VERIFY2(table->viewport()->height() >= 6 * row,
            qPrintable(u"%1x%2: %3 px for rows of %4 px"_s.arg(size.width())
                           .arg(size.height())
                           .arg(table->viewport()->height())
                           .arg(row)));
        auto *reading = window.findChild<ReadingArea *>();
        QVERIFY(reading);
        QVERIFY2(reading->height() >= window.height() / 2,
            qPrintable(u"panes %1 px of %2"_s.arg(reading->height()).arg(window.height())));
    }
}

void TestAnalystWindow::focusModeHidesEveryPanel()
{
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSampleProject());
    auto *library = window.findChild<QDockWidget *>(u"library"_s);
    QVERIFY(library && library->isVisible());
    const int before = window.findChild<ReadingArea *>()->width();
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.isFocusMode());
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(!window.statusBar()->isVisible());
    QTRY_VERIFY(window.findChild<ReadingArea *>()->width() > before);
    // The same key brings the panels back as they were.
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.isFocusMode());
    QVERIFY(library->isVisible());
    QVERIFY(window.statusBar()->isVisible());
}

void TestAnalystWindow::panesKeepAReadableWidth()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSampleProject());
    auto *reading = window.findChild<ReadingArea *>();
    const QModelIndex story = window.libraryModel()->index(0, 0);
    for (int row = 0; row < window.libraryModel()->rowCount(story); ++row)
        reading->openInNewPane(
            window.libraryModel()->index(row, 0, story).data(Roles::ArticleId).toLongLong());
    QCOMPARE(reading->paneCount(), 4);
    const int readable = QFontMetrics(Settings().readingFont()).averageCharWidth() * 40;
    QApplication::processEvents();
    for (int i = 0; i < reading->paneCount(); ++i)
        QVERIFY2(reading->pane(i)->width() >= readable,
            qPrintable(u"pane %1 is %2 px"_s.arg(i).arg(reading->pane(i)->width())));
    // The row of panes scrolls instead.
    auto *scroll = reading->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY(scroll->horizontalScrollBar()->maximum() > 0);
}

void TestAnalystWindow::filesDroppedOnAStoryGoIntoIt()
{
    const QString path = m_dir.filePath(u"drop.parallax"_s);
    QVERIFY(Project::create(path).ok());
    const QString seed = writeFile(u"seed.txt"_s, "Title: Ferry delayed\n\nThe ferry was late.");
    const QString dropped
        = writeFile(u"dropped.txt"_s, "Title: Ferry resumes\n\nThe ferry runs again.");
    QVERIFY(!seed.isEmpty() && !dropped.isEmpty());
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importFiles({seed}, u"Ferries"_s);
    QVERIFY(finished.count() == 1 || finished.wait(20000));

    auto *tree = window.findChild<LibraryPanel *>()->tree();
    auto *proxy = static_cast<QSortFilterProxyModel *>(tree->model());
    const QModelIndex storyRow = proxy->mapFromSource(window.libraryModel()->index(0, 0));
    QCOMPARE(storyRow.data(Roles::IsStory).toBool(), true);
    const QPoint onStory = tree->visualRect(storyRow).center();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    QDragEnterEvent enter(onStory, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDropEvent drop(onStory, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
    QVERIFY(finished.count() == 2 || finished.wait(20000));
    // Both articles under the one story, none outside it.
    QCOMPARE(window.libraryModel()->rowCount(), 1);
    QCOMPARE(window.libraryModel()->rowCount(window.libraryModel()->index(0, 0)), 2);
}

void TestAnalystWindow::importMessageSaysWhatWasImported()
{
    const QString path = m_dir.filePath(u"message.parallax"_s);
    QVERIFY(Project::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    // Nothing imports: the report must not claim that other files were.
    window.importFiles({m_dir.filePath(u"missing.txt"_s)});
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(!box->text().contains(u"other files"_s), qPrintable(box->text()));
    box->close();
    delete box;
    // One imports, one does not: now it is true.
    const QString good = writeFile(u"good.txt"_s, "Title: Quay repaired\n\nThe quay is repaired.");
    window.importFiles({good, m_dir.filePath(u"missing2.txt"_s)});
    QVERIFY(finished.count() == 2 || finished.wait(20000));
    box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"other files"_s), qPrintable(box->text()));
}

void TestAnalystWindow::shortcutsListEveryMenuKey()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSampleProject());
    QTest::keyClick(&window, Qt::Key_F1);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()));
    QSet<QString> listed;
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        listed.insert(dialog->table()->item(row, 0)->text());
    // Every key of every menu, the focus mode's and the code book's among them.
    QList<QMenu *> menus;
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            menus << top->menu();
    int keys = 0;
    while (!menus.isEmpty()) {
        for (QAction *a : menus.takeFirst()->actions()) {
            if (a->menu())
                menus << a->menu();
            else if (!a->shortcuts().isEmpty()) {
                ++keys;
                QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                             [a](const QString &l) {
                                 return l.contains(
                                     a->shortcut().toString(QKeySequence::NativeText));
                             }),
                    qPrintable(a->text()));
            }
        }
    }
    QVERIFY(keys >= 20);
    QCOMPARE(dialog->table()->rowCount(), keys);
    QVERIFY(listed.contains(u"F11, Ctrl+Shift+F"_s));
}

void TestAnalystWindow::compareKeyTakesTheStoryOfThePanes()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSampleProject());
    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(reading->articleIn(0) > 0 && reading->articleIn(1) > 0);
    // Nothing chosen in the library: the two articles read side by side say which story.
    window.findChild<LibraryPanel *>()->tree()->selectionModel()->clearCurrentIndex();
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
}

void TestAnalystWindow::newTagGetsTheNextFreeKey()
{
    const QString path = m_dir.filePath(u"tags.parallax"_s);
    QVERIFY(Project::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    Tag one;
    one.name = u"Framing"_s;
    one.shortcut = u"1"_s;
    QVERIFY(window.session()->addTag(one));
    auto *codeBook = window.findChild<CodeBookDock *>();
    QTRY_COMPARE(codeBook->model()->tags().size(), 1);
    // Added with the Add button: the key 1 is taken, so it gets 2.
    QToolButton *add = nullptr;
    for (auto *b : codeBook->findChildren<QToolButton *>())
        if (b->text() == "Add"_L1)
            add = b;
    QVERIFY(add);
    typeInNextEditor(u"Omission"_s, Qt::Key_Return, Qt::NoModifier);
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_COMPARE(codeBook->model()->tags().size(), 2);
    const Tag *added = codeBook->currentTag();
    QVERIFY(added);
    QCOMPARE(added->name, u"Omission"_s);
    QCOMPARE(added->shortcut, u"2"_s);
    // The Key button changes it in one menu.
    QMenu *keys = codeBook->keyButton()->menu();
    QVERIFY(keys);
    const QList<QAction *> choices = keys->actions();
    const auto five = std::find_if(
        choices.cbegin(), choices.cend(), [](QAction *a) { return a->text() == "5"_L1; });
    QVERIFY(five != choices.cend());
    (*five)->trigger();
    QTRY_COMPARE(codeBook->currentTag()->shortcut, u"5"_s);
}

void TestAnalystWindow::tagKeySaysWhatItDid()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openSampleProject());
    Tag framing;
    framing.name = u"Framing"_s;
    framing.shortcut = u"9"_s;
    QVERIFY(window.session()->addTag(framing));
    auto *reading = window.findChild<ReadingArea *>();
    ArticleView *view = reading->pane(reading->activePane())->view();
    view->setFocus();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(0);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QVERIFY(reading->selectionEnd() > reading->selectionStart());
    QTest::keyClick(view, Qt::Key_9);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Framing"_s),
        qPrintable(window.statusBar()->currentMessage()));
}

void TestAnalystWindow::paneOrderKeptOnReopen()
{
    const QString path = m_dir.filePath(u"order.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    QList<qint64> order;
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        auto *reading = window.findChild<ReadingArea *>();
        const QModelIndex story = window.libraryModel()->index(0, 0);
        QVERIFY(reading->openInNewPane(
            window.libraryModel()->index(2, 0, story).data(Roles::ArticleId).toLongLong()));
        reading->swapPane(0); // the analyst's own order, not the library's
        for (int i = 0; i < reading->paneCount(); ++i)
            order << reading->articleIn(i);
        QCOMPARE(order.size(), 3);
        window.closeProject();
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *reading = window.findChild<ReadingArea *>();
    QList<qint64> reopened;
    for (int i = 0; i < reading->paneCount(); ++i)
        reopened << reading->articleIn(i);
    QCOMPARE(reopened, order);
    QCOMPARE(window.currentArticleId(), reading->activeArticle());
}

void TestAnalystWindow::starterCodeBookFromTheMenu()
{
    const QString path = m_dir.filePath(u"starter.parallax"_s);
    QVERIFY(Project::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QAction *starter = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == "Add Starter &Code Book"_L1)
            starter = a;
    QVERIFY(starter && starter->isEnabled());
    starter->trigger();
    auto *codeBook = window.findChild<CodeBookDock *>();
    QTRY_COMPARE(codeBook->model()->tags().size(), 5);
    QCOMPARE(codeBook->model()->tags().constFirst().shortcut, u"1"_s);
}

QTEST_MAIN(TestAnalystWindow)
#include "tst_analystwindow.moc"
