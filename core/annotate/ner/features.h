// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/tokenizer.h"

#include <QStringView>

#include <vector>

namespace Parallax::Ner {

class Gazetteer;
class WordClusters;

enum CapsClass : quint8 { Lower, InitCap, AllCaps, MixedCaps, Numeric, Other };

// What the feature templates need of one token, computed once per token so that the context
// features of its neighbours only combine integers.
struct TokenInfo
{
    quint64 word = 0; // exact form
    quint64 lower = 0;
    quint64 shape = 0; // Xxxx-dd
    quint64 shortShape = 0; // Xx-d
    quint64 prefix[4] = {};
    quint64 suffix[4] = {};
    quint64 gazetteer = 0; // bits category * 4 + position
    quint32 cluster = 0; // path of the word's class (WordClusters), 0 when it has none
    quint8 caps = 0; // CapsClass
    quint8 length = 0; // bucket
    quint8 documentFlags = 0; // other mentions of the word in the document
    quint8 sentenceStart = 0;
};

// Positions, among a token's features as extract() writes them, of those that name the token
// itself: its word, the bigrams with it, its prefixes. Training hides them now and then (word
// dropout) so that the model also learns to type a name from its context, shape and suffix,
// as it must for the names it has never seen.
constexpr quint32 kIdentityFeatures
    = 1u << 1 | 1u << 2 | 1u << 9 | 1u << 10 | 1u << 12 | 1u << 14 | 1u << 16 | 1u << 18;

// What the passes over the whole document need of a token; the rest of its TokenInfo is made
// for one sentence at a time (112 bytes per token of a document: a 1 M-word text, 128 MB).
struct DocumentToken
{
    quint64 lower = 0;
    quint8 caps = 0;
    quint8 documentFlags = 0;
    quint8 sentenceStart = 0;
};

template<typename T>
inline bool isCapitalised(const T &t)
{
    return t.caps == InitCap || t.caps == AllCaps || t.caps == MixedCaps;
}

// Turns a tokenized document into hashed features per token. Not thread-safe: use one per
// thread (it keeps its buffers between documents, so tagging allocates nothing per token).
class FeatureExtractor
{
public:
    explicit FeatureExtractor(const Gazetteer *gazetteer, const WordClusters *clusters = nullptr);

    // Computes the per-token information of a document: the tokens' own properties, gazetteer
    // matches, and document-level evidence (whether the word also occurs in lower case or
    // capitalised mid-sentence elsewhere, which tells names from capitalised common words in
    // headlines and at sentence starts).
    void prepare(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences);

    // Feature hashes of the tokens of one sentence of the prepared document (whose text and
    // tokens must still be there): those of token i (counted from the sentence start) are
    // (*features)[(*offsets)[i] .. (*offsets)[i + 1]).
    void extract(
        const Sentence &sentence, std::vector<quint64> *features, std::vector<quint32> *offsets);

    const DocumentToken &info(int token) const { return m_document[size_t(token)]; }

    // The word form of token i of the prepared document: an index into the forms seen since
    // formGeneration() last changed (at a prepare() that found more than kKeptForms of them).
    // Forms kStartForm and kEndForm stand for the places before and after a sentence.
    quint32 form(int token) const { return m_tokenForms[size_t(token)]; }
    quint32 formCount() const { return quint32(m_forms.size()); }
    quint32 formGeneration() const { return m_formGeneration; }
    static constexpr size_t kKeptForms = 1 << 15;
    static constexpr quint32 kStartForm = 0;
    static constexpr quint32 kEndForm = 1;

    // The features of a token that one word form decides: the token's own (the bias, its word,
    // prefixes, suffixes, shape and cluster), or those a neighbour one or two places before or
    // after it gives (its word, shape and cluster). formFeatures() replaces *features, in any
    // order; with the neighbours' forms (kStartForm, kEndForm beyond the sentence) and
    // extractContext() they are the features extract() gives the token.
    enum FormRole { Own, Before, After, SecondBefore, SecondAfter };
    static constexpr int kFormRoles = 5;
    void formFeatures(quint32 form, FormRole role, std::vector<quint64> *features) const;
    // extract() without the formFeatures() of each token.
    void extractContext(
        const Sentence &sentence, std::vector<quint64> *features, std::vector<quint32> *offsets);

    // Frees the buffers kept between documents (after a very long one).
    void releaseBuffers();

private:
    void computeToken(QStringView word, TokenInfo *info) const;
    template<bool WithForm>
    void extractSentence(
        const Sentence &sentence, std::vector<quint64> *features, std::vector<quint32> *offsets);
    quint32 formOf(QStringView word);
    void growForms();
    void clearForms();

    const Gazetteer *m_gazetteer;
    const WordClusters *m_clusters;
    QStringView m_text;
    const QList<Token> *m_tokens = nullptr;
    std::vector<DocumentToken> m_document;
    std::vector<TokenInfo> m_sentence; // the sentence being extracted
    std::vector<quint8> m_headline; // per sentence
    std::vector<quint64> m_lowerScratch;
    std::vector<quint8> m_lowerCaseScratch;
    std::vector<quint64> m_matchScratch;
    std::vector<quint64> m_seenKeys; // document word set, open addressing
    std::vector<quint8> m_seenFlags;
    // Word forms, each computed once: a text has a few thousand, its tokens many times more.
    // The characters are kept to tell forms apart whose hashes collide.
    struct FormKey
    {
        quint64 hash = 0;
        quint32 chars = 0; // offset in m_formChars
        quint32 length = 0;
    };
    std::vector<TokenInfo> m_forms;
    std::vector<quint32> m_formGazetteer; // per form: Gazetteer::firstBits() of its lower case
    std::vector<quint32> m_firstScratch;
    std::vector<FormKey> m_formKeys;
    std::vector<char16_t> m_formChars;
    std::vector<quint32> m_formSlots; // open addressing: form + 1, 0 empty
    std::vector<quint32> m_tokenForms; // per token of the prepared document
    quint32 m_formGeneration = 1;
};

} // namespace Parallax::Ner
