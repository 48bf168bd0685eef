// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include <algorithm>

// Internal to the quote extractor: the one pass over a document that finds quotes in marks with
// their attribution (quoteextractor.cpp), colon quotes and reported speech (reportedspeech.cpp).
namespace Parallax::Quotes {

inline constexpr int kMaxTrailerWords = 16; // "QUOTE," Ilse Marrow, the foreign minister, said
inline constexpr int kMaxCueGap = 8; // X told reporters in Kessling on Monday: "QUOTE"
inline constexpr int kMaxScareWords = 2;
inline constexpr int kMaxTrailingWords = 7; // ..., she said on Tuesday in a statement.

struct Attribution
{
    qint32 cue = -1; // first token of the cue
    qint32 cueEnd = -1;
    SpeakerPhrase speaker;
    bool found() const { return cue >= 0 || speaker.isValid(); }
};

inline bool sameWord(const Document &doc, qint32 i, quint64 hash)
{
    return doc.token(i).kind == TokenKind::Word && doc.hash(i) == hash;
}

class Extractor
{
public:
    Extractor(Document &doc, std::vector<MarkedQuote> &marked, std::vector<quint8> &usedCue,
        QList<Quote> *out)
        : m_doc(doc)
        , m_marked(marked)
        , m_usedCue(usedCue)
        , m_out(out)
        , m_that(wordHash(u"that"))
        , m_according(wordHash(u"according"))
        , m_to(wordHash(u"to"))
        , m_as(wordHash(u"as"))
        , m_put(wordHash(u"put"))
        , m_it(wordHash(u"it"))
        , m_and(wordHash(u"and"))
    { }

    void run()
    {
        findMarkedQuotes(m_doc, &m_marked);
        m_usedCue.assign(size_t(m_doc.tokenCount()), 0);
        size_t nextMarked = 0;
        const qsizetype sentenceCount = m_doc.sentences->size();
        for (qsizetype s = 0; s < sentenceCount; ++s) {
            const Sentence &sentence = m_doc.sentence(qint32(s));
            while (nextMarked < m_marked.size()
                && m_marked[nextMarked].openToken < sentence.tokenEnd) {
                marked(m_marked[nextMarked]);
                ++nextMarked;
            }
            colonQuote(sentence);
            reported(sentence);
        }
        std::sort(m_out->begin(), m_out->end(),
            [](const Quote &a, const Quote &b) { return a.content.start < b.content.start; });
    }

private:
    // kinds: Cue, plus WeakCue for partial quotes, plus AdjacentCue right next to a quote.
    bool isCue(qint32 i, quint32 kinds = Cue) const;

    // "his tweets", "late-night tweets", "the reports": a plural noun, not a verb.
    bool isNoun(qint32 i) const;

    bool isGerund(qint32 i) const { return m_doc.word(i).endsWith(u"ing"); }

    // A participle or an infinitive ("..., adding that", "went on to say") has no subject of its
    // own: it reports for the subject of the verb it depends on.
    bool isDependent(qint32 i) const;

    // The speaker of the verb that governs a dependent cue: the nearest earlier cue of the
    // sentence with a speaker ("the mayor said, adding that"), else the sentence subject.
    SpeakerPhrase governingSpeaker(qint32 cue, qint32 start) const;

    bool isSentenceEnd(qint32 i) const;

    // The subject at the start of the sentence, for cues whose speaker is not right before
    // them: "Marrow on Monday described ...", "..., saying".
    SpeakerPhrase subject(qint32 start, qint32 limit) const;

    SpeakerPhrase speakerOf(qint32 cue, qint32 start) const;

    // The content ends in "?" or "!" right before its closing mark.
    bool endsInQuestion(const MarkedQuote &q) const;

    // What may follow a trailer's cue and speaker when it opens a sentence of its own: the end of
    // the sentence, a comma or dash, a preposition, or a particle of the cue ("went on").
    bool endsTrailer(qint32 i) const;

    // After the closing mark: "QUOTE," X said. / "QUOTE," said X. / "QUOTE" — X.
    bool trailer(qint32 k, qint32 end, bool partial, Attribution *a) const;

    // Before the opening mark: X said, "QUOTE" / X told reporters: "QUOTE" / X: "QUOTE".
    bool prefix(qint32 open, qint32 start, Attribution *a) const;

    // Any cue of the sentence, nearest before the quote first: "Marrow described the talks as
    // 'difficult but productive'".
    bool anywhere(const MarkedQuote &q, Attribution *a) const;

    // He said:
    //
    // "QUOTE" — the introduction ends the sentence or paragraph before.
    bool introduced(const MarkedQuote &q, Attribution *a) const;

    // Interview transcripts: "MARROW: We will sign."
    bool transcript(const MarkedQuote &q, Attribution *a) const;

    // A whole utterance or a few words inside the reporter's sentence?
    QuoteKind kindOf(const MarkedQuote &q) const;

    void marked(const MarkedQuote &q);

    // Partial quotes belong to the subject of the sentence's main clause, as readers and
    // annotators take them: "Marrow dismissed the plan as 'a fantasy'" (no cue), "Ardelan said
    // the deal was what he called 'a trap'" (the cue is in a subordinate clause). A quote with
    // its own cue right next to it keeps that cue's speaker.
    bool mainSpeaker(const MarkedQuote &q, bool nearby, Attribution *a) const;

    // "Joe Biden, Rubio said, had been in the Senate for 'a thousand years'": a cue set off by
    // commas inside the sentence names the source of the whole sentence, not its subject.
    bool parenthetical(const Attribution &a) const;

    // "Marrow said she recalled thinking, 'Q'": a pronoun that is the subject of a clause
    // reported by someone else stands for that speaker, who is the source as written.
    void outerSpeaker(Attribution *a) const;

    // A source named in the sentence by "according to X" or "as X put it" is the source of
    // the partial quotes in that sentence, whatever clause they stand in.
    bool according(const MarkedQuote &q, Attribution *a) const;

    // "Marrow had a blunt message for the farmers: 'Q'" — a colon ends a sentence with no cue:
    // its subject introduces the quote.
    bool colonSubject(const MarkedQuote &q, Attribution *a) const;

    void use(const Attribution &a);

    // Fills cue and speaker, resolves the speaker and remembers it for the quotes that follow.
    void attribute(Quote *quote, const Attribution &a, float *confidence);

    // A quote with no cue of its own continues the last speaker of this or the previous
    // paragraph: a paragraph of quotation after "Marrow said".
    bool carryOver(Quote *quote, qint32 at) const;

    // No speech before: the one person named in the sentence before the quote, in the same or
    // the previous paragraph ("Marrow addressed parliament. \"We have waited long enough.\"").
    bool namedBefore(Quote *quote, qint32 open) const;

    // She said: the talks will continue.
    void colonQuote(const Sentence &s);

    // The end of a clause without its final punctuation and closing marks.
    qint32 trimEnd(qint32 start, qint32 end) const;

    qint32 trimStart(qint32 start, qint32 end) const;

    bool addReported(qint32 start, qint32 end, const Attribution &a);

    // Where the reported clause after a cue starts: after "that" when it comes within a few
    // words ("said on Tuesday that"), after the listener of "told".
    qint32 clauseAfter(qint32 c, qint32 end) const;

    // Reported speech outside quotation marks.
    void reported(const Sentence &s);

    // What follows a trailing attribution: the sentence end, a few words ("on Tuesday"), or a
    // comma before the rest of a split sentence.
    bool tail(qint32 k, qint32 end) const;
    // ... after an inverted cue's speaker: no verb of the cue's own clause.
    bool invertedTail(const SpeakerPhrase &speaker, qint32 end) const;

    // According to X, CLAUSE. / CLAUSE, according to X.
    void according(const Sentence &s, qint32 c);

    Document &m_doc;
    std::vector<MarkedQuote> &m_marked;
    std::vector<quint8> &m_usedCue;
    QList<Quote> *m_out;
    SpeechHistory m_history;
    const quint64 m_that;
    const quint64 m_according;
    const quint64 m_to;
    const quint64 m_as;
    const quint64 m_put;
    const quint64 m_it;
    const quint64 m_and;
};

} // namespace Parallax::Quotes
