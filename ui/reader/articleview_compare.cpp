// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleView: the comparison's marks. Like the annotations they live in an interval index of
// their own and are painted per visible line; they never enter the document.
#include "reader/articleview.h"

#include "model/readercolors.h"
#include "reader/articleview_p.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>

namespace Parallax {

using namespace ReaderDetail;

namespace {

constexpr int kBarWidth = 4; // the aligned/unmatched bar at the viewport's right edge

// Calls f(markIndex, lineRect, firstLine, lastLine) for each exposed line of each mark in rect.
// Line rectangles span the whole marked text of the line (cursorToX), in viewport coordinates.
template<typename F>
void forEachMarkLine(
    const QTextBlock &firstBlock, QPointF offset, const SpanIndex &index, const QRect &rect, F &&f)
{
    qreal top = offset.y();
    for (QTextBlock block = firstBlock; block.isValid() && top <= rect.bottom();
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        // The block's height with the room below a paragraph (ParagraphLayout).
        const qreal height = block.document()->documentLayout()->blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= rect.top() && layout->lineCount() > 0) {
            const QPointF origin = QPointF(offset.x(), top) + layout->position();
            const int firstLine = lineIndexAtY(layout, rect.top() - origin.y());
            const int lastLine = lineIndexAtY(layout, rect.bottom() - origin.y());
            const qsizetype from = block.position() + layout->lineAt(firstLine).textStart();
            const QTextLine last = layout->lineAt(lastLine);
            const qsizetype to
                = qMax(block.position() + last.textStart() + last.textLength(), from + 1);
            index.forEachOverlapping(from, to, [&](const SpanIndex::Entry &e) {
                const int a = int(qMax(e.start, from) - block.position());
                const int b = int(qMin(e.end, to) - block.position());
                const int l1 = lineIndexFor(layout, a);
                const int l2 = lineIndexFor(layout, qMax(a, b - 1));
                for (int l = l1; l <= l2; ++l) {
                    const QTextLine line = layout->lineAt(l);
                    qreal x1 = l == l1 ? line.cursorToX(a) : line.x();
                    qreal x2 = l == l2 ? line.cursorToX(b) : line.x() + line.naturalTextWidth();
                    if (x2 < x1)
                        std::swap(x1, x2);
                    f(e.value,
                        QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()),
                        l == l1 && e.start >= from, l == l2 && e.end <= to);
                }
            });
        }
        top += height;
    }
}

} // namespace

void ArticleView::setComparisonMarks(const QList<ComparisonMark> &marks)
{
    m_marks = marks;
    m_groupSpan.clear();
    std::vector<SpanIndex::Entry> entries;
    entries.reserve(size_t(marks.size()));
    for (int i = 0; i < marks.size(); ++i) {
        const ComparisonMark &m = marks.at(i);
        entries.push_back({m_map.toUtf16(m.start), m_map.toUtf16(m.end), i});
        if (m.kind != ComparisonMark::Kind::Differing && !m_groupSpan.contains(m.group))
            m_groupSpan.insert(m.group, i);
    }
    m_markIndex = SpanIndex(std::move(entries));
    viewport()->update();
}

void ArticleView::setComparisonVisible(bool visible)
{
    if (m_marksVisible == visible)
        return;
    m_marksVisible = visible;
    viewport()->update();
}

void ArticleView::setCurrentGroup(qint64 group)
{
    if (m_currentGroup == group)
        return;
    m_currentGroup = group;
    viewport()->update();
}

QList<qint64> ArticleView::groups() const
{
    return m_groupSpan.keys();
}

std::pair<qsizetype, qsizetype> ArticleView::groupSpan(qint64 group) const
{
    const int i = m_groupSpan.value(group, -1);
    if (i < 0)
        return {-1, -1};
    return {m_marks.at(i).start, m_marks.at(i).end};
}

std::optional<std::pair<qreal, qreal>> ArticleView::groupExtent(qint64 group) const
{
    const int i = m_groupSpan.value(group, -1);
    if (i < 0)
        return std::nullopt;
    const qsizetype start = m_map.toUtf16(m_marks.at(i).start);
    const qsizetype end = qMax(start + 1, m_map.toUtf16(m_marks.at(i).end));
    const QTextBlock first = firstVisibleBlock();
    const QTextBlock startBlock = document()->findBlock(int(start));
    const QTextBlock endBlock = document()->findBlock(int(end - 1));
    const qreal height = viewport()->height();
    // Blocks above the first visible one or far below are not laid out: walking to them would
    // cost their whole layout on every frame, and the connector only needs a direction.
    if (endBlock.blockNumber() < first.blockNumber())
        return std::pair<qreal, qreal> {-8.0, -4.0};
    const QPointF offset = contentOffset();
    qreal top = offset.y();
    std::optional<qreal> y1;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (top > height)
            break;
        const QTextLayout *layout = block.layout();
        const qreal blockHeight = blockBoundingRect(block).height();
        const QPointF origin = QPointF(offset.x(), top) + layout->position();
        if (block.blockNumber() == startBlock.blockNumber() && layout->lineCount() > 0) {
            const QTextLine line
                = layout->lineAt(lineIndexFor(layout, int(start - block.position())));
            y1 = origin.y() + line.y();
        } else if (block.blockNumber() > startBlock.blockNumber() && !y1) {
            y1 = top; // the span started above the viewport
        }
        if (block.blockNumber() == endBlock.blockNumber() && layout->lineCount() > 0) {
            const QTextLine line
                = layout->lineAt(lineIndexFor(layout, int(end - 1 - block.position())));
            return std::pair<qreal, qreal> {*y1, origin.y() + line.y() + line.height()};
        }
        top += blockHeight;
    }
    if (y1)
        return std::pair<qreal, qreal> {*y1, height + 4.0};
    return std::pair<qreal, qreal> {height + 4.0, height + 8.0};
}

qint64 ArticleView::groupAt(const QPoint &viewportPoint) const
{
    const qsizetype character = characterAt(viewportPoint);
    if (character < 0 || !m_marksVisible)
        return 0;
    qint64 group = 0;
    qsizetype length = 0;
    m_markIndex.forEachOverlapping(character, character + 1, [&](const SpanIndex::Entry &e) {
        if (group == 0 || e.end - e.start < length) {
            group = m_marks.at(e.value).group;
            length = e.end - e.start;
        }
    });
    return group;
}

void ArticleView::paintComparisonUnder(QPainter *painter, const QRect &rect)
{
    m_markRects.clear();
    if (!m_marksVisible || m_markIndex.isEmpty())
        return;
    const qreal barX = viewport()->width() - kBarWidth;
    forEachMarkLine(firstVisibleBlock(), contentOffset(), m_markIndex, rect,
        [&](int index, const QRectF &r, bool, bool) {
            const ComparisonMark &m = m_marks.at(index);
            switch (m.kind) {
            case ComparisonMark::Kind::Aligned: {
                QColor bar = m_colors->aligned;
                if (m.group == m_currentGroup) {
                    QColor tint = m_colors->aligned;
                    tint.setAlpha(m_colors->dark ? 60 : 38);
                    painter->fillRect(r, tint);
                } else {
                    bar.setAlpha(150);
                }
                painter->fillRect(QRectF(barX, r.top(), kBarWidth, r.height()), bar);
                break;
            }
            case ComparisonMark::Kind::Unmatched: {
                QColor tint = m_colors->unmatched;
                tint.setAlpha(m.group == m_currentGroup ? 60 : 14);
                painter->fillRect(r, tint);
                QColor bar = m_colors->unmatched;
                bar.setAlpha(m.group == m_currentGroup ? 255 : 110);
                painter->fillRect(QRectF(barX, r.top(), kBarWidth, r.height()), bar);
                break;
            }
            case ComparisonMark::Kind::Differing: {
                QColor tint = m_colors->differing;
                tint.setAlpha(m_colors->dark ? 40 : 28);
                painter->fillRect(r.adjusted(0, 1, 0, -1), tint);
                m_markRects.emplace_back(index, r);
                break;
            }
            }
        });
}

void ArticleView::paintComparisonOver(QPainter *painter) const
{
    // The differing words get a wavy-free, solid underline at the top of the line, clear of
    // the quote band at the bottom.
    for (const auto &[index, r] : m_markRects) {
        Q_UNUSED(index)
        painter->fillRect(QRectF(r.left(), r.top(), r.width(), 2), m_colors->differing);
    }
}

} // namespace Parallax
