// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/spanindex.h"

#include "util/textoffsets.h"

#include <algorithm>
#include <limits>

namespace Parallax {
namespace {

constexpr qsizetype kNoEnd = std::numeric_limits<qsizetype>::min();

} // namespace

SpanIndex::SpanIndex(std::vector<Entry> entries)
    : m_entries(std::move(entries))
{
    for (Entry &e : m_entries) {
        if (e.end <= e.start)
            e.end = e.start + 1;
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    const qsizetype n = size();
    if (n == 0)
        return;
    m_maxEnd.assign(size_t(n), kNoEnd);
    // The root sits at 2^k - 1 for the smallest k whose tree (2^(k+1) - 1 nodes) covers n.
    int level = 0;
    while ((qsizetype(1) << (level + 1)) - 1 < n)
        ++level;
    m_rootLevel = level;

    // Post-order fill; nodes past the end of the array still pass their children's bound up.
    auto fill = [this, n](auto &self, qsizetype node, int nodeLevel) -> qsizetype {
        qsizetype best = node < n ? m_entries[size_t(node)].end : kNoEnd;
        if (nodeLevel > 0) {
            const qsizetype half = qsizetype(1) << (nodeLevel - 1);
            best = std::max(best, self(self, node - half, nodeLevel - 1));
            if (node + 1 < n)
                best = std::max(best, self(self, node + half, nodeLevel - 1));
        }
        if (node < n)
            m_maxEnd[size_t(node)] = best;
        return best;
    };
    fill(fill, (qsizetype(1) << level) - 1, level);
}

SpanIndex SpanIndex::fromAnnotations(
    const QList<Annotation> &annotations, const CodePointMap &map, Rejected rejected)
{
    std::vector<Entry> entries;
    entries.reserve(size_t(annotations.size()));
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        if (rejected == Rejected::Skip && a.status == ReviewStatus::Rejected)
            continue;
        entries.push_back({map.toUtf16(a.span.start), map.toUtf16(a.span.end), int(i)});
    }
    return SpanIndex(std::move(entries));
}

void SpanIndex::overlapping(qsizetype from, qsizetype to, std::vector<Entry> *out) const
{
    out->clear();
    forEachOverlapping(from, to, [out](const Entry &e) { out->push_back(e); });
}

} // namespace Parallax
