// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's docks (annotations, entities, code book) and its review actions.
#include "mainwindow.h"

#include "codebook/codebookdock.h"
#include "compare/comparisoncontroller.h"
#include "edit/projectsession.h"
#include "entities/entitiesdock.h"
#include "jobs/backgroundread.h"
#include "library/librarymodel.h"
#include "review/agreementdialog.h"
#include "review/analystmenu.h"
#include "review/annotationsdock.h"
#include "review/annotationtablemodel.h"
#include "review/curationdialog.h"
#include "storage/annotationstore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace Parallax {

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                    Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_annotationsDock = new AnnotationsDock;
    m_entitiesRead = new BackgroundRead(this);
    m_entitiesDock = new EntitiesDock;
    m_codeBookDock = new CodeBookDock;
    dock(tr("Annotations"), u"annotations"_s, m_annotationsDock, Qt::BottomDockWidgetArea);
    QDockWidget *entities
        = dock(tr("Entities"), u"entities"_s, m_entitiesDock, Qt::RightDockWidgetArea);
    QDockWidget *codeBook
        = dock(tr("Code Book"), u"codebook"_s, m_codeBookDock, Qt::RightDockWidgetArea);
    tabifyDockWidget(entities, codeBook);
    entities->raise();

    connect(m_annotationsDock, &AnnotationsDock::activated, this,
        [this](qint64 articleId, qint64, qint64, qint64) { showArticle(articleId); });
    connect(m_entitiesDock, &EntitiesDock::errorOccurred, this,
        [this](const QString &message) { showError(tr("Entities"), message); });
    connect(m_codeBookDock, &CodeBookDock::errorOccurred, this,
        [this](const QString &message) { showError(tr("Code Book"), message); });
}

void MainWindow::createReviewActions(QMenu *menu)
{
    QAction *accept = menu->addAction(
        tr("&Accept Selected Proposals"), this, [this] { review(ReviewStatus::Accepted, false); });
    accept->setShortcut(tr("A"));
    QAction *reject = menu->addAction(
        tr("&Reject Selected Proposals"), this, [this] { review(ReviewStatus::Rejected, false); });
    reject->setShortcut(tr("X"));
    QAction *reopen = menu->addAction(
        tr("Back to &Proposed"), this, [this] { review(ReviewStatus::Proposed, false); });
    reopen->setShortcut(tr("U"));
    menu->addSeparator();
    QAction *acceptAll = menu->addAction(
        tr("Accept All &Shown"), this, [this] { review(ReviewStatus::Accepted, true); });
    acceptAll->setShortcut(tr("Ctrl+Shift+A"));
    acceptAll->setStatusTip(
        tr("Accept every proposal the annotation table shows (filter it by type first)"));
    QAction *rejectAll = menu->addAction(
        tr("Reject All S&hown"), this, [this] { review(ReviewStatus::Rejected, true); });
    rejectAll->setShortcut(tr("Ctrl+Shift+X"));
    menu->addSeparator();
    QAction *agreement = menu->addAction(tr("A&greement…"), this, [this] { showAgreement(); });
    agreement->setObjectName(u"agreementAction"_s);
    agreement->setStatusTip(tr("How far the analysts' annotations of the story agree"));
    QAction *curate = menu->addAction(tr("C&urate…"), this, [this] { showCuration(); });
    curate->setObjectName(u"curateAction"_s);
    curate->setStatusTip(tr("Keep one curated version of the analysts' annotations"));
    m_projectActions.append({accept, reject, reopen, acceptAll, rejectAll, agreement, curate});
    m_editActions.append({accept, reject, reopen, acceptAll, rejectAll, curate});
    m_actionNeeds.insert(curate, Project::Change::Curation);
}

void MainWindow::showCuration()
{
    if (!m_session)
        return;
    auto *dialog = new CurationDialog(m_session, currentStoryId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_articleId > 0)
        dialog->setArticle(m_articleId);
    connect(this, &MainWindow::projectChanged, dialog, &QDialog::close);
    connect(dialog, &CurationDialog::spanActivated, this,
        [this](qint64 articleId, qint64 start, qint64 end) {
            showArticle(articleId);
            m_articleId = articleId;
            m_reading->scrollToSpan(articleId, start, end);
        });
    dialog->show();
}

void MainWindow::showAgreement()
{
    if (!m_session)
        return;
    // Not modal: the analyst reads the disagreeing spans in the panes beside it. It goes with the
    // project it measures.
    auto *dialog = new AgreementDialog(m_session->project(), currentStoryId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &MainWindow::projectChanged, dialog, &QDialog::close);
    connect(dialog, &AgreementDialog::spanActivated, this,
        [this](qint64 articleId, qint64 start, qint64 end) {
            showArticle(articleId);
            m_articleId = articleId;
            m_reading->scrollToSpan(articleId, start, end);
        });
    dialog->show();
}

void MainWindow::review(ReviewStatus status, bool allShown)
{
    if (!m_session)
        return;
    const QList<qint64> ids
        = allShown ? m_annotationsDock->shownIds() : m_annotationsDock->selectedIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select proposals in the annotation table first."), 4000);
        return;
    }
    if (auto r = m_session->setStatus(ids, status, m_annotationsDock->versionsOf(ids)); !r)
        showError(tr("Review"), r.error());
}

void MainWindow::connectSession()
{
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_entitiesDock->setSession(m_session);
    m_reading->setSession(m_session);
    m_codeBookDock->setSession(m_session);
    m_comparison->setSession(m_session);
    // Every edit is on disk when these arrive; the views read it back.
    // The pane the analyst is working in first; the lists (a whole-project query) follow a
    // moment later, once for a burst of edits, so a new tag shows within a frame.
    connect(m_session, &ProjectSession::annotationsChanged, this, [this](qint64 articleId) {
        m_reading->reloadAnnotations(articleId);
        m_listsRefresh->start();
    });
    connect(m_session, &ProjectSession::entitiesChanged, this, &MainWindow::reloadDocks);
    connect(m_session, &ProjectSession::libraryChanged, this, &MainWindow::onLibraryChanged);
    connect(m_session, &ProjectSession::codeBookChanged, this, &MainWindow::reloadDocks);
    connect(m_session, &ProjectSession::reviewItemsChanged, this, &MainWindow::reloadComparison);
    connect(m_session, &ProjectSession::errorOccurred, this,
        [this](const QString &message) { showError(tr("Parallax"), message); });
    connect(m_session, &ProjectSession::noticed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    // Another window or process wrote to the project: read it again. This window's own import
    // or annotation reloads everything when it finishes.
    connect(m_session, &ProjectSession::changedElsewhere, this, [this] {
        if (isBusy())
            return;
        m_reading->reloadAnnotations();
        m_libraryStale = true;
        m_listsRefresh->start();
        reloadComparison(); // 'parallax compare PROJECT' may have run
    });
}

void MainWindow::reloadDocks()
{
    if (!m_session)
        return;
    const qint64 story = currentStoryId();
    Project &project = m_session->project();
    // A large story's counts are read off the GUI thread, the rest at once.
    const bool large = m_library->articleCount(story) > m_backgroundArticles;
    m_annotationsDock->model()->setReadInBackground(large);
    // The table reads the rows in view; after an edit it reads its ids again and keeps the
    // rows that stay (and their selection).
    if (m_annotationsDock->model()->storyId() == story && m_annotationsSource == &project)
        m_annotationsDock->refresh();
    else
        m_annotationsDock->setSource(&project, story);
    m_annotationsSource = &project;
    if (auto analysts = AnnotationStore(project).manualAnalysts(story); analysts)
        m_analystMenu->setAnalysts(analysts.value());
    // Listed without aliases and outlets: the panel reads those for the entity selected. The
    // mentions of a large story's entities are counted in the background; the panel keeps what
    // it shows until they come.
    if (large) {
        m_entitiesRead->start<QList<EntityRecord>>(
            project,
            [story](Project &p) {
                return EntityStore(p).entities(story, EntityStore::Detail::Listing);
            },
            [this](Result<QList<EntityRecord>> &&entities) {
                if (entities)
                    m_entitiesDock->setEntities(std::move(entities).value());
                else
                    statusBar()->showMessage(entities.error(), 8000);
            });
    } else {
        m_entitiesRead->cancel();
        if (auto entities = EntityStore(project).entities(story, EntityStore::Detail::Listing);
            entities)
            m_entitiesDock->setEntities(std::move(entities).value());
    }
    if (auto tags = EntityStore(project).tags(); tags)
        m_codeBookDock->setTags(std::move(tags).value());
    updateTagActions();
}

bool MainWindow::isReadingDocks() const
{
    return m_entitiesRead->isBusy() || m_annotationsDock->model()->isCounting();
}

void MainWindow::waitForDocks()
{
    while (isReadingDocks()) {
        m_entitiesRead->waitForIdle();
        m_annotationsDock->model()->waitForCounts();
    }
}

void MainWindow::clearDocks()
{
    if (!m_annotationsDock)
        return;
    m_entitiesRead->cancel();
    m_annotationsDock->setSource(nullptr, 0);
    m_annotationsSource = nullptr;
    m_analystMenu->setAnalysts({});
    // The session is gone already: the dock must not ask it anything while it empties.
    m_entitiesDock->setSession(nullptr);
    m_entitiesDock->setEntities({});
    m_codeBookDock->setTags({});
    m_codeBookDock->setSession(nullptr);
}

} // namespace Parallax
