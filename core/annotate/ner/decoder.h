// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels.h"

#include <algorithm>
#include <limits>
#include <type_traits>
#include <vector>

namespace Parallax::Ner {

// Viterbi<qint32>'s forward pass for the BILOU grammar over rows 1 to n - 1 of alpha (row 0
// filled), with decodeBilou()'s tables, four labels at a time (decoder.cpp).
void bilouForward(const qint32 *emissions, int n, const qint32 (&forward)[9][12],
    const qint32 *between, qint32 *alpha);
// The backward pass of marginsBilou() over rows n - 2 down to first of beta (row n - 1 filled).
void bilouBackward(const qint32 *emissions, int n, int first, const qint32 (&backward)[9][12],
    const qint32 *between, qint32 *beta);

// First-order transition scores: between labels, from the sentence start, to its end.
template<typename Score>
struct Transitions
{
    Score between[kLabelCount * kLabelCount] = {}; // [from * kLabelCount + to]
    Score start[kLabelCount] = {};
    Score end[kLabelCount] = {};
};

// Viterbi over BILOU labels with the label grammar as hard constraints. emissions holds n rows
// of kLabelCount scores. Writes the best labels to out. With margins, also writes for each
// token how much the best path beats the best path through any other label at that token
// (max-marginals from a forward and a backward pass), the basis of the confidence.
template<typename Score>
class Viterbi
{
public:
    void decode(const Score *emissions, int n, const Transitions<Score> &t, quint8 *out,
        Score *margins = nullptr)
    {
        if constexpr (std::is_same_v<Score, qint32> && kLabelCount == 17) {
            decodeBilou(emissions, n, t, out, margins);
            return;
        }
        decodeGeneric(emissions, n, t, out, margins);
    }

    // The margins decode() with margins would give the tokens not labelled O, after a decode()
    // without them over the same emissions and transitions (labels: what it wrote); those of
    // the others may be left as they were. For a caller that reads the margins of names only.
    void margins(const Score *emissions, int n, const Transitions<Score> &t, const quint8 *labels,
        Score *margins)
    {
        if constexpr (std::is_same_v<Score, qint32> && kLabelCount == 17) {
            marginsBilou(emissions, n, t, labels, margins, true);
            return;
        }
        marginsGeneric(emissions, n, t, labels, margins);
    }

    // The same over any label grammar, one label pair at a time: what decode() computes,
    // written plainly (the tests compare the two).
    void decodeGeneric(const Score *emissions, int n, const Transitions<Score> &t, quint8 *out,
        Score *margins = nullptr)
    {
        if (n <= 0)
            return;
        constexpr int L = kLabelCount;
        constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
        m_alpha.resize(size_t(n) * L);
        m_back.resize(size_t(n) * L);
        for (int y = 0; y < L; ++y)
            m_alpha[size_t(y)] = allowed(-1, y) ? emissions[y] + t.start[y] : kNone;
        // Only the allowed predecessors are visited (97 of the 289 pairs). Every label has a
        // reachable predecessor after the first token, so unreachable (kNone) scores never
        // win a maximum and need no test.
        for (int i = 1; i < n; ++i) {
            const Score *prev = &m_alpha[size_t(i - 1) * L];
            Score *cur = &m_alpha[size_t(i) * L];
            quint8 *back = &m_back[size_t(i) * L];
            for (int y = 0; y < L; ++y) {
                const Neighbours &from = kLinks.predecessors[y];
                int arg = from.label[0];
                Score best = prev[arg] + t.between[arg * L + y];
                for (int k = 1; k < from.count; ++k) {
                    const int x = from.label[k];
                    const Score s = prev[x] + t.between[x * L + y];
                    if (s > best) {
                        best = s;
                        arg = x;
                    }
                }
                cur[y] = best + emissions[size_t(i) * L + y];
                back[y] = quint8(arg);
            }
            normalize(cur);
        }
        const Score *last = &m_alpha[size_t(n - 1) * L];
        Score best = kNone;
        int arg = 0;
        for (int y = 0; y < L; ++y) {
            if (!allowed(y, -1) || last[y] <= kNone)
                continue;
            if (last[y] + t.end[y] > best) {
                best = last[y] + t.end[y];
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; --i) {
            out[i] = quint8(arg);
            arg = m_back[size_t(i) * L + size_t(arg)];
        }
        if (margins)
            marginsGeneric(emissions, n, t, out, margins);
    }

private:
    void marginsGeneric(const Score *emissions, int n, const Transitions<Score> &t,
        const quint8 *out, Score *margins)
    {
        if (n <= 0)
            return;
        constexpr int L = kLabelCount;
        constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
        // Backward max scores, then max-marginals alpha + beta per token and label.
        m_beta.resize(size_t(n) * L);
        for (int y = 0; y < L; ++y)
            m_beta[size_t(n - 1) * L + y] = allowed(y, -1) ? t.end[y] : kNone;
        for (int i = n - 2; i >= 0; --i) {
            const Score *next = &m_beta[size_t(i + 1) * L];
            const Score *e = &emissions[size_t(i + 1) * L];
            for (int x = 0; x < L; ++x) {
                const Neighbours &to = kLinks.successors[x];
                Score b = kNone;
                for (int k = 0; k < to.count; ++k) {
                    const int y = to.label[k];
                    b = std::max(b, Score(t.between[x * L + y] + e[y] + next[y]));
                }
                m_beta[size_t(i) * L + x] = b;
            }
            normalize(&m_beta[size_t(i) * L]);
        }
        for (int i = 0; i < n; ++i) {
            Score other = kNone;
            const Score chosen = m_alpha[size_t(i) * L + out[i]] + m_beta[size_t(i) * L + out[i]];
            for (int y = 0; y < L; ++y) {
                const Score a = m_alpha[size_t(i) * L + y];
                const Score b = m_beta[size_t(i) * L + y];
                if (y != out[i] && a > kNone && b > kNone)
                    other = std::max(other, Score(a + b));
            }
            margins[i] = other <= kNone ? std::numeric_limits<Score>::max() / 4 : chosen - other;
        }
    }

    // decode() for the BILOU grammar of four types in integers, four labels at a time. The
    // labels that close a name (O, L-*, U-*) are the predecessors of those that open one or
    // stay outside (O, B-*, U-*); I-t and L-t follow B-t and I-t only. Maxima and their first
    // arguments (ties to the lower label, as decodeGeneric() visits them) are the same.
    static constexpr int kClosed[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
    static constexpr int kOpening[9] = {0, 1, 4, 5, 8, 9, 12, 13, 16};

    struct alignas(16) BilouTables
    {
        // [closed k][opening j], j padded to 12
        qint32 forward[9][12];
        // [opening j][closed k], k padded to 12
        qint32 backward[9][12];
    };

    void prepareTables(const Transitions<Score> &t)
    {
        if (m_tablesFor == &t
            && std::equal(std::begin(t.between), std::end(t.between), m_tablesCopy))
            return;
        constexpr int L = kLabelCount;
        for (int k = 0; k < 9; ++k) {
            for (int j = 0; j < 12; ++j) {
                m_tables.forward[k][j] = j < 9 ? t.between[kClosed[k] * L + kOpening[j]] : 0;
                m_tables.backward[k][j] = j < 9 ? t.between[kClosed[j] * L + kOpening[k]] : 0;
            }
        }
        std::copy(std::begin(t.between), std::end(t.between), m_tablesCopy);
        m_tablesFor = &t;
    }

    void decodeBilou(
        const qint32 *emissions, int n, const Transitions<qint32> &t, quint8 *out, qint32 *margins)
    {
        if (n <= 0)
            return;
        constexpr int L = kLabelCount;
        constexpr qint32 kNone = std::numeric_limits<qint32>::lowest() / 4;
        prepareTables(t);
        m_alpha.resize(size_t(n) * L);
        for (int y = 0; y < L; ++y)
            m_alpha[size_t(y)] = allowed(-1, y) ? emissions[y] + t.start[y] : kNone;
        // The maxima only: the best path's predecessors are found again afterwards, at one
        // label per token (backPointer()), instead of keeping the arguments of all 17.
        bilouForward(emissions, n, m_tables.forward, t.between, m_alpha.data());
        const qint32 *last = &m_alpha[size_t(n - 1) * L];
        qint32 top = kNone;
        int at = 0;
        for (int y = 0; y < L; ++y) {
            if (!allowed(y, -1) || last[y] <= kNone)
                continue;
            if (last[y] + t.end[y] > top) {
                top = last[y] + t.end[y];
                at = y;
            }
        }
        for (int i = n - 1; i >= 0; --i) {
            out[i] = quint8(at);
            if (i > 0)
                at = backPointer(&m_alpha[size_t(i - 1) * L], at, t);
        }
        if (margins)
            marginsBilou(emissions, n, t, out, margins, false);
    }

    // The predecessor of label y that the forward pass took for its maximum over the row prev:
    // the first in label order of the best, as the comparisons there keep it.
    int backPointer(const qint32 *prev, int y, const Transitions<qint32> &t) const
    {
        constexpr int L = kLabelCount;
        if (y == kOutside || positionOf(y) == Begin || positionOf(y) == Unit) {
            const int j = y == kOutside  ? 0
                : positionOf(y) == Begin ? 1 + 2 * int(typeOf(y))
                                         : 2 + 2 * int(typeOf(y));
            int arg = kClosed[0];
            qint32 b = prev[kClosed[0]] + m_tables.forward[0][j];
#pragma GCC unroll 9
            for (int k = 1; k < 9; ++k) {
                const qint32 s = prev[kClosed[k]] + m_tables.forward[k][j];
                if (s > b) {
                    b = s;
                    arg = kClosed[k];
                }
            }
            return arg;
        }
        const int begin = 1 + 4 * int(typeOf(y));
        const int inside = begin + 1;
        const qint32 fromBegin = prev[begin] + t.between[begin * L + y];
        const qint32 fromInside = prev[inside] + t.between[inside * L + y];
        return fromInside > fromBegin ? inside : begin;
    }

    // The backward pass and the margins, over m_alpha of the last decodeBilou(); with namesOnly
    // those of the tokens not labelled O only, the backward pass stopping at the first of them.
    void marginsBilou(const qint32 *emissions, int n, const Transitions<qint32> &t,
        const quint8 *out, qint32 *margins, bool namesOnly)
    {
        int first = 0;
        if (namesOnly) {
            while (first < n && out[first] == kOutside)
                ++first;
        }
        if (n <= 0 || first >= n)
            return;
        constexpr int L = kLabelCount;
        constexpr qint32 kNone = std::numeric_limits<qint32>::lowest() / 4;
        prepareTables(t);
        m_beta.resize(size_t(n) * L);
        for (int y = 0; y < L; ++y)
            m_beta[size_t(n - 1) * L + y] = allowed(y, -1) ? t.end[y] : kNone;
        bilouBackward(emissions, n, first, m_tables.backward, t.between, m_beta.data());
        for (int i = first; i < n; ++i) {
            if (namesOnly && out[i] == kOutside)
                continue;
            qint32 other = kNone;
            const qint32 *a = &m_alpha[size_t(i) * L];
            const qint32 *b = &m_beta[size_t(i) * L];
            const qint32 chosen = a[out[i]] + b[out[i]];
            for (int y = 0; y < L; ++y) {
                if (y != out[i] && a[y] > kNone && b[y] > kNone)
                    other = std::max(other, qint32(a[y] + b[y]));
            }
            margins[i] = other <= kNone ? std::numeric_limits<qint32>::max() / 4 : chosen - other;
        }
    }

    BilouTables m_tables {};
    const Transitions<Score> *m_tablesFor = nullptr;
    Score m_tablesCopy[kLabelCount * kLabelCount] = {};

    // Rows are shifted so that their best entry is 0: integer scores of long sentences then
    // never overflow, and only differences within a row matter.
    static void normalize(Score *row)
    {
        constexpr Score kNone = std::numeric_limits<Score>::lowest() / 4;
        Score top = kNone;
        for (int y = 0; y < kLabelCount; ++y)
            top = std::max(top, row[y]);
        if (top <= kNone)
            return;
        for (int y = 0; y < kLabelCount; ++y) {
            if (row[y] > kNone)
                row[y] -= top;
        }
    }

    struct Neighbours
    {
        int count = 0;
        quint8 label[kLabelCount] = {};
    };
    struct LinkTable
    {
        Neighbours predecessors[kLabelCount];
        Neighbours successors[kLabelCount];
        constexpr LinkTable()
        {
            for (int a = 0; a < kLabelCount; ++a) {
                for (int b = 0; b < kLabelCount; ++b) {
                    if (!allowed(a, b))
                        continue;
                    Neighbours &p = predecessors[b];
                    p.label[p.count++] = quint8(a);
                    Neighbours &s = successors[a];
                    s.label[s.count++] = quint8(b);
                }
            }
        }
    };
    static constexpr LinkTable kLinks {};

    std::vector<Score> m_alpha;
    std::vector<Score> m_beta;
    std::vector<quint8> m_back;
};

} // namespace Parallax::Ner
