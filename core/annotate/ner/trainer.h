// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conll.h"
#include "nermodel.h"

#include <functional>

namespace Parallax::Ner {

struct TrainingOptions
{
    int epochs = 20;
    quint32 seed = 1;
    int hashBits = 21;
    // Weights below this (in averaged perceptron units) are dropped from the saved model.
    float pruneBelow = 0.05f;
    // The second pass learns from first-pass labels of the training documents made by models
    // that did not see them: the documents are split into this many folds, and each fold is
    // labelled by a model trained on the others (jackknife). Below 2: no second pass.
    int folds = 5;
    // Probability of hiding a capitalised token's own word features in a training step (see
    // kIdentityFeatures).
    float wordDropout = 0.4f;
    int documentHashBits = 16;
    // Epochs of the second pass; 0: as many as the first pass's best epoch.
    int secondPassEpochs = 0;
};

struct EpochReport
{
    int stage = 1; // 1: first pass, 2: second pass
    int epoch = 0;
    double trainingAccuracy = 0; // tokens labelled right during the epoch
    Scores dev;
    qsizetype rows = 0;
    qsizetype bytes = 0;
};

// Averaged structured perceptron (Collins 2002) with Viterbi decoding. Each epoch visits the
// training sentences in a shuffled order drawn from a fixed seed, so runs are reproducible.
// After each epoch the averaged, pruned and quantised model is scored on the dev documents;
// the best epoch's model is kept. Then the same for the second pass, whose weights are
// learned on top of jackknifed first-pass scores (see TrainingOptions::folds).
class Trainer
{
public:
    Trainer(Gazetteer gazetteer, TrainingOptions options, WordClusters clusters = {});

    NerModel train(const QList<LabelledDocument> &training, const QList<LabelledDocument> &dev,
        const std::function<void(const EpochReport &)> &progress);

    static Scores evaluate(const NerModel &model, const QList<LabelledDocument> &documents);

private:
    struct Data;
    class Perceptron;

    NerModel buildModel(const Perceptron &perceptron) const;
    NerModel trainFirstPass(const Data &data, const std::vector<quint32> &sentences, int epochs,
        const QList<LabelledDocument> &dev,
        const std::function<void(const EpochReport &)> &progress, int *bestEpoch) const;
    NerModel trainSecondPass(const NerModel &first, const QList<LabelledDocument> &training,
        const Data &data, int epochs, const QList<LabelledDocument> &dev,
        const std::function<void(const EpochReport &)> &progress) const;

    Gazetteer m_gazetteer;
    TrainingOptions m_options;
    WordClusters m_clusters;
};

} // namespace Parallax::Ner
