// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/spangroups.h"

#include <algorithm>

namespace Parallax::Agreement {

QList<LayerSpan> SpanGroup::of(const QString &layer) const
{
    QList<LayerSpan> out;
    for (const LayerSpan &s : spans) {
        if (s.layer == layer)
            out.append(s);
    }
    return out;
}

QList<SpanGroup> groupSpans(QList<LayerSpan> spans, const QStringList &analysts)
{
    std::sort(spans.begin(), spans.end(), [](const LayerSpan &a, const LayerSpan &b) {
        return std::tie(a.begin, a.end, a.layer, a.id) < std::tie(b.begin, b.end, b.layer, b.id);
    });
    QList<SpanGroup> groups;
    for (const LayerSpan &s : std::as_const(spans)) {
        // Sorted by begin: a span overlaps the group so far exactly when it starts before the
        // group's end.
        if (groups.isEmpty() || s.begin >= groups.last().end)
            groups.append(SpanGroup {s.begin, s.end, {}, false});
        SpanGroup &g = groups.last();
        g.end = std::max(g.end, s.end);
        g.spans.append(s);
    }
    for (SpanGroup &g : groups) {
        g.agreed = !analysts.isEmpty();
        for (const QString &analyst : analysts) {
            const QList<LayerSpan> theirs = g.of(analyst);
            const LayerSpan &first = g.of(analysts.first()).value(0);
            if (theirs.size() != 1 || theirs.first().begin != first.begin
                || theirs.first().end != first.end || theirs.first().label != first.label) {
                g.agreed = false;
                break;
            }
        }
    }
    return groups;
}

} // namespace Parallax::Agreement
