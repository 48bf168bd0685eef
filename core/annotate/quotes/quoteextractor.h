// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/quotes/sourcemodel.h"
#include "annotate/tokenizer.h"
#include "model/document.h"

namespace Parallax::QuoteExtractor {

// Finds direct, partial and indirect quotes with their cue and speaker. mentions are the
// document's named-entity mentions in text order; speakers that are pronouns or role nouns
// ("she", "the minister") are resolved to an earlier person mention when that can be done
// with confidence, and left unresolved (speakerMention -1) otherwise.
// The source of a quote with a cue is chosen by the shipped source model (sourcemodel.h) when
// there is one, by the rules otherwise.
QList<Quote> extract(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    const QList<EntityMention> &mentions);
// The same with the given source model; the rules alone when model is null.
QList<Quote> extract(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    const QList<EntityMention> &mentions, const SourceModel *model);
// For training the source model: the candidates of each of quotes (as extract() returned them
// with the rules alone), in their order; none for a quote without a cue.
std::vector<std::vector<SourceCandidate>> sourceCandidates(QStringView text,
    const QList<Token> &tokens, const QList<Sentence> &sentences,
    const QList<EntityMention> &mentions, const QList<Quote> &quotes);

} // namespace Parallax::QuoteExtractor
