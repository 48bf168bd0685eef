// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ReadingArea: the comparison in the panes — marks, connectors, jumping to counterparts, and
// linked scrolling that keeps aligned passages level.
#include "readingarea.h"

#include "model/storedcomparison.h"
#include "reader/articlepane.h"
#include "workbench/connectoroverlay.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>

#include <cmath>

namespace Parallax {

namespace {

// Scrolls view line by line until the group's first line is at y (viewport pixels). A line of
// the scroll bar is not a fixed number of pixels (paragraphs have room between them), so it steps
// and looks again: a few dozen steps at most, each laying out only the visible lines.
void levelGroup(ArticleView *view, qint64 group, qreal y)
{
    QScrollBar *bar = view->verticalScrollBar();
    const qreal tolerance = view->fontMetrics().lineSpacing() / 2.0;
    for (int step = 0; step < 200; ++step) {
        const auto extent = view->groupExtent(group);
        if (!extent)
            return;
        const qreal gap = extent->first - y;
        const int direction = gap > tolerance ? 1 : gap < -tolerance ? -1 : 0;
        const int next = bar->value() + direction;
        if (direction == 0 || next < bar->minimum() || next > bar->maximum())
            return;
        bar->setValue(next);
        // Stepped past it: the line before was nearer.
        const auto moved = view->groupExtent(group);
        if (moved && std::abs(moved->first - y) > std::abs(gap)) {
            bar->setValue(next - direction);
            return;
        }
    }
}

} // namespace

namespace {

// The spans of a group: an alignment's members, or the one span of an only-in-one item.
QList<StoredSpan> spansOf(const StoredComparison &comparison, qint64 group)
{
    if (group > 0) {
        for (const StoredAlignment &a : comparison.alignments) {
            if (a.id == group)
                return a.members;
        }
    } else if (group < 0) {
        for (const ReviewItem &item : comparison.items) {
            if (item.id == -group)
                return item.spans;
        }
    }
    return {};
}

} // namespace

void ReadingArea::setComparison(std::shared_ptr<const StoredComparison> comparison)
{
    m_comparison = std::move(comparison);
    if (m_comparison && m_currentGroup != 0 && spansOf(*m_comparison, m_currentGroup).isEmpty())
        m_currentGroup = 0;
    if (!m_comparison)
        m_currentGroup = 0;
    for (int i = 0; i < m_panes.size(); ++i)
        applyComparison(i);
    updateConnectors();
}

void ReadingArea::setComparisonVisible(bool visible)
{
    m_comparisonVisible = visible;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setComparisonVisible(visible);
    updateConnectors();
}

void ReadingArea::applyComparison(int index)
{
    if (index < 0 || index >= m_panes.size())
        return;
    using Mark = ArticleView::ComparisonMark;
    const qint64 article = m_articles.at(index);
    QList<Mark> marks;
    if (m_comparison && article != 0) {
        for (const StoredAlignment &a : m_comparison->alignments) {
            for (const StoredSpan &m : a.members) {
                if (m.articleId == article)
                    marks.append({m.span.start, m.span.end, Mark::Kind::Aligned, a.id});
            }
            for (const StoredDifference &d : a.differences) {
                for (const StoredSpan &s : d.spans) {
                    if (s.articleId == article && s.span.end > s.span.start)
                        marks.append({s.span.start, s.span.end, Mark::Kind::Differing, a.id});
                }
            }
        }
        for (const ReviewItem &item : m_comparison->items) {
            if (item.alignmentId != 0 || item.stale)
                continue;
            for (const StoredSpan &s : item.spans) {
                if (s.articleId == article)
                    marks.append({s.span.start, s.span.end, Mark::Kind::Unmatched, -item.id});
            }
        }
    }
    ArticleView *view = m_panes.at(index)->view();
    view->setComparisonMarks(marks);
    view->setComparisonVisible(m_comparisonVisible);
    view->setCurrentGroup(m_currentGroup);
}

void ReadingArea::updateConnectors()
{
    if (!m_connectors)
        return;
    const bool show = m_comparison && m_comparisonVisible && m_panes.size() > 1;
    // The connectors need a gap to be drawn in, as in Meld or KDiff3.
    m_splitter->setHandleWidth(show ? 40 : m_handleWidth);
    QList<ArticleView *> views;
    if (show) {
        for (ArticlePane *pane : std::as_const(m_panes))
            views << pane->view();
    }
    m_connectors->setViews(views);
    m_connectors->setCurrentGroup(m_currentGroup);
    m_connectors->setGeometry(m_scroll->geometry());
    m_connectors->raise();
}

void ReadingArea::setCurrentGroup(qint64 group)
{
    m_currentGroup = group;
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->view()->setCurrentGroup(group);
    if (m_connectors)
        m_connectors->setCurrentGroup(group);
}

void ReadingArea::showGroup(qint64 group, bool openPanes)
{
    if (!m_comparison)
        return;
    const QList<StoredSpan> spans = spansOf(*m_comparison, group);
    if (spans.isEmpty())
        return;
    QList<qint64> wanted;
    for (const StoredSpan &s : spans)
        wanted << s.articleId;
    // Panes opened unasked squeezed the reading ones: the extra articles are offered instead.
    int hidden = 0;
    for (qint64 article : std::as_const(wanted)) {
        if (m_articles.contains(article))
            continue;
        if (const int empty = int(m_articles.indexOf(0)); empty >= 0) {
            load(empty, article);
        } else if (!openPanes) {
            ++hidden;
        } else if (m_panes.size() < kMaxPanes) {
            openInNewPane(article);
        } else {
            // Replace the rightmost pane that shows none of the group's articles.
            for (int i = int(m_panes.size()) - 1; i >= 0; --i) {
                if (!wanted.contains(m_articles.at(i))) {
                    load(i, article);
                    break;
                }
            }
        }
    }
    Q_EMIT groupArticlesHidden(group, hidden);
    setCurrentGroup(group);
    m_following = true;
    for (const StoredSpan &s : spans) {
        const int index = int(m_articles.indexOf(s.articleId));
        if (index >= 0)
            m_panes.at(index)->view()->scrollToSpan(s.span.start, s.span.end);
    }
    m_following = false;
    if (const int first = int(m_articles.indexOf(spans.constFirst().articleId)); first >= 0)
        setActive(first);
    // The panes of the difference in view, when the row of panes is wider than the window.
    int firstShown = int(m_panes.size());
    int lastShown = -1;
    for (const StoredSpan &s : spans) {
        if (const int index = int(m_articles.indexOf(s.articleId)); index >= 0) {
            firstShown = std::min(firstShown, index);
            lastShown = std::max(lastShown, index);
        }
    }
    if (lastShown >= 0)
        revealPanes(firstShown, lastShown);
    updateConnectors();
}

void ReadingArea::scrollOthersToGroup(int from, qint64 group)
{
    setCurrentGroup(group);
    const ArticleView *source = m_panes.at(from)->view();
    const auto anchor = source->groupExtent(group);
    m_following = true;
    for (int i = 0; i < m_panes.size(); ++i) {
        ArticleView *view = m_panes.at(i)->view();
        if (i == from || !view->groups().contains(group))
            continue;
        const auto [start, end] = view->groupSpan(group);
        view->scrollToSpan(start, end);
        // Then level the counterpart with the clicked span.
        if (anchor)
            levelGroup(view, group, anchor->first);
    }
    m_following = false;
    Q_EMIT comparisonGroupClicked(group);
}

bool ReadingArea::followByAlignment(int from)
{
    if (!m_comparison || !m_comparisonVisible)
        return false;
    // The aligned passage nearest the upper third of the scrolled pane leads; each other pane
    // brings its counterpart to the same height, so aligned passages stay level.
    const ArticleView *source = m_panes.at(from)->view();
    const qreal target = source->viewport()->height() / 3.0;
    qint64 lead = 0;
    qreal leadTop = 0;
    qreal best = std::numeric_limits<qreal>::max();
    for (qint64 group : source->groups()) {
        if (group <= 0)
            continue;
        const auto extent = source->groupExtent(group);
        if (!extent || extent->second <= 0 || extent->first >= source->viewport()->height())
            continue;
        const qreal distance = qAbs(extent->first - target);
        if (distance < best) {
            best = distance;
            lead = group;
            leadTop = extent->first;
        }
    }
    if (lead == 0)
        return false;
    for (int i = 0; i < m_panes.size(); ++i) {
        ArticleView *view = m_panes.at(i)->view();
        if (i == from)
            continue;
        if (!view->groups().contains(lead))
            continue; // this pane keeps its place
        auto extent = view->groupExtent(lead);
        const qreal height = view->viewport()->height();
        if (!extent || extent->second <= 0 || extent->first >= height) {
            const auto [start, end] = view->groupSpan(lead);
            view->scrollToSpan(start, end);
            extent = view->groupExtent(lead);
        }
        if (!extent)
            continue;
        levelGroup(view, lead, leadTop);
    }
    return true;
}

} // namespace Parallax
