// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/quotes/sourcemodel.h"
#include "annotate/tokenizer.h"
#include "lexicon.h"
#include "model/document.h"

#include <vector>

// Internal to the quote extractor: what every pass needs to know about one document.
namespace Parallax::Quotes {

// A quotation in marks, found before attribution. Inner quotes are part of the outer one.
struct MarkedQuote
{
    qint32 openToken = -1; // the first opening mark
    qint32 closeToken = -1; // the closing mark, -1 when the quote never closes
    qint32 firstToken = 0; // content tokens [firstToken, lastToken)
    qint32 lastToken = 0;
    TextRange content;
    bool continued = false; // reopened at the start of a later paragraph
};

// A speaker phrase as written, in tokens [start, end), and the mention it names, if any.
struct SpeakerPhrase
{
    qint32 start = -1;
    qint32 end = -1;
    int mention = -1; // a mention inside the phrase that is the speaker itself
    bool pronoun = false;
    bool plural = false;
    bool definiteRole = false; // "the minister": refers back to someone introduced earlier
    qint32 head = -1; // the role noun of a definite role phrase

    bool isValid() const { return end > start; }
};

class Document
{
public:
    // Fills the per-token tables; the buffers are reused from one call to the next.
    void prepare(QStringView text, const QList<Token> &tokens, const QList<Sentence> &sentences,
        const QList<EntityMention> &mentions);

    QStringView text;
    const QList<Token> *tokens = nullptr;
    const QList<Sentence> *sentences = nullptr;
    const QList<EntityMention> *mentions = nullptr;

    std::vector<quint32> flags; // lexicon flags per token
    std::vector<quint64> hashes; // wordHash() of each token's text
    std::vector<qint32> sentenceOf; // token -> sentence
    std::vector<qint32> paragraphOf; // token -> paragraph (blank lines separate paragraphs)
    std::vector<qint32> mentionAt; // token -> mention covering it, or -1
    std::vector<qint32> mentionTokenStart; // mention -> first token
    std::vector<qint32> mentionTokenEnd; // mention -> one past its last token
    std::vector<qint32> lastMentionBefore; // token -> last mention ending at or before it
    std::vector<qint32> quoteAt; // token -> marked quote it is part of (marks included), or -1

    qint32 tokenCount() const { return qint32(tokens->size()); }
    const Token &token(qint32 i) const { return (*tokens)[i]; }
    QStringView word(qint32 i) const { return token(i).text(text); }
    quint64 hash(qint32 i) const { return hashes[size_t(i)]; } // wordHash(word(i))
    bool has(qint32 i, quint32 flag) const { return (flags[size_t(i)] & flag) != 0; }
    const Sentence &sentence(qint32 s) const { return (*sentences)[s]; }
    const Sentence &sentenceAt(qint32 i) const { return (*sentences)[sentenceOf[size_t(i)]]; }
    qint32 paragraph(qint32 i) const { return paragraphOf[size_t(i)]; }
    bool inQuote(qint32 i) const { return quoteAt[size_t(i)] >= 0; }
    bool isPunct(qint32 i, char16_t c) const
    {
        const Token &t = token(i);
        return t.kind == TokenKind::Punctuation && t.length() == 1 && text[t.start] == c;
    }
    bool isDash(qint32 i) const;
    bool isCapitalised(qint32 i) const
    {
        const Token &t = token(i);
        return t.kind == TokenKind::Word && text[t.start].isUpper();
    }
    bool isPerson(int mention) const
    {
        return mention >= 0 && (*mentions)[mention].type == EntityType::Person;
    }
    TextRange range(qint32 first, qint32 end) const
    {
        return TextRange {token(first).start, token(end - 1).end};
    }
};

// Quotation marks: every style, nesting, paragraphs (quotemarks.cpp).
void findMarkedQuotes(Document &doc, std::vector<MarkedQuote> *out);
// A name in quotation marks ("the news agency 'Nordpress'"), which is no quote.
bool isQuotedName(const Document &doc, const Quote &quote);

// Speaker phrases around a cue (speakers.cpp). Each returns an invalid phrase when the tokens
// there do not look like a speaker. limit bounds the search (a sentence start or end).
SpeakerPhrase speakerBefore(const Document &doc, qint32 end, qint32 limit);
SpeakerPhrase speakerAfter(const Document &doc, qint32 start, qint32 limit);
// The source named after "according to" at start: speakerAfter's phrase, except that a text is no
// speaker ("a copy seen by the Ledger", "the report"). Its author or holder named with it speaks
// ("the Ledger", "a memo from the commission", "her statement" gives "her"), else nobody: then
// *text (when given) still receives the text's phrase, which the clause around it needs.
SpeakerPhrase accordingSource(
    const Document &doc, qint32 start, qint32 limit, SpeakerPhrase *text = nullptr);
// The subject of the sentence's main clause in [start, end), after an introductory phrase
// ("In January, Marrow ..."), when it is a name, a personal pronoun, or a noun phrase headed by a
// role, a document or a body; invalid otherwise. strict leaves out "it" and "you", which are
// rarely speakers unless a reporting verb says so.
SpeakerPhrase sentenceSubject(const Document &doc, qint32 start, qint32 end, bool strict);

// Resolution of pronouns and role nouns to an earlier person mention (resolution.cpp).
struct SpeechHistory
{
    int lastMention = -1; // the mention the previous speaker resolved to
    qint32 lastToken = -1; // where that speaker was written
    TextRange lastSpeaker;
    qint32 lastParagraph = -1;
};
int resolveSpeaker(const Document &doc, const SpeakerPhrase &speaker, const SpeechHistory &history,
    float *confidence);

// The learned choice among the phrases that may be a quote's source (sources.cpp).
void sourceCandidates(const Document &doc, const Quote &quote, std::vector<SourceCandidate> *out);
void chooseSources(const Document &doc, const SourceModel &model, QList<Quote> *quotes);

} // namespace Parallax::Quotes
