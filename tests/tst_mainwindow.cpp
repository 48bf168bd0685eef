// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebook/codebookdock.h"
#include "codebook/codebookmodel.h"
#include "edit/projectsession.h"
#include "entities/entitiesdock.h"
#include "entities/entitymodel.h"
#include "jobs/annotationjob.h"
#include "library/librarymodel.h"
#include "mainwindow.h"
#include "modalhelpers.h"
#include "model/anchoring.h"
#include "model/entity.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "review/annotationsdock.h"
#include "review/annotationtablemodel.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/connection.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "widgets/speakerchooser.h"
#include "workbench/readingarea.h"
#include <QScrollBar>
#include <QTextCursor>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

namespace {

// A widget of the Library dock, not the first of its kind in the window: the Code Book and
// Entities docks have trees, fields and lists too, and which comes first depends on the dock
// layout (a fresh one tabs the docks of a narrow window).
template<typename Widget>
Widget *inLibrary(QMainWindow &window)
{
    auto *dock = window.findChild<QDockWidget *>(u"library"_s);
    return dock ? dock->findChild<Widget *>() : nullptr;
}

QTreeView *libraryTree(QMainWindow &window)
{
    return inLibrary<QTreeView>(window);
}

} // namespace

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
    void markQuoteWithSpeaker();
    void rejectedQuoteLosesItsLabelAtOnce();
    void layerTogglesReachEveryPane();
    void linkedScrollingFollows();
    void libraryFilters();
    void showsWhatAnotherConnectionWrote();
    void backgroundJobKeepsTheWindowsLocks();
    void typedNoteSurvivesEscapeAndCtrlEnterSaves();
    void typedNamesSurviveEscape();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    // A home of its own: test mode keeps the sample and the settings under ~/.qttest, which
    // an earlier run, or another run of the suite at the same time, would share.
    QVERIFY(m_dir.isValid());
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    Settings().setAnalystName(u"Test Analyst"_s); // the name is not asked (tst_windowdetails)
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
    auto *tree = libraryTree(window); // the Code Book dock has a tree view too
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
    auto *search = inLibrary<QLineEdit>(window);
    auto *results = inLibrary<QListWidget>(window);
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
    QSqlQuery query(Storage::connection(*project));
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
    dock->model()->setLabel(u"DATE"_s);
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
    const QString body = ArticleStore(*window.project()).article(article)->body;
    const qsizetype at = body.indexOf(u"Kessling"_s);
    QVERIFY(at >= 0);
    view->setFocus();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 8), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QCOMPARE(reading->selectionEnd() - reading->selectionStart(), 8);

    QTest::keyClick(view, Qt::Key_1); // the tag's key
    QSqlQuery query(Storage::connection(*window.project()));
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

    // The test's reads end before each step, as the window's do: an open read on the window's
    // connection would pin an old snapshot while the learning queue commits in between.
    query.finish();
    window.session()->undoStack()->undo();
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation WHERE kind = 'tag'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();
    window.session()->undoStack()->redo();
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM annotation WHERE kind = 'tag'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestMainWindow::markQuoteWithSpeaker()
{
    const QString path = m_dir.filePath(u"quote.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openProject(path));
    window.session()->setAnalyst(u"Mara Quillen"_s);

    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(reading);
    ArticleView *view = reading->pane(reading->activePane())->view();
    const qint64 article = reading->activeArticle();
    QVERIFY(article > 0);
    const QString body = ArticleStore(*window.project()).article(article)->body;
    const qsizetype open = body.indexOf(u'"');
    const qsizetype close = body.indexOf(u'"', open + 1);
    QVERIFY(open >= 0 && close > open);
    view->setFocus();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(open));
    cursor.setPosition(int(close + 1), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);

    // Alt+Q asks who is quoted; the analyst types two letters of one of the story's people
    // and presses Enter.
    const QString chosen = u"Tomas Ardelan"_s;
    bool offered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SpeakerChooser *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::keyClicks(dialog->filter(), u"ard"_s);
        offered = dialog->list()->currentItem()
            && dialog->list()->currentItem()->text().startsWith(chosen);
        QTest::keyClick(dialog->filter(), Qt::Key_Return);
    });
    QTest::keyClick(view, Qt::Key_Q, Qt::AltModifier);
    QVERIFY(offered);

    qint64 quote = 0;
    for (const Annotation &a : view->annotations()) {
        if (a.kind == AnnotationKind::Quote && a.origin == Origin::Manual && a.span.start == open
            && a.span.end == close + 1)
            quote = a.id;
    }
    QVERIFY(quote != 0);
    // The margin's badge and the tooltip name the speaker, not "unattributed".
    QCOMPARE(view->speakerBadge(quote), chosen);
    const QString tip = view->toolTipAt(open + 2);
    QVERIFY2(tip.contains(u"Speaker: "_s + chosen), qPrintable(tip));

    // One undo step takes the quote and its speaker away.
    window.session()->undoStack()->undo();
    QSqlQuery query(Storage::connection(*window.project()));
    QVERIFY(
        query.exec(u"SELECT COUNT(*) FROM annotation WHERE id = %1 OR parent_id = %1"_s.arg(quote))
        && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

// Rejecting a wrong quote from the table (X) takes its bar and speaker badge out of the margin
// at once, before any other refresh; undo brings them back.
void TestMainWindow::rejectedQuoteLosesItsLabelAtOnce()
{
    const QString path = m_dir.filePath(u"rejectquote.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    {
        auto project = Project::open(path);
        QVERIFY(AnnotationJob(*project.value()).run().ok());
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openProject(path));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(reading);
    ArticleView *view = reading->pane(reading->activePane())->view();
    const QRect all(QPoint(0, 0), QSize(view->viewport()->width(), 1 << 20));
    qint64 quote = 0;
    for (const Annotation &a : view->annotations()) {
        if (a.kind == AnnotationKind::Quote && a.status == ReviewStatus::Proposed
            && view->visibleAnnotationsInRect(all).contains(a.id)) {
            quote = a.id;
            break;
        }
    }
    QVERIFY2(quote != 0, "the sample's first article shows a proposed quote");
    QVERIFY(view->speakerBadge(quote) != u"unattributed"_s);

    auto *dock = window.findChild<AnnotationsDock *>();
    QVERIFY(dock);
    dock->model()->setLabel(QString());
    QTableView *table = dock->view();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        if (table->model()->index(r, 0).data(Roles::AnnotationId).toLongLong() == quote)
            row = r;
    }
    QVERIFY2(row >= 0, "the quote is listed in the Annotations panel");
    table->selectRow(row);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_X);
    QCOMPARE(status(window.project(), quote), u"rejected"_s);
    // No event loop turn in between: the pane was reloaded by the edit itself.
    QVERIFY(!view->visibleAnnotationsInRect(all).contains(quote));

    window.session()->undoStack()->undo();
    QCOMPARE(status(window.project(), quote), u"proposed"_s);
    QVERIFY(view->visibleAnnotationsInRect(all).contains(quote));
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
        ArticleStore store(*project.value());
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
    auto *tree = libraryTree(window); // the Code Book dock has a tree view too
    QAbstractItemModel *shown = tree->model();
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
    auto *outlets = inLibrary<QComboBox>(window);
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
    auto *toReview = inLibrary<QCheckBox>(window);
    toReview->setChecked(true);
    QCOMPARE(shown->rowCount(shown->index(0, 0)), 3);
    QSqlQuery query(Storage::connection(*window.project()));
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
        ArticleStore store(*other.value());
        QSqlQuery(Storage::connection(*other.value())).exec(u"BEGIN IMMEDIATE"_s);
        QVERIFY(QSqlQuery(Storage::connection(*other.value()))
                    .exec(u"DELETE FROM annotation WHERE origin = 'automatic'"_s));
        ArticleDraft draft;
        draft.title = u"Late report from Kessling"_s;
        draft.body = u"The delegations left Kessling on Tuesday morning."_s;
        auto inserted = store.insert(draft);
        QVERIFY(inserted.ok());
        QVERIFY(store.addToStory(story.data(Roles::StoryId).toLongLong(), inserted->id).ok());
        QSqlQuery(Storage::connection(*other.value())).exec(u"COMMIT"_s);
    }
    QTRY_COMPARE(dock->view()->model()->rowCount(), 0);
    QTRY_COMPARE(window.libraryModel()->rowCount(window.libraryModel()->index(0, 0)), articles + 1);
}

namespace {

// The notes of an article as `parallax list` in another process counts them; -1 on failure.
int notesSeenByAnotherProcess(const QString &path, qint64 articleId)
{
    QProcess list;
    list.start(QStringLiteral(PARALLAX_BINARY), {u"list"_s, path, u"--format"_s, u"json"_s});
    if (!list.waitForFinished(60000) || list.exitCode() != 0)
        return -1;
    const QJsonDocument listing = QJsonDocument::fromJson(list.readAllStandardOutput());
    for (const QJsonValue &story : listing.object().value(u"stories"_s).toArray()) {
        for (const QJsonValue &article : story.toObject().value(u"articles"_s).toArray()) {
            if (article.toObject().value(u"id"_s).toInteger() == articleId)
                return article.toObject().value(u"notes"_s).toInt();
        }
    }
    return -1;
}

} // namespace

// A background job opens its own connection in the window's process. If that dropped the
// window's file locks, the next process to exit would delete the write-ahead log under the
// window, and from then on neither would see the other's writes.
void TestMainWindow::backgroundJobKeepsTheWindowsLocks()
{
    const QString path = m_dir.filePath(u"locks.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy finished(&window, &MainWindow::annotationFinished);
    window.annotate(0);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);

    const QString file = m_dir.filePath(u"locks-late.txt"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Title: Kessling ferry resumes\nOutlet: Harbour Ledger\n\nThe ferry to "
                  "Kessling ran again on Monday.\n");
    }
    const QModelIndex story = window.libraryModel()->index(0, 0);
    const int articles = window.libraryModel()->rowCount(story);
    auto listing = ArticleStore(*window.project()).listing();
    QVERIFY(listing.ok() && !listing->isEmpty());
    QCOMPARE(listing->first().story.id, story.data(Roles::StoryId).toLongLong());
    QProcess import;
    import.start(QStringLiteral(PARALLAX_BINARY),
        {u"import"_s, path, file, u"--story"_s, listing->first().story.name});
    QVERIFY(import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    QVERIFY(QFile::exists(path + u"-wal"_s));
    // The window polls for other writers once a second.
    QTRY_COMPARE_WITH_TIMEOUT(
        window.libraryModel()->rowCount(window.libraryModel()->index(0, 0)), articles + 1, 5000);

    // The window's next edit reaches the other processes.
    const qint64 articleId = window.libraryModel()
                                 ->index(0, 0, window.libraryModel()->index(0, 0))
                                 .data(Roles::ArticleId)
                                 .toLongLong();
    const QString text = ArticleStore(*window.project()).article(articleId)->body;
    Annotation note;
    note.articleId = articleId;
    note.kind = AnnotationKind::Note;
    note.span = Anchoring::makeSpan(text, 0, 4);
    note.note = u"Ask the harbour office."_s;
    const int notesBefore = notesSeenByAnotherProcess(path, articleId);
    QVERIFY(notesBefore >= 0);
    QVERIFY(window.session()->addAnnotation(note).ok());
    QCOMPARE(notesSeenByAnotherProcess(path, articleId), notesBefore + 1);
}

namespace {

// The notes on an article as another connection reads them from the project file.
QStringList storedNotes(const QString &path, qint64 article)
{
    auto project = Project::open(path);
    if (!project)
        return {u"cannot open: "_s + project.error()};
    const QString body = ArticleStore(*project.value()).article(article)->body;
    auto annotations
        = AnnotationStore(*project.value()).forArticle(article, body, AnnotationStore::Verify::No);
    QStringList notes;
    for (const Annotation &a : annotations.value()) {
        if (a.kind == AnnotationKind::Note)
            notes.append(a.note);
    }
    notes.sort();
    return notes;
}

} // namespace

void TestMainWindow::typedNoteSurvivesEscapeAndCtrlEnterSaves()
{
    const QString path = m_dir.filePath(u"notes.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    auto *reading = window.findChild<ReadingArea *>();
    ArticleView *view = reading->pane(reading->activePane())->view();
    const qint64 article = reading->activeArticle();
    const QString body = ArticleStore(*window.project()).article(article)->body;
    const qsizetype at = body.indexOf(u"Kessling"_s);
    QVERIFY(at >= 0);
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 8), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QAction *addNote = action(&window, u"Add &Note…"_s);
    QVERIFY(addNote);

    // Escape on a typed note asks; Save keeps it, in the project file and undoable.
    const QString first = u"Check the venue against the Ledger"_s;
    typeInNextEditor(first, Qt::Key_Escape, Qt::NoModifier, u"Save"_s);
    addNote->trigger();
    QCOMPARE(storedNotes(path, article), QStringList {first});
    QCOMPARE(window.session()->undoStack()->count(), 1);

    // Ctrl+Enter saves without a click.
    const QString second = u"Kessling is named twice"_s;
    typeInNextEditor(second, Qt::Key_Return, Qt::ControlModifier);
    addNote->trigger();
    QCOMPARE(storedNotes(path, article), (QStringList {first, second}));
    window.session()->undoStack()->undo();
    QCOMPARE(storedNotes(path, article), QStringList {first});

    // Closing the window under a typed note asks too.
    const QString third = u"Typed as the window closed"_s;
    onNextModal([&](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), third);
        onNextModal([](QWidget *box) { QVERIFY(clickButton(box, u"Save"_s)); }, dialog);
        window.close();
        closeIfOpen(dialog);
    });
    addNote->trigger();
    QCOMPARE(storedNotes(path, article), (QStringList {first, third}));
}

void TestMainWindow::typedNamesSurviveEscape()
{
    const QString path = m_dir.filePath(u"names.parallax"_s);
    QVERIFY(SampleProject::create(path).ok());
    {
        auto project = Project::open(path);
        QVERIFY(AnnotationJob(*project.value()).run().ok());
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));

    auto *entities = window.findChild<EntitiesDock *>();
    QVERIFY(entities);
    entities->view()->selectRow(0);
    const qint64 entity = entities->view()->model()->index(0, 0).data(Roles::EntityId).toLongLong();
    QVERIFY(entity > 0);
    typeInNextEditor(u"Ilse Marrow-Vey"_s, Qt::Key_Escape, Qt::NoModifier, u"Save"_s);
    entities->renameSelected();
    QCOMPARE(EntityStore(*window.project()).entity(entity)->name, u"Ilse Marrow-Vey"_s);

    auto *codeBook = window.findChild<CodeBookDock *>();
    QVERIFY(codeBook);
    Tag framing;
    framing.name = u"Framing"_s;
    framing.color = QColor(u"#c0392b"_s);
    const qint64 tag = window.session()->addTag(framing).value();
    codeBook->view()->setCurrentIndex(codeBook->model()->indexOf(tag));
    QCOMPARE(codeBook->currentTag()->id, tag);
    typeInNextEditor(u"Blame"_s, Qt::Key_Escape, Qt::NoModifier, u"Save"_s);
    codeBook->renameCurrent();
    QCOMPARE(EntityStore(*window.project()).tag(tag)->name, u"Blame"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
