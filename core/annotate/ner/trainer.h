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
};

struct EpochReport
{
    int epoch = 0;
    double trainingAccuracy = 0; // tokens labelled right during the epoch
    Scores dev;
    qsizetype rows = 0;
    qsizetype bytes = 0;
};

// Averaged structured perceptron (Collins 2002) with Viterbi decoding. Each epoch visits the
// training sentences in a shuffled order drawn from a fixed seed, so runs are reproducible.
// After each epoch the averaged, pruned and quantised model is scored on the dev documents;
// the best epoch's model is returned.
class Trainer
{
public:
    Trainer(Gazetteer gazetteer, TrainingOptions options);

    NerModel train(const QList<LabelledDocument> &training, const QList<LabelledDocument> &dev,
        const std::function<void(const EpochReport &)> &progress);

    static Scores evaluate(const NerModel &model, const QList<LabelledDocument> &documents);

private:
    NerModel buildModel(
        const std::vector<float> &weights, const std::vector<float> &sums, double count) const;

    Gazetteer m_gazetteer;
    TrainingOptions m_options;
};

} // namespace Parallax::Ner
