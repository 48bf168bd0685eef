// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Parallax::Quotes {

// What the quote extractor needs to know about an English word, as bit flags so that one hash
// lookup per token answers every question the patterns ask.
enum WordFlag : quint32 {
    Cue = 1 << 0, // a form of a reporting verb: say, says, said, saying
    CueWithObject = 1 << 1, // the verb names a listener first: "told reporters that"
    WeakCue = 1 << 2, // only introduces a partial quote: "described the talks as '...'"
    Pronoun = 1 << 3, // a pronoun that can be the subject of speech: he, she, they
    Determiner = 1 << 4, // starts a noun phrase: the, a, his, another, two
    Auxiliary = 1 << 5, // may stand between a speaker and the verb: has, also, later
    RoleNoun = 1 << 6, // minister, spokesman, senator, official
    TitleWord = 1 << 7, // may precede a name with a role: foreign, deputy, former, chief
    ClauseWord = 1 << 8, // starts a clause, so a speaker never runs across it: that, which, and
    Preposition = 1 << 9, // inside a speaker phrase: "a spokesman for the commission"
    Definite = 1 << 10, // the, this: a role noun after it refers back to someone named
    PluralPronoun = 1 << 11, // they, we: a group, not one of the people named before
    Possessive = 1 << 12, // his, her, their: a pronoun that is not a speaker on its own
    TimeWord = 1 << 13, // Tuesday, yesterday: "said Tuesday" names no speaker
    AdjacentCue = 1 << 14, // reports speech only right next to a quote: "she continued", "he sang"
    SourceNoun = 1 << 15, // a document or body that can be a source: report, memo, campaign
    NounCue = 1 << 16, // an act of speech named by a noun: "her claim that", "his warning"
    Inanimate = 1 << 17, // a text, which speaks only for its author: copy, report, draft, poll
    FiniteVerb = 1 << 18, // a finite be, have or do, or a modal: was, had, did, would
};

// Flags of a word, case-insensitively; 0 for words the lexicon does not know. No allocation.
quint32 wordFlags(QStringView word);
// The flags of the word whose wordHash() is hash.
quint32 hashFlags(quint64 hash);

// The same hash as the lexicon uses, so callers can compare words without building strings.
quint64 wordHash(QStringView word);

} // namespace Parallax::Quotes
