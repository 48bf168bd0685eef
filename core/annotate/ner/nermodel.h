// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adaptation.h"
#include "annotate/tokenizer.h"
#include "clusters.h"
#include "decoder.h"
#include "evidence.h"
#include "features.h"
#include "gazetteer.h"
#include "labels.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <vector>

namespace Parallax {

namespace Ner {
class Trainer;

// Hashed feature weights: the top hashBits bits of a feature hash pick a bucket, and only the
// buckets with a non-zero weight have a row of kLabelCount int16 weights.
struct WeightTable
{
    int hashBits = 0;
    std::vector<quint32> buckets; // row -> bucket, ascending
    std::vector<qint16> rows; // kLabelCount weights per row
    // Which buckets have a row, 32 to a block: bucket 32 k + b has one when bit b of block k's
    // bits is set, and it is row first + the set bits below b. 8 bytes per 32 buckets (512 KB
    // for 2^21) instead of a row number per bucket (8 MB): a lookup stays in the cache.
    struct Block
    {
        quint32 first = 0;
        quint32 bits = 0;
        friend bool operator==(const Block &, const Block &) = default;
    };
    std::vector<Block> blocks;

    // Fills blocks from hashBits and buckets.
    void buildIndex();
    bool isEmpty() const { return blocks.empty(); }
    // The row of the feature's bucket, -1 for none.
    qint64 rowOf(quint64 feature) const;

    // Adds the weights of the features [f, end) to the kLabelCount scores at acc.
    void add(const quint64 *f, const quint64 *end, qint32 *acc) const;
    // Writes to out the sum of the five rows of kLabelCount scores in parts and the weights of
    // the features [f, end). out may be one of the parts.
    void sum(
        const qint32 *const (&parts)[5], const quint64 *f, const quint64 *end, qint32 *out) const;
    // The sums use AVX2 where the processor has it (and popcnt), SSE2 or plain C++ elsewhere.
    // For the tests: false makes them take the path without AVX2. Returns whether they use
    // AVX2 now.
    static bool setAvx2Allowed(bool allowed);
    friend bool operator==(const WeightTable &, const WeightTable &) = default;
};
} // namespace Ner

// The named-entity recogniser: a linear model over hashed sparse features with BILOU labels
// and first-order Viterbi decoding, trained as an averaged structured perceptron (see
// docs/ner.md). Two passes: the second adds to the first pass's scores the weights of
// document-level features built from the first pass's labels (DocumentEvidence). Weights are
// int16 and tagging runs in integer arithmetic. Immutable once
// loaded, so one model can serve several threads (each with its own NerTagger).
class NerModel
{
public:
    static constexpr quint32 kFormatVersion = 3; // 3: word clusters after the gazetteer
    static constexpr const char *kFileName = "ner-en.bin";

    NerModel() = default;

    static Result<NerModel> load(const QString &path);
    static Result<NerModel> fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;
    Result<void> save(const QString &path) const;

    // The shipped model: $PARALLAX_MODEL_DIR, then <bindir>/../share/parallax/models, then the
    // source tree. Empty when none exists.
    static QString defaultPath();

    bool isNull() const { return m_local.isEmpty(); }
    qsizetype rowCount() const
    {
        return qsizetype(m_local.buckets.size()) + qsizetype(m_document.buckets.size());
    }
    // The bucket width of the first-pass table: a project's delta must have the same.
    int firstPassHashBits() const { return m_local.hashBits; }
    const Ner::Gazetteer &gazetteer() const { return m_gazetteer; }
    const Ner::WordClusters &clusters() const { return m_clusters; }

    // Tags the sentences of one document (other mentions in the document help) and appends
    // the entities to out. Allocates per call; use NerTagger to reuse buffers.
    void tag(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        QList<EntitySpan> *out) const;

    friend bool operator==(const NerModel &a, const NerModel &b);

private:
    friend class NerTagger;
    friend class Ner::Trainer;

    float m_scale = 1.0f; // weight = int16 value * m_scale (both tables)
    float m_confidenceScale = 1.0f; // margin (in int16 units) that gives confidence tanh(1)
    Ner::WeightTable m_local; // first pass: FeatureExtractor features
    Ner::WeightTable m_document; // second pass: DocumentEvidence features; may be empty
    Ner::Transitions<qint32> m_transitions;
    Ner::Gazetteer m_gazetteer;
    Ner::WordClusters m_clusters; // empty in format 2 and before
};

// Tags documents with a model, keeping its buffers between calls so that tagging allocates
// nothing per token. One per thread.
class NerTagger
{
public:
    explicit NerTagger(const NerModel &model);

    // masks: per token of the document, the labels decoding may choose (Ner::constraintMasks);
    // the analyst's spans then also steer the second pass's evidence for the other mentions,
    // so that a corrected name corrects its repeats.
    void tag(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        QList<EntitySpan> *out, const std::vector<quint32> *masks = nullptr);

    // Buffers are kept for documents up to this many tokens; a longer one's (some 260 bytes per
    // token: a 1 M-word text, 300 MB) are let go once it is tagged, so that they do not stay
    // allocated while its results are written.
    static constexpr qsizetype kKeptBufferTokens = 1 << 16;

    // A project's correction added to the model's first-pass weights; null for none. Not owned;
    // ignored when its bucket width is not the model's.
    void setDelta(const Ner::WeightDelta *delta);

    // Fast skips what cannot change the result: it sums the weights of the features a word
    // form decides once per form, does not decode again a sentence without document evidence
    // (its labels are the first pass's) and leaves out the margins of a sentence without a
    // name. Full looks up every feature of every token and decodes every sentence twice with
    // margins: the plain computation the tests compare with.
    enum class Decoding { Fast, Full };
    void setDecoding(Decoding decoding) { m_decoding = decoding; }

    // Which first-pass features learn() moves: those that name the token itself
    // (Ner::kIdentityFeatures), what a project learns; or all of them, context and shape too
    // (bench/bench_learning's --context, which measured no gain, docs/learning.md).
    enum class LearnedFeatures { Identity, All };

    // One mistake-driven perceptron step on a document: where the best labels differ from the
    // best labels the masks allow, the first-pass features of those tokens (see
    // LearnedFeatures) move rate (in the model's float units) towards the allowed labels, in
    // delta. Returns how many tokens were
    // labelled wrong before the step.
    int learn(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        const std::vector<quint32> &masks, Ner::WeightDelta *delta, float rate,
        LearnedFeatures features = LearnedFeatures::Identity);

private:
    friend class Ner::Trainer;

    // The first pass over a document: fills m_emissions for all its tokens and, with decode,
    // m_labels, then m_evidence from those labels when the model has a second pass.
    void firstPass(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        bool decode, const quint32 *masks = nullptr);
    // Both passes: the final labels of every token in m_final (and with margins m_margins).
    void decode(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        const quint32 *masks, bool margins);
    void releaseBuffers();
    // m_formScores for the extractor's forms not yet scored.
    void scoreForms();
    const qint32 *formScores(quint32 form, Ner::FeatureExtractor::FormRole role) const
    {
        return m_formScores.data()
            + (size_t(form) * Ner::FeatureExtractor::kFormRoles + size_t(role)) * Ner::kLabelCount;
    }

    const NerModel &m_model;
    const Ner::WeightDelta *m_delta = nullptr;
    Decoding m_decoding = Decoding::Fast;
    Ner::FeatureExtractor m_extractor;
    Ner::DocumentEvidence m_evidence;
    Ner::Viterbi<qint32> m_viterbi;
    std::vector<quint64> m_features;
    std::vector<quint32> m_offsets;
    std::vector<qint32> m_emissions; // whole document, kLabelCount per token
    std::vector<qint32> m_sentenceEmissions;
    std::vector<qint32> m_margins;
    std::vector<quint32> m_sentenceForms; // two places before and after the sentence
    // Per word form of m_extractor (of m_formGeneration) and FormRole: the first-pass weights
    // of its formFeatures(), kLabelCount each.
    std::vector<qint32> m_formScores;
    quint32 m_formGeneration = 0;
    std::vector<quint8> m_labels; // whole document
    std::vector<quint8> m_final; // whole document
    std::vector<quint8> m_target; // learn(): the allowed labels
};

// A shipped model file by name, looked up where defaultPath() looks. Empty when none exists.
QString findModelFile(const QString &name);

} // namespace Parallax
