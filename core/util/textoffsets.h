// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Parallax {

// The one place where UTF-16 indexes (QString) and Unicode code point offsets (what users, the
// database, JSON and exports see) are converted. Build one map per text and reuse it: each
// conversion is a binary search over the text's surrogate pairs, and free when there are none.
class CodePointMap
{
public:
    CodePointMap() = default;
    explicit CodePointMap(const QString &text);

    // A UTF-16 index that falls between the two halves of a surrogate pair maps to that pair's
    // code point (rounds down). Indexes are clamped to the text.
    qsizetype toCodePoint(qsizetype utf16Index) const;
    qsizetype toUtf16(qsizetype codePoint) const;

    qsizetype utf16Length() const { return m_utf16Length; }
    qsizetype codePointLength() const { return m_utf16Length - qsizetype(m_pairs.size()); }
    bool isIdentity() const { return m_pairs.empty(); }

private:
    std::vector<qsizetype> m_pairs; // UTF-16 index of each valid surrogate pair's high half
    qsizetype m_utf16Length = 0;
};

namespace Offsets {
qsizetype codePointLength(const QString &text);
// The code points [start, end) of text; out-of-range offsets are clamped.
QString midCodePoints(const QString &text, qsizetype start, qsizetype end);
} // namespace Offsets

} // namespace Parallax
