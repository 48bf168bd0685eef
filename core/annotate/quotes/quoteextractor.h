// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/tokenizer.h"
#include "model/document.h"

namespace Parallax::QuoteExtractor {

// Finds direct, partial and indirect quotes with their cue and speaker. mentions are the
// document's named-entity mentions in text order; speakers that are pronouns or role nouns
// ("she", "the minister") are resolved to an earlier person mention when that can be done
// with confidence, and left unresolved (speakerMention -1) otherwise.
QList<Quote> extract(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    const QList<EntityMention> &mentions);

} // namespace Parallax::QuoteExtractor
