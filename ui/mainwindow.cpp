// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotate/annotator.h"
#include "annotate/ner/nermodel.h"
#include "edit/projectsession.h"
#include "import/importer.h"
#include "jobs/annotationjob.h"
#include "jobs/importjob.h"
#include "library/libraryfilterproxy.h"
#include "library/librarymodel.h"
#include "preferencesdialog.h"
#include "roles.h"
#include "sample/sampleproject.h"
#include "settings.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "storage/searchindex.h"
#include "tasks/taskrunner.h"
#include "widgets/texteditdialog.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

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
    resize(1200, 780);

    // Library: stories and articles, or search results while a query is typed.
    auto *libraryPanel = new QWidget;
    auto *libraryLayout = new QVBoxLayout(libraryPanel);
    libraryLayout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search titles and text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_libraryProxy = new LibraryFilterProxy(this);
    m_libraryProxy->setSourceModel(m_library);
    m_outletFilter = new QComboBox;
    m_outletFilter->setToolTip(tr("Show the articles of one outlet"));
    auto *toReview = new QCheckBox(tr("To review"));
    toReview->setToolTip(tr("Show only articles with proposals left to review"));
    m_tree = new QTreeView;
    m_tree->setModel(m_libraryProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    // Counts that matter while reviewing; the others can be shown from the header's menu.
    for (int c : {LibraryModel::WordsColumn, LibraryModel::EntitiesColumn,
             LibraryModel::QuotesColumn, LibraryModel::TagsColumn, LibraryModel::NotesColumn})
        m_tree->setColumnHidden(c, true);
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree->header(), &QHeaderView::customContextMenuRequested, this,
        [this](const QPoint &pos) {
            QMenu menu;
            for (int c = LibraryModel::OutletColumn; c < LibraryModel::ColumnCount; ++c) {
                QAction *column
                    = menu.addAction(m_library->headerData(c, Qt::Horizontal).toString());
                column->setCheckable(true);
                column->setChecked(!m_tree->isColumnHidden(c));
                connect(column, &QAction::toggled, m_tree,
                    [this, c](bool on) { m_tree->setColumnHidden(c, !on); });
            }
            menu.exec(m_tree->header()->mapToGlobal(pos));
        });
    m_results = new QListWidget;
    m_results->setWordWrap(true);
    m_libraryStack = new QStackedWidget;
    m_libraryStack->addWidget(m_tree);
    m_libraryStack->addWidget(m_results);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_outletFilter, 1);
    filters->addWidget(toReview);
    libraryLayout->addWidget(m_search);
    libraryLayout->addLayout(filters);
    libraryLayout->addWidget(m_libraryStack);
    connect(m_outletFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_libraryProxy->setOutlet(m_outletFilter->currentData().toString());
        spanStoryRows();
    });
    connect(toReview, &QCheckBox::toggled, this, [this](bool on) {
        m_libraryProxy->setOnlyToReview(on);
        spanStoryRows();
    });

    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(u"library"_s);
    libraryDock->setWidget(libraryPanel);
    libraryDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);
    resizeDocks({libraryDock}, {400}, Qt::Horizontal);

    // Reader: the selected article.
    // Reading panes: articles side by side.
    m_reading = new ReadingArea;
    setCentralWidget(m_reading);

    m_tasks = new TaskRunner(statusBar(), this);
    connect(m_tasks, &TaskRunner::busyChanged, this, [this](bool busy) {
        for (QAction *action : std::as_const(m_taskActions))
            action->setEnabled(!busy && m_session != nullptr);
    });

    m_listsRefresh = new QTimer(this);
    m_listsRefresh->setSingleShot(true);
    m_listsRefresh->setInterval(20);
    connect(m_listsRefresh, &QTimer::timeout, this, [this] {
        reloadDocks();
        reloadLibrary();
    });
    createDocks();
    createCompareDocks();
    createActions();
    connectReading();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && !current.data(Roles::IsStory).toBool())
                showArticle(current.data(Roles::ArticleId).toLongLong());
            // The docks follow the story the analyst is in.
            if (current.isValid() && current.data(Roles::StoryId).toLongLong() != m_docksStory) {
                m_docksStory = current.data(Roles::StoryId).toLongLong();
                reloadDocks();
                reloadComparison();
            }
        });
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showArticle(item->data(Roles::ArticleId).toLongLong());
    });
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
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

MainWindow::~MainWindow()
{
    m_tasks->cancelAndWait();
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
        m_reading->applySettings();
        if (m_session)
            m_session->setAnalyst(analystName());
    });
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QList<QKeySequence> {QKeySequence(tr("Ctrl+,"))}
            : QKeySequence::keyBindings(QKeySequence::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Search Articles"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);
    m_projectActions.append(findAction);

    QMenu *annotateMenu = menuBar()->addMenu(tr("&Annotate"));
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
    m_projectActions.append({annotateStory, annotateAll});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    createReadingActions(annotateMenu, view);
    m_taskActions = {importAction, annotateStory, annotateAll};

    createReviewActions(menuBar()->addMenu(tr("&Review")));
    createCompareActions(menuBar()->addMenu(tr("&Compare")), view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &candidate : recent) {
        if (QFileInfo::exists(candidate) && openProject(candidate))
            return;
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
    auto opened = Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.error());
        return false;
    }
    closeProject();
    m_session = new ProjectSession(std::move(opened).value(), this);
    m_session->setAnalyst(analystName());
    connectSession();
    rememberProject(m_session->project().path());
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(true);
    m_search->setEnabled(true);
    setWindowTitle(QFileInfo(path).completeBaseName()
        + (project()->isReadOnly() ? tr(" (read-only)") : QString()));
    setWindowFilePath(project()->path());
    reloadLibrary();
    reloadDocks();
    m_tree->expandAll();
    // Start on the first two articles side by side, so the window never opens on an empty page.
    const QModelIndex storyIndex = m_library->index(0, 0);
    const QModelIndex second = m_library->index(1, 0, storyIndex);
    if (second.isValid())
        showArticle(second.data(Roles::ArticleId).toLongLong());
    const QModelIndex first = m_library->index(0, 0, storyIndex);
    if (first.isValid())
        m_tree->setCurrentIndex(m_libraryProxy->mapFromSource(first));
    statusBar()->clearMessage();
    if (project()->isReadOnly())
        statusBar()->showMessage(tr("%1 is read-only: you can read and search it, but changes "
                                    "cannot be saved.")
                                     .arg(QDir::toNativeSeparators(project()->path())));
    Q_EMIT projectChanged();
    return true;
}

void MainWindow::closeProject()
{
    if (m_session) {
        m_undoGroup->removeStack(m_session->undoStack());
        delete m_session;
        m_session = nullptr;
    }
    clearDocks();
    m_library->setListing({});
    m_results->clear();
    m_search->clear();
    m_search->setEnabled(false);
    m_articleId = 0;
    m_docksStory = -1;
    m_reading->setSession(nullptr);
    reloadComparison();
    statusBar()->showMessage(
        tr("No project is open. Create one with File › New Project or open one with "
           "File › Open Project."));
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(false);
    setWindowTitle(tr("Parallax"));
    Q_EMIT projectChanged();
}

void MainWindow::reloadLibrary()
{
    if (!m_session)
        return;
    ArticleStore store(*project());
    auto listing = store.listing();
    if (!listing) {
        showError(tr("Library"), listing.error());
        return;
    }
    // The outlets of the project, for the filter; the current choice is kept.
    QStringList outlets;
    for (const StoryListing &l : listing.value()) {
        for (const ArticleSummary &a : l.articles) {
            if (!a.outlet.isEmpty() && !outlets.contains(a.outlet))
                outlets.append(a.outlet);
        }
    }
    outlets.sort(Qt::CaseInsensitive);
    const QString chosen = m_outletFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_outletFilter);
        m_outletFilter->clear();
        m_outletFilter->addItem(tr("All outlets"), QString());
        for (const QString &outlet : std::as_const(outlets))
            m_outletFilter->addItem(outlet, outlet);
        m_outletFilter->setCurrentIndex(std::max(0, m_outletFilter->findData(chosen)));
    }
    m_library->setListing(std::move(listing).value());
    spanStoryRows();
    // The title keeps most of the width; outlets are cut short before titles are.
    m_tree->resizeColumnToContents(LibraryModel::OutletColumn);
    m_tree->setColumnWidth(LibraryModel::OutletColumn,
        std::min(m_tree->columnWidth(LibraryModel::OutletColumn), m_tree->width() / 4));
    m_tree->resizeColumnToContents(LibraryModel::DateColumn);
    m_tree->resizeColumnToContents(LibraryModel::ReviewColumn);
}

void MainWindow::spanStoryRows()
{
    for (int row = 0; row < m_libraryProxy->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, {}, true);
    m_tree->expandAll();
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_session || articleId <= 0)
        return;
    m_articleId = articleId;
    m_reading->showArticle(articleId);
}

void MainWindow::runSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty() || !m_session) {
        m_libraryStack->setCurrentWidget(m_tree);
        return;
    }
    m_libraryStack->setCurrentWidget(m_results);
    m_results->clear();
    SearchIndex index(*project());
    auto hits = index.search(query, 50);
    if (!hits) {
        statusBar()->showMessage(hits.error(), 5000);
        return;
    }
    for (const SearchHit &hit : hits.value()) {
        const QString snippet = SearchIndex::markSnippet(hit.snippet, u"»"_s, u"«"_s).simplified();
        auto *item = new QListWidgetItem(
            u"%1\n%2 · %3\n%4"_s.arg(hit.title, hit.outlet, hit.published.left(10), snippet));
        item->setData(Roles::ArticleId, hit.articleId);
        m_results->addItem(item);
    }
    statusBar()->showMessage(tr("%n matching article(s)", nullptr, int(hits->size())), 3000);
}

void MainWindow::importFiles(const QStringList &paths, const QString &storyName)
{
    if (!m_session || isBusy())
        return;
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
                *outcomes = {ImportOutcome {projectPath, project.error(), {}, 0, 0}};
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
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(Roles::StoryId).toLongLong();
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
    if (current > 0) {
        const QModelIndex index
            = m_libraryProxy->mapFromSource(m_library->indexForArticle(current));
        if (index.isValid())
            m_tree->setCurrentIndex(index);
    }
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
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"),
            tr("%n file(s) could not be imported. The other files were imported.", nullptr,
                int(errors.size())),
            QMessageBox::Ok, this);
        box->setDetailedText(errors.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
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
    openProject(path);
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
        m_recentMenu->addAction(
            QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
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
