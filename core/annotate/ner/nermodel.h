// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/tokenizer.h"
#include "decoder.h"
#include "features.h"
#include "gazetteer.h"
#include "labels.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Parallax {

namespace Ner {
class Trainer;
}

// The named-entity recogniser: a linear model over hashed sparse features with BILOU labels
// and first-order Viterbi decoding, trained as an averaged structured perceptron (see
// docs/ner.md). Weights are int16 and tagging runs in integer arithmetic. Immutable once
// loaded, so one model can serve several threads (each with its own NerTagger).
class NerModel
{
public:
    static constexpr quint32 kFormatVersion = 1;
    static constexpr const char *kFileName = "ner-en.bin";

    NerModel() = default;

    static Result<NerModel> load(const QString &path);
    static Result<NerModel> fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;
    Result<void> save(const QString &path) const;

    // The shipped model: $PARALLAX_MODEL_DIR, then <bindir>/../share/parallax/models, then the
    // source tree. Empty when none exists.
    static QString defaultPath();

    bool isNull() const { return m_index.empty(); }
    qsizetype rowCount() const { return qsizetype(m_buckets.size()); }
    const Ner::Gazetteer &gazetteer() const { return m_gazetteer; }

    // Tags the sentences of one document (other mentions in the document help) and appends
    // the entities to out. Allocates per call; use NerTagger to reuse buffers.
    void tag(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        QList<EntitySpan> *out) const;

    friend bool operator==(const NerModel &a, const NerModel &b);

private:
    friend class NerTagger;
    friend class Ner::Trainer;

    int m_hashBits = 0;
    float m_scale = 1.0f; // weight = int16 value * m_scale
    float m_confidenceScale = 1.0f; // margin (in int16 units) that gives confidence tanh(1)
    std::vector<quint32> m_index; // bucket -> row + 1, 0 when the bucket has no weights
    std::vector<quint32> m_buckets; // row -> bucket, ascending
    std::vector<qint16> m_rows; // kLabelCount weights per row
    Ner::Transitions<qint32> m_transitions;
    Ner::Gazetteer m_gazetteer;
};

// Tags documents with a model, keeping its buffers between calls so that tagging allocates
// nothing per token. One per thread.
class NerTagger
{
public:
    explicit NerTagger(const NerModel &model);

    void tag(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        QList<EntitySpan> *out);

private:
    const NerModel &m_model;
    Ner::FeatureExtractor m_extractor;
    Ner::Viterbi<qint32> m_viterbi;
    std::vector<quint64> m_features;
    std::vector<quint32> m_offsets;
    std::vector<qint32> m_emissions;
    std::vector<qint32> m_margins;
    std::vector<quint8> m_labels;
};

} // namespace Parallax
