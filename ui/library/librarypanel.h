// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTreeView;

namespace Parallax {

class LibraryFilterProxy;
class LibraryModel;
class ProjectSession;

// The library: the project's stories and their articles, filtered by outlet or by what is left
// to review, or the search results while a query is typed. Files dropped on a story are offered
// to the window to import into that story. The panel reads the project; it never edits it: its
// context menu holds the window's actions, which go through the session's undoable commands.
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    // nullptr empties the panel.
    void setSession(ProjectSession *session);
    LibraryModel *model() const { return m_library; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }

    // Reads the listing again; the outlet chosen and the current row are kept.
    void reload();
    // After an edit of annotations only: the counts of the rows shown (and the "To review"
    // filter) again, not the listing of every article.
    void refreshCounts();
    // The story of the current row (0: none, or the articles outside stories).
    qint64 currentStoryId() const;
    // Makes the article the current row (when it is shown), in that story when it is in it.
    void selectArticle(qint64 articleId, qint64 storyId = -1);
    // The article of the current row; 0 on a story row.
    qint64 currentArticleId() const;
    // The first article of the first story, where a freshly opened project starts.
    void selectFirstArticle();
    void focusSearch();
    // Shows or hides a column as the header's menu does; a shown column may still be left out
    // while the panel is too narrow for it and the title.
    void setColumnShown(int column, bool shown);

    // The articles selected in the tree (a story row counts for none), in the tree's order.
    QList<qint64> selectedArticleIds() const;
    // The same with the story of each row (0: the articles in no story).
    QList<std::pair<qint64, qint64>> selectedArticleRows() const;
    // The first article after the selected ones that is not selected (or else the one before
    // them): where the selection goes when they are deleted. 0: none.
    qint64 articleAfterSelection() const;
    // The stories of the selected rows, story rows or articles' (0: the articles in no story).
    QList<qint64> selectedStoryIds() const;
    // Whether the current row is a story's own row.
    bool isStoryRowCurrent() const;
    // The window's library actions, shown on the tree's context menu and (for their shortcuts,
    // Delete and F2) active while the tree has the focus. moveMenu and copyMenu list the
    // stories; they are filled each time the context menu opens.
    void setContextActions(const QList<QAction *> &actions);

Q_SIGNALS:
    void articleChosen(qint64 articleId);
    void currentStoryChanged(qint64 storyId);
    // Files dropped on a story row (storyName empty: dropped outside any story).
    void filesDropped(const QStringList &paths, const QString &storyName);
    void errorOccurred(const QString &title, const QString &message);
    void statusMessage(const QString &message, int timeout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void spanStoryRows();
    void fitColumns();
    void runSearch();
    void showColumnMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);

    ProjectSession *m_session = nullptr;
    LibraryModel *m_library;
    LibraryFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_outletFilter;
    QCheckBox *m_toReview;
    QTreeView *m_tree;
    QListWidget *m_results;
    QStackedWidget *m_stack;
    qint64 m_currentStory = -1;
    QSet<int> m_hiddenColumns; // the analyst's choice
    QList<QAction *> m_contextActions;
};

} // namespace Parallax
