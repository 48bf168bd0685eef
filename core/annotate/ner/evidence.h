// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/tokenizer.h"

#include <vector>

namespace Parallax::Ner {

class FeatureExtractor;

// Non-local features for the second pass (Krishnan & Manning 2006; Ratinov & Roth 2009): what
// the first pass said about the same word elsewhere in the document. A name is usually written
// the same way and has the same type throughout a news story, and the clearest of its mentions
// ("Foreign Minister Tomas Ardelan", "in Veltria") can then settle the unclear ones ("Ardelan
// said", "Veltria's").
//
// Only capitalised tokens get features, and only from other mentions, so a word that occurs
// once keeps the first pass's decision.
class DocumentEvidence
{
public:
    // labels holds the first pass's label of every token of the document. The extractor and
    // the labels must outlive the calls of features() that follow.
    void compute(const FeatureExtractor &extractor, const QList<Sentence> &sentences,
        const quint8 *labels, int tokenCount);

    // Feature hashes of the tokens [from, to) of the document (a sentence): token i's are
    // (*features)[(*offsets)[i - from] .. (*offsets)[i - from + 1]). Returns whether there are
    // any. Made when asked: kept for a whole document, with the neighbours of every token, they
    // took some 40 bytes per token (a 1 M-word text: 50 MB, and 25,000 page faults).
    bool features(
        int from, int to, std::vector<quint64> *features, std::vector<quint32> *offsets) const;

    // Frees the buffers kept between documents (after a very long one).
    void releaseBuffers() { *this = DocumentEvidence(); }

private:
    struct Votes
    {
        quint64 key = 0; // 0: empty slot
        quint16 type[4] = {}; // tokens of the word labelled with each type
        quint16 outside = 0; // capitalised, mid-sentence, labelled O
        quint16 part[12] = {}; // type * 3 + first/inside/last of a name of two or more tokens
    };
    // Open addressing that grows at half full: sized by the document's tokens, two tables took
    // 200 bytes per token (a 1 M-word text, 400 MB) for the few thousand words a text has.
    struct Table
    {
        std::vector<Votes> slots;
        size_t used = 0;
    };
    static Votes &slot(Table &table, quint64 key);
    // The votes of key, empty ones when it has none.
    static const Votes &find(const Table &table, quint64 key);
    void tokenFeatures(int i, std::vector<quint64> *features) const;

    // A mention of a capitalised word: the word, its token and the words before and after it
    // in its sentence.
    struct Mention
    {
        quint64 word = 0;
        quint32 token = 0;
        quint64 before = 0;
        quint64 after = 0;
    };

    const FeatureExtractor *m_extractor = nullptr;
    const quint8 *m_labels = nullptr;
    Table m_words;
    Table m_names; // whole first-pass names (only .type is used)
    std::vector<quint64> m_nameKeys; // per token: key of its first-pass name, 0 if none
    std::vector<Mention> m_mentions; // by word, then token
    std::vector<quint32> m_group; // per capitalised token: its word's first entry in m_mentions
};

} // namespace Parallax::Ner
