// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff.h"

#include <QHash>

#include <algorithm>

namespace Parallax::Compare {
namespace {

// Cells of the exact quadratic solution: ~1 ms each at the upper end.
constexpr qint64 kExactCells = 250'000;

struct Matcher
{
    std::span<const int> a;
    std::span<const int> b;
    std::vector<WordMatch> out;
    std::vector<int> table; // reused between pieces

    void exact(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        const int w = m + 1;
        table.assign(size_t(n + 1) * size_t(w), 0);
        // table[i][j]: LCS length of a[a0+i..a1) and b[b0+j..b1), filled backwards so the walk
        // below goes forwards.
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                table[size_t(i) * w + j] = a[a0 + i] == b[b0 + j]
                    ? table[size_t(i + 1) * w + j + 1] + 1
                    : std::max(table[size_t(i + 1) * w + j], table[size_t(i) * w + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[a0 + i] == b[b0 + j]) {
                out.push_back({a0 + i, b0 + j});
                ++i;
                ++j;
            } else if (table[size_t(i + 1) * w + j] >= table[size_t(i) * w + j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    void solve(int a0, int a1, int b0, int b1, int depth)
    {
        while (a0 < a1 && b0 < b1 && a[a0] == b[b0])
            out.push_back({a0++, b0++});
        std::vector<WordMatch> suffix;
        while (a0 < a1 && b0 < b1 && a[a1 - 1] == b[b1 - 1])
            suffix.push_back({--a1, --b1});
        if (a0 < a1 && b0 < b1) {
            if (qint64(a1 - a0) * qint64(b1 - b0) <= kExactCells)
                exact(a0, a1, b0, b1);
            else if (depth < 64)
                anchored(a0, a1, b0, b1, depth);
        }
        out.insert(out.end(), suffix.rbegin(), suffix.rend());
    }

    // Patience diff: words unique on both sides, in increasing order on both, cut the problem.
    void anchored(int a0, int a1, int b0, int b1, int depth)
    {
        QHash<int, std::pair<int, int>> counts; // id -> (count in a, position in a)
        QHash<int, std::pair<int, int>> countsB;
        for (int i = a0; i < a1; ++i) {
            auto &c = counts[a[i]];
            ++c.first;
            c.second = i;
        }
        for (int j = b0; j < b1; ++j) {
            auto &c = countsB[b[j]];
            ++c.first;
            c.second = j;
        }
        std::vector<WordMatch> unique;
        for (int i = a0; i < a1; ++i) {
            const auto ca = counts.value(a[i]);
            if (ca.first != 1)
                continue;
            const auto cb = countsB.value(a[i]);
            if (cb.first == 1)
                unique.push_back({i, cb.second});
        }
        if (unique.empty())
            return; // too large and nothing to cut at: left unmatched
        // Longest increasing subsequence of b positions (patience sorting).
        std::vector<int> tails; // index into unique
        std::vector<int> previous(unique.size(), -1);
        for (int k = 0; k < int(unique.size()); ++k) {
            auto it = std::lower_bound(tails.begin(), tails.end(), unique[size_t(k)].b,
                [&](int t, int value) { return unique[size_t(t)].b < value; });
            if (it != tails.begin())
                previous[size_t(k)] = *(it - 1);
            if (it == tails.end())
                tails.push_back(k);
            else
                *it = k;
        }
        std::vector<WordMatch> anchors;
        for (int k = tails.empty() ? -1 : tails.back(); k >= 0; k = previous[size_t(k)])
            anchors.push_back(unique[size_t(k)]);
        std::reverse(anchors.begin(), anchors.end());
        int pa = a0;
        int pb = b0;
        for (const WordMatch &anchor : anchors) {
            solve(pa, anchor.a, pb, anchor.b, depth + 1);
            out.push_back(anchor);
            pa = anchor.a + 1;
            pb = anchor.b + 1;
        }
        solve(pa, a1, pb, b1, depth + 1);
    }
};

} // namespace

std::vector<WordMatch> matchWords(std::span<const int> a, std::span<const int> b)
{
    Matcher matcher {a, b, {}, {}};
    matcher.solve(0, int(a.size()), 0, int(b.size()), 0);
    return std::move(matcher.out);
}

} // namespace Parallax::Compare
