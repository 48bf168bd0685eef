// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/entity.h"
#include "model/storedcomparison.h"
#include "storage/project.h"
#include "util/result.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QTimer;
class QToolButton;
class QUndoGroup;

namespace Parallax {

class AnnotationsDock;
class CodeBookDock;
class ComparisonController;
class EntitiesDock;
class LibraryModel;
class LibraryPanel;
class ReadingArea;
class ProjectSession;
class Project;
struct ImportOutcome;
struct ServerAddress;
class TaskRunner;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path, or else the most recent project, or else the bundled sample project.
    void openInitialProject(const QString &path);
    bool openProject(const QString &path);
    // Opens the bundled sample project, creating it on first use.
    bool openSampleProject();
    // The docks of a story of more articles than this count its annotations and its entities'
    // mentions in the background (BackgroundRead): millions of rows take seconds to count.
    static constexpr qsizetype kBackgroundReadArticles = 2'000;
    // For tests: another bound than kBackgroundReadArticles (0: every story in the background).
    void setBackgroundReadArticles(qsizetype articles) { m_backgroundArticles = articles; }
    // Whether the docks are still reading in the background; for tests, waits until they are not.
    bool isReadingDocks() const;
    void waitForDocks();
    // File › Open Server Project: the address from a dialog, then openProject().
    void openServerProjectDialog();
    // Whether the open project takes changes: not a file the user cannot write, nor a server
    // project whose account is a viewer's. The editing actions follow it.
    bool canEdit() const;
    void closeProject();
    void importFiles(const QStringList &files, const QString &storyName = {});
    void showArticle(qint64 articleId);

    Project *project() const;
    ProjectSession *session() const { return m_session; }
    LibraryModel *libraryModel() const { return m_library; }
    qint64 currentArticleId() const { return m_articleId; }
    bool isImporting() const { return m_importing; }
    bool isBusy() const;
    // Annotates the current story (storyId 0: every article) in the background.
    void annotate(qint64 storyId);

    static QString sampleProjectPath();
    // Below this width (device-independent pixels) the side panels start as tabs in one column.
    static constexpr int kNarrowWindow = 1200;
    // The first geometry on a screen whose free area is available.
    static QRect defaultGeometry(const QRect &available);
    // Shows the panels and gives the reading panes most of the width.
    void resetLayout();
    bool isFocusMode() const { return m_focusState.has_value(); }
    // Hides every dock, toolbar and the status bar; off restores them as they were.
    void setFocusMode(bool on);

Q_SIGNALS:
    void projectChanged();
    void importFinished(int imported, int refused);
    void annotationFinished(bool ok);
    void comparisonFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void reloadLibrary();
    void updateRecentMenu();
    void rememberProject(const QString &path);
    void onImportFinished(const QList<ImportOutcome> &outcomes, bool cancelled);
    void onAnnotationFinished(const QString &error, bool cancelled);
    qint64 currentStoryId() const;
    qint64 storyToCompare() const;
    void newProjectDialog();
    void openProjectDialog();
    void importDialog();
    void exportDialog(); // mainwindow_export.cpp
    void showError(const QString &title, const QString &message);
    // mainwindow_server.cpp: server projects. Opens one, asking for the password when the
    // server wants one that libpq did not find, and again when it refused the one typed.
    // Cancelled: an empty message.
    Result<std::unique_ptr<Project>> openOnServer(const QString &uri);
    // Connects on a worker thread, the window waiting with Cancel; nullopt when cancelled.
    std::optional<Result<std::unique_ptr<Project>>> connectInBackground(
        const ServerAddress &address);
    // How long a connection is waited for before the dialog with Cancel shows (ms).
    static constexpr int kConnectingShownAfter = 300;
    // The window's title for the open project: a file's name, or user@host/database.
    QString projectTitle() const;
    // Who the window is on a server project, in the status bar; the editing actions' state.
    void showAccess();
    void updateEditActions();
    QString analystName() const;
    // Asks the analyst's name the first time a change or a report needs it (and stores it).
    QString askAnalystName();
    // mainwindow_docks.cpp: the annotation, entity and code-book docks and the review actions.
    void createDocks();
    void createReviewActions(QMenu *menu);
    void connectSession();
    void reloadDocks();
    void clearDocks();
    void review(ReviewStatus status, bool allShown);
    void showAgreement();
    void showCuration();
    // mainwindow_reading.cpp: the panes, the layer legend and annotating the selected text.
    void createReadingActions(QMenu *annotateMenu, QMenu *viewMenu);
    void connectReading();
    void applyTag(qint64 tagId);
    void annotateSelection(AnnotationKind kind, const QString &label);
    void annotateSpan(AnnotationKind kind, const QString &label, qint64 article,
        const QString &text, qsizetype start, qsizetype end);
    // Asks who is quoted (0: not known); false when the analyst cancels.
    QList<EntityRecord> speakerCandidates();
    void setSpeakerOfCurrentQuote();
    void updateTagActions();
    // mainwindow_layout.cpp: the layout on first start, focus mode.
    void restoreLayout();
    void createFocusAction(QMenu *viewMenu);
    // The articles of the panes, in order, per project: kept on closing, shown on reopening.
    void rememberPanes();
    bool restorePanes();
    // A difference in more articles than the panes show offers the others, in the status bar.
    void createPaneOffer();
    // mainwindow_compare.cpp: the wiring of the comparison controller.
    void createCompareDocks();
    void createCompareActions(QMenu *menu, QMenu *viewMenu);
    void reloadComparison();
    // mainwindow_library.cpp: the Library menu and the library's context menu.
    void createLibraryActions(QMenu *menu);
    // mainwindow_learning.cpp: the project's entity model.
    void createLearningActions(QMenu *menu);
    void startLearning();
    void stopLearning();
    // corrections < 0: read from the project.
    void updateLearningActions(int corrections = -1);
    void resetLearning();
    void updateLibraryActions();
    void fillStoryMenu(QMenu *menu, bool move);
    void intoStory(qint64 storyId, bool move);
    void editArticleDialog();
    void deleteArticlesDialog();
    void newStoryDialog();
    void renameStoryDialog();
    void deleteStoryDialog();
    void onLibraryChanged();
    // A re-import brought other metadata for articles already in the project: offers to take it.
    void offerMetadataUpdates(const QList<ImportOutcome> &outcomes);

    ProjectSession *m_session = nullptr; // owns the open project, its undo stack and its edits
    QUndoGroup *m_undoGroup = nullptr;
    AnnotationsDock *m_annotationsDock = nullptr;
    EntitiesDock *m_entitiesDock = nullptr;
    CodeBookDock *m_codeBookDock = nullptr;
    ComparisonController *m_comparison = nullptr; // comparing a story, reviewing differences
    LibraryModel *m_library = nullptr; // the panel's
    LibraryPanel *m_libraryPanel = nullptr;
    ReadingArea *m_reading = nullptr;
    QMenu *m_tagMenu = nullptr;
    class AnalystMenu *m_analystMenu = nullptr;
    QTimer *m_listsRefresh = nullptr; // library and docks, after the panes
    // Whether m_listsRefresh lists the library again (another connection wrote: articles may
    // have come or gone), not only its counts (this window's edits of annotations).
    bool m_libraryStale = false;
    qint64 m_pendingTagId = 0; // the code-book tag being applied
    QMenu *m_recentMenu = nullptr;
    TaskRunner *m_tasks = nullptr; // import, annotation and comparison in the background
    bool m_importing = false;
    QList<QAction *> m_projectActions;
    QList<QAction *> m_taskActions; // disabled while a background task runs
    QList<QAction *> m_editActions; // change the project: disabled when it is read-only
    // Edit actions that need more than annotating (the code book, curation): disabled for a
    // role without it (Project::may).
    QHash<QAction *, Project::Change> m_actionNeeds;
    QList<QPointer<QThread>> m_connecting; // connection attempts, waited for on closing
    QLabel *m_accessLabel = nullptr; // read-only, or a server project's account and role
    QList<QAction *> m_libraryActions; // details, new story, delete, rename, delete story
    QMenu *m_moveMenu = nullptr;
    QMenu *m_copyMenu = nullptr;
    qint64 m_articleId = 0;
    qint64 m_docksStory = -1; // the story the docks show
    Project *m_annotationsSource = nullptr; // the project the Annotations panel lists
    class BackgroundRead *m_entitiesRead = nullptr; // the Entities panel's, for a large story
    qsizetype m_backgroundArticles = kBackgroundReadArticles;
    QAction *m_focusAction = nullptr;
    QAction *m_starterAction = nullptr; // Annotate › Add Starter Code Book
    class LearningQueue *m_learning = nullptr; // the project's entity model learning
    QAction *m_learnedAction = nullptr; // Annotate › Learned from N Corrections
    QAction *m_resetLearningAction = nullptr;
    QToolButton *m_paneOffer = nullptr;
    qint64 m_offeredGroup = 0;
    std::optional<QByteArray> m_focusState; // the layout focus mode hid
};

} // namespace Parallax
