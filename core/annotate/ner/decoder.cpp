// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoder.h"

#ifdef PARALLAX_NER_FORWARD_CLONES
#include <cstring>

namespace Parallax::Ner {
namespace {

using V4 = qint32 __attribute__((vector_size(16)));

inline V4 load(const qint32 *p)
{
    V4 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline V4 maximum(V4 a, V4 b)
{
    return a > b ? a : b;
}

// Viterbi::normalizeBilou(); inlined into each clone.
inline void normalize(qint32 *cur)
{
    constexpr qint32 kNone = std::numeric_limits<qint32>::lowest() / 4;
    V4 row[4];
#pragma GCC unroll 4
    for (int k = 0; k < 4; ++k)
        row[k] = load(cur + 4 * k);
    const V4 m = maximum(maximum(row[0], row[1]), maximum(row[2], row[3]));
    const qint32 top
        = std::max({kNone, std::max(std::max(m[0], m[1]), std::max(m[2], m[3])), cur[16]});
    if (top <= kNone)
        return;
    const V4 none = {kNone, kNone, kNone, kNone};
    const V4 shift = {top, top, top, top};
#pragma GCC unroll 4
    for (int k = 0; k < 4; ++k) {
        const V4 shifted = row[k] - ((row[k] > none) & shift);
        std::memcpy(cur + 4 * k, &shifted, sizeof shifted);
    }
    if (cur[16] > kNone)
        cur[16] -= top;
}

} // namespace

// GCC's vector extensions rather than SSE2 intrinsics, so that the SSE4.1 clone takes each
// maximum in one instruction (SSE2 needs a compare and three logical operations).
__attribute__((target_clones("sse4.1", "default"))) void bilouForward(const qint32 *emissions,
    int n, const qint32 (&forward)[9][12], const qint32 *between, qint32 *alpha)
{
    constexpr int L = kLabelCount;
    constexpr int kClosed[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
    constexpr int kOpening[9] = {0, 1, 4, 5, 8, 9, 12, 13, 16};
    for (int i = 1; i < n; ++i) {
        const qint32 *prev = alpha + size_t(i - 1) * L;
        qint32 *cur = alpha + size_t(i) * L;
        const qint32 *e = emissions + size_t(i) * L;
        V4 b[3];
#pragma GCC unroll 3
        for (int v = 0; v < 3; ++v)
            b[v] = prev[kClosed[0]] + load(forward[0] + 4 * v);
#pragma GCC unroll 8
        for (int k = 1; k < 9; ++k) {
            const qint32 p = prev[kClosed[k]];
#pragma GCC unroll 3
            for (int v = 0; v < 3; ++v)
                b[v] = maximum(p + load(forward[k] + 4 * v), b[v]);
        }
        qint32 best[12];
        std::memcpy(best, b, sizeof best);
#pragma GCC unroll 9
        for (int j = 0; j < 9; ++j)
            cur[kOpening[j]] = best[j] + e[kOpening[j]];
#pragma GCC unroll 4
        for (int type = 0; type < 4; ++type) {
            const int begin = 1 + 4 * type;
            const int inside = begin + 1;
#pragma GCC unroll 2
            for (int y = inside; y <= inside + 1; ++y) {
                const qint32 fromBegin = prev[begin] + between[begin * L + y];
                const qint32 fromInside = prev[inside] + between[inside * L + y];
                cur[y] = (fromInside > fromBegin ? fromInside : fromBegin) + e[y];
            }
        }
        normalize(cur);
    }
}

__attribute__((target_clones("sse4.1", "default"))) void bilouBackward(const qint32 *emissions,
    int n, int first, const qint32 (&backward)[9][12], const qint32 *between, qint32 *beta)
{
    constexpr int L = kLabelCount;
    constexpr qint32 kNone = std::numeric_limits<qint32>::lowest() / 4;
    constexpr int kClosed[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
    constexpr int kOpening[9] = {0, 1, 4, 5, 8, 9, 12, 13, 16};
    for (int i = n - 2; i >= first; --i) {
        const qint32 *next = beta + size_t(i + 1) * L;
        const qint32 *e = emissions + size_t(i + 1) * L;
        qint32 *row = beta + size_t(i) * L;
        // The closing labels: the best of the opening ones after them.
        V4 b[3];
#pragma GCC unroll 3
        for (int v = 0; v < 3; ++v)
            b[v] = V4 {kNone, kNone, kNone, kNone};
#pragma GCC unroll 9
        for (int j = 0; j < 9; ++j) {
            const qint32 w = e[kOpening[j]] + next[kOpening[j]];
#pragma GCC unroll 3
            for (int v = 0; v < 3; ++v)
                b[v] = maximum(w + load(backward[j] + 4 * v), b[v]);
        }
        qint32 closed[12];
        std::memcpy(closed, b, sizeof closed);
#pragma GCC unroll 9
        for (int k = 0; k < 9; ++k)
            row[kClosed[k]] = closed[k];
            // B-t and I-t: I-t or L-t after them.
#pragma GCC unroll 4
        for (int type = 0; type < 4; ++type) {
            const int inside = 2 + 4 * type;
            const qint32 toInside = e[inside] + next[inside];
            const qint32 toLast = e[inside + 1] + next[inside + 1];
#pragma GCC unroll 2
            for (int x = inside - 1; x <= inside; ++x)
                row[x] = std::max({kNone, between[x * L + inside] + toInside,
                    between[x * L + inside + 1] + toLast});
        }
        normalize(row);
    }
}

} // namespace Parallax::Ner
#endif
