// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textoffsets.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>

namespace Parallax {

CodePointMap::CodePointMap(const QString &text)
    : m_utf16Length(text.size())
{
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
#ifdef __SSE2__
    // Most text has no surrogate at all: skip eight code units at a time to the first one.
    const __m128i mask = _mm_set1_epi16(qint16(0xF800));
    const __m128i surrogate = _mm_set1_epi16(qint16(0xD800));
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, mask), surrogate)))
            break;
    }
#endif
    for (; i + 1 < n; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate()) {
            m_pairs.push_back(i);
            ++i;
        }
    }
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_utf16Length);
    if (m_pairs.empty())
        return utf16Index;
    // Pairs that start strictly before the index.
    const auto it = std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16Index);
    const auto before = qsizetype(it - m_pairs.begin());
    if (before > 0 && m_pairs[size_t(before - 1)] == utf16Index - 1)
        return (utf16Index - 1) - (before - 1);
    return utf16Index - before;
}

qsizetype CodePointMap::toUtf16(qsizetype codePoint) const
{
    codePoint = std::clamp<qsizetype>(codePoint, 0, codePointLength());
    if (m_pairs.empty())
        return codePoint;
    // The pair at position i starts at code point m_pairs[i] - i; count the pairs before codePoint.
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_pairs.size());
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairs[size_t(mid)] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

namespace Offsets {

qsizetype codePointLength(const QString &text)
{
    return CodePointMap(text).codePointLength();
}

QString midCodePoints(const QString &text, qsizetype start, qsizetype end)
{
    const CodePointMap map(text);
    const qsizetype from = map.toUtf16(start);
    const qsizetype to = map.toUtf16(std::max(start, end));
    return text.mid(from, to - from);
}

} // namespace Offsets
} // namespace Parallax
