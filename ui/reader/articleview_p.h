// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of ArticleView (articleview*.cpp) share; not part of its interface.
#pragma once

#include "reader/articleview.h"

#include <QTextLayout>

#include <optional>

namespace Parallax::ReaderDetail {

// The line holding a block-relative position; QTextLayout::lineForTextPosition scans linearly,
// which shows on paragraphs with thousands of lines.
inline int lineIndexFor(const QTextLayout *layout, int position)
{
    int lo = 0;
    int hi = layout->lineCount() - 1;
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (layout->lineAt(mid).textStart() <= position)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

// The first line whose bottom lies below y (layout coordinates); the last line when none does.
inline int lineIndexAtY(const QTextLayout *layout, qreal y)
{
    int lo = 0;
    int hi = layout->lineCount() - 1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const QTextLine line = layout->lineAt(mid);
        if (line.y() + line.height() <= y)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::optional<ArticleView::Layer> entityLayer(const QString &label);

} // namespace Parallax::ReaderDetail
