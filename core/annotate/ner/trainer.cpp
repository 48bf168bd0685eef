// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainer.h"

#include "features.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace Parallax::Ner {
namespace {

constexpr int L = kLabelCount;

// Transitions live after the feature rows in the weight vector: between, start, end.
constexpr size_t kTransitionWeights = L * L + 2 * L;

// Fisher-Yates with mt19937 draws: the same order on every standard library.
void shuffle(std::vector<quint32> *order, std::mt19937 *random)
{
    for (size_t i = order->size(); i > 1; --i) {
        const size_t j = size_t((*random)() % i);
        std::swap((*order)[i - 1], (*order)[j]);
    }
}

} // namespace

// Training sentences with their features as bucket numbers, computed once; epochs then only
// add weights. Token i of sentence s: features[offsets[s.tokenBegin + i] ..
// offsets[s.tokenBegin + i + 1]); the offsets and gold lists have one extra entry per sentence.
struct Trainer::Data
{
    struct Sentence
    {
        size_t tokenBegin;
        int length;
        int document;
        size_t baseBegin = 0; // second pass: into base, kLabelCount per token
    };
    std::vector<quint32> features;
    std::vector<quint32> offsets;
    std::vector<quint8> gold;
    std::vector<quint8> droppable; // first pass: capitalised tokens, indexed like gold
    std::vector<Sentence> sentences;
    // Second pass: the first pass's emission scores (jackknifed) and the transitions of the
    // model that made them, one per fold.
    std::vector<float> base;
    std::vector<int> fold; // per sentence
    std::vector<Transitions<float>> transitions;

    void addSentence(int document, int length)
    {
        sentences.push_back({offsets.size(), length, document, base.size()});
    }
};

// Weights, the sums for averaging, and one training pass.
class Trainer::Perceptron
{
public:
    Perceptron(int hashBits, bool learnTransitions, float dropout = 0, quint32 seed = 0)
        : hashBits(hashBits)
        , rows(size_t(1) << hashBits)
        , weights(rows * L + (learnTransitions ? kTransitionWeights : 0), 0.0f)
        , sums(weights.size(), 0.0f)
        , m_learnTransitions(learnTransitions)
        , m_dropout(quint32(dropout * 4294967295.0f))
        , m_random(seed)
    { }

    float averaged(size_t i) const { return float(double(weights[i]) - double(sums[i]) / step); }

    // Visits the sentences in order; returns the number of tokens labelled right.
    qint64 epoch(const Data &data, const std::vector<quint32> &order)
    {
        qint64 right = 0;
        const size_t transitions = rows * L;
        for (const quint32 index : order) {
            const Data::Sentence &s = data.sentences[index];
            const int n = s.length;
            const quint32 *off = &data.offsets[s.tokenBegin];
            const quint8 *g = &data.gold[s.tokenBegin];
            if (m_learnTransitions) {
                std::copy_n(&weights[transitions], L * L, m_trans.between);
                std::copy_n(&weights[transitions + L * L], L, m_trans.start);
                std::copy_n(&weights[transitions + L * L + L], L, m_trans.end);
                m_emissions.assign(size_t(n) * L, 0.0f);
            } else {
                m_trans = data.transitions[size_t(data.fold[index])];
                const float *base = &data.base[s.baseBegin];
                m_emissions.assign(base, base + size_t(n) * L);
            }
            m_hidden.assign(size_t(n), 0);
            if (m_dropout > 0 && !data.droppable.empty()) {
                for (int i = 0; i < n; ++i) {
                    if (data.droppable[s.tokenBegin + size_t(i)] && m_random() < m_dropout)
                        m_hidden[size_t(i)] = 1;
                }
            }
            auto visible = [&](int i, quint32 f) {
                const quint32 k = f - off[i];
                return !m_hidden[size_t(i)] || k >= 32 || !((kIdentityFeatures >> k) & 1);
            };
            for (int i = 0; i < n; ++i) {
                float *acc = &m_emissions[size_t(i) * L];
                for (quint32 f = off[i]; f < off[i + 1]; ++f) {
                    if (!visible(i, f))
                        continue;
                    const float *w = &weights[size_t(data.features[f]) * L];
                    for (int y = 0; y < L; ++y)
                        acc[y] += w[y];
                }
            }
            m_predicted.resize(size_t(n));
            m_viterbi.decode(m_emissions.data(), n, m_trans, m_predicted.data());
            for (int i = 0; i < n; ++i) {
                if (m_predicted[size_t(i)] == g[i]) {
                    ++right;
                    continue;
                }
                for (quint32 f = off[i]; f < off[i + 1]; ++f) {
                    if (!visible(i, f))
                        continue;
                    update(size_t(data.features[f]) * L + g[i], 1.0f);
                    update(size_t(data.features[f]) * L + m_predicted[size_t(i)], -1.0f);
                }
            }
            if (m_learnTransitions) {
                for (int i = 0; i <= n; ++i) {
                    const int ga = i > 0 ? g[i - 1] : -1;
                    const int pa = i > 0 ? m_predicted[size_t(i - 1)] : -1;
                    const int gb = i < n ? g[i] : -1;
                    const int pb = i < n ? m_predicted[size_t(i)] : -1;
                    if (ga == pa && gb == pb)
                        continue;
                    auto at = [&](int a, int b) {
                        return transitions
                            + (a < 0        ? L * L + size_t(b)
                                    : b < 0 ? L * L + L + size_t(a)
                                            : size_t(a * L + b));
                    };
                    update(at(ga, gb), 1.0f);
                    update(at(pa, pb), -1.0f);
                }
            }
            ++step;
        }
        return right;
    }

    // The averaged weights as int16 rows (value * scale = weight), small ones dropped.
    WeightTable table(float scale, float pruneBelow) const
    {
        WeightTable t;
        t.hashBits = hashBits;
        for (size_t r = 0; r < rows; ++r) {
            qint16 row[L];
            bool any = false;
            for (int y = 0; y < L; ++y) {
                const float v = averaged(r * L + size_t(y));
                row[y] = std::abs(v) < pruneBelow
                    ? qint16(0)
                    : qint16(std::clamp(std::lround(v / scale), -32767L, 32767L));
                any |= row[y] != 0;
            }
            if (!any)
                continue;
            t.buckets.push_back(quint32(r));
            t.rows.insert(t.rows.end(), row, row + L);
        }
        t.buildIndex();
        return t;
    }

    const int hashBits;
    const size_t rows;
    std::vector<float> weights;
    std::vector<float> sums; // sum of step * update, for averaging
    double step = 1;

private:
    void update(size_t index, float delta)
    {
        weights[index] += delta;
        sums[index] += float(step) * delta;
    }

    bool m_learnTransitions;
    quint32 m_dropout; // probability * 2^32
    std::mt19937 m_random;
    std::vector<quint8> m_hidden;
    Viterbi<float> m_viterbi;
    Transitions<float> m_trans;
    std::vector<float> m_emissions;
    std::vector<quint8> m_predicted;
};

// TrainingOptions is a few numbers: by value is right.
// cppcheck-suppress passedByValue
Trainer::Trainer(Gazetteer gazetteer, TrainingOptions options, WordClusters clusters)
    : m_gazetteer(std::move(gazetteer))
    , m_options(options)
    , m_clusters(std::move(clusters))
{ }

Scores Trainer::evaluate(const NerModel &model, const QList<LabelledDocument> &documents)
{
    Scores scores;
    NerTagger tagger(model);
    QList<EntitySpan> predicted;
    for (const LabelledDocument &doc : documents) {
        predicted.clear();
        tagger.tag(doc.text, doc.tokens, doc.sentences, &predicted);
        scores.add(doc.entities, predicted);
    }
    return scores;
}

NerModel Trainer::train(const QList<LabelledDocument> &training, const QList<LabelledDocument> &dev,
    const std::function<void(const EpochReport &)> &progress)
{
    const int shift = 64 - m_options.hashBits;
    Data data;
    {
        FeatureExtractor extractor(&m_gazetteer, &m_clusters);
        std::vector<quint64> hashes;
        std::vector<quint32> local;
        for (qsizetype d = 0; d < training.size(); ++d) {
            const LabelledDocument &doc = training[d];
            extractor.prepare(doc.text, doc.tokens, doc.sentences);
            for (const Sentence &s : doc.sentences) {
                if (s.size() <= 0)
                    continue;
                extractor.extract(s, &hashes, &local);
                data.addSentence(int(d), s.size());
                const quint32 at = quint32(data.features.size());
                for (int i = 0; i <= s.size(); ++i)
                    data.offsets.push_back(at + local[size_t(i)]);
                for (const quint64 h : hashes)
                    data.features.push_back(quint32(h >> shift));
                const size_t g = data.gold.size();
                data.gold.resize(g + size_t(s.size()) + 1);
                spansToLabels(doc.entities, s.tokenStart, s.size(), &data.gold[g]);
                for (int i = s.tokenStart; i < s.tokenEnd; ++i)
                    data.droppable.push_back(isCapitalised(extractor.info(i)));
                data.droppable.push_back(0);
            }
        }
    }
    std::vector<quint32> all(data.sentences.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = quint32(i);
    int bestEpoch = m_options.epochs;
    NerModel first = trainFirstPass(data, all, m_options.epochs, dev, progress, &bestEpoch);
    if (m_options.folds < 2 || training.size() < 2)
        return first;
    return trainSecondPass(first, training, data,
        m_options.secondPassEpochs > 0 ? m_options.secondPassEpochs : bestEpoch, dev, progress);
}

NerModel Trainer::trainFirstPass(const Data &data, const std::vector<quint32> &sentences,
    int epochs, const QList<LabelledDocument> &dev,
    const std::function<void(const EpochReport &)> &progress, int *bestEpoch) const
{
    Perceptron perceptron(m_options.hashBits, true, m_options.wordDropout, m_options.seed + 7);
    std::vector<quint32> order = sentences;
    std::mt19937 random(m_options.seed);
    NerModel best;
    double bestF1 = -1;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        shuffle(&order, &random);
        qint64 tokens = 0;
        for (const quint32 s : order)
            tokens += data.sentences[s].length;
        const qint64 right = perceptron.epoch(data, order);
        if (dev.isEmpty() && epoch < epochs && !progress)
            continue; // a jackknife model: only its last epoch is used
        NerModel model = buildModel(perceptron);
        EpochReport report;
        report.epoch = epoch;
        report.trainingAccuracy = tokens > 0 ? double(right) / double(tokens) : 0;
        report.dev = evaluate(model, dev);
        report.rows = model.rowCount();
        report.bytes = model.toBytes().size();
        if (progress)
            progress(report);
        if (dev.isEmpty() || report.dev.overall.f1() > bestF1) {
            bestF1 = report.dev.overall.f1();
            best = std::move(model);
            if (bestEpoch)
                *bestEpoch = epoch;
        }
    }
    return best;
}

NerModel Trainer::trainSecondPass(const NerModel &first, const QList<LabelledDocument> &training,
    const Data &firstData, int epochs, const QList<LabelledDocument> &dev,
    const std::function<void(const EpochReport &)> &progress) const
{
    // Jackknife: each fold's documents get first-pass labels and scores from a model trained
    // for the same number of epochs on the other folds, so that the second pass learns how far
    // to trust first-pass labels of unseen text, not of its own training data.
    const int folds = std::min<int>(m_options.folds, int(training.size()));
    const int shift = 64 - m_options.documentHashBits;
    Data data;
    data.transitions.resize(size_t(folds));
    std::vector<int> foldOf(size_t(training.size()));
    for (size_t d = 0; d < foldOf.size(); ++d)
        foldOf[d] = int(d % size_t(folds));
    for (int f = 0; f < folds; ++f) {
        std::vector<quint32> others;
        for (size_t s = 0; s < firstData.sentences.size(); ++s) {
            if (foldOf[size_t(firstData.sentences[s].document)] != f)
                others.push_back(quint32(s));
        }
        const NerModel model = trainFirstPass(firstData, others, epochs, {}, {}, nullptr);
        Transitions<float> &t = data.transitions[size_t(f)];
        for (int i = 0; i < L * L; ++i)
            t.between[i] = float(model.m_transitions.between[i]) * model.m_scale;
        for (int i = 0; i < L; ++i) {
            t.start[i] = float(model.m_transitions.start[i]) * model.m_scale;
            t.end[i] = float(model.m_transitions.end[i]) * model.m_scale;
        }
        NerTagger tagger(model);
        std::vector<quint64> hashes;
        std::vector<quint32> hashOffsets;
        for (qsizetype d = f; d < training.size(); d += folds) {
            const LabelledDocument &doc = training[d];
            if (doc.tokens.isEmpty())
                continue;
            tagger.firstPass(doc.text, doc.tokens, doc.sentences, true);
            DocumentEvidence &evidence = tagger.m_evidence;
            evidence.compute(
                tagger.m_extractor, doc.sentences, tagger.m_labels.data(), int(doc.tokens.size()));
            for (const Sentence &s : doc.sentences) {
                if (s.size() <= 0)
                    continue;
                data.addSentence(int(d), s.size());
                data.fold.push_back(f);
                evidence.features(s.tokenStart, s.tokenEnd, &hashes, &hashOffsets);
                for (int i = s.tokenStart; i < s.tokenEnd; ++i) {
                    data.offsets.push_back(quint32(data.features.size()));
                    const size_t k = size_t(i - s.tokenStart);
                    for (quint32 h = hashOffsets[k]; h < hashOffsets[k + 1]; ++h)
                        data.features.push_back(quint32(hashes[h] >> shift));
                    const qint32 *e = &tagger.m_emissions[size_t(i) * L];
                    for (int y = 0; y < L; ++y)
                        data.base.push_back(float(e[y]) * model.m_scale);
                }
                data.offsets.push_back(quint32(data.features.size()));
                const size_t g = data.gold.size();
                data.gold.resize(g + size_t(s.size()) + 1);
                spansToLabels(doc.entities, s.tokenStart, s.size(), &data.gold[g]);
            }
        }
    }

    Perceptron perceptron(m_options.documentHashBits, false);
    std::vector<quint32> order(data.sentences.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::mt19937 random(m_options.seed + 1000);
    NerModel best = first;
    double bestF1 = dev.isEmpty() ? -1 : evaluate(first, dev).overall.f1();
    qint64 tokens = 0;
    for (const auto &s : data.sentences)
        tokens += s.length;
    for (int epoch = 1; epoch <= m_options.epochs; ++epoch) {
        shuffle(&order, &random);
        const qint64 right = perceptron.epoch(data, order);
        NerModel model = first;
        model.m_document = perceptron.table(first.m_scale, m_options.pruneBelow);
        EpochReport report;
        report.stage = 2;
        report.epoch = epoch;
        report.trainingAccuracy = tokens > 0 ? double(right) / double(tokens) : 0;
        report.dev = evaluate(model, dev);
        report.rows = model.rowCount();
        report.bytes = model.toBytes().size();
        if (progress)
            progress(report);
        if (dev.isEmpty() || report.dev.overall.f1() > bestF1) {
            bestF1 = report.dev.overall.f1();
            best = std::move(model);
        }
    }
    return best;
}

NerModel Trainer::buildModel(const Perceptron &perceptron) const
{
    // Averaged weights, then int16 with one scale for all.
    float top = 0;
    for (size_t i = 0; i < perceptron.weights.size(); ++i)
        top = std::max(top, std::abs(perceptron.averaged(i)));
    NerModel model;
    model.m_scale = top > 0 ? top / 32767.0f : 1.0f;
    model.m_gazetteer = m_gazetteer;
    model.m_clusters = m_clusters;
    model.m_local = perceptron.table(model.m_scale, m_options.pruneBelow);
    const size_t t = perceptron.rows * L;
    auto quantized = [&](size_t i) {
        return qint16(std::lround(perceptron.averaged(t + i) / model.m_scale));
    };
    for (int i = 0; i < L * L; ++i)
        model.m_transitions.between[i] = quantized(size_t(i));
    for (int i = 0; i < L; ++i) {
        model.m_transitions.start[i] = quantized(L * L + size_t(i));
        model.m_transitions.end[i] = quantized(L * L + L + size_t(i));
    }
    // A margin of about one typical strong feature weight means fairly sure.
    model.m_confidenceScale = 0.05f * 32767.0f;
    return model;
}

} // namespace Parallax::Ner
