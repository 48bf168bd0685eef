// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace Parallax::Ner {

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
        if (!margins)
            return;
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

private:
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
