// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nermodel.h"

#include <algorithm>
#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
// With GCC or Clang on x86-64 the sums have a second version for AVX2 (with popcnt), chosen at
// run time: a row of 16 int16 weights widens to int32 in two instructions (vpmovsxwd) instead
// of twelve, and a bucket's row is counted in one.
#if defined(__x86_64__) && defined(__GNUC__)
#define PARALLAX_NER_AVX2 1
#include <immintrin.h>
#else
#define PARALLAX_NER_AVX2 0
#endif

namespace Parallax::Ner {
namespace {

static_assert(kLabelCount == 17, "the sums below take 16 labels and one more");

bool s_avx2Allowed = true;

inline qint64 rowIn(const WeightTable &table, int shift, quint64 feature)
{
    const quint32 bucket = quint32(feature >> shift);
    const WeightTable::Block block = table.blocks[bucket >> 5];
    const quint32 bit = 1u << (bucket & 31);
    if (!(block.bits & bit))
        return -1;
    return qint64(block.first) + std::popcount(block.bits & (bit - 1));
}

inline const qint16 *rowData(const WeightTable &table, qint64 row)
{
    return table.rows.data() + size_t(row) * kLabelCount;
}

// Count rows of scores in parts plus the weights of the features [f, end), to out.
template<int Count>
void sumPortable(const WeightTable &table, const qint32 *const *parts, const quint64 *f,
    const quint64 *end, qint32 *out)
{
    const int shift = 64 - table.hashBits;
#ifdef __SSE2__
    // Eight weights at a time: the 17 scores stay in registers.
    __m128i a[4];
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v)
        a[v] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(parts[0]) + v);
    qint32 last = parts[0][16];
    // Unrolled: GCC at -O2 keeps the counters of these short loops.
#pragma GCC unroll 8
    for (int p = 1; p < Count; ++p) {
#pragma GCC unroll 4
        for (int v = 0; v < 4; ++v)
            a[v] = _mm_add_epi32(
                a[v], _mm_loadu_si128(reinterpret_cast<const __m128i *>(parts[p]) + v));
        last += parts[p][16];
    }
    for (; f != end; ++f) {
        const qint64 row = rowIn(table, shift, *f);
        if (row < 0)
            continue;
        const qint16 *w = rowData(table, row);
        const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(w));
        const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(w + 8));
        // Sign-extended to 32 bits: each int16 in the upper half, shifted down.
        a[0] = _mm_add_epi32(a[0], _mm_srai_epi32(_mm_unpacklo_epi16(low, low), 16));
        a[1] = _mm_add_epi32(a[1], _mm_srai_epi32(_mm_unpackhi_epi16(low, low), 16));
        a[2] = _mm_add_epi32(a[2], _mm_srai_epi32(_mm_unpacklo_epi16(high, high), 16));
        a[3] = _mm_add_epi32(a[3], _mm_srai_epi32(_mm_unpackhi_epi16(high, high), 16));
        last += w[16];
    }
#pragma GCC unroll 4
    for (int v = 0; v < 4; ++v)
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out) + v, a[v]);
    out[16] = last;
#else
    constexpr int L = kLabelCount;
    qint32 acc[L];
    std::copy_n(parts[0], L, acc);
    for (int p = 1; p < Count; ++p) {
        for (int y = 0; y < L; ++y)
            acc[y] += parts[p][y];
    }
    for (; f != end; ++f) {
        const qint64 row = rowIn(table, shift, *f);
        if (row < 0)
            continue;
        const qint16 *w = rowData(table, row);
        for (int y = 0; y < L; ++y)
            acc[y] += w[y];
    }
    std::copy_n(acc, L, out);
#endif
}

#if PARALLAX_NER_AVX2
template<int Count>
__attribute__((target("avx2,popcnt"))) void sumAvx2(const WeightTable &table,
    const qint32 *const *parts, const quint64 *f, const quint64 *end, qint32 *out)
{
    const int shift = 64 - table.hashBits;
    __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(parts[0]));
    __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(parts[0] + 8));
    qint32 last = parts[0][16];
#pragma GCC unroll 8
    for (int p = 1; p < Count; ++p) {
        low = _mm256_add_epi32(
            low, _mm256_loadu_si256(reinterpret_cast<const __m256i *>(parts[p])));
        high = _mm256_add_epi32(
            high, _mm256_loadu_si256(reinterpret_cast<const __m256i *>(parts[p] + 8)));
        last += parts[p][16];
    }
    for (; f != end; ++f) {
        const qint64 row = rowIn(table, shift, *f);
        if (row < 0)
            continue;
        const qint16 *w = rowData(table, row);
        low = _mm256_add_epi32(
            low, _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(w))));
        high = _mm256_add_epi32(
            high, _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(w + 8))));
        last += w[16];
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(out), low);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(out + 8), high);
    out[16] = last;
}

bool useAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    return has && s_avx2Allowed;
}
#endif

template<int Count>
void sumRows(const WeightTable &table, const qint32 *const *parts, const quint64 *f,
    const quint64 *end, qint32 *out)
{
#if PARALLAX_NER_AVX2
    if (useAvx2()) {
        sumAvx2<Count>(table, parts, f, end, out);
        return;
    }
#endif
    sumPortable<Count>(table, parts, f, end, out);
}

} // namespace

void WeightTable::buildIndex()
{
    blocks.assign(hashBits > 0 ? std::max<size_t>(1, (size_t(1) << hashBits) / 32) : 0, Block {});
    for (size_t r = 0; r < buckets.size(); ++r)
        blocks[buckets[r] >> 5].bits |= 1u << (buckets[r] & 31);
    quint32 first = 0;
    for (Block &block : blocks) {
        block.first = first;
        first += quint32(std::popcount(block.bits));
    }
}

qint64 WeightTable::rowOf(quint64 feature) const
{
    return rowIn(*this, 64 - hashBits, feature);
}

void WeightTable::add(const quint64 *f, const quint64 *end, qint32 *acc) const
{
    const qint32 *const parts[1] = {acc};
    sumRows<1>(*this, parts, f, end, acc);
}

void WeightTable::sum(
    const qint32 *const (&parts)[5], const quint64 *f, const quint64 *end, qint32 *out) const
{
    sumRows<5>(*this, parts, f, end, out);
}

bool WeightTable::setAvx2Allowed(bool allowed)
{
    s_avx2Allowed = allowed;
#if PARALLAX_NER_AVX2
    return useAvx2();
#else
    return false;
#endif
}

} // namespace Parallax::Ner
