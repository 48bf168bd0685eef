// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoder.h"

#include <cstring>

// GCC's and Clang's vector extensions, four scores a time, where the compiler has them; the
// same operations one score at a time elsewhere (0 chooses them, for a check).
#ifndef PARALLAX_NER_VECTOR_EXTENSIONS
#if defined(__GNUC__)
#define PARALLAX_NER_VECTOR_EXTENSIONS 1
#else
#define PARALLAX_NER_VECTOR_EXTENSIONS 0
#endif
#endif

// With GCC on x86-64 each pass is cloned for SSE4.1, which takes each maximum in one
// instruction (SSE2 needs a compare and three logical operations), and for x86-64-v3 (AVX2:
// the same four-score vectors in three-operand instructions, fewer copies); the processor
// picks.
#if PARALLAX_NER_VECTOR_EXTENSIONS && defined(__x86_64__) && defined(__GNUC__)                     \
    && !defined(__clang__)
#define PARALLAX_NER_CLONES __attribute__((target_clones("arch=x86-64-v3", "sse4.1", "default")))
#else
#define PARALLAX_NER_CLONES
#endif

namespace Parallax::Ner {
namespace {

#if PARALLAX_NER_VECTOR_EXTENSIONS
using V4 = qint32 __attribute__((vector_size(16)));

inline V4 maximum(V4 a, V4 b)
{
    return a > b ? a : b;
}

inline V4 broadcast(qint32 x)
{
    return V4 {x, x, x, x};
}
#else
struct V4
{
    qint32 lane[4];
    qint32 operator[](int i) const { return lane[i]; }
    friend V4 operator+(qint32 a, V4 b)
    {
        for (qint32 &x : b.lane)
            x += a;
        return b;
    }
};

inline V4 maximum(V4 a, V4 b)
{
    for (int i = 0; i < 4; ++i)
        a.lane[i] = std::max(a.lane[i], b.lane[i]);
    return a;
}

inline V4 broadcast(qint32 x)
{
    return V4 {{x, x, x, x}};
}
#endif

inline V4 load(const qint32 *p)
{
    V4 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Rows are shifted so that their best entry is 0 (Viterbi::normalize()), the unreachable
// (kNone) entries left as they are; inlined into each clone.
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
#if PARALLAX_NER_VECTOR_EXTENSIONS
    const V4 none = broadcast(kNone);
    const V4 shift = broadcast(top);
#pragma GCC unroll 4
    for (int k = 0; k < 4; ++k) {
        const V4 shifted = row[k] - ((row[k] > none) & shift);
        std::memcpy(cur + 4 * k, &shifted, sizeof shifted);
    }
#else
    for (int y = 0; y < 16; ++y) {
        if (cur[y] > kNone)
            cur[y] -= top;
    }
#endif
    if (cur[16] > kNone)
        cur[16] -= top;
}

} // namespace

PARALLAX_NER_CLONES void bilouForward(const qint32 *emissions, int n,
    const qint32 (&forward)[9][12], const qint32 *between, qint32 *alpha)
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

PARALLAX_NER_CLONES void bilouBackward(const qint32 *emissions, int n, int first,
    const qint32 (&backward)[9][12], const qint32 *between, qint32 *beta)
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
            b[v] = broadcast(kNone);
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
