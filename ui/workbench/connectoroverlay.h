// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace Parallax {

class ArticleView;

// Draws, as diff tools do, a band between neighbouring reading panes for each span aligned in
// both: from its lines in the left pane to its lines in the right one. It lies over the panes,
// lets every mouse event through and paints only in the gaps between them.
class ConnectorOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorOverlay(QWidget *parent);

    // The views from left to right.
    void setViews(const QList<ArticleView *> &views);
    void setCurrentGroup(qint64 group);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPointer<ArticleView>> m_views; // a closed pane's view goes away on its own
    qint64 m_currentGroup = 0;
};

} // namespace Parallax
