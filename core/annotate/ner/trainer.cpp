// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainer.h"

#include "features.h"

#include <cmath>
#include <random>

namespace Parallax::Ner {
namespace {

constexpr int L = kLabelCount;

// Transitions live after the feature rows in the weight vector: between, start, end.
constexpr size_t kTransitionWeights = L * L + 2 * L;

struct TrainingSentence
{
    size_t featureBegin; // into the flat feature list
    size_t tokenBegin; // into the flat offset and gold label lists
    int length;
};

// Fisher-Yates with mt19937 draws: the same order on every standard library.
void shuffle(std::vector<quint32> *order, std::mt19937 *random)
{
    for (size_t i = order->size(); i > 1; --i) {
        const size_t j = size_t((*random)() % i);
        std::swap((*order)[i - 1], (*order)[j]);
    }
}

} // namespace

Trainer::Trainer(Gazetteer gazetteer, TrainingOptions options)
    : m_gazetteer(std::move(gazetteer))
    , m_options(options)
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
    const int bits = m_options.hashBits;
    const int shift = 64 - bits;
    const size_t rows = size_t(1) << bits;

    // Features are computed once; epochs then only add weights.
    std::vector<quint32> features;
    std::vector<quint32> offsets;
    std::vector<quint8> gold;
    std::vector<TrainingSentence> sentences;
    {
        FeatureExtractor extractor(&m_gazetteer);
        std::vector<quint64> hashes;
        std::vector<quint32> local;
        for (const LabelledDocument &doc : training) {
            extractor.prepare(doc.text, doc.tokens, doc.sentences);
            for (const Sentence &s : doc.sentences) {
                if (s.size() <= 0)
                    continue;
                extractor.extract(s, &hashes, &local);
                sentences.push_back({features.size(), offsets.size(), s.size()});
                for (int i = 0; i < s.size(); ++i)
                    offsets.push_back(quint32(features.size()) + local[size_t(i)]);
                offsets.push_back(quint32(features.size() + hashes.size()));
                for (const quint64 h : hashes)
                    features.push_back(quint32(h >> shift));
                const size_t at = gold.size();
                gold.resize(at + size_t(s.size()) + 1);
                spansToLabels(doc.entities, s.tokenStart, s.size(), &gold[at]);
            }
        }
    }
    // Token i of a sentence: offsets[tokenBegin + i] .. offsets[tokenBegin + i + 1]; the
    // offsets and gold lists have one extra entry per sentence.

    std::vector<float> weights(rows * L + kTransitionWeights, 0.0f);
    std::vector<float> sums(weights.size(), 0.0f); // sum of step * update, for averaging
    double step = 1;
    auto update = [&](size_t index, float delta) {
        weights[index] += delta;
        sums[index] += float(step) * delta;
    };
    const size_t transitions = rows * L;
    auto between = [&](int a, int b) {
        return transitions + size_t(a * L + b);
    };
    auto start = [&](int b) {
        return transitions + L * L + size_t(b);
    };
    auto end = [&](int a) {
        return transitions + L * L + L + size_t(a);
    };

    std::vector<quint32> order(sentences.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::mt19937 random(m_options.seed);
    Viterbi<float> viterbi;
    Transitions<float> trans;
    std::vector<float> emissions;
    std::vector<quint8> predicted;

    NerModel best;
    double bestF1 = -1;
    for (int epoch = 1; epoch <= m_options.epochs; ++epoch) {
        shuffle(&order, &random);
        qint64 tokens = 0;
        qint64 right = 0;
        for (const quint32 index : order) {
            const TrainingSentence &s = sentences[index];
            const int n = s.length;
            const quint32 *off = &offsets[s.tokenBegin];
            const quint8 *g = &gold[s.tokenBegin];
            std::copy_n(&weights[transitions], L * L, trans.between);
            std::copy_n(&weights[transitions + L * L], L, trans.start);
            std::copy_n(&weights[transitions + L * L + L], L, trans.end);
            emissions.assign(size_t(n) * L, 0.0f);
            for (int i = 0; i < n; ++i) {
                float *acc = &emissions[size_t(i) * L];
                for (quint32 f = off[i]; f < off[i + 1]; ++f) {
                    const float *w = &weights[size_t(features[f]) * L];
                    for (int y = 0; y < L; ++y)
                        acc[y] += w[y];
                }
            }
            predicted.resize(size_t(n));
            viterbi.decode(emissions.data(), n, trans, predicted.data());
            tokens += n;
            for (int i = 0; i < n; ++i) {
                if (predicted[size_t(i)] == g[i]) {
                    ++right;
                    continue;
                }
                for (quint32 f = off[i]; f < off[i + 1]; ++f) {
                    update(size_t(features[f]) * L + g[i], 1.0f);
                    update(size_t(features[f]) * L + predicted[size_t(i)], -1.0f);
                }
            }
            for (int i = 0; i <= n; ++i) {
                const int ga = i > 0 ? g[i - 1] : -1;
                const int pa = i > 0 ? predicted[size_t(i - 1)] : -1;
                const int gb = i < n ? g[i] : -1;
                const int pb = i < n ? predicted[size_t(i)] : -1;
                if (ga == pa && gb == pb)
                    continue;
                auto index = [&](int a, int b) {
                    return a < 0 ? start(b) : b < 0 ? end(a) : between(a, b);
                };
                update(index(ga, gb), 1.0f);
                update(index(pa, pb), -1.0f);
            }
            ++step;
        }
        NerModel model = buildModel(weights, sums, step);
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
        }
    }
    return best;
}

NerModel Trainer::buildModel(
    const std::vector<float> &weights, const std::vector<float> &sums, double count) const
{
    // Averaged weights w - sums / count, then int16 with one scale for all.
    const size_t rows = size_t(1) << m_options.hashBits;
    auto averaged = [&](size_t i) {
        return float(double(weights[i]) - double(sums[i]) / count);
    };
    float top = 0;
    for (size_t i = 0; i < weights.size(); ++i)
        top = std::max(top, std::abs(averaged(i)));
    NerModel model;
    model.m_hashBits = m_options.hashBits;
    model.m_scale = top > 0 ? top / 32767.0f : 1.0f;
    model.m_gazetteer = m_gazetteer;
    model.m_index.assign(rows, 0);
    auto quantize = [&](float v) {
        if (std::abs(v) < m_options.pruneBelow)
            return qint16(0);
        return qint16(std::lround(v / model.m_scale));
    };
    for (size_t r = 0; r < rows; ++r) {
        qint16 row[L];
        bool any = false;
        for (int y = 0; y < L; ++y) {
            row[y] = quantize(averaged(r * L + size_t(y)));
            any |= row[y] != 0;
        }
        if (!any)
            continue;
        model.m_buckets.push_back(quint32(r));
        model.m_rows.insert(model.m_rows.end(), row, row + L);
        model.m_index[r] = quint32(model.m_buckets.size());
    }
    const size_t t = rows * L;
    for (int i = 0; i < L * L; ++i)
        model.m_transitions.between[i]
            = qint16(std::lround(averaged(t + size_t(i)) / model.m_scale));
    for (int i = 0; i < L; ++i) {
        model.m_transitions.start[i]
            = qint16(std::lround(averaged(t + L * L + size_t(i)) / model.m_scale));
        model.m_transitions.end[i]
            = qint16(std::lround(averaged(t + L * L + L + size_t(i)) / model.m_scale));
    }
    // A margin of about one typical strong feature weight means fairly sure.
    model.m_confidenceScale = 0.05f * 32767.0f;
    return model;
}

} // namespace Parallax::Ner
