// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Statements outside quotation marks: a quote after a colon, and reported speech ("X said that
// ...", "according to X, ..."), each found by a bounded window around its cue.
#include "extractor.h"

namespace Parallax::Quotes {

// She said: the talks will continue.
void Extractor::colonQuote(const Sentence &s)
{
    for (qint32 j = s.tokenStart + 1; j + 3 < s.tokenEnd; ++j) {
        if (!m_doc.isPunct(j, u':') || m_doc.inQuote(j) || m_doc.inQuote(j + 1))
            continue;
        qint32 c = j - 1;
        while (
            c > s.tokenStart && j - c <= 3 && !isCue(c) && m_doc.token(c).kind == TokenKind::Word)
            --c;
        if (!isCue(c) || m_usedCue[size_t(c)])
            continue;
        const qint32 end = trimEnd(j + 1, s.tokenEnd);
        if (end - (j + 1) < 3)
            continue;
        Quote quote;
        quote.content = m_doc.range(j + 1, end);
        quote.kind = QuoteKind::Direct;
        float confidence = 0.75f;
        const Attribution a {c, c + 1, speakerBefore(m_doc, c, s.tokenStart)};
        use(a);
        attribute(&quote, a, &confidence);
        quote.confidence = confidence;
        m_out->append(quote);
        return;
    }
}

// The end of a clause without its final punctuation and closing marks.
qint32 Extractor::trimEnd(qint32 start, qint32 end) const
{
    while (end > start && m_doc.token(end - 1).kind == TokenKind::Punctuation)
        --end;
    return end;
}

qint32 Extractor::trimStart(qint32 start, qint32 end) const
{
    while (start < end && m_doc.token(start).kind == TokenKind::Punctuation)
        ++start;
    return start;
}

bool Extractor::addReported(qint32 start, qint32 end, const Attribution &a)
{
    start = trimStart(start, end);
    end = trimEnd(start, end);
    if (end - start < 3)
        return false;
    // Entirely a quotation in marks: already attributed as a direct quote.
    if (m_doc.inQuote(start) && m_doc.quoteAt[size_t(start)] == m_doc.quoteAt[size_t(end - 1)])
        return false;
    Quote quote;
    quote.content = m_doc.range(start, end);
    quote.kind = QuoteKind::Indirect;
    float confidence = 0.7f;
    use(a);
    attribute(&quote, a, &confidence);
    quote.confidence = confidence;
    m_out->append(quote);
    return true;
}

// Where the reported clause after a cue starts: after "that" when it comes within a few
// words ("said on Tuesday that"), after the listener of "told".
qint32 Extractor::clauseAfter(qint32 c, qint32 end) const
{
    for (qint32 k = c + 1; k < end && k - c <= 6; ++k) {
        // "said she was confident that ...": the clause starts at its subject, before "that".
        if (m_doc.token(k).kind != TokenKind::Word
            || (m_doc.has(k, Pronoun) && !m_doc.has(k, Possessive)))
            break;
        if (sameWord(m_doc, k, m_that))
            return k + 1;
    }
    qint32 k = c + 1;
    if (m_doc.has(c, CueWithObject) && k < end) {
        const int m = m_doc.mentionAt[size_t(k)];
        if (m >= 0)
            k = m_doc.mentionTokenEnd[size_t(m)];
        else if (m_doc.has(k, Determiner) && k + 1 < end)
            k += 2;
        else
            ++k;
    }
    return k;
}

// Reported speech outside quotation marks.
void Extractor::reported(const Sentence &s)
{
    for (qint32 c = s.tokenStart; c < s.tokenEnd; ++c) {
        if (m_doc.inQuote(c) || m_usedCue[size_t(c)])
            continue;
        if (sameWord(m_doc, c, m_according) && c + 1 < s.tokenEnd && sameWord(m_doc, c + 1, m_to)) {
            according(s, c);
            continue;
        }
        if (!isCue(c))
            continue;
        // CLAUSE, X said. / CLAUSE, said X. / CLAUSE, X said, CLAUSE.
        const bool gerund = isGerund(c);
        const SpeakerPhrase before
            = gerund ? SpeakerPhrase {} : speakerBefore(m_doc, c, s.tokenStart);
        if (before.isValid() && before.start > s.tokenStart
            && m_doc.isPunct(before.start - 1, u',')) {
            if (tail(c + 1, s.tokenEnd)
                && addReported(s.tokenStart, before.start - 1, {c, c + 1, before}))
                continue;
            // "Overall, she said, most farmers ...": after a word or two of introduction, what
            // was said is the rest of the sentence.
            if (before.start - 1 - trimStart(s.tokenStart, before.start) <= 2 && c + 2 < s.tokenEnd
                && m_doc.isPunct(c + 1, u',') && addReported(c + 2, s.tokenEnd, {c, c + 1, before}))
                continue;
        }
        if (c > s.tokenStart && m_doc.isPunct(c - 1, u',')) {
            const SpeakerPhrase after = speakerAfter(m_doc, c + 1, s.tokenEnd);
            if (after.isValid() && invertedTail(after, s.tokenEnd)
                && addReported(s.tokenStart, c - 1, {c, c + 1, after}))
                continue;
        }
        // X said (that) CLAUSE. / ..., saying (that) CLAUSE. / X issued a statement saying
        // (that) CLAUSE: a participle with no comma before it reports only when a clause
        // follows at once ("that", or a pronoun as its subject), not in "the saying goes".
        const bool clauseFollows = c + 1 < s.tokenEnd
            && (sameWord(m_doc, c + 1, m_that)
                || (m_doc.has(c + 1, Pronoun) && !m_doc.has(c + 1, Possessive)));
        const bool governed = gerund && c > s.tokenStart
            && (m_doc.isPunct(c - 1, u',')
                || (clauseFollows && m_doc.token(c - 1).kind == TokenKind::Word));
        // "X admitted that A and said B": the second cue speaks for the first one's subject.
        const bool joined = !before.isValid() && c - 1 > s.tokenStart
            && sameWord(m_doc, c - 1, m_and) && m_doc.token(c - 2).kind == TokenKind::Word;
        const SpeakerPhrase speaker
            = governed || joined ? governingSpeaker(c, s.tokenStart) : before;
        if (!speaker.isValid())
            continue;
        const qint32 start = clauseAfter(c, s.tokenEnd);
        if (start >= s.tokenEnd || m_doc.token(start).kind == TokenKind::Punctuation
            || m_doc.has(start, Preposition))
            continue;
        // ... and what the first cue reports ends before "and said".
        qint32 end = s.tokenEnd;
        for (qint32 k = start + 1; k + 1 < end; ++k) {
            if (sameWord(m_doc, k, m_and) && !m_doc.inQuote(k) && isCue(k + 1)) {
                end = k;
                break;
            }
        }
        addReported(start, end, {c, c + 1, speaker});
    }
}

// What follows a trailing attribution: the sentence end, a few words ("on Tuesday"), or a
// comma before the rest of a split sentence.
bool Extractor::tail(qint32 k, qint32 end) const
{
    for (qint32 n = 0; k < end; ++k, ++n) {
        if (m_doc.isPunct(k, u',') || isSentenceEnd(k))
            return true;
        if (n >= kMaxTrailingWords || sameWord(m_doc, k, m_that) || m_doc.inQuote(k))
            return false;
    }
    return true;
}

// What follows the speaker of an inverted cue ("CLAUSE, said Marrow on Tuesday.", "..., said a
// memo obtained by the Ledger."): a tail. A verb of the cue's own clause there ("Marrow, 69, said
// he had been ...", "..., said the board did not ...") makes the words after the cue what was
// said, and the speaker is before the cue: after a pronoun, any word but a preposition or a time
// word; after a noun phrase, a finite form of "be", "have", "do" or a modal.
bool Extractor::invertedTail(const SpeakerPhrase &speaker, qint32 end) const
{
    const qint32 k = speaker.end;
    if (k < end && m_doc.token(k).kind == TokenKind::Word && speaker.pronoun
        && !m_doc.has(k, Preposition | TimeWord))
        return false;
    // The phrase read as the speaker may have run into the verb ("the board did").
    for (qint32 i = speaker.start; i <= k && i < end; ++i) {
        if (m_doc.has(i, FiniteVerb))
            return false;
    }
    return tail(k, end);
}

// According to X, CLAUSE. / CLAUSE, according to X.
void Extractor::according(const Sentence &s, qint32 c)
{
    SpeakerPhrase text; // "a copy seen by the Ledger": the phrase, whoever speaks for it
    const SpeakerPhrase p = accordingSource(m_doc, c + 2, s.tokenEnd, &text);
    if (!text.isValid())
        return;
    const Attribution a {c, c + 2, p};
    if (trimStart(s.tokenStart, c) == c) {
        qint32 k = text.end;
        while (k < s.tokenEnd && !m_doc.isPunct(k, u','))
            ++k;
        addReported(k + 1, s.tokenEnd, a);
    } else if (m_doc.isPunct(c - 1, u',')) {
        addReported(s.tokenStart, c - 1, a);
    }
}

} // namespace Parallax::Quotes
