// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The extractor walks the document once, sentence by sentence: quotes in marks with their
// attribution, then colon quotes, then reported speech outside quotes. Every pattern looks at a
// bounded window of tokens around a cue, so the whole pass is linear in the tokens.
#include "quoteextractor.h"

#include "extractor.h"

#include <algorithm>

namespace Parallax::Quotes {

// kinds: Cue, plus WeakCue for partial quotes, plus AdjacentCue right next to a quote.
bool Extractor::isCue(qint32 i, quint32 kinds) const
{
    return !m_doc.inQuote(i) && m_doc.has(i, kinds) && !isNoun(i);
}

// "his tweets", "late-night tweets", "the reports": a plural noun, not a verb.
bool Extractor::isNoun(qint32 i) const
{
    const QStringView w = m_doc.word(i);
    if (w.size() < 5 || w.back() != u's' || i == 0)
        return false;
    const QStringView before = m_doc.word(i - 1);
    return m_doc.has(i - 1, Determiner | Possessive | Preposition)
        || (m_doc.token(i - 1).kind == TokenKind::Word && before.contains(u'-'))
        // "of Veltrian claims": an adjective between a preposition and the noun
        || (i > 1 && m_doc.isCapitalised(i - 1) && m_doc.has(i - 2, Determiner | Preposition));
}

// A participle or an infinitive ("..., adding that", "went on to say") has no subject of its
// own: it reports for the subject of the verb it depends on.
bool Extractor::isDependent(qint32 i) const
{
    return isGerund(i) || (i > 0 && sameWord(m_doc, i - 1, m_to));
}

// The speaker of the verb that governs a dependent cue: the nearest earlier cue of the
// sentence with a speaker ("the mayor said, adding that"), else the sentence subject.
SpeakerPhrase Extractor::governingSpeaker(qint32 cue, qint32 start) const
{
    // "footage of Marrow saying": a name or pronoun right before the participle is its
    // subject.
    if (isGerund(cue) && cue > start) {
        const qint32 j = cue - 1;
        const int m = m_doc.mentionAt[size_t(j)];
        SpeakerPhrase p;
        if (m >= 0 && m_doc.mentionTokenEnd[size_t(m)] == cue && m_doc.isPerson(m)) {
            p.start = m_doc.mentionTokenStart[size_t(m)];
            p.mention = m;
        } else if (m_doc.has(j, Pronoun) && !m_doc.has(j, Possessive | PluralPronoun)) {
            p.start = j;
            p.pronoun = true;
        }
        if (p.start >= 0) {
            p.end = cue;
            return p;
        }
    }
    // "Declaring the plan 'a shame,' the minister offered ...", "In declaring ..., Marrow
    // showed": a participle that opens the sentence reports for the subject after its clause.
    if (const qint32 first = trimStart(start, cue);
        isGerund(cue) && (first == cue || (first + 1 == cue && m_doc.has(first, Preposition)))) {
        const qint32 end = m_doc.sentenceAt(cue).tokenEnd;
        for (qint32 k = cue + 1; k < end; ++k) {
            if (!m_doc.isPunct(k, u','))
                continue;
            qint32 from = k + 1;
            while (from < end && m_doc.token(from).kind == TokenKind::Punctuation
                && !m_doc.isPunct(from, u','))
                ++from; // the closing mark after "'a shame,'"
            // ", though, Marrow ..."
            if (from + 1 < end && m_doc.token(from).kind == TokenKind::Word
                && !m_doc.isCapitalised(from) && m_doc.isPunct(from + 1, u','))
                from += 2;
            if (from < end && m_doc.inQuote(from))
                continue;
            const SpeakerPhrase p = sentenceSubject(m_doc, from, end, false);
            if (p.isValid())
                return p;
            break;
        }
    }
    for (qint32 c = cue - 1; c >= start; --c) {
        if (!isCue(c, Cue | AdjacentCue) || isDependent(c))
            continue;
        SpeakerPhrase p = speakerBefore(m_doc, c, start);
        // An inverted cue ("'Q,' said Marrow, adding") has its speaker after it; after any
        // other cue the next words are what was said ("said he was ...").
        if (!p.isValid() && c > start && (m_doc.isPunct(c - 1, u',') || m_doc.inQuote(c - 1)))
            p = speakerAfter(m_doc, c + 1, cue);
        if (p.isValid())
            return p;
    }
    return subject(start, cue);
}

bool Extractor::isSentenceEnd(qint32 i) const
{
    return m_doc.isPunct(i, u'.') || m_doc.isPunct(i, u'!') || m_doc.isPunct(i, u'?')
        || m_doc.isPunct(i, u';');
}

// The subject at the start of the sentence, for cues whose speaker is not right before
// them: "Marrow on Monday described ...", "..., saying".
SpeakerPhrase Extractor::subject(qint32 start, qint32 limit) const
{
    start = trimStart(start, limit);
    SpeakerPhrase p = sentenceSubject(m_doc, start, limit, false);
    if (p.isValid())
        return p;
    p = speakerAfter(m_doc, start, limit);
    if (p.isValid() || start >= limit)
        return p;
    // "On Monday, Marrow said ..."
    for (qint32 k = start; k < limit && k - start <= 5; ++k) {
        if (m_doc.isPunct(k, u','))
            return speakerAfter(m_doc, k + 1, limit);
    }
    return {};
}

SpeakerPhrase Extractor::speakerOf(qint32 cue, qint32 start) const
{
    if (isDependent(cue))
        return governingSpeaker(cue, start); // "..., saying", "by calling"
    const SpeakerPhrase p = speakerBefore(m_doc, cue, start);
    if (p.isValid())
        return p;
    // "Marrow called it 'a trap' and called for ...": the speaker of the joined cue.
    if (cue - 1 > start && sameWord(m_doc, cue - 1, m_and)
        && m_doc.token(cue - 2).kind != TokenKind::Word)
        return governingSpeaker(cue, start);
    // "Marrow laughed and said": the subject of the first of two joined verbs.
    if (cue - 3 >= start && sameWord(m_doc, cue - 1, m_and)
        && m_doc.token(cue - 2).kind == TokenKind::Word && !m_doc.isCapitalised(cue - 2)
        && (m_doc.word(cue - 2).endsWith(u"ed") || isCue(cue - 2, Cue | WeakCue | AdjacentCue))) {
        const SpeakerPhrase joined = speakerBefore(m_doc, cue - 2, start);
        if (joined.isValid())
            return joined;
    }
    // "Said Marrow: ..." — an inverted cue that opens the sentence.
    if (trimStart(start, cue) == cue)
        return speakerAfter(m_doc, cue + 1, m_doc.sentenceAt(cue).tokenEnd);
    return subject(start, cue);
}

// The content ends in "?" or "!" right before its closing mark.
bool Extractor::endsInQuestion(const MarkedQuote &q) const
{
    const qint32 last = q.closeToken - 1;
    return last > q.openToken && (m_doc.isPunct(last, u'?') || m_doc.isPunct(last, u'!'));
}

// What may follow a trailer's cue and speaker when it opens a sentence of its own: the end of
// the sentence, a comma or dash, a preposition, or a particle of the cue ("went on").
bool Extractor::endsTrailer(qint32 i) const
{
    if (i >= m_doc.tokenCount() || isSentenceEnd(i) || m_doc.isPunct(i, u',') || m_doc.isDash(i))
        return true;
    static const quint64 on = wordHash(u"on");
    static const quint64 back = wordHash(u"back");
    static const quint64 out = wordHash(u"out");
    return m_doc.has(i, Preposition) || sameWord(m_doc, i, on) || sameWord(m_doc, i, back)
        || sameWord(m_doc, i, out);
}

// After the closing mark: "QUOTE," X said. / "QUOTE," said X. / "QUOTE" — X.
bool Extractor::trailer(qint32 k, qint32 end, bool partial, Attribution *a) const
{
    while (k < end && m_doc.isPunct(k, u','))
        ++k;
    bool dash = false;
    if (k < end && m_doc.isDash(k)) {
        dash = true;
        ++k;
    }
    if (k >= end)
        return false;
    if (isCue(k, Cue | AdjacentCue)) {
        const SpeakerPhrase p = speakerAfter(m_doc, k + 1, end);
        if (p.isValid()) {
            *a = Attribution {k, k + 1, p};
            return true;
        }
    }
    for (qint32 c = k + 1; c < end && c - k <= kMaxTrailerWords; ++c) {
        if (m_doc.inQuote(c) || isSentenceEnd(c))
            break;
        if (!isCue(c, Cue | AdjacentCue))
            continue;
        const SpeakerPhrase p = speakerBefore(m_doc, c, k);
        // "'Q,' she said" or "'Q,' and she said"; not "'Q,' but she said", where the
        // clause after the quote is a new statement.
        if (p.isValid() && (p.start == k || (p.start == k + 1 && !m_doc.has(k, ClauseWord)))) {
            *a = Attribution {c, c + 1, p};
            return true;
        }
        break;
    }
    if (dash) {
        // After a partial quote, a dash mostly opens an aside ("'Q' — a charge that ..."),
        // so only a name that ends the sentence is the speaker there.
        const SpeakerPhrase p = speakerAfter(m_doc, k, end);
        if (p.isValid()
            && (!partial || (p.mention >= 0 && (p.end >= end || isSentenceEnd(p.end))))) {
            a->speaker = p;
            return true;
        }
    }
    return false;
}

// Before the opening mark: X said, "QUOTE" / X told reporters: "QUOTE" / X: "QUOTE".
bool Extractor::prefix(qint32 open, qint32 start, Attribution *a) const
{
    qint32 j = open - 1;
    if (j < start)
        return false;
    const bool colon = m_doc.isPunct(j, u':');
    if (colon || m_doc.isPunct(j, u',') || m_doc.isDash(j))
        --j;
    if (j >= start && sameWord(m_doc, j, m_that))
        --j;
    for (qint32 c = j; c >= start && j - c <= kMaxCueGap; --c) {
        if (m_doc.inQuote(c) || (c < j && m_doc.token(c).kind == TokenKind::Punctuation))
            break;
        // According to Marrow, "QUOTE"
        if (c > start && sameWord(m_doc, c, m_to) && sameWord(m_doc, c - 1, m_according)) {
            *a = Attribution {c - 1, c + 1, accordingSource(m_doc, c + 1, open)};
            return true;
        }
        if (!isCue(c, Cue | AdjacentCue))
            continue;
        *a = Attribution {c, c + 1, speakerOf(c, start)};
        return true;
    }
    if (colon) {
        const SpeakerPhrase p = speakerBefore(m_doc, open - 1, start);
        if (p.isValid() && p.start == start && (p.mention >= 0 || p.pronoun)) {
            a->speaker = p;
            return true;
        }
    }
    return false;
}

// Any cue of the sentence, nearest before the quote first: "Marrow described the talks as
// 'difficult but productive'".
bool Extractor::anywhere(const MarkedQuote &q, Attribution *a) const
{
    const Sentence &s = m_doc.sentenceAt(q.openToken);
    for (qint32 c = q.openToken - 1; c >= s.tokenStart; --c) {
        if (isCue(c, Cue | WeakCue)) {
            *a = Attribution {c, c + 1, speakerOf(c, s.tokenStart)};
            return true;
        }
    }
    const qint32 after = q.closeToken >= 0 ? q.closeToken + 1 : q.lastToken;
    const qint32 end = m_doc.sentenceAt(std::max(after - 1, q.openToken)).tokenEnd;
    for (qint32 c = after; c < end; ++c) {
        if (isCue(c, Cue | WeakCue)) {
            if (isDependent(c)) {
                *a = Attribution {c, c + 1, governingSpeaker(c, s.tokenStart)};
                return true;
            }
            SpeakerPhrase p = speakerBefore(m_doc, c, s.tokenStart);
            if (!p.isValid())
                p = speakerAfter(m_doc, c + 1, end);
            if (!p.isValid() && !m_doc.inQuote(s.tokenStart))
                p = subject(s.tokenStart, c);
            *a = Attribution {c, c + 1, p};
            return true;
        }
    }
    return false;
}

// He said:
//
// "QUOTE" — the introduction ends the sentence or paragraph before.
bool Extractor::introduced(const MarkedQuote &q, Attribution *a) const
{
    const qint32 start = m_doc.sentenceAt(q.openToken).tokenStart;
    if (trimStart(start, q.openToken) != q.openToken || start == 0
        || !m_doc.isPunct(start - 1, u':') || m_doc.inQuote(start - 1))
        return false;
    return prefix(start, m_doc.sentenceAt(start - 1).tokenStart, a);
}

// Interview transcripts: "MARROW: We will sign."
bool Extractor::transcript(const MarkedQuote &q, Attribution *a) const
{
    const qint32 k = q.firstToken;
    if (k + 1 >= q.lastToken || !m_doc.isPunct(k + 1, u':')
        || m_doc.token(k).kind != TokenKind::Word || m_doc.token(k).length() < 2)
        return false;
    for (const QChar c : m_doc.word(k)) {
        if (c.isLower())
            return false;
    }
    a->speaker.start = k;
    a->speaker.end = k + 1;
    return true;
}

// A whole utterance or a few words inside the reporter's sentence?
QuoteKind Extractor::kindOf(const MarkedQuote &q) const
{
    if (q.continued)
        return QuoteKind::Direct;
    const qint32 start = m_doc.sentenceAt(q.openToken).tokenStart;
    bool atStart = true;
    for (qint32 k = start; k < q.openToken && atStart; ++k)
        atStart = m_doc.token(k).kind == TokenKind::Punctuation;
    if (atStart)
        return QuoteKind::Direct;
    const qint32 before = q.openToken - 1;
    const bool capital = m_doc.text[q.content.start].isUpper();
    if (m_doc.isPunct(before, u':'))
        return QuoteKind::Direct;
    if (capital && (m_doc.isPunct(before, u',') || m_doc.isDash(before) || isCue(before)))
        return QuoteKind::Direct;
    return QuoteKind::Partial;
}

void Extractor::marked(const MarkedQuote &q)
{
    Quote quote;
    quote.content = q.content;
    quote.kind = kindOf(q);
    const bool closed = q.closeToken >= 0;
    Attribution a;
    bool found = false;
    if (closed) {
        qint32 end = m_doc.sentenceAt(q.closeToken).tokenEnd;
        // "QUOTE." She said. — a short next sentence of the same paragraph.
        if (end == q.closeToken + 1 && end < m_doc.tokenCount()
            && m_doc.paragraph(end) == m_doc.paragraph(q.closeToken)
            && m_doc.sentenceAt(end).size() <= 8)
            end = m_doc.sentenceAt(end).tokenEnd;
        found = trailer(q.closeToken + 1, end, quote.kind == QuoteKind::Partial, &a);
        // "'Is it over?' Marrow went on, as if ..." / "'Never!' said Marrow, ...": a quote
        // that ends in a question or an exclamation closes its sentence, and a longer next
        // sentence of the paragraph still names its speaker when the cue and speaker stand
        // at its start and are followed by a comma, a full stop or a preposition ("Marrow
        // said of the plan"), not by a new statement ("Marrow said the plan ...").
        if (!found && end == q.closeToken + 1 && end < m_doc.tokenCount()
            && m_doc.paragraph(end) == m_doc.paragraph(q.closeToken) && endsInQuestion(q)) {
            Attribution next;
            if (trailer(end, m_doc.sentenceAt(end).tokenEnd, false, &next) && next.cue >= 0
                && endsTrailer(std::max(next.cueEnd, next.speaker.end))) {
                a = next;
                found = true;
            }
        }
    }
    if (!found)
        found = prefix(q.openToken, m_doc.sentenceAt(q.openToken).tokenStart, &a);
    bool nearby = found;
    if (!found)
        found = introduced(q, &a) || anywhere(q, &a) || transcript(q, &a);

    float confidence = closed ? 0.9f : 0.3f;
    if (found && a.cue >= 0 && a.speaker.pronoun)
        outerSpeaker(&a);
    if (quote.kind == QuoteKind::Partial && (according(q, &a) || mainSpeaker(q, nearby, &a))) {
        if (!found)
            confidence = 0.5f; // no cue: the subject is the likely but unsure source
        found = true;
    } else if (!found && quote.kind == QuoteKind::Direct && colonSubject(q, &a)) {
        confidence *= 0.8f;
        found = true;
    }
    if (found) {
        use(a);
        attribute(&quote, a, &confidence);
    } else if (quote.kind == QuoteKind::Direct && carryOver(&quote, q.openToken)) {
        confidence *= 0.55f;
    } else if (quote.kind == QuoteKind::Direct && namedBefore(&quote, q.openToken)) {
        confidence *= 0.45f;
    } else if (quote.kind == QuoteKind::Partial) {
        const qint32 words = q.lastToken - q.firstToken;
        confidence = words <= kMaxScareWords ? 0.3f : 0.5f; // scare quotes, titles
    } else {
        confidence *= 0.6f;
    }
    quote.confidence = confidence;
    m_out->append(quote);
}

// Partial quotes belong to the subject of the sentence's main clause, as readers and
// annotators take them: "Marrow dismissed the plan as 'a fantasy'" (no cue), "Ardelan said
// the deal was what he called 'a trap'" (the cue is in a subordinate clause). A quote with
// its own cue right next to it keeps that cue's speaker.
bool Extractor::mainSpeaker(const MarkedQuote &q, bool nearby, Attribution *a) const
{
    if (nearby && a->speaker.isValid())
        return false;
    if (parenthetical(*a))
        return false;
    const Sentence &s = m_doc.sentenceAt(q.openToken);
    const SpeakerPhrase main = sentenceSubject(m_doc, s.tokenStart, q.openToken, true);
    if (!main.isValid() || main.end > q.openToken)
        return false;
    if (a->speaker.isValid()
        && (a->speaker.start <= main.start || (a->cue >= 0 && a->cue < main.end)))
        return false;
    a->speaker = main;
    return true;
}

// "Joe Biden, Rubio said, had been in the Senate for 'a thousand years'": a cue set off by
// commas inside the sentence names the source of the whole sentence, not its subject.
bool Extractor::parenthetical(const Attribution &a) const
{
    if (!a.speaker.isValid() || a.cue < 0)
        return false;
    const qint32 first = std::min(a.speaker.start, a.cue);
    qint32 last = std::max(a.speaker.end, std::max(a.cueEnd, a.cue + 1));
    while (last < m_doc.tokenCount() && m_doc.has(last, TimeWord) && !m_doc.inQuote(last))
        ++last;
    return first > 0 && last - first <= 8 && m_doc.isPunct(first - 1, u',')
        && last < m_doc.tokenCount() && m_doc.isPunct(last, u',');
}

// "Marrow said she recalled thinking, 'Q'": a pronoun that is the subject of a clause
// reported by someone else stands for that speaker, who is the source as written.
void Extractor::outerSpeaker(Attribution *a) const
{
    const qint32 start = m_doc.sentenceAt(a->speaker.start).tokenStart;
    qint32 k = a->speaker.start - 1;
    if (k > start && sameWord(m_doc, k, m_that))
        --k;
    if (k <= start || !isCue(k) || isDependent(k) || k >= a->cue)
        return;
    const SpeakerPhrase p = speakerBefore(m_doc, k, start);
    if (p.isValid())
        a->speaker = p;
}

// A source named in the sentence by "according to X" or "as X put it" is the source of
// the partial quotes in that sentence, whatever clause they stand in.
bool Extractor::according(const MarkedQuote &q, Attribution *a) const
{
    const Sentence &s = m_doc.sentenceAt(q.openToken);
    for (qint32 c = s.tokenStart; c + 2 < s.tokenEnd; ++c) {
        if (m_doc.inQuote(c))
            continue;
        if (sameWord(m_doc, c, m_according) && sameWord(m_doc, c + 1, m_to)) {
            SpeakerPhrase text;
            const SpeakerPhrase p = accordingSource(m_doc, c + 2, s.tokenEnd, &text);
            if (!text.isValid())
                continue;
            *a = Attribution {c, c + 2, p}; // no speaker for a text nobody holds
            return true;
        }
        if (sameWord(m_doc, c, m_as)) {
            SpeakerPhrase p = speakerAfter(m_doc, c + 1, s.tokenEnd);
            if (!p.isValid())
                continue;
            // "as a Kessling water memo put it": the name may only modify the head noun.
            for (qint32 k = p.end; k + 1 < s.tokenEnd && k - p.end < 3; ++k) {
                if (sameWord(m_doc, k, m_put) && sameWord(m_doc, k + 1, m_it)) {
                    if (k > p.end)
                        p.mention = -1;
                    p.end = k;
                    *a = Attribution {k, k + 2, p};
                    return true;
                }
                if (m_doc.token(k).kind != TokenKind::Word)
                    break;
            }
        }
    }
    return false;
}

// "Marrow had a blunt message for the farmers: 'Q'" — a colon ends a sentence with no cue:
// its subject introduces the quote.
bool Extractor::colonSubject(const MarkedQuote &q, Attribution *a) const
{
    qint32 colon = q.openToken - 1;
    // Or the sentence before, when the quote opens its own sentence or paragraph.
    const qint32 start = m_doc.sentenceAt(q.openToken).tokenStart;
    if (colon >= 0 && !m_doc.isPunct(colon, u':') && start > 0
        && trimStart(start, q.openToken) == q.openToken)
        colon = start - 1;
    if (colon < 0 || !m_doc.isPunct(colon, u':') || m_doc.inQuote(colon))
        return false;
    const SpeakerPhrase p = sentenceSubject(m_doc, m_doc.sentenceAt(colon).tokenStart, colon, true);
    if (!p.isValid())
        return false;
    a->speaker = p;
    return true;
}

void Extractor::use(const Attribution &a)
{
    for (qint32 c = a.cue; c >= 0 && c < a.cueEnd; ++c)
        m_usedCue[size_t(c)] = 1;
}

// Fills cue and speaker, resolves the speaker and remembers it for the quotes that follow.
void Extractor::attribute(Quote *quote, const Attribution &a, float *confidence)
{
    if (a.cue >= 0)
        quote->cue = m_doc.range(a.cue, a.cueEnd);
    if (!a.speaker.isValid())
        return;
    quote->speaker = m_doc.range(a.speaker.start, a.speaker.end);
    float resolved = 1.0f;
    quote->speakerMention = resolveSpeaker(m_doc, a.speaker, m_history, &resolved);
    if (quote->speakerMention >= 0)
        *confidence *= resolved;
    else if (a.speaker.pronoun || a.speaker.definiteRole)
        *confidence *= 0.8f;
    m_history.lastMention = quote->speakerMention;
    m_history.lastToken = a.speaker.start;
    m_history.lastSpeaker = quote->speaker;
    m_history.lastParagraph = m_doc.paragraph(a.speaker.start);
}

// A quote with no cue of its own continues the last speaker of this or the previous
// paragraph: a paragraph of quotation after "Marrow said".
bool Extractor::carryOver(Quote *quote, qint32 at) const
{
    if (!m_history.lastSpeaker.isValid() || m_history.lastParagraph < m_doc.paragraph(at) - 1)
        return false;
    quote->speaker = m_history.lastSpeaker;
    quote->speakerMention = m_history.lastMention;
    return true;
}

// No speech before: the one person named in the sentence before the quote, in the same or
// the previous paragraph ("Marrow addressed parliament. \"We have waited long enough.\"").
bool Extractor::namedBefore(Quote *quote, qint32 open) const
{
    const qint32 start = m_doc.sentenceAt(open).tokenStart;
    if (start == 0)
        return false;
    const Sentence &previous = m_doc.sentenceAt(start - 1);
    if (m_doc.paragraph(previous.tokenStart) < m_doc.paragraph(open) - 1)
        return false;
    int found = -1;
    for (int m = m_doc.lastMentionBefore[size_t(start)];
         m >= 0 && m_doc.mentionTokenStart[size_t(m)] >= previous.tokenStart; --m) {
        if (!m_doc.isPerson(m) || m_doc.inQuote(m_doc.mentionTokenStart[size_t(m)]))
            continue;
        if (found >= 0
            && m_doc.word(m_doc.mentionTokenEnd[size_t(m)] - 1)
                != m_doc.word(m_doc.mentionTokenEnd[size_t(found)] - 1))
            return false; // two people: unsure
        found = m;
    }
    if (found < 0)
        return false;
    quote->speaker = (*m_doc.mentions)[found].range;
    quote->speakerMention = found;
    return true;
}

} // namespace Parallax::Quotes

namespace Parallax::QuoteExtractor {

using namespace Quotes;

QList<Quote> extract(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    const QList<EntityMention> &mentions)
{
    static const std::shared_ptr<const SourceModel> shipped = SourceModel::shipped();
    return extract(text, tokens, sentences, mentions, shipped.get());
}

std::vector<std::vector<SourceCandidate>> sourceCandidates(QStringView text,
    const QList<Token> &tokens, const QList<Sentence> &sentences,
    const QList<EntityMention> &mentions, const QList<Quote> &quotes)
{
    std::vector<std::vector<SourceCandidate>> out(size_t(quotes.size()));
    if (tokens.isEmpty())
        return out;
    thread_local Document doc;
    doc.prepare(text, tokens, sentences, mentions);
    std::vector<MarkedQuote> marked;
    findMarkedQuotes(doc, &marked); // inQuote() is what the candidates are checked against
    for (qsizetype i = 0; i < quotes.size(); ++i)
        Quotes::sourceCandidates(doc, quotes[i], &out[size_t(i)]);
    return out;
}

QList<Quote> extract(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
    const QList<EntityMention> &mentions, const SourceModel *model)
{
    // Buffers kept per thread, so a batch of documents allocates only for its results.
    thread_local Document doc;
    thread_local std::vector<MarkedQuote> marked;
    thread_local std::vector<quint8> usedCue;
    QList<Quote> out;
    if (tokens.isEmpty())
        return out;
    doc.prepare(text, tokens, sentences, mentions);
    Extractor(doc, marked, usedCue, &out).run();
    out.removeIf([](const Quote &q) { return isQuotedName(doc, q); });
    if (model)
        Quotes::chooseSources(doc, *model, &out);
    return out;
}

} // namespace Parallax::QuoteExtractor
