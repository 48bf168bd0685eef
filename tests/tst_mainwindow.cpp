// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/projectsession.h"
#include "entities/entitiesdock.h"
#include "entities/entitymodel.h"
#include "jobs/annotationjob.h"
#include "library/librarymodel.h"
#include "mainwindow.h"
#include "model/entity.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "review/annotationsdock.h"
#include "review/annotationtablemodel.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "workbench/readingarea.h"
#include <QScrollBar>
#include <QTextCursor>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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
    void selectTextAndTagItWithUndo();
    void layerTogglesReachEveryPane();
    void linkedScrollingFollows();
    void libraryFilters();
    void showsWhatAnotherConnectionWrote();

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
    tree->setCurrentIndex(static_cast<QSortFilterProxyModel *>(tree->model())->mapFromSource(last));
    QCOMPARE(window.currentArticleId(), last.data(Roles::ArticleId).toLongLong());
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
    QCOMPARE(window.currentArticleId(), results->item(0)->data(Roles::ArticleId).toLongLong());
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

void TestMainWindow::selectTextAndTagItWithUndo()
{
    const QString path = m_dir.filePath(u"tag.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(path));
    window.session()->setAnalyst(u"Mara Quillen"_s);
    Tag framing;
    framing.name = u"Framing"_s;
    framing.color = QColor(u"#c0392b"_s);
    framing.shortcut = u"1"_s;
    const qint64 tagId = window.session()->addTag(framing).value();

    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(reading);
    ArticleView *view = reading->pane(reading->activePane())->view();
    const qint64 article = reading->activeArticle();
    QVERIFY(article > 0);
    const QString body = ArticleStore(window.project()->database()).article(article)->body;
    const qsizetype at = body.indexOf(u"Kessling"_s);
    QVERIFY(at >= 0);
    view->setFocus();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 8), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QCOMPARE(reading->selectionEnd() - reading->selectionStart(), 8);

    QTest::keyClick(view, Qt::Key_1); // the tag's key
    QSqlQuery query(window.project()->database());
    QVERIFY(query.exec(u"SELECT article_id, start_offset, end_offset, exact, origin, analyst, "
                       u"status FROM annotation"
                       " WHERE kind = 'tag' AND tag_id = %1"_s.arg(tagId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), article);
    QCOMPARE(query.value(1).toLongLong(), at); // the sample is all in the BMP: code points = UTF-16
    QCOMPARE(query.value(2).toLongLong(), at + 8);
    QCOMPARE(query.value(3).toString(), u"Kessling"_s);
    QCOMPARE(query.value(4).toString(), u"manual"_s);
    QCOMPARE(query.value(5).toString(), u"Mara Quillen"_s);
    QCOMPARE(query.value(6).toString(), u"accepted"_s);
    // The pane paints it at once.
    bool painted = false;
    for (const Annotation &a : view->annotations())
        painted = painted || (a.kind == AnnotationKind::Tag && a.span.exact == u"Kessling"_s);
    QVERIFY(painted);

    window.session()->undoStack()->undo();
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation WHERE kind = 'tag'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    window.session()->undoStack()->redo();
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation WHERE kind = 'tag'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestMainWindow::layerTogglesReachEveryPane()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(MainWindow::sampleProjectPath()));
    auto *reading = window.findChild<ReadingArea *>();
    QAction *people = action(&window, u"People"_s);
    QVERIFY(people && people->isCheckable() && people->isChecked());
    people->trigger();
    for (int i = 0; i < reading->paneCount(); ++i)
        QVERIFY(!reading->pane(i)->view()->isLayerVisible(ArticleView::Layer::Person));
    QVERIFY(reading->pane(0)->view()->isLayerVisible(ArticleView::Layer::Location));
    people->trigger();
    for (int i = 0; i < reading->paneCount(); ++i)
        QVERIFY(reading->pane(i)->view()->isLayerVisible(ArticleView::Layer::Person));
}

void TestMainWindow::linkedScrollingFollows()
{
    const QString path = m_dir.filePath(u"long.parallax"_s);
    {
        auto project = Project::create(path);
        QVERIFY(project.ok());
        ArticleStore store(project.value()->database());
        for (int n : {300, 900}) {
            ArticleDraft d;
            d.title = u"Long %1"_s.arg(n);
            for (int i = 0; i < n; ++i)
                d.body += u"Paragraph %1 of the long report from Kessling.\n\n"_s.arg(i);
            QVERIFY(store.insert(d).ok());
        }
    }
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(window.openProject(path));
    auto *reading = window.findChild<ReadingArea *>();
    QCOMPARE(reading->paneCount(), 2);
    QVERIFY(reading->articleIn(0) > 0 && reading->articleIn(1) > 0);
    QScrollBar *first = reading->pane(0)->view()->verticalScrollBar();
    QScrollBar *second = reading->pane(1)->view()->verticalScrollBar();
    QVERIFY(first->maximum() > 0 && second->maximum() > 0);
    reading->setLinkedScrolling(true);
    QCoreApplication::processEvents(); // lazy layout settles the scroll ranges
    first->setValue(first->maximum() / 2);
    // The other pane is at the same fraction of its own text.
    // Wrapped lines are laid out lazily, so ranges move a little as panes scroll.
    QVERIFY2(qAbs(double(second->value()) / second->maximum()
                 - double(first->value()) / first->maximum())
            < 0.05,
        qPrintable(u"%1/%2 %3/%4"_s.arg(first->value())
                       .arg(first->maximum())
                       .arg(second->value())
                       .arg(second->maximum())));
    reading->setLinkedScrolling(false);
    first->setValue(0);
    QVERIFY(second->value() > 0); // unlinked: stays
}

void TestMainWindow::libraryFilters()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(MainWindow::sampleProjectPath()));
    auto *tree = window.findChild<QTreeView *>();
    QAbstractItemModel *shown = tree->model();
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
    auto *outlets = window.findChild<QComboBox *>();
    QVERIFY(outlets);
    QCOMPARE(outlets->count(), 4); // all, and the three outlets
    outlets->setCurrentIndex(outlets->findData(u"Harbour Ledger"_s));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 1);
    QCOMPARE(shown->index(0, LibraryModel::OutletColumn, shown->index(0, 0)).data().toString(),
        u"Harbour Ledger"_s);
    outlets->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
    // The sample comes annotated: every article has proposals to review; accept one article's all.
    auto *toReview = window.findChild<QCheckBox *>();
    toReview->setChecked(true);
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
    QSqlQuery query(window.project()->database());
    QVERIFY(query.exec(u"UPDATE annotation SET status = 'accepted' WHERE article_id = 1"_s));
    QVERIFY(window.session());
    Q_EMIT window.session()->annotationsChanged(1); // as a command would after its commit
    QTRY_COMPARE(shown->rowCount(shown->index(0, 0)), 2);
}

// Another window or process writing to the open project: the window notices within a couple
// of seconds and shows the new article, and the proposals gone, without being told.
void TestMainWindow::showsWhatAnotherConnectionWrote()
{
    const QString path = m_dir.filePath(u"shared.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *dock = window.findChild<AnnotationsDock *>();
    QVERIFY(dock);
    QVERIFY(dock->view()->model()->rowCount() > 10); // the sample's proposals
    const QModelIndex story = window.libraryModel()->index(0, 0);
    const int articles = window.libraryModel()->rowCount(story);

    auto other = Project::open(path);
    QVERIFY2(other.ok(), qPrintable(other.error()));
    {
        ArticleStore store(other.value()->database());
        QSqlQuery(other.value()->database()).exec(u"BEGIN IMMEDIATE"_s);
        QVERIFY(QSqlQuery(other.value()->database())
                    .exec(u"DELETE FROM annotation WHERE origin = 'automatic'"_s));
        ArticleDraft draft;
        draft.title = u"Late report from Kessling"_s;
        draft.body = u"The delegations left Kessling on Tuesday morning."_s;
        auto inserted = store.insert(draft);
        QVERIFY(inserted.ok());
        QVERIFY(store.addToStory(story.data(Roles::StoryId).toLongLong(), inserted->id).ok());
        QSqlQuery(other.value()->database()).exec(u"COMMIT"_s);
    }
    QTRY_COMPARE(dock->view()->model()->rowCount(), 0);
    QTRY_COMPARE(window.libraryModel()->rowCount(window.libraryModel()->index(0, 0)), articles + 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
