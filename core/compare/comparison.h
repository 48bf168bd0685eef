// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/comparison.h"

#include <memory>

namespace Parallax {

struct AnalyzedDocument; // annotate/annotator.h
class PairModel; // compare/pairmodel.h
struct PairSample;

// Builds a CompareDocument from the annotator's output (entities shared through one linker).
CompareDocument compareDocument(const AnalyzedDocument &analysis, const QString &label);

// Aligns the quotes and the sentences of several documents by meaning and classifies the
// differences inside each aligned group. Thread-safe once constructed; the stemmer and the
// synonym table are loaded once per process and shared.
class Comparer
{
public:
    Comparer(); // with the built-in pair model
    explicit Comparer(const PairModel &model); // with another (cross-validation, training)
    ~Comparer();
    Q_DISABLE_COPY_MOVE(Comparer)

    Comparison compare(const CompareInput &input) const;
    // The candidate pairs the pair model decides, with their features: what it is trained on.
    QList<PairSample> candidatePairs(const CompareInput &input) const;
    const PairModel *model() const; // null when there is none

    // Changes whenever the output for the same input may change; stored with a comparison.
    static QString version();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
