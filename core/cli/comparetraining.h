// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/pairmodel.h"
#include "comparegold.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Parallax {
class NerModel;
}

// Training the comparison's pair model on the gold (bench/gold/), and the models that
// cross-validation holds one event out of. See docs/compare-quality.md.
namespace Parallax::Cli::CompareTraining {

// One gold set's candidate pairs with their labels: 1 when the two spans match a gold pair of the
// set (a quote pair for pairs with a quote; a statement or headline pair for two sentences), 0
// otherwise.
struct LabelledSet
{
    QString id;
    QString group; // the sets held out together: CompareGold::Set::topic()
    std::vector<PairFeatures> features; // pairs with a quote, for the quote model
    std::vector<int> labels;
    std::vector<PairFeatures> statementFeatures; // two plain sentences, for the statement model
    std::vector<int> statementLabels;
};

// Reads, annotates and compares every set as 'eval compare' does, and labels the pairs.
Result<QList<LabelledSet>> label(const QList<CompareGold::Set> &gold, const QString &dataDir,
    const std::shared_ptr<const NerModel> &model);

// Trained on every set whose group is not exclude (all of them for an empty exclude).
PairModel train(const QList<LabelledSet> &sets, const QString &exclude = {});

// The model file's header: what it was trained on, and how to train it again.
QString describe(const QList<LabelledSet> &sets);

} // namespace Parallax::Cli::CompareTraining
