// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence.h"

#include "features.h"
#include "hashing.h"
#include "labels.h"

#include <algorithm>

namespace Parallax::Ner {
namespace {

// Feature templates of the second pass. Their numbers are part of the model format.
enum Template : quint64 {
    WordMajority = 101, // majority type of the word elsewhere, with agreement and count
    WordMajorityOwn, // ... crossed with the first pass's own type
    WordOnlyOutside, // capitalised elsewhere but never part of a name
    PartOfName, // the word is the first/inner/last word of a longer name elsewhere
    NameMajority, // majority type of the same whole name elsewhere
    ContextBefore, // a word before another mention of the word ("in Veltria")
    ContextAfter, // a word after another mention ("Veltria's")
};

constexpr int kMaxContexts = 8; // other mentions whose neighbours are used

inline quint64 feature(quint64 templ, quint64 value)
{
    return combine(templ * 0x100000001b3ULL, value);
}

// The type with most votes (ties to the lower type), and whether the votes are unanimous.
int majority(const int votes[4], int *total, bool *unanimous)
{
    int best = 0;
    *total = 0;
    for (int t = 0; t < 4; ++t) {
        *total += votes[t];
        if (votes[t] > votes[best])
            best = t;
    }
    *unanimous = votes[best] == *total;
    return best;
}

} // namespace

DocumentEvidence::Votes &DocumentEvidence::slot(Table &table, quint64 key)
{
    if (2 * (table.used + 1) > table.slots.size()) {
        std::vector<Votes> old(std::max<size_t>(64, table.slots.size() * 2));
        old.swap(table.slots);
        const size_t mask = table.slots.size() - 1;
        for (const Votes &v : old) {
            if (v.key == 0)
                continue;
            size_t s = size_t(v.key) & mask;
            while (table.slots[s].key != 0)
                s = (s + 1) & mask;
            table.slots[s] = v;
        }
    }
    const size_t mask = table.slots.size() - 1;
    size_t s = size_t(key) & mask;
    while (table.slots[s].key != 0 && table.slots[s].key != key)
        s = (s + 1) & mask;
    if (table.slots[s].key == 0) {
        table.slots[s].key = key;
        ++table.used;
    }
    return table.slots[s];
}

const DocumentEvidence::Votes &DocumentEvidence::find(const Table &table, quint64 key)
{
    static const Votes kNone;
    if (table.slots.empty())
        return kNone;
    const size_t mask = table.slots.size() - 1;
    size_t s = size_t(key) & mask;
    while (table.slots[s].key != 0 && table.slots[s].key != key)
        s = (s + 1) & mask;
    return table.slots[s].key == 0 ? kNone : table.slots[s];
}

void DocumentEvidence::compute(const FeatureExtractor &extractor, const QList<Sentence> &sentences,
    const quint8 *labels, int n)
{
    m_extractor = &extractor;
    m_labels = labels;
    // Emptied, keeping up to the slots a document of this size is likely to need (a power of
    // two, as slot() wants).
    size_t likely = 64;
    while (likely < size_t(n) / 4)
        likely *= 2;
    for (Table *table : {&m_words, &m_names}) {
        table->slots.assign(std::min(table->slots.size(), likely), Votes {});
        table->used = 0;
    }
    m_nameKeys.assign(size_t(n), 0);

    // Votes of every token and every first-pass name. Labels of a sentence are well formed
    // (the decoder enforces the BILOU grammar), so a name is B I* L or U.
    for (const Sentence &sentence : sentences) {
        int nameStart = -1;
        for (int i = sentence.tokenStart; i < sentence.tokenEnd; ++i) {
            const DocumentToken &t = extractor.info(i);
            const int l = labels[i];
            if (l == kOutside) {
                if (isCapitalised(t) && !t.sentenceStart)
                    ++slot(m_words, t.lower | 1).outside;
                continue;
            }
            const int type = int(typeOf(l));
            const Position p = positionOf(l);
            if (p == Begin || p == Unit)
                nameStart = i;
            if (!isCapitalised(t) && p == Unit)
                continue;
            if (p == Last || p == Unit) {
                quint64 key = 0x9ae16a3b2f90404fULL;
                for (int k = nameStart; k <= i; ++k)
                    key = combine(key, extractor.info(k).lower);
                key |= 1;
                ++slot(m_names, key).type[type];
                for (int k = nameStart; k <= i; ++k) {
                    m_nameKeys[size_t(k)] = key;
                    Votes &v = slot(m_words, extractor.info(k).lower | 1);
                    ++v.type[type];
                    if (p == Last)
                        ++v.part[type * 3 + (k == nameStart ? 0 : k == i ? 2 : 1)];
                }
            }
        }
    }

    // Neighbouring words of the mentions of each capitalised word (context aggregation,
    // Ratinov & Roth 2009): what surrounds a name elsewhere often tells its type better than
    // the name itself.
    m_mentions.clear();
    for (const Sentence &sentence : sentences) {
        for (int i = sentence.tokenStart; i < sentence.tokenEnd; ++i) {
            if (!isCapitalised(extractor.info(i)))
                continue;
            m_mentions.push_back({extractor.info(i).lower, quint32(i),
                i > sentence.tokenStart ? extractor.info(i - 1).lower : 1,
                i + 1 < sentence.tokenEnd ? extractor.info(i + 1).lower : 2});
        }
    }
    std::sort(m_mentions.begin(), m_mentions.end(), [](const Mention &a, const Mention &b) {
        return a.word != b.word ? a.word < b.word : a.token < b.token;
    });
    m_group.assign(size_t(n), quint32(-1));
    for (size_t k = 0; k < m_mentions.size(); ++k) {
        if (k == 0 || m_mentions[k].word != m_mentions[k - 1].word)
            m_group[m_mentions[k].token] = quint32(k);
        else
            m_group[m_mentions[k].token] = m_group[m_mentions[k - 1].token];
    }
}

bool DocumentEvidence::features(
    int from, int to, std::vector<quint64> *features, std::vector<quint32> *offsets) const
{
    features->clear();
    offsets->clear();
    for (int i = from; i < to; ++i) {
        offsets->push_back(quint32(features->size()));
        tokenFeatures(i, features);
    }
    offsets->push_back(quint32(features->size()));
    return !features->empty();
}

void DocumentEvidence::tokenFeatures(int i, std::vector<quint64> *features) const
{
    const DocumentToken &t = m_extractor->info(i);
    if (!isCapitalised(t))
        return;
    const Votes &v = find(m_words, t.lower | 1);
    const int l = m_labels[i];
    const int own = l == kOutside ? 4 : int(typeOf(l));
    // Leave this token's own vote out: the evidence must come from elsewhere.
    int votes[4];
    for (int type = 0; type < 4; ++type)
        votes[type] = v.type[type] - (own == type);
    const int outside = v.outside - (own == 4 && !t.sentenceStart);
    int total = 0;
    bool unanimous = false;
    const int best = majority(votes, &total, &unanimous);
    if (total > 0) {
        const quint64 count = quint64(std::min(total, 3));
        const quint64 value
            = quint64(best) | quint64(unanimous) << 2 | count << 3 | quint64(outside > 0) << 5;
        features->push_back(feature(WordMajority, value));
        features->push_back(
            feature(WordMajorityOwn, quint64(best) | quint64(own) << 2 | quint64(unanimous) << 5));
    } else if (outside > 0) {
        features->push_back(feature(WordOnlyOutside, quint64(own)));
    }
    const bool ownLong = l != kOutside && positionOf(l) != Unit;
    const int ownPart = ownLong ? int(typeOf(l)) * 3
            + (positionOf(l) == Begin       ? 0
                    : positionOf(l) == Last ? 2
                                            : 1)
                                : -1;
    for (int k = 0; k < 12; ++k) {
        if (v.part[k] - (k == ownPart) > 0)
            features->push_back(
                feature(PartOfName, quint64(k) | quint64(own) << 4 | quint64(ownLong) << 7));
    }
    if (const quint64 key = m_nameKeys[size_t(i)]; key != 0) {
        const Votes &name = find(m_names, key);
        for (int type = 0; type < 4; ++type)
            votes[type] = name.type[type] - (own == type);
        const int nameBest = majority(votes, &total, &unanimous);
        if (total > 0)
            features->push_back(feature(
                NameMajority, quint64(nameBest) | quint64(own) << 2 | quint64(unanimous) << 5));
    }
    int contexts = 0;
    for (size_t k = m_group[size_t(i)];
         k < m_mentions.size() && m_mentions[k].word == t.lower && contexts < kMaxContexts; ++k) {
        if (m_mentions[k].token == quint32(i))
            continue;
        ++contexts;
        features->push_back(feature(ContextBefore, m_mentions[k].before));
        features->push_back(feature(ContextAfter, m_mentions[k].after));
    }
}

} // namespace Parallax::Ner
