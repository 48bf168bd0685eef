// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace Parallax::Ner {

// Lists of names by category (countries, cities, first names, ...) matched against token
// sequences. Entries are kept as hashes of their lower-cased tokens, so a model can carry its
// gazetteer without carrying text. Up to 16 categories.
class Gazetteer
{
public:
    static constexpr int kMaxCategories = 16;
    static constexpr int kMaxEntryTokens = 8;

    // Reads "category<TAB>entry" lines (as written by the gengazetteer build tool).
    static Result<Gazetteer> fromTsv(const QString &path);

    void addEntry(const QString &category, QStringView entry);

    const QStringList &categories() const { return m_categories; }
    qsizetype entryCount() const { return m_entryCount; }

    // Marks the matches in a token sequence given the lower-cased hashes of its tokens and
    // whether each token starts with a lower-case letter. out[i] gets bit (category * 4 +
    // position), position being 0 begin, 1 inside, 2 last, 3 unit. Matches must start and end
    // with a token that is not lower case, except in categories whose name starts with "dict_"
    // (word lists), which match single tokens whatever their case.
    void match(const quint64 *lowerHashes, const quint8 *lowerCase, int n, quint64 *out) const;
    // The same with each token's firstBits() given: those of a word form, found once, spare a
    // lookup per token, which is most of the work (few tokens start an entry).
    void match(const quint64 *lowerHashes, const quint8 *lowerCase, const quint32 *first, int n,
        quint64 *out) const;
    // What match() looks up first for a token whose lower-cased hash this is.
    quint32 firstBits(quint64 lowerHash) const;

    void serialize(QByteArray *out) const;
    // Reads what serialize wrote from [*data, end) and advances *data; false if malformed.
    bool deserialize(const char **data, const char *end);

    friend bool operator==(const Gazetteer &a, const Gazetteer &b);

private:
    static constexpr quint32 kPrefixBit = 0x80000000u;
    quint32 lookup(quint64 key) const;
    void insert(quint64 key, quint32 bits);
    void grow();

    QStringList m_categories;
    quint32 m_caseFreeCategories = 0;
    std::vector<quint64> m_keys; // open addressing, 0 = empty
    std::vector<quint32> m_values; // category bits | kPrefixBit
    qsizetype m_used = 0;
    qsizetype m_entryCount = 0;
};

constexpr quint64 kSequenceSeed = 0x6a09e667f3bcc908ULL;

} // namespace Parallax::Ner
