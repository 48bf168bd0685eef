// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The learned choice of a quote's source: the phrases of the cue's sentence that could be the
// source, described by where they stand against the cue and the quote and by what they are,
// ranked by a linear model trained on PolNeAR (sourcemodel.h).
#include "annotate/quotes/sourcemodel.h"
#include "context.h"

#include <algorithm>

namespace Parallax::Quotes {
namespace {

// Feature templates. The numbers are part of the model file's keys: append, never renumber.
enum Template : quint64 {
    Bias = 1,
    Kind, // what the phrase is: a mention type, a pronoun, a role noun, a capitalised word
    SideDistance,
    SideKind,
    SideDistanceKind,
    QuoteSide, // before the quote opens, after it closes
    WordBefore,
    WordAfter,
    RuleChoice,
    CueWordSide,
    Subject,
    Between, // candidates between the phrase and the cue
    QuoteKindSide,
    HeadWord,
    Length,
    CommaBetween,
    RelativeClause,
    NoneRule,
    NoneKind,
    PronounWord,
    SameSentenceAsQuote,
    ClauseBetween, // "that", "who", "and" between the phrase and the cue
    VerbBetween,
    RelativeAntecedent, // what a relative pronoun ("who", "which") refers back to
    PossessiveCue, // "his warning that", "her claim": whether the noun is the quote's cue
    SameParagraph, // what the phrase is, and whether it stands in the quote's paragraph
};

constexpr int kMaxSpan = 12; // tokens in one candidate phrase

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Features of candidates around a cue, and around a quote that has none, are kept apart.
thread_local quint64 t_anchor = 0;

quint64 feature(Template t, quint64 a = 0, quint64 b = 0, quint64 c = 0)
{
    return mix(mix(mix((quint64(t) + t_anchor) * 0x100000001b3ULL ^ a) ^ b) ^ c);
}

int distanceBucket(qint32 d)
{
    if (d <= 3)
        return d;
    if (d <= 6)
        return 4;
    if (d <= 10)
        return 5;
    return d <= 20 ? 6 : 7;
}

// The first token that starts at or after offset.
qint32 tokenAtOrAfter(const Document &doc, qint32 offset)
{
    const auto &tokens = *doc.tokens;
    const auto it = std::lower_bound(
        tokens.begin(), tokens.end(), offset, [](const Token &t, qint32 o) { return t.start < o; });
    return qint32(it - tokens.begin());
}

// What a word is for the context features: the function words by themselves, the rest by
// their shape, so that the model learns "with the Ledger" and "officials who", not names.
quint64 wordClass(const Document &doc, qint32 i)
{
    if (i < 0 || i >= doc.tokenCount())
        return 1;
    const Token &t = doc.token(i);
    if (t.kind == TokenKind::Punctuation)
        return mix(2) ^ doc.text[t.start].unicode();
    if (t.kind != TokenKind::Word)
        return 3;
    if (doc.has(i, Cue))
        return 4;
    if (doc.has(i, Preposition | ClauseWord | Determiner | Auxiliary | Pronoun | Possessive)
        || doc.word(i).size() <= 3)
        return doc.hash(i);
    if (doc.mentionAt[size_t(i)] >= 0)
        return 5 + quint64((*doc.mentions)[doc.mentionAt[size_t(i)]].type);
    if (doc.isCapitalised(i))
        return 20;
    return doc.word(i).endsWith(u"ed") ? 21 : 22;
}

// The end of the token before the one at offset: where a word right before it ends.
qint32 tokenBoundaryBefore(const Document &doc, qint32 offset)
{
    const qint32 i = tokenAtOrAfter(doc, offset);
    return i > 0 ? doc.token(i - 1).end : -1;
}

// Indefinite: "another", "some", "several" standing for speakers by itself.
enum class Kind : quint64 {
    None = 30,
    Pronoun,
    Role,
    Source,
    Capitalised,
    Noun,
    Relative,
    Indefinite,
};

// "who", "which" or "that" opening a relative clause whose verb is the cue: "said Beck, who
// said ...", "a message that said". PolNeAR, like a reader, takes the relative pronoun for the
// source, and it stands for the phrase right before it.
bool isRelativePronoun(const Document &doc, qint32 i)
{
    static const quint64 who = wordHash(u"who");
    static const quint64 which = wordHash(u"which");
    static const quint64 that = wordHash(u"that");
    if (i < 0 || i >= doc.tokenCount() || doc.token(i).kind != TokenKind::Word)
        return false;
    const quint64 h = doc.hash(i);
    return h == who || h == which || h == that;
}

// The relative pronoun of the cue's clause: right before the cue, past auxiliaries and adverbs
// ("who has publicly vowed"), or -1.
qint32 relativeBeforeCue(const Document &doc, qint32 cue)
{
    for (qint32 k = cue - 1; k >= 0 && k >= cue - 4; --k) {
        if (doc.inQuote(k))
            return -1;
        if (isRelativePronoun(doc, k))
            return k > 0 && !doc.inQuote(k - 1) ? k : -1;
        const bool adverb = doc.token(k).kind == TokenKind::Word && !doc.isCapitalised(k)
            && doc.word(k).endsWith(u"ly");
        if (!doc.has(k, Auxiliary) && !adverb)
            return -1;
    }
    return -1;
}

// The mention a relative pronoun refers back to: the name right before it, past a comma or a
// dash ("Trump, who", "Franklin Graham, who"), or -1.
int relativeAntecedent(const Document &doc, qint32 relative)
{
    qint32 k = relative - 1;
    if (k >= 0 && (doc.isPunct(k, u',') || doc.isDash(k)))
        --k;
    if (k < 0 || doc.inQuote(k))
        return -1;
    const int m = doc.mentionAt[size_t(k)];
    return m >= 0 && doc.mentionTokenEnd[size_t(m)] == k + 1 ? m : -1;
}

// "Another said", "Some chanted 'Q'", "'Q,' read one": a quantifier that is a noun phrase by
// itself, its noun left out, before a verb or after the cue. PolNeAR marks it as the source.
bool isIndefiniteSource(const Document &doc, qint32 i)
{
    static const QList<quint64> kWords = [] {
        QList<quint64> out;
        for (const char16_t *w : {u"another", u"some", u"several", u"many", u"most", u"others",
                 u"one", u"both", u"few", u"all", u"each", u"none"})
            out.append(wordHash(QStringView(w)));
        return out;
    }();
    if (doc.inQuote(i) || doc.token(i).kind != TokenKind::Word
        || !kWords.contains(wordHash(doc.word(i))))
        return false;
    const qint32 next = i + 1;
    if (next >= doc.tokenCount() || doc.inQuote(next))
        return true;
    const Token &t = doc.token(next);
    if (t.kind == TokenKind::Punctuation)
        return i > 0 && doc.token(i - 1).kind == TokenKind::Word && !doc.isCapitalised(i - 1)
            && !doc.has(i - 1, Determiner | Preposition | Possessive); // "read one."
    if (t.kind != TokenKind::Word || doc.isCapitalised(next))
        return false;
    return doc.has(next, Cue | WeakCue | AdjacentCue | Auxiliary) || doc.word(next).endsWith(u"ed");
}

// Whether every word of the sentence stands inside quotation marks.
bool isAllQuote(const Document &doc, const Sentence &s)
{
    for (qint32 k = s.tokenStart; k < s.tokenEnd; ++k) {
        if (doc.token(k).kind == TokenKind::Word && !doc.inQuote(k))
            return false;
    }
    return true;
}

// Whether the phrase at i follows "according to".
bool afterAccordingTo(const Document &doc, qint32 i)
{
    static const quint64 according = wordHash(u"according");
    static const quint64 to = wordHash(u"to");
    return i >= 2 && doc.token(i - 1).kind == TokenKind::Word && doc.hash(i - 1) == to
        && doc.token(i - 2).kind == TokenKind::Word && doc.hash(i - 2) == according;
}

quint64 kindOf(const Document &doc, const SourceCandidate &c, qint32 head)
{
    if (c.relative)
        return quint64(Kind::Relative);
    if (c.mention >= 0)
        return 40 + quint64((*doc.mentions)[c.mention].type);
    if (c.pronoun)
        return quint64(Kind::Pronoun);
    if (c.tokenEnd - c.tokenStart == 1 && isIndefiniteSource(doc, head))
        return quint64(Kind::Indefinite);
    if (doc.has(head, RoleNoun))
        return quint64(Kind::Role);
    if (doc.has(head, SourceNoun))
        return quint64(Kind::Source);
    if (doc.isCapitalised(head))
        return quint64(Kind::Capitalised);
    return quint64(Kind::Noun);
}

bool overlaps(qint32 s1, qint32 e1, qint32 s2, qint32 e2)
{
    return s1 < e2 && s2 < e1;
}

// "his warning that", "her repeated claims", "their chants of": a possessive pronoun before a noun
// that names an act of speech, with at most one word between, is the speaker of that act.
// Returns the noun's token, or -1.
qint32 possessiveBeforeNounCue(const Document &doc, qint32 i)
{
    if (!doc.has(i, Possessive) || doc.has(i, Pronoun))
        return -1;
    for (qint32 k = i + 1; k < doc.tokenCount() && k <= i + 2; ++k) {
        if (doc.token(k).kind != TokenKind::Word || doc.inQuote(k))
            return -1;
        if (doc.has(k, NounCue | Cue))
            return k;
    }
    return -1;
}

// The phrase whose last word is head, as the rules would write it, within [limit, head].
SourceCandidate phraseEndingAt(const Document &doc, qint32 head, qint32 limit)
{
    SourceCandidate c;
    if (const int m = doc.mentionAt[size_t(head)]; m >= 0) {
        // A name with the titles written before it ("Foreign Minister Ilse Marrow"), never the
        // noun phrase it ends ("footage of Marrow").
        c.mention = m;
        c.tokenEnd = head + 1;
        c.tokenStart = doc.mentionTokenStart[size_t(m)];
        while (c.tokenStart - 1 >= limit && head + 1 - c.tokenStart < kMaxSpan
            && !doc.inQuote(c.tokenStart - 1) && doc.token(c.tokenStart - 1).kind == TokenKind::Word
            && doc.mentionAt[size_t(c.tokenStart - 1)] < 0
            && (doc.has(c.tokenStart - 1, TitleWord | RoleNoun)
                || (doc.isCapitalised(c.tokenStart - 1)
                    && !doc.has(c.tokenStart - 1,
                        Determiner | Preposition | ClauseWord | Pronoun | TimeWord))))
            --c.tokenStart;
        return c;
    }
    if (possessiveBeforeNounCue(doc, head) >= 0) {
        static const quint64 his = wordHash(u"his");
        static const quint64 her = wordHash(u"her");
        const quint64 h = doc.hash(head);
        c.tokenStart = head;
        c.tokenEnd = head + 1;
        c.pronoun = true;
        c.plural = h != his && h != her;
        return c;
    }
    if (isIndefiniteSource(doc, head)) {
        c.tokenStart = head;
        c.tokenEnd = head + 1;
        return c;
    }
    const SpeakerPhrase p = speakerBefore(doc, head + 1, limit);
    if (p.isValid() && p.end == head + 1 && head + 1 - p.start <= kMaxSpan) {
        c.tokenStart = p.start;
        c.tokenEnd = p.end;
        c.mention = p.mention;
        c.pronoun = p.pronoun;
        c.plural = p.plural;
    } else {
        const int m = doc.mentionAt[size_t(head)];
        c.tokenStart = m >= 0 ? doc.mentionTokenStart[size_t(m)] : head;
        c.tokenEnd = head + 1;
        c.mention = m;
        c.pronoun = doc.has(head, Pronoun);
        c.plural = doc.has(head, PluralPronoun);
    }
    c.mention = -1; // a noun phrase: "a Northern Basin Commission memo"
    return c;
}

bool isHead(const Document &doc, qint32 i, qint32 sentenceStart)
{
    if (doc.inQuote(i) || doc.token(i).kind != TokenKind::Word || doc.has(i, Cue))
        return false;
    const int m = doc.mentionAt[size_t(i)];
    if (m >= 0)
        return doc.mentionTokenEnd[size_t(m)] == i + 1;
    if (doc.has(i, Pronoun) || doc.has(i, RoleNoun | SourceNoun))
        return true;
    if (possessiveBeforeNounCue(doc, i) >= 0 || isIndefiniteSource(doc, i))
        return true;
    return doc.isCapitalised(i) && i > sentenceStart && !doc.has(i, TitleWord | TimeWord)
        && !(i + 1 < doc.tokenCount() && doc.isCapitalised(i + 1) && !doc.inQuote(i + 1));
}

// anchorStart/anchorEnd: the cue's tokens, or the quote's when it has no cue.
void describe(const Document &doc, const Quote &quote, qint32 anchorStart, qint32 anchorEnd,
    qint32 sentenceStart, const SpeakerPhrase &subject, const std::vector<qint32> &heads,
    SourceCandidate *c)
{
    auto &f = c->features;
    const quint64 qkind = quint64(quote.kind);
    const quint64 cueWord = quote.cue.isValid() ? doc.hash(anchorStart) : 0;
    if (c->tokenStart < 0) {
        f.push_back(feature(NoneRule, c->rule));
        f.push_back(feature(NoneKind, qkind, c->rule));
        f.push_back(feature(NoneKind, cueWord));
        return;
    }
    const qint32 head = c->tokenEnd - 1;
    const bool before = c->tokenEnd <= anchorStart;
    const quint64 side = before ? 1 : (c->tokenStart >= anchorEnd ? 2 : 3);
    const qint32 distance = before ? anchorStart - c->tokenEnd : c->tokenStart - anchorEnd;
    const quint64 bucket = quint64(distanceBucket(std::max(0, distance)));
    const quint64 kind = kindOf(doc, *c, head);
    f.push_back(feature(Bias));
    f.push_back(feature(Kind, kind));
    f.push_back(feature(SideDistance, side, bucket));
    f.push_back(feature(SideKind, side, kind));
    f.push_back(feature(SideDistanceKind, side, bucket, kind));
    const qint32 quoteStart = tokenAtOrAfter(doc, quote.content.start);
    const qint32 quoteEnd = tokenAtOrAfter(doc, quote.content.end);
    const quint64 quoteSide = c->tokenEnd <= quoteStart ? 1 : (c->tokenStart >= quoteEnd ? 2 : 3);
    f.push_back(feature(QuoteSide, quoteSide, side));
    f.push_back(feature(QuoteKindSide, qkind, side, quoteSide));
    f.push_back(feature(WordBefore, wordClass(doc, c->tokenStart - 1), side));
    f.push_back(feature(WordAfter, wordClass(doc, c->tokenEnd), side));
    f.push_back(feature(WordAfter, wordClass(doc, c->tokenEnd), wordClass(doc, c->tokenEnd + 1)));
    // The word after the phrase itself: a verb of speech the lexicon lacks ("notes").
    if (c->tokenEnd < doc.tokenCount() && doc.token(c->tokenEnd).kind == TokenKind::Word
        && !doc.isCapitalised(c->tokenEnd))
        f.push_back(feature(WordAfter, doc.hash(c->tokenEnd), 99));
    f.push_back(feature(RuleChoice, c->rule ? 1 : 0, kind > 39 ? 1 : 0));
    f.push_back(feature(CueWordSide, cueWord, side));
    f.push_back(feature(CueWordSide, cueWord, side, bucket));
    const bool isSubject
        = subject.isValid() && overlaps(c->tokenStart, c->tokenEnd, subject.start, subject.end);
    f.push_back(feature(Subject, isSubject, side));
    int between = 0;
    bool comma = false;
    const qint32 from = before ? c->tokenEnd : anchorEnd;
    const qint32 to = before ? anchorStart : c->tokenStart;
    for (const qint32 h : heads)
        between += h >= from && h < to ? 1 : 0;
    bool clause = false;
    bool verb = false;
    for (qint32 k = from; k < to; ++k) {
        comma = comma || doc.isPunct(k, u',');
        clause = clause || (doc.has(k, ClauseWord) && !doc.has(k, Preposition));
        verb = verb
            || (doc.token(k).kind == TokenKind::Word && !doc.isCapitalised(k)
                && doc.mentionAt[size_t(k)] < 0 && !doc.has(k, RoleNoun | SourceNoun)
                && (doc.word(k).endsWith(u"ed") || doc.has(k, Auxiliary)));
    }
    f.push_back(feature(ClauseBetween, clause, side, bucket > 1 ? 1 : 0));
    f.push_back(feature(VerbBetween, verb, side, bucket > 1 ? 1 : 0));
    f.push_back(feature(Between, std::min(between, 3), side));
    f.push_back(feature(CommaBetween, comma, side, bucket > 2 ? 1 : 0));
    bool relative = false;
    for (qint32 k = std::max(sentenceStart, c->tokenStart - 6); k < c->tokenStart; ++k) {
        if (doc.has(k, ClauseWord) && !doc.has(k, Preposition))
            relative = true;
    }
    f.push_back(feature(RelativeClause, relative, side));
    if (!c->pronoun && c->mention < 0)
        f.push_back(feature(HeadWord, doc.hash(head)));
    if (c->pronoun)
        f.push_back(feature(PronounWord, doc.hash(head), side));
    if (const qint32 noun = possessiveBeforeNounCue(doc, head); c->pronoun && noun >= 0)
        f.push_back(feature(
            PossessiveCue, noun == anchorStart ? 1 : 2, quoteSide, std::min(noun - head, 2)));
    if (c->relative) {
        const int m = relativeAntecedent(doc, head);
        const bool comma = head > 0 && (doc.isPunct(head - 1, u',') || doc.isDash(head - 1));
        f.push_back(feature(RelativeAntecedent,
            m >= 0 ? 40 + quint64((*doc.mentions)[m].type) : wordClass(doc, head - 1), comma));
        f.push_back(feature(RelativeAntecedent, doc.hash(head), cueWord));
    }
    // A phrase in the quote's own paragraph against one in the paragraph before: a name in the
    // sentence right before a quote that opens its paragraph, a speaker carried over.
    const qint32 quoteParagraph = doc.paragraph(std::min(quoteStart, doc.tokenCount() - 1));
    f.push_back(feature(SameParagraph, kind, doc.paragraph(c->tokenStart) == quoteParagraph));
    f.push_back(feature(Length, std::min(c->tokenEnd - c->tokenStart, 5)));
    const qint32 quoteToken = std::min(quoteStart, doc.tokenCount() - 1);
    f.push_back(feature(SameSentenceAsQuote,
        doc.sentenceOf[size_t(c->tokenStart)] == doc.sentenceOf[size_t(quoteToken)]));
}

} // namespace

void sourceCandidates(const Document &doc, const Quote &quote, std::vector<SourceCandidate> *out)
{
    out->clear();
    // A person named right against the cue ("Marrow said", "said Marrow", "footage of Marrow
    // saying") is the speaker: the rules get that right nearly always, so it is not ranked.
    if (quote.cue.isValid() && doc.isPerson(quote.speakerMention)
        && (quote.speaker.end == tokenBoundaryBefore(doc, quote.cue.start)
            || tokenBoundaryBefore(doc, quote.speaker.start) == quote.cue.end))
        return;
    // A partial quote with neither cue nor speaker may be a scare quote ("the so-called
    // 'deal'", "most Veltrian dams are 'safe'"): only a person or a body named nearby may be its
    // source ("Crist 'would say anything'").
    const bool scare
        = !quote.cue.isValid() && !quote.speaker.isValid() && quote.kind == QuoteKind::Partial;
    const qint32 contentStart = tokenAtOrAfter(doc, quote.content.start);
    const qint32 contentEnd = tokenAtOrAfter(doc, quote.content.end);
    if (contentStart >= doc.tokenCount())
        return;
    // The anchor: the cue, or the quote itself when it has none. The window: the cue's sentence,
    // or around a quote without a cue, its sentence from a little before it to the end of the
    // sentence that follows it ("'...,' he notes.").
    qint32 anchorStart = contentStart;
    qint32 anchorEnd = contentEnd;
    qint32 windowStart = 0;
    qint32 windowEnd = 0;
    if (quote.cue.isValid()) {
        anchorStart = tokenAtOrAfter(doc, quote.cue.start);
        anchorEnd = tokenAtOrAfter(doc, quote.cue.end);
        if (anchorStart >= doc.tokenCount())
            return;
        const Sentence &s = doc.sentenceAt(anchorStart);
        windowStart = s.tokenStart;
        windowEnd = s.tokenEnd;
    } else {
        windowStart = std::max(doc.sentenceAt(contentStart).tokenStart, contentStart - 30);
        // A quote that opens its sentence, or follows its first word ("But 'we need ...'"), may
        // belong to the subject of the sentence before it ("Valastro praised the plan. 'We need
        // someone ...'").
        if (windowStart >= contentStart - 2 && windowStart > 0) {
            const Sentence *before = &doc.sentenceAt(windowStart - 1);
            qint32 after = contentStart;
            // Sentences that are quotes themselves, in a run of quotes with no cue ("'Q1.'
            // 'Q2.'"): the speaker is named before the run.
            for (int n = 0; n < 3 && before->tokenStart > 0 && isAllQuote(doc, *before)
                 && doc.paragraph(before->tokenStart) >= doc.paragraph(after) - 1;
                 ++n) {
                after = before->tokenStart;
                before = &doc.sentenceAt(before->tokenStart - 1);
            }
            if (doc.paragraph(before->tokenStart) >= doc.paragraph(after) - 1)
                windowStart = std::max(before->tokenStart, std::min(contentStart, after) - 40);
        } else if (windowStart > 0 && windowStart == doc.sentenceAt(contentStart).tokenStart) {
            // "Jahangir said she was angered. Doing so 'appeared to be ...'": a quote with no cue
            // in the sentence after someone's speech may go on with it.
            const Sentence &before = doc.sentenceAt(windowStart - 1);
            bool cue = false;
            for (qint32 k = before.tokenStart; k < before.tokenEnd && !cue; ++k)
                cue = doc.has(k, Cue) && !doc.inQuote(k);
            if (cue && doc.paragraph(before.tokenStart) == doc.paragraph(contentStart))
                windowStart = std::max(before.tokenStart, contentStart - 40);
        }
        const qint32 last = std::min(contentEnd, doc.tokenCount() - 1);
        windowEnd = doc.sentenceAt(last).tokenEnd;
        if (windowEnd - contentEnd < 3 && windowEnd < doc.tokenCount())
            windowEnd = doc.sentenceAt(windowEnd).tokenEnd;
        windowEnd = std::min(windowEnd, contentEnd + 30);
    }
    t_anchor = quote.cue.isValid() ? 0 : 1000;
    std::vector<qint32> heads;
    for (qint32 i = windowStart; i < windowEnd; ++i) {
        if ((i >= contentStart && i < contentEnd) || (i >= anchorStart && i < anchorEnd))
            continue;
        if (isHead(doc, i, doc.sentenceAt(i).tokenStart))
            heads.push_back(i);
    }
    const qint32 ruleStart
        = quote.speaker.isValid() ? tokenAtOrAfter(doc, quote.speaker.start) : -1;
    const qint32 ruleEnd = quote.speaker.isValid() ? tokenAtOrAfter(doc, quote.speaker.end) : -1;
    bool ruleSeen = false;
    for (const qint32 h : heads) {
        if (scare && !doc.has(h, Pronoun)
            && !(doc.mentionAt[size_t(h)] >= 0
                && (*doc.mentions)[doc.mentionAt[size_t(h)]].type != EntityType::Misc
                && (*doc.mentions)[doc.mentionAt[size_t(h)]].type != EntityType::Location))
            continue;
        SourceCandidate c
            = phraseEndingAt(doc, h, std::max(windowStart, doc.sentenceAt(h).tokenStart));
        // The phrase never reaches back into the quote or the cue.
        if (h >= contentEnd)
            c.tokenStart = std::max(c.tokenStart, contentEnd);
        if (h >= anchorEnd)
            c.tokenStart = std::max(c.tokenStart, anchorEnd);
        c.tokenStart = std::min(c.tokenStart, h);
        c.rule = ruleStart >= 0 && c.tokenStart == ruleStart && c.tokenEnd == ruleEnd;
        ruleSeen = ruleSeen || c.rule;
        out->push_back(std::move(c));
    }
    if (quote.cue.isValid()) {
        if (const qint32 k = relativeBeforeCue(doc, anchorStart);
            k >= windowStart && !(k >= contentStart && k < contentEnd)) {
            SourceCandidate c;
            c.tokenStart = k;
            c.tokenEnd = k + 1;
            c.relative = true;
            out->push_back(std::move(c));
        }
    }
    if (ruleStart >= 0 && !ruleSeen && ruleEnd > ruleStart) {
        // The rules' phrase may stand outside the window (a speaker carried over) or end on a
        // word that is no head ("the state broadcaster 'Radio Orsava'").
        SourceCandidate c;
        c.tokenStart = ruleStart;
        c.tokenEnd = ruleEnd;
        c.mention = quote.speakerMention;
        c.pronoun = doc.has(ruleStart, Pronoun) && ruleEnd == ruleStart + 1;
        c.rule = true;
        out->push_back(std::move(c));
    }
    // "Nobody" is a choice only where the rules found nobody either: the model moves a speaker
    // the rules found, it does not remove one.
    if (ruleStart < 0) {
        SourceCandidate none;
        none.rule = true;
        out->push_back(std::move(none));
    }

    const Sentence &s = doc.sentenceAt(anchorStart);
    const SpeakerPhrase subject = sentenceSubject(doc, s.tokenStart, s.tokenEnd, false);
    for (SourceCandidate &c : *out) {
        if (c.tokenStart >= 0)
            c.span = doc.range(c.tokenStart, c.tokenEnd);
        describe(doc, quote, anchorStart, anchorEnd, s.tokenStart, subject, heads, &c);
    }
}

void chooseSources(const Document &doc, const SourceModel &model, QList<Quote> *quotes)
{
    thread_local std::vector<SourceCandidate> candidates;
    TextRange replaced; // the rules' speaker of the last quote whose source the model changed
    TextRange replacement;
    int replacementMention = -1;
    for (Quote &q : *quotes) {
        if (!q.cue.isValid() && replaced.isValid() && q.speaker == replaced) {
            // A quote that continues the previous speaker follows the model's choice for it.
            q.speaker = replacement;
            q.speakerMention = replacementMention;
        }
        sourceCandidates(doc, q, &candidates);
        // "according to the report": a text is no speaker; the rules named its holder, if any.
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                             [&](const SourceCandidate &c) {
                                 return c.tokenStart >= 0 && c.mention < 0 && !c.pronoun
                                     && doc.has(c.tokenEnd - 1, Inanimate)
                                     && afterAccordingTo(doc, c.tokenStart);
                             }),
            candidates.end());
        const int best = model.best(candidates);
        if (best < 0 || candidates[size_t(best)].rule) {
            if (q.cue.isValid())
                replaced = {}; // a new speaker, whom the quotes after it continue
            continue;
        }
        const SourceCandidate &c = candidates[size_t(best)];
        // The model chooses where the source is; where it agrees with the rules, the rules'
        // phrase stays, as they know its extent and its head better: "a Northern Basin
        // Commission memo", "The Commissioner for Trade, Ines Varga," (the person speaks).
        if (q.speaker.isValid() && c.span.isValid() && !c.relative) {
            const qint32 gapStart = std::min(c.span.end, q.speaker.end);
            const qint32 gapEnd = std::max(c.span.start, q.speaker.start);
            bool adjacent = gapEnd <= gapStart;
            if (!adjacent && gapEnd - gapStart <= 3) {
                adjacent = true;
                for (qint32 i = gapStart; i < gapEnd; ++i)
                    adjacent = adjacent && !doc.text[i].isLetterOrNumber();
            }
            if (adjacent) {
                if (q.cue.isValid())
                    replaced = {};
                continue;
            }
        }
        replaced = q.speaker;
        if (c.tokenStart < 0) {
            q.speaker = {};
            q.speakerMention = -1;
        } else {
            q.speaker = c.span;
            SpeakerPhrase p;
            p.start = c.tokenStart;
            p.end = c.tokenEnd;
            p.mention = c.mention;
            p.pronoun = c.pronoun;
            p.plural = c.plural;
            // A role phrase the model chose ("the chairman of a House subcommittee", "the
            // spokesman") is left unresolved. It was meant to go to resolveRole() but had no
            // head, so the lookup read before its array and matched nothing (AddressSanitizer,
            // on Reuters text). Given its head, it changed no speaker of PolNeAR dev; on Reuters
            // it made "the chairman of a House subcommittee" the chairman named before, and,
            // phrases followed by a preposition left out, "the spokesman" a man not called one:
            // not made a rule on that evidence.
            float confidence = 1.0f;
            q.speakerMention = c.relative ? relativeAntecedent(doc, c.tokenStart)
                                          : resolveSpeaker(doc, p, SpeechHistory {}, &confidence);
        }
        replacement = q.speaker;
        replacementMention = q.speakerMention;
    }
}

} // namespace Parallax::Quotes
