// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/connectoroverlay.h"

#include "model/readercolors.h"
#include "reader/articleview.h"

#include <QPainter>
#include <QPainterPath>
#include <QSet>

namespace Parallax {

ConnectorOverlay::ConnectorOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
}

void ConnectorOverlay::setViews(const QList<ArticleView *> &views)
{
    m_views.clear();
    for (ArticleView *view : views)
        m_views << view;
    update();
}

void ConnectorOverlay::setCurrentGroup(qint64 group)
{
    m_currentGroup = group;
    update();
}

void ConnectorOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const ReaderColors colors = ReaderColors::forPalette(palette());
    for (int i = 0; i + 1 < m_views.size(); ++i) {
        ArticleView *left = m_views.at(i);
        ArticleView *right = m_views.at(i + 1);
        if (!left || !right || !left->isComparisonVisible() || !right->isComparisonVisible()
            || !left->hasComparisonMarks() || !right->hasComparisonMarks())
            continue;
        // The gap: from the left view's right edge (past its scroll bar) to the right view's
        // left edge, over the height of the viewports.
        // The overlay is the views' sibling: map through the parent they share.
        auto place = [this](const QWidget *w) {
            return w->mapTo(parentWidget(), QPoint()) - pos();
        };
        const QRect l(place(left), left->size());
        const QRect r(place(right), right->size());
        const qreal x1 = l.right() + 1;
        const qreal x2 = r.left();
        if (x2 - x1 < 2)
            continue;
        const qreal leftTop = place(left->viewport()).y();
        const qreal rightTop = place(right->viewport()).y();
        const qreal leftHeight = left->viewport()->height();
        const qreal rightHeight = right->viewport()->height();
        painter.save();
        painter.setClipRect(QRectF(x1, qMin(leftTop, rightTop), x2 - x1,
            qMax(leftTop + leftHeight, rightTop + rightHeight) - qMin(leftTop, rightTop)));
        const QList<qint64> leftGroups = left->groups();
        const QList<qint64> rightGroups = right->groups();
        const QSet<qint64> inRight(rightGroups.cbegin(), rightGroups.cend());
        for (qint64 group : leftGroups) {
            if (group <= 0 || !inRight.contains(group))
                continue;
            const auto a = left->groupExtent(group);
            const auto b = right->groupExtent(group);
            if (!a || !b)
                continue;
            const bool aAbove = a->second <= 0;
            const bool bAbove = b->second <= 0;
            const bool aBelow = a->first >= leftHeight;
            const bool bBelow = b->first >= rightHeight;
            if ((aAbove && bAbove) || (aBelow && bBelow))
                continue; // both off screen on the same side
            const qreal a1 = leftTop + qBound(-6.0, a->first, leftHeight + 6);
            const qreal a2 = leftTop + qBound(-6.0, a->second, leftHeight + 6);
            const qreal b1 = rightTop + qBound(-6.0, b->first, rightHeight + 6);
            const qreal b2 = rightTop + qBound(-6.0, b->second, rightHeight + 6);
            const qreal mid = (x1 + x2) / 2;
            QPainterPath path(QPointF(x1, a1));
            path.cubicTo(QPointF(mid, a1), QPointF(mid, b1), QPointF(x2, b1));
            path.lineTo(QPointF(x2, b2));
            path.cubicTo(QPointF(mid, b2), QPointF(mid, a2), QPointF(x1, a2));
            path.closeSubpath();
            const bool current = group == m_currentGroup;
            QColor fill = colors.aligned;
            fill.setAlpha(current ? 110 : 45);
            QColor edge = colors.aligned;
            edge.setAlpha(current ? 255 : 150);
            painter.fillPath(path, fill);
            painter.setPen(QPen(edge, current ? 1.5 : 1.0));
            painter.drawPath(path);
        }
        painter.restore();
    }
}

} // namespace Parallax
