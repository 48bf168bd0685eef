// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reader/articleview.h"

#include <QFuture>
#include <QWidget>

#include <memory>

class QScrollArea;
class QSplitter;

namespace Parallax {

class ArticlePane;
class ConnectorOverlay;
class ProjectSession;
struct StoredComparison;

// Two to four articles side by side. The active pane (the last one clicked in) receives the
// article chosen in the library; panes can be swapped, closed and resized, and their scrolling
// can be linked. Annotations are read from the session's project and repainted when it reports
// a change.
class ReadingArea : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxPanes = 4;
    static constexpr int kMinimumLineLength = 40; // characters
    // The narrowest a pane gets in the reading font; past it the row of panes scrolls.
    static int minimumPaneWidth(const QFont &font);

    explicit ReadingArea(QWidget *parent = nullptr);
    ~ReadingArea() override;

    void setSession(ProjectSession *session);
    void clear();

    // Shows the article in the active pane (or the pane that already shows it).
    void showArticle(qint64 articleId);
    // One article a pane in this order (up to four; at least two panes), one of them active.
    void showArticles(const QList<qint64> &articleIds, int active = 0);
    // Adds a pane for it (up to four); false when the panes are full.
    bool openInNewPane(qint64 articleId);
    void closePane(int index);
    // Reads the panes' articles again after a library change: new metadata shown, a deleted
    // article's pane left empty.
    void reloadArticles();
    void swapPane(int index); // with the next pane (the last with the first)

    int paneCount() const { return int(m_panes.size()); }
    ArticlePane *pane(int index) const { return m_panes.value(index); }
    qint64 articleIn(int index) const { return m_articles.value(index); }
    int activePane() const { return m_active; }
    qint64 activeArticle() const { return m_articles.value(m_active); }

    void setLayerVisible(ArticleView::Layer layer, bool visible);
    void setHiddenAnalysts(const QSet<QString> &analysts);
    void setLinkedScrolling(bool linked);
    bool linkedScrolling() const { return m_linked; }
    void setTagColors(const QHash<QString, QColor> &colors);
    // The reading font and highlight colours from the settings, for every pane.
    void applySettings();

    void highlightEntity(qint64 entityId);
    void scrollToSpan(qint64 articleId, qint64 start, qint64 end);

    // The active pane's selection in code points (end <= start: none).
    qsizetype selectionStart() const { return m_selectionStart; }
    qsizetype selectionEnd() const { return m_selectionEnd; }
    QString activeText() const;
    // The annotation last clicked in a pane (0: none).
    qint64 currentAnnotation() const { return m_currentAnnotation; }
    // The version of the annotation as the panes read it (0: no pane holds it), which an edit
    // passes so that someone else's change since is a conflict, not overwritten.
    int annotationVersion(qint64 id) const;

    // Reads the annotations again (articleId -1: of every pane).
    void reloadAnnotations(qint64 articleId = -1);

    // readingarea_compare.cpp. The story's comparison: aligned spans, differing words and spans
    // found in one article only are marked in the panes that show its articles, with connectors
    // between neighbouring panes. A group is an alignment's id, or minus a review item's id for
    // a span found in one article only. Null clears.
    void setComparison(std::shared_ptr<const StoredComparison> comparison);
    const StoredComparison *comparison() const { return m_comparison.get(); }
    void setComparisonVisible(bool visible);
    bool isComparisonVisible() const { return m_comparisonVisible; }
    // Brings the group's articles into the panes, scrolls each to its span and marks the group
    // current in every pane. Articles that would need another pane are left out, and reported
    // by groupArticlesHidden(), unless openPanes (up to four, then the rightmost is replaced).
    void showGroup(qint64 group, bool openPanes = false);
    qint64 currentGroup() const { return m_currentGroup; }

Q_SIGNALS:
    void activeArticleChanged(qint64 articleId);
    void entityClicked(qint64 entityId);
    void annotationClicked(qint64 annotationId);
    void speakerLabelClicked(qint64 quoteId);
    // A compared span was clicked; the other panes have scrolled to its counterparts.
    void comparisonGroupClicked(qint64 group);
    // After showGroup(): how many of the group's articles no pane shows (0: all are shown).
    void groupArticlesHidden(qint64 group, int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    ArticlePane *addPane();
    void load(int index, qint64 articleId);
    void setActive(int index);
    void followScroll(int from);
    // Scrolls the row of panes, once laid out, to show pane last and, if it fits too, pane first.
    void revealPanes(int first, int last);
    // readingarea_compare.cpp
    void applyComparison(int index);
    void updateConnectors();
    void setCurrentGroup(qint64 group);
    void scrollOthersToGroup(int from, qint64 group);
    bool followByAlignment(int from);

    ProjectSession *m_session = nullptr;
    QSplitter *m_splitter;
    QScrollArea *m_scroll;
    QList<ArticlePane *> m_panes;
    QList<qint64> m_articles;
    QHash<ArticleView::Layer, bool> m_layers;
    QSet<QString> m_hiddenAnalysts;
    QHash<QString, QColor> m_tagColors;
    int m_active = 0;
    bool m_linked = true;
    bool m_following = false;
    qint64 m_highlightedEntity = 0;
    qsizetype m_selectionStart = 0;
    qsizetype m_selectionEnd = 0;
    qint64 m_currentAnnotation = 0;
    std::shared_ptr<const StoredComparison> m_comparison;
    bool m_comparisonVisible = true;
    qint64 m_currentGroup = 0;
    ConnectorOverlay *m_connectors = nullptr;
    int m_handleWidth = 0; // the style's, when no connectors are drawn
    // Re-anchored spans being written back on worker threads; waited for on destruction.
    QList<QFuture<void>> m_reanchoring;
};

} // namespace Parallax
