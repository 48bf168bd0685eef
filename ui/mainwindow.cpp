// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotate/annotator.h"
#include "annotate/ner/nermodel.h"
#include "edit/projectsession.h"
#include "import/importer.h"
#include "jobs/annotationjob.h"
#include "jobs/importjob.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "preferencesdialog.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/project.h"
#include "tasks/taskrunner.h"
#include "theme.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/texteditdialog.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = u"project/recent"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_library(new LibraryModel(this))
{
    setAcceptDrops(true);

    // Library: stories and articles, or search results while a query is typed.
    m_libraryPanel = new LibraryPanel;
    m_library = m_libraryPanel->model();
    connect(m_libraryPanel, &LibraryPanel::articleChosen, this, &MainWindow::showArticle);
    connect(m_libraryPanel, &LibraryPanel::currentStoryChanged, this, [this](qint64 story) {
        // The docks follow the story the analyst is in.
        if (story == m_docksStory)
            return;
        m_docksStory = story;
        reloadDocks();
        reloadComparison();
    });
    connect(m_libraryPanel, &LibraryPanel::filesDropped, this,
        [this](const QStringList &paths, const QString &story) { importFiles(paths, story); });
    connect(m_libraryPanel, &LibraryPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_libraryPanel, &LibraryPanel::statusMessage, statusBar(), &QStatusBar::showMessage);

    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(u"library"_s);
    libraryDock->setWidget(m_libraryPanel);
    libraryDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);

    // Reader: the selected article.
    // Reading panes: articles side by side.
    m_reading = new ReadingArea;
    setCentralWidget(m_reading);

    m_tasks = new TaskRunner(statusBar(), this);
    connect(m_tasks, &TaskRunner::busyChanged, this, [this](bool busy) {
        for (QAction *action : std::as_const(m_taskActions))
            action->setEnabled(!busy && canEdit());
        updateLearningActions();
    });

    m_listsRefresh = new QTimer(this);
    m_listsRefresh->setSingleShot(true);
    m_listsRefresh->setInterval(20);
    connect(m_listsRefresh, &QTimer::timeout, this, [this] {
        reloadDocks();
        // An edit of annotations changes the library's counts, not its articles: listing
        // 100,000 of them again after each accept held the window for a fifth of a second.
        if (std::exchange(m_libraryStale, false))
            reloadLibrary();
        else
            m_libraryPanel->refreshCounts();
    });
    createDocks();
    createCompareDocks();
    createActions();
    connectReading();

    restoreLayout();
    closeProject();
}

Project *MainWindow::project() const
{
    return m_session ? &m_session->project() : nullptr;
}

QString MainWindow::analystName() const
{
    return Settings().analystName();
}

namespace {

// The user's full name from the account ("Mara Quillen,,," in /etc/passwd), else the login.
QString accountName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_gecos) {
        const QString name = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
        if (!name.isEmpty())
            return name;
    }
#endif
    return qEnvironmentVariable("USER");
}

} // namespace

QString MainWindow::askAnalystName()
{
    Settings settings;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your Name"),
        tr("Parallax puts your name on the annotations, notes, verdicts and reports you make.\n"
           "You can change it later in Preferences."),
        QLineEdit::Normal, accountName(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) {
        settings.setAnalystName(name);
        return name;
    }
    return settings.analystName(); // the login name for now; asked again in the next session
}

MainWindow::~MainWindow()
{
    m_tasks->cancelAndWait();
    stopLearning(); // before the session it reports to goes
    // A cancelled connection attempt ends at libpq's connect_timeout at the latest.
    for (const QPointer<QThread> &attempt : std::as_const(m_connecting)) {
        if (attempt)
            attempt->wait();
    }
}

bool MainWindow::isBusy() const
{
    return m_tasks->isBusy();
}

QString MainWindow::sampleProjectPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/sample.parallax"_s;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProjectDialog);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction
        = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open Ser&ver Project…"), this, &MainWindow::openServerProjectDialog)
        ->setStatusTip(tr("Open a project on a PostgreSQL server, shared with a team"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Sample Project"), this, &MainWindow::openSampleProject);
    file->addSeparator();
    QAction *importAction
        = file->addAction(tr("&Import Articles…"), this, &MainWindow::importDialog);
    importAction->setShortcut(tr("Ctrl+I"));
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportDialog);
    exportAction->setShortcut(tr("Ctrl+Shift+E"));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    m_projectActions = {importAction, exportAction, closeAction};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Theme::apply(Theme::effectiveScheme(
            Settings().colorScheme(), false, qEnvironmentVariable("PARALLAX_DARK")));
        m_reading->applySettings();
        if (m_session)
            m_session->setAnalyst(Settings().storedAnalystName());
    });
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QList<QKeySequence> {QKeySequence(tr("Ctrl+,"))}
            : QKeySequence::keyBindings(QKeySequence::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    QAction *findAction
        = edit->addAction(tr("&Search Articles"), this, [this] { m_libraryPanel->focusSearch(); });
    findAction->setShortcut(QKeySequence::Find);
    m_projectActions.append(findAction);

    createLibraryActions(menuBar()->addMenu(tr("&Library")));

    QMenu *annotateMenu = menuBar()->addMenu(tr("&Annotate"));
    m_starterAction = annotateMenu->addAction(tr("Add Starter &Code Book"), this, [this] {
        if (auto r = m_session->addStarterCodeBook(); !r)
            showError(tr("Code Book"), r.error());
        else
            statusBar()->showMessage(tr("Five tags added, on the keys 1 to 5."), 5000);
    });
    annotateMenu->addSeparator();
    QAction *annotateStory = annotateMenu->addAction(tr("Annotate &Story"), this, [this] {
        const qint64 story = currentStoryId();
        annotate(story);
    });
    annotateStory->setShortcut(tr("Ctrl+R"));
    annotateStory->setStatusTip(
        tr("Find entities, dates and quotes in the selected story's articles"));
    QAction *annotateAll
        = annotateMenu->addAction(tr("Annotate &All Articles"), this, [this] { annotate(0); });
    annotateAll->setShortcut(tr("Ctrl+Shift+R"));
    m_projectActions.append({annotateStory, annotateAll, m_starterAction});
    m_editActions = {importAction, annotateStory, annotateAll, m_starterAction};
    m_actionNeeds.insert(m_starterAction, Project::Change::CodeBook);
    annotateMenu->addSeparator();
    createLearningActions(annotateMenu);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    createReadingActions(annotateMenu, view);
    m_taskActions = {importAction, annotateStory, annotateAll};

    createReviewActions(menuBar()->addMenu(tr("&Review")));
    createCompareActions(menuBar()->addMenu(tr("&Compare")), view);
    createFocusAction(view);
    createPaneOffer();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Parallax"), this, [this] {
        QMessageBox::about(this, tr("About Parallax"),
            tr("<h3>Parallax %1</h3><p>Compare how news outlets report the same event.</p>"
               "<p>Built with Qt %2.<br>Annotator %3, entity model format %4.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                    Annotator::version(), QString::number(NerModel::kFormatVersion)));
    });
    updateRecentMenu();
}

void MainWindow::openInitialProject(const QString &path)
{
    if (!path.isEmpty()) {
        openProject(path);
        return;
    }
    // The last project, a file or on a server. A server is tried once (connecting in the
    // background, with Cancel; asking for a password libpq has not): one that does not answer,
    // or refuses, is said in a message and the next file on the list is opened instead.
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    bool serverTried = false;
    for (const QString &candidate : recent) {
        if (Project::isServerLocation(candidate)) {
            if (serverTried)
                continue;
            serverTried = true;
            if (openProject(candidate))
                return;
        } else if (QFileInfo::exists(candidate) && openProject(candidate)) {
            return;
        }
    }
    openSampleProject();
}

bool MainWindow::openSampleProject()
{
    const QString sample = sampleProjectPath();
    if (!QFileInfo::exists(sample)) {
        QDir().mkpath(QFileInfo(sample).absolutePath());
        if (auto r = SampleProject::create(sample); !r) {
            showError(tr("Sample project"), r.error());
            return false;
        }
    }
    return openProject(sample);
}

bool MainWindow::openProject(const QString &path)
{
    if (isBusy()) {
        showError(tr("Open Project"),
            tr("Wait for the import to finish, or cancel it, before opening another project."));
        return false;
    }
    auto opened = Project::isServerLocation(path) ? openOnServer(path) : Project::open(path);
    if (!opened && opened.error().isEmpty()) {
        statusBar()->showMessage(tr("Connecting to the server was cancelled."), 8000);
        return false;
    }
    if (!opened) {
        showError(tr("Cannot open project"), opened.error());
        return false;
    }
    closeProject();
    m_session = new ProjectSession(std::move(opened).value(), this);
    m_session->setAnalyst(Settings().storedAnalystName());
    m_session->setAnalystResolver([this] { return askAnalystName(); });
    connectSession();
    startLearning();
    rememberProject(m_session->project().path());
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(true);
    updateEditActions();
    updateLearningActions();
    m_libraryPanel->setSession(m_session);
    setWindowTitle(projectTitle());
    setWindowFilePath(Project::isServerLocation(path) ? QString() : project()->path());
    // The panes as they were left, or else the first two articles side by side, so the window
    // never opens on an empty page.
    if (!restorePanes()) {
        const QModelIndex second = m_library->index(1, 0, m_library->index(0, 0));
        if (second.isValid())
            showArticle(second.data(Roles::ArticleId).toLongLong());
        m_libraryPanel->selectFirstArticle();
    }
    // The docks follow the story chosen above; loaded once (before it as well, they were read
    // twice on opening, 5 s each for 10,000 annotated articles).
    if (m_docksStory == -1)
        reloadDocks();
    statusBar()->clearMessage();
    showAccess();
    Q_EMIT projectChanged();
    return true;
}

void MainWindow::closeProject()
{
    stopLearning();
    if (m_session) {
        rememberPanes();
        m_undoGroup->removeStack(m_session->undoStack());
        delete m_session;
        m_session = nullptr;
    }
    clearDocks();
    m_libraryPanel->setSession(nullptr);
    m_articleId = 0;
    m_docksStory = -1;
    m_reading->setSession(nullptr);
    reloadComparison();
    statusBar()->showMessage(
        tr("No project is open. Create one with File › New Project or open one with "
           "File › Open Project."));
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(false);
    updateLibraryActions();
    updateLearningActions();
    setWindowTitle(tr("Parallax"));
    showAccess();
    Q_EMIT projectChanged();
}

void MainWindow::reloadLibrary()
{
    m_libraryPanel->reload();
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_session || articleId <= 0)
        return;
    m_articleId = articleId;
    m_reading->showArticle(articleId);
}

void MainWindow::importFiles(const QStringList &paths, const QString &storyName)
{
    if (!m_session || isBusy())
        return;
    if (!canEdit()) {
        showError(tr("Import"), tr("The project is read-only: nothing can be imported into it."));
        return;
    }
    const QStringList files = Importer::expandPaths(paths);
    if (files.isEmpty()) {
        showError(tr("Import"),
            tr("There is nothing to import: no text, HTML, Markdown or JSON files were found."));
        return;
    }
    // The import runs on its own connection in a worker thread; the window stays responsive.
    const QString projectPath = project()->path();
    auto outcomes = std::make_shared<QList<ImportOutcome>>();
    m_importing = m_tasks->start(
        tr("Importing %n file(s)…", nullptr, int(files.size())), int(files.size()),
        [projectPath, files, storyName, outcomes](
            const std::atomic_bool &cancel, const TaskRunner::Progress &progress) {
            auto project = Project::open(projectPath);
            if (!project) {
                *outcomes = {ImportOutcome {projectPath, project.error(), {}, 0, 0, {}}};
                return;
            }
            ImportOptions options;
            options.storyName = storyName;
            ImportJob job(*project.value(), options);
            job.setCancelFlag(&cancel);
            job.setProgressCallback([progress](int done, int) { progress(done); });
            *outcomes = job.run(files);
            project.value()->optimize();
        },
        [this, outcomes](bool cancelled) {
            m_importing = false;
            onImportFinished(*outcomes, cancelled);
        });
}

qint64 MainWindow::currentStoryId() const
{
    return m_libraryPanel->currentStoryId();
}

qint64 MainWindow::storyToCompare() const
{
    // The story of the articles being read side by side, when they share one; else the one
    // selected in the library.
    QSet<qint64> stories;
    int shown = 0;
    for (int i = 0; i < m_reading->paneCount(); ++i) {
        const qint64 article = m_reading->articleIn(i);
        if (article <= 0)
            continue;
        ++shown;
        stories.insert(m_library->indexForArticle(article).data(Roles::StoryId).toLongLong());
    }
    if (shown >= 2 && stories.size() == 1 && *stories.cbegin() > 0)
        return *stories.cbegin();
    return currentStoryId();
}

void MainWindow::annotate(qint64 storyId)
{
    if (!m_session || isBusy())
        return;
    if (project()->isReadOnly()) {
        showError(tr("Annotate"), tr("The project is read-only."));
        return;
    }
    int total = 0;
    for (const StoryListing &l : m_library->listing()) {
        if (storyId == 0 || l.story.id == storyId)
            total += int(l.articles.size());
    }
    const QString projectPath = project()->path();
    auto error = std::make_shared<QString>();
    m_tasks->start(
        tr("Finding entities, dates and quotes in %n article(s)…", nullptr, total), total,
        [projectPath, storyId, error](
            const std::atomic_bool &cancel, const TaskRunner::Progress &progress) {
            auto project = Project::open(projectPath);
            if (!project) {
                *error = project.error();
                return;
            }
            AnnotationJob job(*project.value());
            job.setCancelFlag(&cancel);
            job.setProgressCallback([progress](int done, int) { progress(done); });
            auto summary = job.run(storyId);
            if (!summary)
                *error = summary.error();
        },
        [this, error](bool cancelled) { onAnnotationFinished(*error, cancelled); });
}

void MainWindow::onAnnotationFinished(const QString &error, bool cancelled)
{
    const qint64 current = m_articleId;
    // The job wrote through its own connection: an undo step whose proposals it replaced
    // goes now, before the analyst can press redo on it.
    if (m_session)
        m_session->checkForChanges();
    reloadLibrary();
    if (current > 0)
        m_libraryPanel->selectArticle(current);
    if (!error.isEmpty())
        showError(tr("Annotate"), error);
    else
        statusBar()->showMessage(cancelled
                ? tr("Annotation cancelled; the articles done so far are kept.")
                : tr("Annotation finished. The proposals are ready to review."),
            8000);
    Q_EMIT annotationFinished(error.isEmpty());
}

void MainWindow::onImportFinished(const QList<ImportOutcome> &outcomes, bool cancelled)
{
    int added = 0;
    int duplicates = 0;
    QStringList errors;
    for (const ImportOutcome &o : outcomes) {
        added += o.added;
        duplicates += o.duplicates;
        if (!o.ok())
            errors.append(o.error);
    }
    reloadLibrary();
    QString summary = tr("Imported %n article(s)", nullptr, added);
    if (duplicates > 0)
        summary += tr(", %n already in the project", nullptr, duplicates);
    if (cancelled)
        summary += tr(" before the import was cancelled");
    statusBar()->showMessage(summary + u'.', 8000);
    if (!errors.isEmpty()) {
        // Not modal: the analyst can keep reading while the report is open.
        QString text = tr("%n file(s) could not be imported.", nullptr, int(errors.size()));
        if (added > 0)
            text += u' ' + tr("The other files were imported.");
        else if (duplicates > 0)
            text += u' ' + tr("The others were already in the project.");
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Import"), text, QMessageBox::Ok, this);
        box->setDetailedText(errors.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    offerMetadataUpdates(outcomes);
    Q_EMIT importFinished(added, int(errors.size()));
}

void MainWindow::newProjectDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), QDir::homePath(), tr("Parallax projects (*.parallax)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".parallax"_s;
    if (QFileInfo::exists(path)) {
        showError(tr("New Project"),
            tr("%1 already exists. Choose another name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto project = Project::create(path);
    if (!project) {
        showError(tr("New Project"), project.error());
        return;
    }
    project.value().reset();
    if (!openProject(path))
        return;
    // A new project's code book is empty; most analysts start from the same few codes.
    if (QMessageBox::question(this, tr("New Project"),
            tr("Start with a starter code book: framing, omission, loaded language, "
               "misattribution and factual claim, on the keys 1 to 5?"))
        == QMessageBox::Yes)
        m_starterAction->trigger();
}

bool MainWindow::canEdit() const
{
    return m_session && !m_session->project().isReadOnly();
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
        tr("Parallax projects (*.parallax);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::importDialog()
{
    QStringList patterns;
    for (const QString &suffix : Importer::supportedSuffixes())
        patterns.append(u"*."_s + suffix);
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Articles"),
        QDir::homePath(), tr("Articles (%1);;All files (*)").arg(patterns.join(u' ')));
    if (files.isEmpty())
        return;
    bool ok = false;
    QStringList stories;
    for (const StoryListing &l : m_library->listing()) {
        if (l.story.id != 0)
            stories.append(l.story.name);
    }
    const QString story = QInputDialog::getItem(this, tr("Import Articles"),
        tr("Add the articles to the story (type a new name to create one; "
           "leave empty for none):"),
        QStringList {QString()} + stories, 0, true, &ok);
    if (ok)
        importFiles(files, story.trimmed());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        // The list holds addresses without passwords (Project::path()); the prompt asks again.
        const bool server = Project::isServerLocation(path);
        QAction *entry = m_recentMenu->addAction(
            server ? tr("%1 (server)").arg(path) : QDir::toNativeSeparators(path), this,
            [this, path] { openProject(path); });
        entry->setData(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberProject(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (QApplication::platformName() == "offscreen"_L1
        || QApplication::platformName() == "minimal"_L1) {
        statusBar()->showMessage(message);
        qWarning("%s", qUtf8Printable(message));
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A window closed under an open editor (the window manager, a logout) would drop what the
    // analyst typed: the editor asks first, and keeping on editing keeps the window open.
    for (TextEditDialog *editor : findChildren<TextEditDialog *>()) {
        if (!editor->isVisible())
            continue;
        editor->raise();
        editor->reject();
        if (editor->isVisible()) {
            event->ignore();
            return;
        }
    }
    // Focus mode is left first, so the next start shows the panels.
    setFocusMode(false);
    rememberPanes();
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    m_tasks->cancelAndWait();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_session && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.size() == 1 && paths.first().endsWith(u".parallax"_s)) {
        openProject(paths.first());
    } else if (!paths.isEmpty()) {
        importFiles(paths);
    }
    event->acceptProposedAction();
}

} // namespace Parallax
