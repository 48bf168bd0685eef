// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/tokenizer.h"
#include "model/document.h"

namespace Parallax::TemporalTagger {

// Finds dates, times, durations, sets, money and percentages by rule. Relative expressions
// ("Monday", "yesterday", "this week", "last year") are resolved against anchor, the article's
// publication date; with no anchor their value is left empty rather than guessed.
QList<TemporalExpression> tag(QStringView text, const QList<Token> &tokens,
    const QList<Sentence> &sentences, const QDate &anchor);

} // namespace Parallax::TemporalTagger
