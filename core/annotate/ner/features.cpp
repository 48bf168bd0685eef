// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "features.h"

#include "clusters.h"
#include "gazetteer.h"
#include "hashing.h"

#include <algorithm>
#include <bit>

namespace Parallax::Ner {
namespace {

enum DocumentFlag : quint8 {
    SeenLower = 1, // the word occurs in lower case elsewhere in the document
    SeenCapitalised = 2, // ... or capitalised, not at a sentence start nor in a headline
};

// Feature templates. Their numbers are part of the model format.
enum Template : quint64 {
    Bias = 1,
    Lower0,
    Word0,
    LowerM1,
    LowerP1,
    LowerM2,
    LowerP2,
    WordM1,
    WordP1,
    BigramM1,
    BigramP1,
    Prefix,
    Suffix,
    Shape0,
    ShortShape0,
    ShortShapeM1,
    ShortShapeP1,
    ShapeWindow,
    CapsStart,
    CapsWindow,
    CapsLowerM1,
    CapsLowerP1,
    Headline,
    LengthCaps,
    Gazetteer0,
    GazetteerM1,
    GazetteerP1,
    Document,
    GazetteerCaps,
    LowerM1M2,
    Cluster0, // + 64 * the prefix length's index
    ClusterM1,
    ClusterP1,
    ClusterCaps,
};

// Prefix lengths of a word's cluster path used as features: coarse to fine.
constexpr int kClusterPrefixes[] = {4, 6, 10, 20};

inline quint64 feature(quint64 templ, quint64 value)
{
    return combine(templ * 0x100000001b3ULL, value);
}

constexpr quint64 kStartHash = 0x5354415254ULL; // sentinels beyond the sentence ends
constexpr quint64 kEndHash = 0x454e44ULL;

TokenInfo sentinel(quint64 hash)
{
    TokenInfo info;
    info.word = info.lower = info.shape = info.shortShape = hash;
    info.caps = 7;
    return info;
}
const TokenInfo kStart = sentinel(kStartHash);
const TokenInfo kEnd = sentinel(kEndHash);

inline char16_t shapeOf(char16_t c)
{
    if (c < 128) {
        if (c >= u'a' && c <= u'z')
            return u'x';
        if (c >= u'A' && c <= u'Z')
            return u'X';
        if (c >= u'0' && c <= u'9')
            return u'd';
        return c;
    }
    const QChar q(c);
    if (q.isUpper())
        return u'X';
    if (q.isLetter() || q.isMark() || q.isSurrogate())
        return u'x';
    if (q.isDigit())
        return u'd';
    return c;
}

} // namespace

FeatureExtractor::FeatureExtractor(const Gazetteer *gazetteer, const WordClusters *clusters)
    : m_gazetteer(gazetteer)
    , m_clusters(clusters && !clusters->isEmpty() ? clusters : nullptr)
{ }

void FeatureExtractor::computeToken(QStringView w, TokenInfo *info) const
{
    quint64 exact = kFnvOffset;
    quint64 lower = kFnvOffset;
    quint64 shape = kFnvOffset;
    quint64 shortShape = kFnvOffset;
    char16_t lastShape = 0;
    int upper = 0;
    int lowerCount = 0;
    int digits = 0;
    int firstLetterCase = -1; // 0 lower, 1 upper
    const qsizetype n = w.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = w[i].unicode();
        const char16_t l = foldCase(c);
        exact = (exact ^ c) * kFnvPrime;
        lower = (lower ^ l) * kFnvPrime;
        if (i < 4)
            info->prefix[i] = lower;
        const char16_t s = shapeOf(c);
        if (i < 16)
            shape = (shape ^ s) * kFnvPrime;
        if (s != lastShape)
            shortShape = (shortShape ^ s) * kFnvPrime;
        lastShape = s;
        if (s == u'X') {
            ++upper;
            if (firstLetterCase < 0)
                firstLetterCase = 1;
        } else if (s == u'x') {
            ++lowerCount;
            if (firstLetterCase < 0)
                firstLetterCase = 0;
        } else if (s == u'd') {
            ++digits;
        }
    }
    for (qsizetype i = n; i < 4; ++i)
        info->prefix[i] = lower;
    for (int k = 0; k < 4; ++k) {
        quint64 h = kFnvOffset;
        for (qsizetype i = std::max<qsizetype>(0, n - 1 - k); i < n; ++i)
            h = (h ^ foldCase(w[i].unicode())) * kFnvPrime;
        info->suffix[k] = h;
    }
    info->word = mix(exact);
    info->lower = mix(lower);
    info->shape = shape;
    info->shortShape = shortShape;
    if (upper + lowerCount == 0)
        info->caps = digits > 0 ? Numeric : Other;
    else if (firstLetterCase == 1)
        info->caps = lowerCount == 0 ? AllCaps : (upper == 1 ? InitCap : MixedCaps);
    else
        info->caps = upper == 0 ? Lower : MixedCaps;
    info->length = quint8(n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : 7);
    info->gazetteer = 0;
    info->documentFlags = 0;
    info->sentenceStart = 0;
}

void FeatureExtractor::clearForms()
{
    m_forms.clear();
    m_formGazetteer.clear();
    m_formKeys.clear();
    m_formChars.clear();
    m_formSlots.clear();
    ++m_formGeneration;
}

void FeatureExtractor::growForms()
{
    m_formSlots.assign(std::max<size_t>(1024, m_formSlots.size() * 2), 0);
    const size_t mask = m_formSlots.size() - 1;
    for (size_t f = kEndForm + 1; f < m_formKeys.size(); ++f) {
        size_t slot = size_t(m_formKeys[f].hash) & mask;
        while (m_formSlots[slot] != 0)
            slot = (slot + 1) & mask;
        m_formSlots[slot] = quint32(f + 1);
    }
}

quint32 FeatureExtractor::formOf(QStringView w)
{
    quint64 exact = kFnvOffset;
    for (const QChar c : w)
        exact = (exact ^ c.unicode()) * kFnvPrime;
    const quint64 hash = mix(exact); // TokenInfo::word
    if (2 * (m_forms.size() + 1) > m_formSlots.size())
        growForms();
    const size_t mask = m_formSlots.size() - 1;
    const char16_t *chars = w.utf16();
    size_t slot = size_t(hash) & mask;
    for (; m_formSlots[slot] != 0; slot = (slot + 1) & mask) {
        const quint32 f = m_formSlots[slot] - 1;
        const FormKey &key = m_formKeys[f];
        if (key.hash == hash && key.length == quint32(w.size())
            && std::equal(chars, chars + w.size(), m_formChars.data() + key.chars))
            return f;
    }
    const quint32 f = quint32(m_forms.size());
    TokenInfo info;
    computeToken(w, &info);
    info.cluster = m_clusters ? m_clusters->path(info.lower) : 0;
    m_forms.push_back(info);
    m_formGazetteer.push_back(m_gazetteer ? m_gazetteer->firstBits(info.lower) : 0);
    m_formKeys.push_back({hash, quint32(m_formChars.size()), quint32(w.size())});
    m_formChars.insert(m_formChars.end(), chars, chars + w.size());
    m_formSlots[slot] = f + 1;
    return f;
}

void FeatureExtractor::prepare(
    QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences)
{
    m_text = text;
    m_tokens = &tokens;
    const size_t n = size_t(tokens.size());
    if (m_forms.size() > kKeptForms)
        clearForms();
    if (m_forms.empty()) {
        // kStartForm and kEndForm, which no text finds.
        m_forms = {kStart, kEnd};
        m_formGazetteer = {0, 0};
        m_formKeys.resize(2);
    }
    m_document.resize(n);
    m_tokenForms.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const quint32 f = formOf(tokens[qsizetype(i)].text(text));
        m_tokenForms[i] = f;
        m_document[i] = {m_forms[f].lower, m_forms[f].caps, 0, 0};
    }

    m_headline.assign(size_t(sentences.size()), 0);
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const Sentence &sentence = sentences[s];
        if (sentence.size() <= 0)
            continue;
        m_document[size_t(sentence.tokenStart)].sentenceStart = 1;
        int words = 0;
        int capitals = 0;
        for (qint32 i = sentence.tokenStart; i < sentence.tokenEnd; ++i) {
            const quint8 caps = m_document[size_t(i)].caps;
            if (caps == Lower || caps == InitCap || caps == AllCaps || caps == MixedCaps) {
                ++words;
                capitals += caps == AllCaps;
            }
        }
        m_headline[size_t(s)] = words > 0 && capitals == words;
    }

    // Document word set: how each word is written elsewhere in the document. Open addressing
    // that grows at half full: sized by the tokens, it took 18 bytes per token (37 MB for a
    // 1 M-word text) for the few thousand words a text has.
    size_t slots = 64;
    while (slots < n * 2 && slots < 4096)
        slots *= 2;
    m_seenKeys.assign(slots, 0);
    m_seenFlags.assign(slots, 0);
    size_t used = 0;
    auto slotOf = [&](quint64 key) {
        const size_t mask = m_seenKeys.size() - 1;
        size_t slot = size_t(key) & mask;
        while (m_seenKeys[slot] != 0 && m_seenKeys[slot] != key)
            slot = (slot + 1) & mask;
        return slot;
    };
    auto grow = [&]() {
        std::vector<quint64> keys(m_seenKeys.size() * 2, 0);
        std::vector<quint8> flags(keys.size(), 0);
        keys.swap(m_seenKeys);
        flags.swap(m_seenFlags);
        for (size_t k = 0; k < keys.size(); ++k) {
            if (keys[k] == 0)
                continue;
            const size_t slot = slotOf(keys[k]);
            m_seenKeys[slot] = keys[k];
            m_seenFlags[slot] = flags[k];
        }
    };
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (m_headline[size_t(s)])
            continue;
        for (qint32 i = sentences[s].tokenStart; i < sentences[s].tokenEnd; ++i) {
            const DocumentToken &info = m_document[size_t(i)];
            quint8 flag = 0;
            if (info.caps == Lower)
                flag = SeenLower;
            else if ((info.caps == InitCap || info.caps == MixedCaps) && !info.sentenceStart)
                flag = SeenCapitalised;
            if (!flag)
                continue;
            const quint64 key = info.lower | 1;
            size_t slot = slotOf(key);
            if (m_seenKeys[slot] == 0) {
                if (2 * (used + 1) > m_seenKeys.size()) {
                    grow();
                    slot = slotOf(key);
                }
                ++used;
            }
            m_seenKeys[slot] = key;
            m_seenFlags[slot] |= flag;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        const size_t slot = slotOf(m_document[i].lower | 1);
        m_document[i].documentFlags = m_seenKeys[slot] != 0 ? m_seenFlags[slot] : 0;
    }
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        if (m_headline[size_t(s)]) {
            for (qint32 i = sentences[s].tokenStart; i < sentences[s].tokenEnd; ++i)
                m_document[size_t(i)].documentFlags |= 4;
        }
    }
}

void FeatureExtractor::releaseBuffers()
{
    std::vector<DocumentToken>().swap(m_document);
    std::vector<TokenInfo>().swap(m_sentence);
    std::vector<quint8>().swap(m_headline);
    std::vector<quint8>().swap(m_lowerCaseScratch);
    std::vector<quint8>().swap(m_seenFlags);
    for (auto *buffer : {&m_lowerScratch, &m_matchScratch, &m_seenKeys})
        std::vector<quint64>().swap(*buffer);
    std::vector<quint32>().swap(m_tokenForms);
    std::vector<quint32>().swap(m_firstScratch);
    if (m_forms.size() > kKeptForms) {
        clearForms();
        std::vector<TokenInfo>().swap(m_forms);
        std::vector<quint32>().swap(m_formGazetteer);
        std::vector<FormKey>().swap(m_formKeys);
        std::vector<char16_t>().swap(m_formChars);
        std::vector<quint32>().swap(m_formSlots);
    }
}

void FeatureExtractor::formFeatures(
    quint32 form, FormRole role, std::vector<quint64> *features) const
{
    features->clear();
    const TokenInfo &t = m_forms[form];
    auto add = [features](quint64 templ, quint64 value) {
        features->push_back(feature(templ, value));
    };
    switch (role) {
    case Own:
        add(Bias, 0);
        add(Lower0, t.lower);
        add(Word0, t.word);
        for (int k = 0; k < 4; ++k) {
            add(Prefix + quint64(k) * 64, t.prefix[k]);
            add(Suffix + quint64(k) * 64, t.suffix[k]);
        }
        add(Shape0, t.shape);
        add(ShortShape0, t.shortShape);
        if (m_clusters) {
            for (int k = 0; k < 4; ++k)
                add(Cluster0 + quint64(k) * 64,
                    WordClusters::prefix(t.cluster, kClusterPrefixes[k]));
        }
        break;
    case Before:
    case After: {
        const bool before = role == Before;
        add(before ? LowerM1 : LowerP1, t.lower);
        add(before ? WordM1 : WordP1, t.word);
        add(before ? ShortShapeM1 : ShortShapeP1, t.shortShape);
        if (m_clusters) {
            for (int k = 0; k < 2; ++k)
                add((before ? ClusterM1 : ClusterP1) + quint64(k) * 64,
                    WordClusters::prefix(t.cluster, kClusterPrefixes[k]));
        }
        break;
    }
    case SecondBefore:
        add(LowerM2, t.lower);
        break;
    case SecondAfter:
        add(LowerP2, t.lower);
        break;
    }
}

void FeatureExtractor::extract(
    const Sentence &sentence, std::vector<quint64> *features, std::vector<quint32> *offsets)
{
    extractSentence<true>(sentence, features, offsets);
}

void FeatureExtractor::extractContext(
    const Sentence &sentence, std::vector<quint64> *features, std::vector<quint32> *offsets)
{
    extractSentence<false>(sentence, features, offsets);
}

template<bool WithForm>
void FeatureExtractor::extractSentence(
    const Sentence &sentence, std::vector<quint64> *features, std::vector<quint32> *offsets)
{
    features->clear();
    offsets->clear();
    const int a = sentence.tokenStart;
    const int b = sentence.tokenEnd;
    const size_t len = size_t(std::max(0, b - a));
    m_sentence.resize(len);
    for (size_t k = 0; k < len; ++k) {
        TokenInfo &info = m_sentence[k];
        const DocumentToken &token = m_document[size_t(a) + k];
        info = m_forms[m_tokenForms[size_t(a) + k]];
        info.documentFlags = token.documentFlags;
        info.sentenceStart = token.sentenceStart;
    }
    if (m_gazetteer && len > 0) {
        m_lowerScratch.resize(len);
        m_lowerCaseScratch.resize(len);
        m_firstScratch.resize(len);
        for (size_t k = 0; k < len; ++k) {
            m_lowerScratch[k] = m_sentence[k].lower;
            m_lowerCaseScratch[k] = m_sentence[k].caps == Lower;
            m_firstScratch[k] = m_formGazetteer[m_tokenForms[size_t(a) + k]];
        }
        m_matchScratch.resize(len);
        m_gazetteer->match(m_lowerScratch.data(), m_lowerCaseScratch.data(), m_firstScratch.data(),
            int(len), m_matchScratch.data());
        for (size_t k = 0; k < len; ++k)
            m_sentence[k].gazetteer = m_matchScratch[k];
    }
    auto at = [&](int i) -> const TokenInfo & {
        if (i < a)
            return kStart;
        if (i >= b)
            return kEnd;
        return m_sentence[size_t(i - a)];
    };
    // The pairs of neighbouring lower-case words, each mixed once: token i's pair before it is
    // token i - 1's pair after it and token i + 1's pair before the one before.
    quint64 pairBefore2 = combine(kStart.lower, kStart.lower); // (i - 2, i - 1)
    quint64 pairBefore = len > 0 ? combine(kStart.lower, m_sentence[0].lower) : 0; // (i - 1, i)
    for (int i = a; i < b; ++i) {
        offsets->push_back(quint32(features->size()));
        const TokenInfo &t = m_sentence[size_t(i - a)];
        const TokenInfo &m1 = at(i - 1);
        const TokenInfo &p1 = at(i + 1);
        const TokenInfo &m2 = at(i - 2);
        const TokenInfo &p2 = at(i + 2);
        auto add = [features](quint64 templ, quint64 value) __attribute__((always_inline))
        {
            features->push_back(feature(templ, value));
        };
        const bool headline = t.documentFlags & 4;
        const quint64 caps = t.caps | (quint64(t.sentenceStart) << 4) | (quint64(headline) << 5);
        // The order of the first features is known to kIdentityFeatures.
        if constexpr (WithForm) {
            add(Bias, 0);
            add(Lower0, t.lower);
            add(Word0, t.word);
        }
        if constexpr (WithForm) {
            add(LowerM1, m1.lower);
            add(LowerP1, p1.lower);
            add(LowerM2, m2.lower);
            add(LowerP2, p2.lower);
            add(WordM1, m1.word);
            add(WordP1, p1.word);
        }
        const quint64 pairAfter = combine(t.lower, p1.lower);
        add(BigramM1, pairBefore);
        add(BigramP1, pairAfter);
        add(LowerM1M2, pairBefore2);
        pairBefore2 = pairBefore;
        pairBefore = pairAfter;
        if constexpr (WithForm) {
            for (int k = 0; k < 4; ++k) {
                add(Prefix + quint64(k) * 64, t.prefix[k]);
                add(Suffix + quint64(k) * 64, t.suffix[k]);
            }
            add(Shape0, t.shape);
            add(ShortShape0, t.shortShape);
        }
        if constexpr (WithForm) {
            add(ShortShapeM1, m1.shortShape);
            add(ShortShapeP1, p1.shortShape);
        }
        add(ShapeWindow, combine(combine(m1.shortShape, t.shortShape), p1.shortShape));
        add(CapsStart, caps);
        add(CapsWindow, quint64(m1.caps) | quint64(t.caps) << 8 | quint64(p1.caps) << 16);
        add(CapsLowerM1, combine(m1.lower, caps));
        add(CapsLowerP1, combine(p1.lower, caps));
        add(Headline, combine(t.shortShape, headline));
        add(LengthCaps, quint64(t.length) | caps << 8);
        add(Document, quint64(t.documentFlags) | caps << 8);
        for (quint64 bits = t.gazetteer; bits != 0; bits &= bits - 1) {
            const int bit = std::countr_zero(bits);
            add(Gazetteer0, quint64(bit));
            add(GazetteerCaps, quint64(bit) | caps << 8);
        }
        // Bit 4 * c for each category c with a match, in category order.
        auto categories = [](quint64 bits) {
            bits |= bits >> 1;
            bits |= bits >> 2;
            return bits & 0x1111111111111111ULL;
        };
        for (quint64 bits = categories(m1.gazetteer); bits != 0; bits &= bits - 1)
            add(GazetteerM1, quint64(std::countr_zero(bits) / 4));
        for (quint64 bits = categories(p1.gazetteer); bits != 0; bits &= bits - 1)
            add(GazetteerP1, quint64(std::countr_zero(bits) / 4));
        if (m_clusters) {
            for (int k = 0; k < 4; ++k) {
                const int bits = kClusterPrefixes[k];
                if constexpr (WithForm)
                    add(Cluster0 + quint64(k) * 64, WordClusters::prefix(t.cluster, bits));
                if (WithForm && k < 2) {
                    add(ClusterM1 + quint64(k) * 64, WordClusters::prefix(m1.cluster, bits));
                    add(ClusterP1 + quint64(k) * 64, WordClusters::prefix(p1.cluster, bits));
                }
            }
            add(ClusterCaps, combine(WordClusters::prefix(t.cluster, 10), caps));
        }
    }
    offsets->push_back(quint32(features->size()));
}

} // namespace Parallax::Ner
