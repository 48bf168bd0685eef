// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a project on the tests' PostgreSQL server (tests/CMakeLists.txt starts it): what
// an analyst does reaches the database, a viewer's window offers no change, a write the server
// refuses leaves nothing behind, the password is asked for and never stored, and a project that
// cannot be opened leaves the previous one open.
#include "backends.h"
#include "codebook/codebookdock.h"
#include "edit/projectsession.h"
#include "entities/entitiesdock.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "mainwindow.h"
#include "modalhelpers.h"
#include "model/anchoring.h"
#include "reader/articlepane.h"
#include "reader/articleview.h"
#include "review/annotationsdock.h"
#include "review/reviewdock.h"
#include "review/reviewitemmodel.h"
#include "sample/sampleproject.h"
#include "serverprojectdialog.h"
#include "settings.h"
#include "storage/accounts.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/comparisonstore.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

namespace {

// A TCP port on 127.0.0.1 that takes connections (the kernel's backlog) and never answers, as a
// host does whose server hangs: libpq waits for the server's first reply until connect_timeout.
class SilentPort
{
public:
    SilentPort()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket < 0 || ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_socket, 8) != 0
            || ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    Q_DISABLE_COPY_MOVE(SilentPort)
    int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
};

} // namespace

class TestServerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opensAndReads();
    void noteReachesTheDatabase();
    void viewerOnlyReads();
    void refusedWriteLeavesNothing();
    void droppedConnectionLosesNothing();
    void editsCheckTheVersionTheWindowRead();
    void actionsFollowTheRole();
    void unansweringServerCanBeCancelled();
    void unansweringServerTimesOut();
    void reopensTheLastServerProject();
    void passwordIsAskedAndNeverStored();
    void refusalsKeepThePreviousProject_data();
    void refusalsKeepThePreviousProject();

private:
    // An account of this test process (login roles are the whole cluster's).
    static QString name(const QString &who)
    {
        return u"%1_%2"_s.arg(who).arg(QCoreApplication::applicationPid());
    }
    QString uri(const QString &user = u"parallax_admin"_s) const
    {
        return TestBackends::serverUri(m_database, user);
    }
    // The notes on article as the administrator reads them on a connection of her own:
    // "analyst: note", sorted.
    QStringList notesOnServer(qint64 article) const;
    // Selects word in the active pane; false when it is not there.
    static bool select(MainWindow &window, const QString &word);
    static QAction *action(QWidget *window, const QString &text);

    QTemporaryDir m_dir;
    QString m_database;
    QString m_hbaRule; // the pg_hba.conf line the password test added
};

QAction *TestServerWindow::action(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

void TestServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Settings().setAnalystName(u"Test Analyst"_s);
    QVERIFY2(!TestBackends::serverSocketDir().isEmpty(),
        "PARALLAX_TEST_PGHOST is not set: run the test through ctest (scripts/pgcluster)");
    auto database = TestBackends::freshDatabase(u"window"_s);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_database = database.value();
    // As 'parallax new --sample URI' makes it: the schema, the sample story, annotated.
    auto made = SampleProject::create(uri());
    QVERIFY2(made.ok(), qPrintable(made.error()));
    auto admin = Project::open(uri());
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    ProjectAccounts accounts(*admin.value());
    for (const auto &[who, role] : {std::pair {u"ilse"_s, u"analyst"_s},
             std::pair {u"ines"_s, u"analyst"_s}, std::pair {u"vera"_s, u"viewer"_s},
             std::pair {u"cleo"_s, u"curator"_s}, std::pair {u"cora"_s, u"curator"_s}}) {
        auto added = accounts.add(name(who), role);
        QVERIFY2(added.ok(), qPrintable(added.error()));
    }
    QVERIFY(accounts.add(name(u"pia"_s), u"analyst"_s, u"horse battery"_s).ok());
    QVERIFY(SampleProject::create(m_dir.filePath(u"local.parallax"_s)).ok());
}

void TestServerWindow::cleanupTestCase()
{
    if (m_hbaRule.isEmpty())
        return;
    // The cluster is the suite's: the rule goes again.
    auto removed = TestBackends::onServer(u"postgres"_s,
        {u"DO $$ DECLARE hba text := pg_read_file(current_setting('hba_file')); BEGIN"
         " EXECUTE format('COPY (SELECT l FROM regexp_split_to_table(%L, E''\\n'')"
         " WITH ORDINALITY AS t(l, n) WHERE l <> %L ORDER BY n) TO %L', hba, '%1',"
         " current_setting('hba_file')); END $$"_s.arg(m_hbaRule),
            u"SELECT pg_reload_conf()"_s});
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
}

QStringList TestServerWindow::notesOnServer(qint64 article) const
{
    auto project = Project::open(uri());
    if (!project)
        return {u"cannot open: "_s + project.error()};
    const QString body = ArticleStore(*project.value()).article(article)->body;
    auto annotations
        = AnnotationStore(*project.value()).forArticle(article, body, AnnotationStore::Verify::No);
    QStringList notes;
    for (const Annotation &a : annotations.value()) {
        if (a.kind == AnnotationKind::Note)
            notes.append(a.analyst + u": "_s + a.note);
    }
    notes.sort();
    return notes;
}

bool TestServerWindow::select(MainWindow &window, const QString &word)
{
    auto *reading = window.findChild<ReadingArea *>();
    const qsizetype at = reading->activeText().indexOf(word);
    if (at < 0)
        return false;
    ArticleView *view = reading->pane(reading->activePane())->view();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + word.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    return reading->selectionEnd() - reading->selectionStart() == word.size();
}

void TestServerWindow::opensAndReads()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(uri(name(u"ilse"_s))));
    QCOMPARE(window.windowTitle(), u"%1@[local]/%2"_s.arg(name(u"ilse"_s), m_database));
    QCOMPARE(window.project()->path(), uri(name(u"ilse"_s)));
    QCOMPARE(window.libraryModel()->rowCount(), 1);
    QCOMPARE(window.libraryModel()->rowCount(window.libraryModel()->index(0, 0)), 3);
    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(reading->activeArticle() > 0);
    QVERIFY(reading->activeText().contains(u"Lake Varn"_s));
    QCOMPARE(
        window.findChild<QLabel *>(u"access"_s)->text(), u"%1 (analyst)"_s.arg(name(u"ilse"_s)));
    QVERIFY(window.canEdit());
    QVERIFY(action(&window, u"Add &Note…"_s)->isEnabled());
    // Open Recent marks it; Open Server Project starts from it.
    bool listed = false;
    for (const QAction *a : window.findChildren<QAction *>())
        listed = listed || a->text() == u"%1 (server)"_s.arg(uri(name(u"ilse"_s)));
    QVERIFY(listed);
    QString offered;
    onNextModal([&](QWidget *dialog) {
        auto *server = qobject_cast<ServerProjectDialog *>(dialog);
        QVERIFY(server);
        offered = server->uri();
        server->reject();
    });
    action(&window, u"Open Ser&ver Project…"_s)->trigger();
    QCOMPARE(offered, uri(name(u"ilse"_s)));
}

void TestServerWindow::noteReachesTheDatabase()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(uri(name(u"ilse"_s))));
    const qint64 article = window.findChild<ReadingArea *>()->activeArticle();
    const QStringList before = notesOnServer(article);
    QVERIFY(select(window, u"Kessling"_s));
    typeInNextEditor(u"Check the venue against the Ledger"_s, Qt::Key_Return, Qt::ControlModifier);
    action(&window, u"Add &Note…"_s)->trigger();
    // On the server, in her name (the server's, whatever the window's settings say).
    QCOMPARE(notesOnServer(article),
        QStringList(before) << u"%1: Check the venue against the Ledger"_s.arg(name(u"ilse"_s)));
    QCOMPARE(window.session()->undoStack()->count(), 1);
    window.session()->undoStack()->undo();
    QCOMPARE(notesOnServer(article), before);
}

void TestServerWindow::viewerOnlyReads()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(uri(name(u"vera"_s))));
    QVERIFY(window.project()->isReadOnly());
    QVERIFY(!window.canEdit());
    QCOMPARE(window.windowTitle(),
        u"%1@[local]/%2 — read-only (viewer)"_s.arg(name(u"vera"_s), m_database));
    QCOMPARE(window.findChild<QLabel *>(u"access"_s)->text(), u"read-only (viewer)"_s);
    // She reads, searches and exports; nothing that changes the project is offered.
    auto *reading = window.findChild<ReadingArea *>();
    QVERIFY(reading->activeText().contains(u"Lake Varn"_s));
    for (const QString &text : {u"&Export…"_s, u"A&greement…"_s, u"&Search Articles"_s})
        QVERIFY2(action(&window, text)->isEnabled(), qPrintable(text));
    for (const QString &text : {u"&Import Articles…"_s, u"Add &Note…"_s, u"Mark as &Quote…"_s,
             u"&Remove Annotation"_s, u"&Accept Selected Proposals"_s, u"Reject All S&hown"_s,
             u"Annotate &Story"_s, u"Add Starter &Code Book"_s, u"&Compare Story"_s, u"C&urate…"_s,
             u"&Person"_s, u"Mark as &Entity"_s})
        QVERIFY2(!action(&window, text)->isEnabled(), qPrintable(text));
    window.findChild<LibraryPanel *>()->selectFirstArticle();
    QVERIFY(!window.findChild<QAction *>(u"deleteSelection"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"articleDetails"_s)->isEnabled());
    for (QToolButton *button : window.findChild<CodeBookDock *>()->findChildren<QToolButton *>())
        QVERIFY(!button->isEnabled());

    // A change asked for anyway (a key the window did not disable): refused before the server,
    // with nothing on the undo stack.
    const qint64 article = reading->activeArticle();
    const QStringList before = notesOnServer(article);
    Annotation note;
    note.articleId = article;
    note.kind = AnnotationKind::Note;
    note.note = u"A viewer's note"_s;
    note.span = Anchoring::makeSpan(reading->activeText(), 0, 4);
    auto added = window.session()->addAnnotation(note);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(u"read-only"_s), qPrintable(added.error()));
    QCOMPARE(window.session()->undoStack()->count(), 0);
    QCOMPARE(notesOnServer(article), before);
}

// An analyst made a viewer while her window is open: her next note is refused by the server. The
// message says so, the note's transaction is rolled back and no undo step claims it; once she is
// an analyst again the same window saves it.
void TestServerWindow::refusedWriteLeavesNothing()
{
    const QString ines = name(u"ines"_s);
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(uri(ines)));
    QVERIFY(window.canEdit());
    const qint64 article = window.findChild<ReadingArea *>()->activeArticle();
    const QStringList before = notesOnServer(article);
    auto admin = Project::open(uri());
    QVERIFY(admin.ok());
    QVERIFY(ProjectAccounts(*admin.value()).setRole(ines, u"viewer"_s).ok());

    QVERIFY(select(window, u"Kessling"_s));
    typeInNextEditor(u"Refused"_s, Qt::Key_Return, Qt::ControlModifier);
    action(&window, u"Add &Note…"_s)->trigger();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"the server refused it: this account's role does not allow it "
                              "(permission denied for table annotation)"_s),
        qPrintable(message));
    QVERIFY2(message.contains(uri(ines)), qPrintable(message));
    QCOMPARE(window.session()->undoStack()->count(), 0);
    QCOMPARE(notesOnServer(article), before);

    QVERIFY(ProjectAccounts(*admin.value()).setRole(ines, u"analyst"_s).ok());
    QVERIFY(select(window, u"Kessling"_s));
    typeInNextEditor(u"Saved"_s, Qt::Key_Return, Qt::ControlModifier);
    action(&window, u"Add &Note…"_s)->trigger();
    QCOMPARE(notesOnServer(article), QStringList(before) << ines + u": Saved"_s);
    QCOMPARE(window.session()->undoStack()->count(), 1);
}

// The server ends a session (a restart, a network drop, an administrator's
// pg_terminate_backend): the window connects again, keeps showing the article, and the note
// written after the drop reaches the database; a write that finds its connection gone before
// anything was written starts again on a new one.
void TestServerWindow::droppedConnectionLosesNothing()
{
    const QString ines = name(u"ines"_s);
    const auto endSessions = [&ines] {
        return TestBackends::onServer(u"postgres"_s,
            {u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'"_s.arg(
                ines)});
    };
    {
        // No event loop between the drop and the write: the transaction's first statement
        // finds the connection gone.
        auto project = Project::open(uri(ines));
        QVERIFY2(project.ok(), qPrintable(project.error()));
        QVERIFY(endSessions().ok());
        auto transaction = project.value()->transaction();
        QVERIFY2(transaction.isActive(), qPrintable(transaction.error()));
        QVERIFY(transaction.commit().ok());
    }

    MainWindow window;
    window.show();
    QVERIFY(window.openProject(uri(ines)));
    auto *reading = window.findChild<ReadingArea *>();
    const qint64 article = reading->activeArticle();
    const QString text = reading->activeText();
    const QStringList before = notesOnServer(article);
    QVERIFY(endSessions().ok());
    // The driver notices on its notification socket and closes the connection.
    QTest::qWait(500);
    QCOMPARE(reading->activeArticle(), article);
    QCOMPARE(reading->activeText(), text);

    QVERIFY(select(window, u"Kessling"_s));
    typeInNextEditor(u"After the drop"_s, Qt::Key_Return, Qt::ControlModifier);
    action(&window, u"Add &Note…"_s)->trigger();
    QStringList after = QStringList(before) << ines + u": After the drop"_s;
    after.sort();
    QCOMPARE(notesOnServer(article), after);
    QCOMPARE(window.session()->undoStack()->count(), 1);
    // And it hears of others' changes again: a curator's note on a name reaches the pane.
    auto theirs = Project::open(uri(name(u"cleo"_s)));
    QVERIFY(theirs.ok());
    const QList<Annotation> shown = reading->pane(reading->activePane())->view()->annotations();
    const auto name = std::find_if(shown.cbegin(), shown.cend(),
        [](const Annotation &a) { return a.kind == AnnotationKind::Entity; });
    QVERIFY(name != shown.cend());
    QCOMPARE(AnnotationStore(*theirs.value()).setNote(name->id, u"Cleo's"_s).value(), 1);
    QTRY_COMPARE(reading->annotationVersion(name->id), name->version + 1);
}

// Every edit passes the version the window read: a colleague's change since (on her connection,
// before this window heard of it) is a conflict naming her; nothing is written over it, no undo
// step is pushed, and the window reloads the row. The window's edits are a curator's, so that
// another curator may change the same rows.
void TestServerWindow::editsCheckTheVersionTheWindowRead()
{
    const QString cleo = name(u"cleo"_s);
    const QString cora = name(u"cora"_s);
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(uri(cleo)));
    auto *reading = window.findChild<ReadingArea *>();
    ArticleView *view = reading->pane(reading->activePane())->view();
    auto other = Project::open(uri(cora));
    QVERIFY2(other.ok(), qPrintable(other.error()));
    AnnotationStore theirs(*other.value());
    const QString onAnnotation
        = u"%1 changed this annotation after you opened it; it has been reloaded."_s.arg(cora);
    QUndoStack *undo = window.session()->undoStack();

    QList<Annotation> proposals;
    for (const Annotation &a : view->annotations()) {
        if (a.kind == AnnotationKind::Entity && a.status == ReviewStatus::Proposed)
            proposals.append(a);
    }
    QVERIFY(proposals.size() >= 2);

    // Remove Annotation on the one last clicked.
    const Annotation removed = proposals.at(0);
    QCOMPARE(reading->annotationVersion(removed.id), removed.version);
    QCOMPARE(theirs.setNote(removed.id, u"Cora checked this"_s).value(), 1);
    Q_EMIT view->annotationClicked(removed.id);
    window.statusBar()->clearMessage();
    action(&window, u"&Remove Annotation"_s)->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(onAnnotation),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(theirs.annotation(removed.id)->note, u"Cora checked this"_s);
    QCOMPARE(undo->count(), 0);
    // Reloaded: the pane holds her version now, and the same edit goes through.
    QTRY_COMPARE(reading->annotationVersion(removed.id), removed.version + 1);

    // Set Span to Selection.
    const Annotation moved = proposals.at(1);
    QCOMPARE(theirs.setNote(moved.id, u"Cora again"_s).value(), 1);
    QVERIFY(select(window, u"Kessling"_s));
    Q_EMIT view->annotationClicked(moved.id);
    window.statusBar()->clearMessage();
    action(&window, u"Set Span to Selection"_s)->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(onAnnotation),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(theirs.annotation(moved.id)->span, moved.span);
    QCOMPARE(undo->count(), 0);
    QTRY_COMPARE(reading->annotationVersion(moved.id), moved.version + 1);

    // Accept Selected Proposals in the Annotations panel, on a row the table has read.
    auto *dock = window.findChild<AnnotationsDock *>();
    const int row = int(dock->model()->ids().indexOf(moved.id));
    QVERIFY(row >= 0);
    QTRY_COMPARE(dock->model()->row(row).version, moved.version + 1);
    dock->view()->selectionModel()->select(dock->model()->index(row, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(theirs.setNote(moved.id, u"Cora a third time"_s).value(), 1);
    window.statusBar()->clearMessage();
    action(&window, u"&Accept Selected Proposals"_s)->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(onAnnotation),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(theirs.annotation(moved.id)->status, ReviewStatus::Proposed);
    QCOMPARE(undo->count(), 0);
    QTRY_COMPARE(reading->annotationVersion(moved.id), moved.version + 2);

    // A verdict on a difference.
    auto *review = window.findChild<ReviewDock *>();
    QVERIFY(review->model()->rowCount() > 0);
    const ReviewItem item = *review->model()->item(0);
    review->selectItem(item.id);
    ComparisonStore theirItems(*other.value());
    QCOMPARE(theirItems
                 .setReview(item.id, ReviewItemStatus::Acceptable, 0, {}, cora,
                     QDateTime::currentDateTimeUtc())
                 .value(),
        1);
    window.statusBar()->clearMessage();
    action(&window, u"&Confirm Discrepancy"_s)->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(
                 u"%1 changed this review item after you opened it"_s.arg(cora)),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(theirItems.item(item.id)->status, ReviewItemStatus::Acceptable);
    QCOMPARE(undo->count(), 0);

    // Once the window has read the rows again, her edits go through.
    QTRY_VERIFY(review->versionsOf({item.id}).value(item.id) == item.version + 1);
    review->selectItem(item.id);
    action(&window, u"&Confirm Discrepancy"_s)->trigger();
    QCOMPARE(theirItems.item(item.id)->status, ReviewItemStatus::Confirmed);
    Q_EMIT view->annotationClicked(removed.id);
    action(&window, u"&Remove Annotation"_s)->trigger();
    QVERIFY(!theirs.annotation(removed.id).ok());
    QCOMPARE(undo->count(), 2);
}

// What a role may not do is not offered: an analyst gets no code-book, entity, library or
// curation edits (the server refuses them), only what she may write; a curator gets them all.
void TestServerWindow::actionsFollowTheRole()
{
    const QStringList curators {u"Add Starter &Code Book"_s, u"C&urate…"_s};
    const QStringList analysts {u"Add &Note…"_s, u"Mark as &Quote…"_s, u"&Import Articles…"_s,
        u"&Accept Selected Proposals"_s, u"&Compare Story"_s};
    for (const auto &[who, curator] :
        {std::pair {name(u"ilse"_s), false}, std::pair {name(u"cleo"_s), true}}) {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(uri(who)));
        QVERIFY(window.canEdit());
        QCOMPARE(window.project()->may(Project::Change::CodeBook), curator);
        for (const QString &text : analysts)
            QVERIFY2(action(&window, text)->isEnabled(), qPrintable(who + u": "_s + text));
        for (const QString &text : curators)
            QVERIFY2(
                action(&window, text)->isEnabled() == curator, qPrintable(who + u": "_s + text));
        for (QToolButton *button :
            window.findChild<CodeBookDock *>()->findChildren<QToolButton *>())
            QVERIFY2(button->isEnabled() == curator, qPrintable(who + u": "_s + button->text()));
        // The library: details and deleting are a curator's, copying into a story an analyst's.
        auto *library = window.findChild<LibraryPanel *>();
        library->selectFirstArticle();
        library->tree()->selectionModel()->select(library->tree()->currentIndex(),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(library->selectedArticleIds().size(), 1);
        QCOMPARE(window.findChild<QAction *>(u"articleDetails"_s)->isEnabled(), curator);
        QCOMPARE(window.findChild<QAction *>(u"deleteSelection"_s)->isEnabled(), curator);
        QVERIFY2(window.findChild<QAction *>(u"copyToStory"_s)->isEnabled(), qPrintable(who));
        // The entities panel: renaming and merging are a curator's.
        auto *entities = window.findChild<EntitiesDock *>();
        QTableView *table = entities->findChild<QTableView *>();
        QVERIFY(table && table->model()->rowCount() > 0);
        table->selectRow(0);
        bool renameEnabled = false;
        for (QAbstractButton *button : entities->findChildren<QAbstractButton *>())
            renameEnabled
                = renameEnabled || (button->text().contains(u"Rename"_s) && button->isEnabled());
        QCOMPARE(renameEnabled, curator);
    }
}

// A host that takes the connection and never answers (a listening socket no one serves): the
// window keeps running its event loop while libpq waits, shows Cancel, and Cancel returns at
// once with the file project still open.
void TestServerWindow::unansweringServerCanBeCancelled()
{
    SilentPort silent;
    QVERIFY(silent.port() > 0);
    const QString address
        = u"postgresql://nobody@127.0.0.1:%1/varn?connect_timeout=6"_s.arg(silent.port());
    MainWindow window;
    window.show();
    const QString file = m_dir.filePath(u"local.parallax"_s);
    QVERIFY(window.openProject(file));
    const QString title = window.windowTitle();

    int ticks = 0;
    QTimer ticking;
    connect(&ticking, &QTimer::timeout, &ticking, [&] { ++ticks; });
    ticking.start(50);
    QString shown;
    int ticksWhenShown = 0;
    QTimer cancel;
    connect(&cancel, &QTimer::timeout, &cancel, [&] {
        auto *busy = window.findChild<QProgressDialog *>(u"connecting"_s);
        if (!busy || !busy->isVisible())
            return;
        cancel.stop();
        shown = busy->labelText();
        ticksWhenShown = ticks;
        QVERIFY(clickButton(busy, u"Cancel"_s));
    });
    cancel.start(20);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!window.openProject(address));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(shown.contains(u"127.0.0.1"_s) && shown.contains(u"varn"_s), qPrintable(shown));
    QVERIFY2(ticksWhenShown >= 3, qPrintable(QString::number(ticksWhenShown)));
    QCOMPARE(window.project()->path(), file);
    QCOMPARE(window.windowTitle(), title);
    QVERIFY(window.canEdit());
    QVERIFY2(window.statusBar()->currentMessage().contains(u"cancelled"_s),
        qPrintable(window.statusBar()->currentMessage()));
}

// Not cancelled: libpq gives up at connect_timeout, the message says so, the file stays open.
void TestServerWindow::unansweringServerTimesOut()
{
    SilentPort silent;
    QVERIFY(silent.port() > 0);
    const QString address
        = u"postgresql://nobody@127.0.0.1:%1/varn?connect_timeout=2"_s.arg(silent.port());
    MainWindow window;
    window.show();
    const QString file = m_dir.filePath(u"local.parallax"_s);
    QVERIFY(window.openProject(file));
    int ticks = 0;
    QTimer ticking;
    connect(&ticking, &QTimer::timeout, &ticking, [&] { ++ticks; });
    ticking.start(50);
    QVERIFY(!window.openProject(address));
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // two seconds, not blocked
    QCOMPARE(window.project()->path(), file);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"the server did not answer in time"_s), qPrintable(message));
}

// At start the window reopens the last project when it is on a server; one that cannot be
// reached is said in a message and the last file is opened instead.
void TestServerWindow::reopensTheLastServerProject()
{
    const QString file = m_dir.filePath(u"local.parallax"_s);
    const QVariant before = QSettings().value(u"project/recent"_s);
    QSettings().setValue(u"project/recent"_s, QStringList {uri(name(u"ilse"_s)), file});
    {
        MainWindow window;
        window.show();
        window.openInitialProject({});
        QVERIFY(window.project());
        QCOMPARE(window.project()->path(), uri(name(u"ilse"_s)));
        QCOMPARE(window.windowTitle(), u"%1@[local]/%2"_s.arg(name(u"ilse"_s), m_database));
    }
    const QString down = u"postgresql://parallax_admin@/postgres?host=/nonexistent"_s;
    QSettings().setValue(u"project/recent"_s, QStringList {down, file});
    {
        MainWindow window;
        window.show();
        window.openInitialProject({});
        QVERIFY(window.project());
        QCOMPARE(window.project()->path(), file);
        QVERIFY(window.canEdit());
    }
    QSettings().setValue(u"project/recent"_s, before);
}

void TestServerWindow::passwordIsAskedAndNeverStored()
{
    // The tests' cluster trusts every local connection; this account alone must give a password.
    // The file is read before COPY opens it, which empties it first.
    const QString pia = name(u"pia"_s);
    m_hbaRule = u"local all %1 scram-sha-256"_s.arg(pia);
    auto hba = TestBackends::onServer(u"postgres"_s,
        {u"DO $$ DECLARE hba text := pg_read_file(current_setting('hba_file')); BEGIN"
         " EXECUTE format('COPY (SELECT l FROM (SELECT %L AS l, 0::bigint AS n UNION ALL"
         " SELECT l, n FROM regexp_split_to_table(%L, E''\\n'') WITH ORDINALITY AS t(l, n)) s"
         " ORDER BY n) TO %L', '%1', hba, current_setting('hba_file')); END $$"_s.arg(m_hbaRule),
            u"SELECT pg_reload_conf()"_s});
    QVERIFY2(hba.ok(), qPrintable(hba.error()));
    // The server reads the file again when it gets to the signal.
    QTRY_VERIFY_WITH_TIMEOUT(
        !Project::open(uri(pia)).ok() && Project::open(uri(pia)).error().contains(u"password"_s),
        10000);

    MainWindow window;
    window.show();
    const QString file = m_dir.filePath(u"local.parallax"_s);
    QVERIFY(window.openProject(file));

    // Cancelled: the file stays open, and the message says what the server wanted.
    QString asked;
    onNextModal([&](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        QCOMPARE(input->textEchoMode(), QLineEdit::Password);
        asked = input->labelText();
        input->reject();
    });
    QVERIFY(!window.openProject(uri(pia)));
    QVERIFY2(asked.contains(u"asks for a password"_s) && asked.contains(pia), qPrintable(asked));
    QCOMPARE(window.project()->path(), file);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"asks for the password of "_s + pia),
        qPrintable(window.statusBar()->currentMessage()));

    // A wrong password, asked again, then the right one.
    QString again;
    onNextModal([&](QWidget *dialog) {
        onNextModal([&](QWidget *second) {
            again = qobject_cast<QInputDialog *>(second)->labelText();
            QTest::keyClicks(second->findChild<QLineEdit *>(), u"horse battery"_s);
            QVERIFY(clickButton(second, u"OK"_s));
        });
        QTest::keyClicks(dialog->findChild<QLineEdit *>(), u"donkey"_s);
        QVERIFY(clickButton(dialog, u"OK"_s));
    });
    QVERIFY(window.openProject(uri(pia)));
    QVERIFY2(again.contains(u"did not accept the password"_s), qPrintable(again));
    QCOMPARE(window.project()->path(), uri(pia));
    QCOMPARE(window.windowTitle(), u"%1@[local]/%2"_s.arg(pia, m_database));

    // Recent projects keep the address; no setting holds the password.
    QSettings settings;
    QVERIFY(settings.value(u"project/recent"_s).toStringList().contains(uri(pia)));
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        const QString text = value.typeId() == QMetaType::QStringList
            ? value.toStringList().join(u' ')
            : value.toString();
        QVERIFY2(!text.contains(u"horse"_s), qPrintable(key));
    }
    // The import's worker opens the project by its path, which has no password: it connects
    // with the one typed.
    const QString article = m_dir.filePath(u"pia.txt"_s);
    QFile text(article);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("Title: Pia's report\n\nThe talks in Kessling went on.");
    text.close();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importFiles({article});
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 0);
}

void TestServerWindow::refusalsKeepThePreviousProject_data()
{
    QTest::addColumn<QString>("database"); // made for the row; empty: none
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("address"); // %1: the row's database
    QTest::addColumn<QString>("reason");
    const QString admin = u"parallax_admin"_s;
    QTest::newRow("no such database")
        << QString() << QStringList() << TestBackends::serverUri(u"nosuchdatabase"_s, admin)
        << u"the server has no database nosuchdatabase"_s;
    QTest::newRow("no such account")
        << QString() << QStringList() << TestBackends::serverUri(u"postgres"_s, u"nobody_here"_s)
        << u"the server has no account nobody_here"_s;
    QTest::newRow("server down") << QString() << QStringList()
                                 << u"postgresql://parallax_admin@/postgres?host=/nonexistent"_s
                                 << u"no server is running with its socket in /nonexistent"_s;
    QTest::newRow("not a project")
        << u"others"_s << QStringList {u"CREATE TABLE invoices (id int)"_s}
        << TestBackends::serverUri(u"%1"_s, admin) << u"it is not a Parallax project"_s;
    QTest::newRow("empty database")
        << u"empty"_s << QStringList() << TestBackends::serverUri(u"%1"_s, admin)
        << u"holds no project"_s;
    QTest::newRow("newer format")
        << u"newer"_s
        << QStringList {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
               u"INSERT INTO meta VALUES ('application', 'parallax'), ('schema_version', '99')"_s}
        << TestBackends::serverUri(u"%1"_s, admin) << u"written by a newer version of Parallax"_s;
}

void TestServerWindow::refusalsKeepThePreviousProject()
{
    QFETCH(QString, database);
    QFETCH(QStringList, statements);
    QFETCH(QString, address);
    QFETCH(QString, reason);
    if (!database.isEmpty()) {
        auto made = TestBackends::freshDatabase(database);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(TestBackends::onServer(made.value(), statements).ok());
        address = address.arg(made.value());
    }
    MainWindow window;
    window.show();
    const QString file = m_dir.filePath(u"local.parallax"_s);
    QVERIFY(window.openProject(file));
    const QString title = window.windowTitle();
    QVERIFY(!window.openProject(address));
    QCOMPARE(window.project()->path(), file);
    QCOMPARE(window.windowTitle(), title);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.startsWith(address), qPrintable(message)); // names server and database
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
