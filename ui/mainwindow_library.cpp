// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The library's menu: an article's details, deleting articles, moving or copying them into a
// story, new stories, renaming and deleting one. Each change is one undoable command
// (edit/librarycommands.h); the views follow ProjectSession::libraryChanged().
#include "mainwindow.h"

#include "edit/librarycommands.h"
#include "edit/projectsession.h"
#include "jobs/importjob.h"
#include "library/articledialog.h"
#include "library/librarymodel.h"
#include "library/librarypanel.h"
#include "roles.h"
#include "storage/librarystore.h"
#include "widgets/texteditdialog.h"
#include "workbench/readingarea.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Parallax {

void MainWindow::createLibraryActions(QMenu *menu)
{
    // Delete and F2 act while the library has the focus only: Delete in a reading pane or a
    // note editor must never take an article with it.
    auto libraryAction = [this, menu](const QString &text, const char *name, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_libraryActions.append(action);
        return action;
    };
    QAction *details = libraryAction(tr("Article &Details…"), "articleDetails", [this] {
        if (m_libraryPanel->isStoryRowCurrent())
            renameStoryDialog();
        else
            editArticleDialog();
    });
    details->setShortcut(Qt::Key_F2);
    details->setStatusTip(tr("Edit the title, outlet, author, date, address and language"));
    m_moveMenu = menu->addMenu(tr("&Move to Story"));
    m_copyMenu = menu->addMenu(tr("&Copy to Story"));
    m_moveMenu->menuAction()->setObjectName(u"moveToStory"_s);
    m_copyMenu->menuAction()->setObjectName(u"copyToStory"_s);
    connect(m_moveMenu, &QMenu::aboutToShow, this, [this] { fillStoryMenu(m_moveMenu, true); });
    connect(m_copyMenu, &QMenu::aboutToShow, this, [this] { fillStoryMenu(m_copyMenu, false); });
    libraryAction(tr("&New Story from Selection…"), "newStory", [this] { newStoryDialog(); });
    menu->addSeparator();
    QAction *remove = libraryAction(tr("De&lete…"), "deleteSelection", [this] {
        if (m_libraryPanel->selectedArticleIds().isEmpty())
            deleteStoryDialog();
        else
            deleteArticlesDialog();
    });
    remove->setShortcut(QKeySequence::Delete);
    menu->addSeparator();
    libraryAction(tr("&Rename Story…"), "renameStory", [this] { renameStoryDialog(); });
    libraryAction(tr("Delete &Story…"), "deleteStory", [this] { deleteStoryDialog(); });
    m_libraryPanel->setContextActions({details, m_moveMenu->menuAction(), m_copyMenu->menuAction(),
        m_libraryActions[1], nullptr, remove, nullptr, m_libraryActions[3], m_libraryActions[4]});
    connect(m_libraryPanel->tree()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateLibraryActions);
    connect(m_libraryPanel->tree()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::updateLibraryActions);
    updateLibraryActions();
}

void MainWindow::updateLibraryActions()
{
    // An analyst on a server adds articles to stories (Copy to Story); editing and deleting them
    // and the stories are a curator's.
    const bool writable = canEdit() && project()->may(Project::Change::Library);
    const bool copyable = canEdit();
    const QList<qint64> articles = m_libraryPanel->selectedArticleIds();
    qint64 story = 0;
    const QList<qint64> stories = m_libraryPanel->selectedStoryIds();
    if (stories.size() == 1)
        story = stories.first();
    auto find = [this](const char *name) {
        return findChild<QAction *>(QString::fromLatin1(name));
    };
    find("articleDetails")
        ->setEnabled(writable
            && (articles.size() == 1 || (m_libraryPanel->isStoryRowCurrent() && story > 0)));
    find("newStory")->setEnabled(writable && !articles.isEmpty());
    find("deleteSelection")->setEnabled(writable && (!articles.isEmpty() || story > 0));
    find("renameStory")->setEnabled(writable && story > 0);
    find("deleteStory")->setEnabled(writable && story > 0);
    m_moveMenu->menuAction()->setEnabled(writable && !articles.isEmpty());
    m_copyMenu->menuAction()->setEnabled(copyable && !articles.isEmpty());
}

void MainWindow::fillStoryMenu(QMenu *menu, bool move)
{
    menu->clear();
    const QList<qint64> from = m_libraryPanel->selectedStoryIds();
    for (const StoryListing &l : m_library->listing()) {
        if (l.story.id <= 0 || (move && from == QList<qint64> {l.story.id}))
            continue;
        QAction *action = menu->addAction(l.story.name);
        action->setData(l.story.id);
        connect(action, &QAction::triggered, this,
            [this, move, id = l.story.id] { intoStory(id, move); });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("New Story…"), this, [this] { newStoryDialog(); });
}

void MainWindow::intoStory(qint64 storyId, bool move)
{
    if (!m_session)
        return;
    Result<void> r;
    if (move) {
        QList<std::pair<qint64, qint64>> articles;
        for (const auto &[article, story] : m_libraryPanel->selectedArticleRows())
            articles.append({article, story});
        r = Library::moveToStory(m_session, articles, storyId);
    } else {
        r = Library::copyToStory(m_session, m_libraryPanel->selectedArticleIds(), storyId);
    }
    if (!r) {
        showError(tr("Library"), r.error());
        return;
    }
    statusBar()->showMessage(m_session->undoStack()->undoText() + u'.', 5000);
}

void MainWindow::editArticleDialog()
{
    const QList<qint64> ids = m_libraryPanel->selectedArticleIds();
    if (!m_session || ids.size() != 1)
        return;
    auto before = LibraryStore(m_session->project()).metadata(ids.first());
    if (!before) {
        showError(tr("Article Details"), before.error());
        return;
    }
    ArticleDialog dialog(before.value(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.isModified())
        return;
    if (auto r = Library::editArticle(m_session, ids.first(), dialog.metadata()); !r)
        showError(tr("Article Details"), r.error());
}

void MainWindow::deleteArticlesDialog()
{
    const QList<qint64> ids = m_libraryPanel->selectedArticleIds();
    if (!m_session || ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        const QModelIndex row = m_library->indexForArticle(ids.first());
        question = tr("Delete \u201C%1\u201D with its annotations and notes?")
                       .arg(row.data(Qt::DisplayRole).toString());
    } else {
        question
            = tr("Delete %n articles with their annotations and notes?", nullptr, int(ids.size()));
    }
    QMessageBox box(
        QMessageBox::Question, tr("Delete Articles"), question, QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setInformativeText(tr("Edit › Undo (Ctrl+Z) brings them back."));
    box.setDefaultButton(remove);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    // The row after the deleted ones becomes current, as in a file manager.
    const qint64 next = m_libraryPanel->articleAfterSelection();
    if (auto r = Library::removeArticles(m_session, ids); !r) {
        showError(tr("Delete Articles"), r.error());
        return;
    }
    if (next > 0)
        m_libraryPanel->selectArticle(next);
    statusBar()->showMessage(
        tr("%n article(s) deleted. Ctrl+Z brings them back.", nullptr, int(ids.size())), 8000);
}

void MainWindow::newStoryDialog()
{
    const QList<qint64> ids = m_libraryPanel->selectedArticleIds();
    if (!m_session || ids.isEmpty())
        return;
    for (;;) {
        auto name = TextEditDialog::getText(this, tr("New Story"),
            tr("The name of the story (the %n article(s) stay in their stories as well):", nullptr,
                int(ids.size())),
            {}, TextEditDialog::Mode::SingleLine);
        if (!name)
            return;
        auto story = Library::newStory(m_session, *name, ids);
        if (story) {
            m_libraryPanel->selectArticle(ids.first(), story.value());
            return;
        }
        showError(tr("New Story"), story.error()); // then ask again
    }
}

void MainWindow::renameStoryDialog()
{
    const QList<qint64> stories = m_libraryPanel->selectedStoryIds();
    if (!m_session || stories.size() != 1 || stories.first() <= 0)
        return;
    const qint64 id = stories.first();
    auto story = LibraryStore(m_session->project()).story(id);
    if (!story || !story->has_value())
        return;
    auto name = TextEditDialog::getText(this, tr("Rename Story"), tr("The story's name:"),
        story.value()->name, TextEditDialog::Mode::SingleLine);
    if (!name)
        return;
    if (auto r = Library::renameStory(m_session, id, *name); !r)
        showError(tr("Rename Story"), r.error());
}

void MainWindow::deleteStoryDialog()
{
    const QList<qint64> stories = m_libraryPanel->selectedStoryIds();
    if (!m_session || stories.size() != 1 || stories.first() <= 0)
        return;
    const qint64 id = stories.first();
    auto story = LibraryStore(m_session->project()).story(id);
    if (!story || !story->has_value())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Story"),
        tr("Delete the story \u201C%1\u201D with its entities and its comparison?")
            .arg(story.value()->name),
        QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setInformativeText(tr("Its articles stay in the project, with their annotations. "
                              "Edit › Undo (Ctrl+Z) brings the story back."));
    box.setDefaultButton(remove);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (auto r = Library::removeStory(m_session, id); !r)
        showError(tr("Delete Story"), r.error());
}

void MainWindow::onLibraryChanged()
{
    const qint64 current = m_libraryPanel->currentArticleId();
    const qint64 story = m_libraryPanel->currentStoryId();
    reloadLibrary();
    if (current > 0)
        m_libraryPanel->selectArticle(current, story);
    m_reading->reloadArticles();
    m_articleId = m_reading->activeArticle();
    m_listsRefresh->start();
    reloadComparison();
    updateLibraryActions();
}

void MainWindow::offerMetadataUpdates(const QList<ImportOutcome> &outcomes)
{
    QList<std::pair<qint64, ArticleMetadata>> updates;
    QStringList lines;
    for (const ImportOutcome &o : outcomes) {
        for (const auto &update : o.metadataUpdates) {
            updates.append(update);
            lines.append(u"%1: %2"_s.arg(o.path, update.second.title));
        }
    }
    if (updates.isEmpty() || !m_session)
        return;
    // Asked after the import's own message, so that the two do not cover each other.
    QMessageBox box(QMessageBox::Question, tr("Import"),
        tr("%n of the articles were already in the project, with other details in the file "
           "(title, outlet, author, date, address or language). Update them from the file?",
            nullptr, int(updates.size())),
        QMessageBox::Cancel, this);
    QPushButton *update = box.addButton(tr("Update"), QMessageBox::AcceptRole);
    box.setDefaultButton(update);
    box.setEscapeButton(QMessageBox::Cancel);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
    if (box.clickedButton() != update) {
        statusBar()->showMessage(
            tr("The articles already in the project keep their details."), 8000);
        return;
    }
    auto changed = Library::updateMetadata(m_session, updates);
    if (!changed) {
        showError(tr("Import"), changed.error());
        return;
    }
    statusBar()->showMessage(tr("The details of %n article(s) were updated from the files. "
                                "Ctrl+Z undoes it.",
                                 nullptr, changed.value()),
        8000);
}

} // namespace Parallax
