// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/comparison.h"

#include <memory>

namespace Parallax {

struct AnalyzedDocument; // annotate/annotator.h

// Builds a CompareDocument from the annotator's output (entities shared through one linker).
CompareDocument compareDocument(const AnalyzedDocument &analysis, const QString &label);

// Aligns the quotes and the sentences of several documents by meaning and classifies the
// differences inside each aligned group. Thread-safe once constructed; the stemmer and the
// synonym table are loaded once per process and shared.
class Comparer
{
public:
    Comparer();
    ~Comparer();
    Q_DISABLE_COPY_MOVE(Comparer)

    Comparison compare(const CompareInput &input) const;

    // Changes whenever the output for the same input may change; stored with a comparison.
    static QString version();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
