// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The library as an analyst manages it in the window: an article's details on F2, Delete with a
// question and Ctrl+Z, articles moved into a story, a new story from a selection, a story renamed,
// a file imported again with a new header.
#include "edit/projectsession.h"
#include "library/articledialog.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "modalhelpers.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/librarystore.h"
#include "storage/project.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

class TestLibraryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void detailsOnF2WithUndo();
    void detailsDialogChecksTheFields();
    void deleteAsksAndCtrlZRestores();
    void deleteKeyInAPaneDeletesNoArticle();
    void moveSelectionToAStory();
    void newStoryFromSelectionAndRename();
    void reimportOffersTheNewDetails();

private:
    // Selects these articles of the first story, the first of them current, and gives the
    // tree the focus.
    void selectArticles(const QList<int> &rows);
    // The offscreen platform gives the window no activation back when a modal closes (a window
    // manager does): done here, and the focus must come back to where it was, the library.
    void backToWindow()
    {
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->isActiveWindow());
        QTRY_VERIFY(m_tree->hasFocus());
    }
    QAction *action(const char *name)
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    ProjectSession *session() { return m_window->session(); }
    // The story's articles, by id: the library lists them by date, the store by position.
    QList<qint64> storyArticles(qint64 story)
    {
        QList<qint64> ids = ArticleStore(session()->project()).storyArticles(story).value();
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    // The first story's articles as the tree lists them.
    QList<qint64> treeArticles()
    {
        QList<qint64> ids;
        const QModelIndex story = storyRow();
        for (int row = 0; row < m_tree->model()->rowCount(story); ++row)
            ids.append(m_tree->model()->index(row, 0, story).data(Roles::ArticleId).toLongLong());
        return ids;
    }
    // The row of the sample's first story (stories are listed by name).
    QModelIndex storyRow()
    {
        for (int row = 0; row < m_tree->model()->rowCount(); ++row) {
            const QModelIndex at = m_tree->model()->index(row, 0);
            if (at.data(Roles::StoryId).toLongLong() == m_story)
                return at;
        }
        return {};
    }
    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    LibraryPanel *m_panel = nullptr;
    QTreeView *m_tree = nullptr;
    qint64 m_story = 0; // the sample's first story
};

void TestLibraryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
}

void TestLibraryWindow::init()
{
    QSettings().remove(u"window"_s);
    const QString path = m_dir.filePath(u"library.parallax"_s);
    QFile::remove(path);
    QVERIFY(SampleProject::create(path).ok());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 738);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(path));
    m_panel = m_window->findChild<LibraryPanel *>();
    QVERIFY(m_panel);
    m_tree = m_panel->tree();
    m_story = m_window->libraryModel()->index(0, 0).data(Roles::StoryId).toLongLong();
    QVERIFY(m_story > 0);
    QVERIFY(storyArticles(m_story).size() >= 3);
}

void TestLibraryWindow::cleanup()
{
    m_window.reset();
}

void TestLibraryWindow::selectArticles(const QList<int> &rows)
{
    QAbstractItemModel *model = m_tree->model();
    const QModelIndex story = storyRow();
    m_tree->setFocus();
    m_tree->setCurrentIndex(model->index(rows.first(), 0, story));
    for (int row : rows)
        m_tree->selectionModel()->select(
            model->index(row, 0, story), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY(m_tree->hasFocus());
}

void TestLibraryWindow::detailsOnF2WithUndo()
{
    selectArticles({0});
    const qint64 article = m_panel->selectedArticleIds().value(0);
    QVERIFY(article > 0);
    const ArticleMetadata before = LibraryStore(session()->project()).metadata(article).value();
    onNextModal([](QWidget *dialog) {
        auto *details = qobject_cast<ArticleDialog *>(dialog);
        QVERIFY(details);
        // The title has the focus, selected: typing replaces it.
        QTRY_COMPARE(QApplication::focusWidget(), details->field("title"));
        QTest::keyClicks(details->field("title"), u"Harbour wall gives way"_s);
        details->field("outlet")->setText(u"Kessling Evening Post"_s);
        details->field("published")->setText(u"2026-11-24"_s);
        QTest::keyClick(details->field("title"), Qt::Key_Return);
        closeIfOpen(dialog);
    });
    QTest::keyClick(m_tree, Qt::Key_F2);
    backToWindow();
    ArticleMetadata after = LibraryStore(session()->project()).metadata(article).value();
    QCOMPARE(after.title, u"Harbour wall gives way"_s);
    QCOMPARE(after.outlet, u"Kessling Evening Post"_s);
    QCOMPARE(after.author, before.author);
    // The library and the pane that shows it follow; the selection stays on it.
    QTRY_COMPARE(m_window->libraryModel()->indexForArticle(article).data().toString(),
        u"Harbour wall gives way"_s);
    QCOMPARE(m_panel->currentArticleId(), article);
    // Ctrl+Z from the library undoes it.
    QCOMPARE(session()->undoStack()->count(), 1);
    QTest::keyClick(m_tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(LibraryStore(session()->project()).metadata(article).value(), before);
    QTRY_COMPARE(
        m_window->libraryModel()->indexForArticle(article).data().toString(), before.title);
}

void TestLibraryWindow::detailsDialogChecksTheFields()
{
    ArticleDialog dialog(ArticleMetadata {u"Quay"_s, {}, {}, {}, {}, u"en"_s});
    dialog.field("published")->setText(u"24/11/2026"_s);
    QVERIFY(ArticleDialog::problem(dialog.metadata()).contains(u"24/11/2026"_s));
    dialog.field("published")->setText(u"2026-11-24T08:30+01:00"_s);
    QVERIFY(ArticleDialog::problem(dialog.metadata()).isEmpty());
    dialog.field("language")->setText(u"e1"_s);
    QVERIFY(!ArticleDialog::problem(dialog.metadata()).isEmpty());
    dialog.field("language")->setText(u"DE"_s);
    QCOMPARE(dialog.metadata().language, u"de"_s);
    dialog.field("title")->clear();
    QCOMPARE(ArticleDialog::problem(dialog.metadata()), u"An article needs a title."_s);
    dialog.field("title")->setText(u"Quay"_s);
    dialog.field("url")->setText(u"not an address"_s);
    QVERIFY(!ArticleDialog::problem(dialog.metadata()).isEmpty());
}

void TestLibraryWindow::deleteAsksAndCtrlZRestores()
{
    const QList<qint64> before = storyArticles(m_story);
    const QList<qint64> shown = treeArticles();
    selectArticles({0, 1});
    const QList<qint64> chosen = m_panel->selectedArticleIds();
    QCOMPARE(chosen, shown.mid(0, 2));
    AnnotationStore annotations(session()->project());
    const qsizetype annotated = annotations.listing(0)->size();

    // Escape on the question deletes nothing.
    onNextModal([](QWidget *box) { QTest::keyClick(box, Qt::Key_Escape); });
    QTest::keyClick(m_tree, Qt::Key_Delete);
    backToWindow();
    QCOMPARE(storyArticles(m_story), before);

    onNextModal([](QWidget *box) {
        QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(u"2 articles"_s));
        QVERIFY(clickButton(box, u"Delete"_s));
    });
    QTest::keyClick(m_tree, Qt::Key_Delete);
    backToWindow();
    QCOMPARE(storyArticles(m_story), sorted(shown.mid(2)));
    QVERIFY(annotations.listing(0)->size() < annotated);
    // The next article is current, the library still has the focus, and no pane shows a
    // deleted article.
    QTRY_COMPARE(m_panel->currentArticleId(), shown.at(2));
    QVERIFY(m_tree->hasFocus());
    auto *reading = m_window->findChild<ReadingArea *>();
    for (int i = 0; i < reading->paneCount(); ++i)
        QVERIFY(!chosen.contains(reading->articleIn(i)));

    QTest::keyClick(m_tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storyArticles(m_story), before);
    QCOMPARE(annotations.listing(0)->size(), annotated);
    QTRY_VERIFY(m_window->libraryModel()->indexForArticle(chosen.at(0)).isValid());
}

void TestLibraryWindow::deleteKeyInAPaneDeletesNoArticle()
{
    selectArticles({0});
    const QList<qint64> before = storyArticles(m_story);
    auto *reading = m_window->findChild<ReadingArea *>();
    reading->pane(reading->activePane())->view()->setFocus();
    QTRY_VERIFY(!m_tree->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(storyArticles(m_story), before);
}

void TestLibraryWindow::moveSelectionToAStory()
{
    const qint64 other
        = LibraryStore(session()->project()).insertStory({0, u"Aftermath"_s, {}, {}}).value();
    m_window->findChild<LibraryPanel *>()->reload();
    const QList<qint64> before = storyArticles(m_story);
    const QList<qint64> shown = treeArticles();
    selectArticles({1, 2});
    auto *move = action("moveToStory");
    QVERIFY(move);
    QVERIFY(move->menu());
    QVERIFY(move->isEnabled());
    Q_EMIT move->menu()->aboutToShow();
    QAction *target = nullptr;
    for (QAction *a : move->menu()->actions()) {
        if (a->text() == u"Aftermath"_s)
            target = a;
    }
    QVERIFY(target);
    target->trigger();
    QCOMPARE(storyArticles(other), sorted(shown.mid(1, 2)));
    QCOMPARE(storyArticles(m_story), sorted(QList<qint64>({shown.at(0)}) + shown.mid(3)));
    QTest::keyClick(m_tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storyArticles(m_story), before);
    QVERIFY(storyArticles(other).isEmpty());
}

void TestLibraryWindow::newStoryFromSelectionAndRename()
{
    const QList<qint64> before = storyArticles(m_story);
    const QList<qint64> shown = treeArticles();
    selectArticles({0, 2});
    typeInNextEditor(u"Quay inquiry"_s, Qt::Key_Return, Qt::NoModifier);
    action("newStory")->trigger();
    backToWindow();
    LibraryStore store(session()->project());
    const qint64 story = store.storyNamed(u"Quay inquiry"_s).value();
    QVERIFY(story > 0);
    QCOMPARE(storyArticles(story), sorted({shown.at(0), shown.at(2)}));
    QCOMPARE(storyArticles(m_story), before); // a copy
    // The new story's first article is current.
    QTRY_COMPARE(m_panel->currentStoryId(), story);

    // F2 on a story row renames it.
    const QModelIndex row = m_tree->currentIndex().parent();
    QVERIFY(row.data(Roles::IsStory).toBool());
    m_tree->setCurrentIndex(row);
    m_tree->setFocus();
    typeInNextEditor(u"Quay inquiry, day one"_s, Qt::Key_Return, Qt::NoModifier);
    QTest::keyClick(m_tree, Qt::Key_F2);
    backToWindow();
    QCOMPARE(store.story(story).value()->name, u"Quay inquiry, day one"_s);
    QTest::keyClick(m_tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store.story(story).value()->name, u"Quay inquiry"_s);
}

void TestLibraryWindow::reimportOffersTheNewDetails()
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    auto write = [this](const QString &name, const QByteArray &content) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    const QByteArray body = "The quay at Kessling was repaired overnight. 🌊 Crews left at dawn.\n";
    write(u"first.txt"_s, "Title: Quay repaired\nOutlet: Varn Courier\n\n" + body);
    m_window->importFiles({m_dir.filePath(u"first.txt"_s)});
    QVERIFY(finished.wait(20000));
    qint64 id = 0;
    const QList<StoryListing> listing = ArticleStore(session()->project()).listing().value();
    for (const StoryListing &l : listing) {
        for (const ArticleSummary &a : l.articles) {
            if (a.title == u"Quay repaired"_s)
                id = a.id;
        }
    }
    QVERIFY(id > 0);

    write(u"again.txt"_s,
        "Title: Quay repaired overnight\nOutlet: Varn Courier\nAuthor: Lio Brandt\n\n" + body);
    onNextModal([](QWidget *box) {
        QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(u"already in the project"_s));
        QVERIFY(clickButton(box, u"Update"_s));
    });
    m_window->importFiles({m_dir.filePath(u"again.txt"_s)});
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(
        LibraryStore(session()->project()).metadata(id)->title, u"Quay repaired overnight"_s);
    QCOMPARE(LibraryStore(session()->project()).metadata(id)->author, u"Lio Brandt"_s);
    // One undo step takes the new details back.
    session()->undoStack()->undo();
    QCOMPARE(LibraryStore(session()->project()).metadata(id)->title, u"Quay repaired"_s);
    QVERIFY(LibraryStore(session()->project()).metadata(id)->author.isEmpty());

    // The same file without a header: its first line is no news, nothing is asked.
    write(u"bare.txt"_s, body);
    m_window->importFiles({m_dir.filePath(u"bare.txt"_s)});
    QVERIFY(finished.wait(20000));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(LibraryStore(session()->project()).metadata(id)->title, u"Quay repaired"_s);
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
