// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Hashes shared by the gazetteer and the feature extractor. They are part of the model file
// format: a model stores hashed features and gazetteer entries, never text, so changing any
// function here needs a new model format version.
namespace Parallax::Ner {

inline quint64 mix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

inline quint64 combine(quint64 a, quint64 b)
{
    return mix(a * 0x9E3779B97F4A7C15ULL + b);
}

constexpr quint64 kFnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 kFnvPrime = 0x100000001b3ULL;

inline char16_t foldCase(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return QChar::toLower(c);
}

inline quint64 hashExact(QStringView s)
{
    quint64 h = kFnvOffset;
    for (const QChar c : s)
        h = (h ^ c.unicode()) * kFnvPrime;
    return mix(h);
}

inline quint64 hashLower(QStringView s)
{
    quint64 h = kFnvOffset;
    for (const QChar c : s)
        h = (h ^ foldCase(c.unicode())) * kFnvPrime;
    return mix(h);
}

} // namespace Parallax::Ner
