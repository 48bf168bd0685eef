// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QList>

#include <vector>

namespace Parallax {

class CodePointMap;

// A static interval index over half-open ranges [start, end): the entries sorted by start (longer
// first at equal starts, so an outer span precedes the spans nested in it), laid out as an
// implicit balanced binary tree whose nodes carry the largest end in their subtree (the layout of
// Heng Li's cgranges). Building is O(n log n); a query is O(log n + k) and allocates nothing, so a
// view can ask for the spans of each visible line on every frame.
class SpanIndex
{
public:
    struct Entry
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int value = 0; // the caller's payload, e.g. an index into its annotation list
    };

    SpanIndex() = default;
    // An empty range [s, s) is stored as [s, s + 1) so that a query at s finds it.
    explicit SpanIndex(std::vector<Entry> entries);

    enum class Rejected { Skip, Keep };
    // Entries for the annotations' spans in UTF-16 positions of the text that map describes,
    // with value = the annotation's index in the list. Conversion happens here, once per article.
    static SpanIndex fromAnnotations(
        const QList<Annotation> &annotations, const CodePointMap &map, Rejected rejected);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    // Entries in index order (sorted by start, then by descending end).
    const Entry &at(qsizetype i) const { return m_entries[size_t(i)]; }

    // Calls f(const Entry &) for each entry overlapping [from, to), in index order.
    template<typename F>
    void forEachOverlapping(qsizetype from, qsizetype to, F &&f) const;
    // The same into a buffer the caller reuses across calls (cleared first).
    void overlapping(qsizetype from, qsizetype to, std::vector<Entry> *out) const;

private:
    std::vector<Entry> m_entries;
    std::vector<qsizetype> m_maxEnd; // the largest end in the subtree rooted at each index
    int m_rootLevel = -1;
};

template<typename F>
void SpanIndex::forEachOverlapping(qsizetype from, qsizetype to, F &&f) const
{
    if (m_rootLevel < 0 || from >= to)
        return;
    const qsizetype n = size();
    // In-order walk with an explicit stack: 64 levels cover any qsizetype-sized index.
    struct Frame
    {
        qsizetype node;
        int level;
        bool leftDone;
    };
    Frame stack[64];
    int top = 0;
    stack[top++] = {(qsizetype(1) << m_rootLevel) - 1, m_rootLevel, false};
    while (top > 0) {
        const Frame frame = stack[--top];
        if (frame.level <= 3) {
            // A subtree of at most 15 nodes: a linear scan beats more stack traffic.
            const qsizetype first = frame.node >> frame.level << frame.level;
            const qsizetype last = qMin(first + (qsizetype(1) << (frame.level + 1)) - 1, n);
            for (qsizetype i = first; i < last && m_entries[size_t(i)].start < to; ++i) {
                if (m_entries[size_t(i)].end > from)
                    f(m_entries[size_t(i)]);
            }
        } else if (!frame.leftDone) {
            const qsizetype left = frame.node - (qsizetype(1) << (frame.level - 1));
            stack[top++] = {frame.node, frame.level, true};
            // A node past the end has no own bound; its left part may still hold entries.
            if (left >= n || m_maxEnd[size_t(left)] > from)
                stack[top++] = {left, frame.level - 1, false};
        } else if (frame.node < n && m_entries[size_t(frame.node)].start < to) {
            if (m_entries[size_t(frame.node)].end > from)
                f(m_entries[size_t(frame.node)]);
            stack[top++]
                = {frame.node + (qsizetype(1) << (frame.level - 1)), frame.level - 1, false};
        }
    }
}

} // namespace Parallax
