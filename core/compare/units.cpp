// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include "annotate/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Parallax::Compare {

int Vocabulary::intern(const QString &key)
{
    auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return it.value();
    const int id = int(m_forms.size());
    m_forms.push_back(key);
    m_ids.insert(key, id);
    return id;
}

int Vocabulary::entityFeature(int entity)
{
    if (m_entityFeatures.size() <= size_t(entity))
        m_entityFeatures.resize(size_t(entity) + 1, -1);
    int &id = m_entityFeatures[size_t(entity)];
    if (id < 0)
        id = intern(u'@' + QString::number(entity));
    return id;
}

int Vocabulary::wordId(QStringView token, bool isNumber, quint8 *flags)
{
    const std::u16string_view written(token.utf16(), size_t(token.size()));
    const auto it = m_tokens.find(written);
    if (it != m_tokens.end()) {
        *flags = it->second.second;
        return it->second.first;
    }
    QString lower = token.toString().toLower();
    lower.replace(u'\u2019', u'\'');
    if (lower.size() > 1 && lower.endsWith(u'.'))
        lower.chop(1); // "Mr." "Gov." "U.S."
    quint8 f = 0;
    QString key;
    if (isNumber) {
        key = u'#' + Lexicon::normalizedNumber(lower);
        f = Content | NumberWord;
    } else if (const qint64 value = Lexicon::numberWord(lower); value >= 0) {
        key = u'#' + QString::number(value);
        f = Content | NumberWord;
    } else {
        key = m_stemmer.stem(Lexicon::baseForm(lower));
        if (Lexicon::isNegation(lower)) {
            f = Negation | Content;
            key = u"!not"_s; // "not", "n't", "never" are one change of meaning
        } else if (!Lexicon::isStopword(lower)) {
            f = Content;
        }
        if (Lexicon::isDateWord(lower))
            f |= DateWord;
    }
    const int id = intern(key);
    m_tokens.emplace(written, std::pair {id, f});
    *flags = f;
    return id;
}

namespace {

// Words of one document with their mention and date expression.
void readWords(const CompareDocument &doc, const QList<Token> &tokens, Vocabulary *vocabulary,
    std::vector<Word> *words, std::vector<int> *wordOfToken)
{
    wordOfToken->assign(size_t(tokens.size()), -1);
    qsizetype mention = 0;
    qsizetype temporal = 0;
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token &token = tokens.at(t);
        if (token.kind != TokenKind::Word && token.kind != TokenKind::Number)
            continue;
        Word word;
        word.range = {token.start, token.end};
        word.id = vocabulary->wordId(
            token.text(doc.text), token.kind == TokenKind::Number, &word.flags);
        while (mention < doc.mentions.size() && doc.mentions.at(mention).range.end <= token.start)
            ++mention;
        if (mention < doc.mentions.size() && doc.mentions.at(mention).range.start <= token.start)
            word.mention = int(mention);
        while (
            temporal < doc.temporals.size() && doc.temporals.at(temporal).range.end <= token.start)
            ++temporal;
        if (temporal < doc.temporals.size()
            && doc.temporals.at(temporal).range.start <= token.start) {
            word.temporal = int(temporal);
            const TemporalType type = doc.temporals.at(temporal).type;
            if (type == TemporalType::Date || type == TemporalType::Time)
                word.flags |= DateWord;
        }
        (*wordOfToken)[size_t(t)] = int(words->size());
        words->push_back(word);
    }
}

// A quote's own speaker and cue inside its span (reported speech: "..., said Lt. Brekke") are
// attribution, not content: they stay in the sequence for the diff but do not weigh in a match.
void fillBag(const CompareDocument &doc, const std::vector<Word> &words, Vocabulary *vocabulary,
    Unit *unit, const CompareQuote *quote = nullptr)
{
    auto inside = [](const TextRange &r, const Word &word) {
        return r.isValid() && word.range.start >= r.start && word.range.end <= r.end;
    };
    std::vector<int> features;
    int lastMention = -1;
    for (int w : unit->words) {
        const Word &word = words[size_t(w)];
        unit->sequence.push_back(word.id);
        if (!(word.flags & Content))
            continue;
        if (quote && (inside(quote->speaker, word) || inside(quote->cue, word)))
            continue;
        ++unit->contentWords;
        unit->contentSequence.push_back(word.id);
        const int entity = word.mention >= 0 ? doc.mentions.at(word.mention).entity : -1;
        if (entity >= 0) {
            if (word.mention != lastMention)
                features.push_back(vocabulary->entityFeature(entity));
            lastMention = word.mention;
            continue;
        }
        features.push_back(word.id);
    }
    std::sort(features.begin(), features.end());
    for (int id : features) {
        if (!unit->bag.empty() && unit->bag.back().first == id)
            ++unit->bag.back().second;
        else
            unit->bag.emplace_back(id, 1);
    }
}

// The end of a quote's sentence piece: after its full stop when one follows the last word.
qint32 sentenceEnd(const QString &text, const QList<Token> &tokens,
    const QList<Sentence> &sentences, int sentence, qint32 lastWordEnd)
{
    if (sentence < 0)
        return lastWordEnd;
    for (qint32 t = sentences.at(sentence).tokenStart; t < sentences.at(sentence).tokenEnd; ++t) {
        const Token &token = tokens.at(t);
        if (token.start < lastWordEnd)
            continue;
        if (token.kind == TokenKind::Punctuation) {
            const QChar c = text.at(token.start);
            if (c == u'.' || c == u'!' || c == u'?')
                return token.end;
        }
        break;
    }
    return lastWordEnd;
}

// A dateline before a paragraph's first sentence ("KESSLING (CDW) \u2014", "PORT ALDER, Veltria,
// Nov. 24 \u2014"): where and by whom the report was filed, no part of what it reports. Returns the
// first token after its dash, or start when the sentence has none: the first word in capitals
// (two letters or more), no word in small letters before a dash among the first dozen tokens.
qint32 afterDateline(const QString &text, const QList<Token> &tokens, qint32 start, qint32 end)
{
    if (start >= end || tokens.at(start).kind != TokenKind::Word)
        return start;
    const Token &first = tokens.at(start);
    if (first.length() < 2)
        return start;
    for (qint32 i = first.start; i < first.end; ++i) {
        if (text.at(i).isLower())
            return start;
    }
    for (qsizetype i = first.start - 1; i >= 0 && text.at(i) != u'\n'; --i) {
        if (!text.at(i).isSpace())
            return start; // not where a paragraph starts
    }
    for (qint32 t = start + 1; t < std::min(end, start + 12); ++t) {
        const Token &token = tokens.at(t);
        if (token.kind == TokenKind::Word && text.at(token.start).isLower())
            return start;
        if (token.kind != TokenKind::Punctuation)
            continue;
        const QStringView mark = token.text(text);
        const bool dash = mark == u"\u2014" || mark == u"\u2013" || mark == u"--"
            || (mark == u"-" && token.start > 0 && text.at(token.start - 1).isSpace());
        if (dash)
            return t + 1 < end ? t + 1 : start;
    }
    return start;
}

// A line of its own (a paragraph) that does not end like a sentence: a headline or a
// subheading ("Talks to resume in spring").
bool isHeadline(const QString &text, const TextRange &range)
{
    for (qsizetype i = range.start - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            break;
        if (!c.isSpace())
            return false;
    }
    qsizetype end = range.end;
    while (end < text.size() && text.at(end) != u'\n') {
        if (!text.at(end).isSpace())
            return false;
        ++end;
    }
    for (qsizetype i = range.end - 1; i >= range.start; --i) {
        const QChar c = text.at(i);
        if (c.isSpace())
            continue;
        return c != u'.' && c != u'!' && c != u'?' && c != u'"' && c != u'\u201d';
    }
    return false;
}

} // namespace

void prepare(const CompareInput &input, Prepared *out)
{
    out->documents.resize(size_t(input.documents.size()));
    QList<Token> tokens;
    std::vector<int> wordOfToken;
    for (int d = 0; d < input.documents.size(); ++d) {
        const CompareDocument &doc = input.documents.at(d);
        tokens.clear();
        Tokenizer::tokenize(doc.text, &tokens);
        const QList<Sentence> sentences = Tokenizer::splitSentences(doc.text, tokens);
        std::vector<Word> &words = out->documents[size_t(d)].words;
        readWords(doc, tokens, &out->vocabulary, &words, &wordOfToken);

        // Quotes in text order; one nested in or overlapping an earlier one is left out.
        std::vector<int> quotes;
        for (int q = 0; q < doc.quotes.size(); ++q) {
            if (doc.quotes.at(q).content.isValid())
                quotes.push_back(q);
        }
        std::sort(quotes.begin(), quotes.end(), [&](int x, int y) {
            const TextRange &a = doc.quotes.at(x).content;
            const TextRange &b = doc.quotes.at(y).content;
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
        std::vector<int> kept;
        for (int q : quotes) {
            if (kept.empty()
                || doc.quotes.at(kept.back()).content.end <= doc.quotes.at(q).content.start)
                kept.push_back(q);
        }
        // Per word: inside a kept quote's content, or in a quote's speaker or cue.
        std::vector<char> inQuote(words.size(), 0);
        std::vector<char> inAttribution(words.size(), 0);
        auto mark = [&](const TextRange &range, std::vector<char> *marks) {
            if (!range.isValid())
                return;
            auto it = std::lower_bound(words.cbegin(), words.cend(), range.start,
                [](const Word &w, qint32 start) { return w.range.start < start; });
            for (; it != words.cend() && it->range.end <= range.end; ++it)
                (*marks)[size_t(it - words.cbegin())] = 1;
        };
        for (int q : kept) {
            mark(doc.quotes.at(q).content, &inQuote);
            mark(doc.quotes.at(q).speaker, &inAttribution);
            mark(doc.quotes.at(q).cue, &inAttribution);
        }

        // Per word: its sentence, so that a quote of several sentences becomes several statements.
        std::vector<int> sentenceOfWord(words.size(), -1);
        for (int si = 0; si < int(sentences.size()); ++si) {
            const Sentence &sentence = sentences.at(si);
            for (qint32 t = sentence.tokenStart; t < sentence.tokenEnd; ++t) {
                if (wordOfToken[size_t(t)] >= 0)
                    sentenceOfWord[size_t(wordOfToken[size_t(t)])] = si;
            }
        }
        std::vector<Unit> quoteUnits;
        for (int q : kept) {
            const TextRange content = doc.quotes.at(q).content;
            const auto first = std::lower_bound(words.cbegin(), words.cend(), content.start,
                [](const Word &w, qint32 start) { return w.range.start < start; });
            std::vector<int> all;
            for (auto it = first; it != words.cend() && it->range.end <= content.end; ++it)
                all.push_back(int(it - words.cbegin()));
            // One statement per sentence of the quote ("We have agreed. It may be a pivotal
            // moment."): another outlet may quote any one of them alone.
            std::vector<std::vector<int>> pieces;
            for (int w : all) {
                if (pieces.empty()
                    || sentenceOfWord[size_t(w)] != sentenceOfWord[size_t(pieces.back().back())])
                    pieces.emplace_back();
                pieces.back().push_back(w);
            }
            for (size_t k = 0; k < pieces.size(); ++k) {
                Unit unit;
                unit.doc = d;
                unit.kind = AlignmentKind::Quote;
                unit.quote = q;
                unit.words = std::move(pieces[k]);
                unit.range
                    = {k == 0 ? content.start : words[size_t(unit.words.front())].range.start,
                        k + 1 == pieces.size() ? content.end
                                               : sentenceEnd(doc.text, tokens, sentences,
                                                   sentenceOfWord[size_t(unit.words.front())],
                                                   words[size_t(unit.words.back())].range.end)};
                fillBag(doc, words, &out->vocabulary, &unit, &doc.quotes.at(q));
                if (unit.contentWords >= 1)
                    quoteUnits.push_back(std::move(unit));
            }
        }

        std::vector<Unit> sentenceUnits;
        std::vector<std::pair<qint32, qint32>> clauses;
        for (const Sentence &whole : sentences) {
            // Two clauses joined by a semicolon ("The talks were tough; the result is fair.") are
            // two statements: another outlet may report either alone. (A comma before "but",
            // "while" or "and" as a cut too lost more pairs than it found:
            // docs/compare-quality.md.)
            clauses.clear();
            qint32 from = afterDateline(doc.text, tokens, whole.tokenStart, whole.tokenEnd);
            for (qint32 t = whole.tokenStart; t < whole.tokenEnd; ++t) {
                const Token &token = tokens.at(t);
                if (token.kind == TokenKind::Punctuation && doc.text.at(token.start) == u';'
                    && t - from >= 4 && whole.tokenEnd - t >= 5) {
                    clauses.emplace_back(from, t + 1);
                    from = t + 1;
                }
            }
            clauses.emplace_back(from, whole.tokenEnd);
            for (const auto &[clauseStart, clauseEnd] : clauses) {
                Sentence sentence = whole;
                sentence.tokenStart = clauseStart;
                sentence.tokenEnd = clauseEnd;
                Unit unit;
                unit.doc = d;
                bool hasQuote = false;
                int claimWords = 0;
                qint32 end = -1;
                for (qint32 t = sentence.tokenStart; t < sentence.tokenEnd; ++t) {
                    const int w = wordOfToken[size_t(t)];
                    if (w < 0)
                        continue;
                    const Word &word = words[size_t(w)];
                    if (inQuote[size_t(w)]) {
                        hasQuote = true;
                        continue;
                    }
                    unit.words.push_back(w);
                    end = t;
                    if ((word.flags & Content) && !inAttribution[size_t(w)])
                        ++claimWords;
                }
                // What is left of a sentence around a quote is mostly its attribution.
                if (unit.words.empty() || claimWords < (hasQuote ? 4 : 2))
                    continue;
                unit.range = {words[size_t(unit.words.front())].range.start,
                    words[size_t(unit.words.back())].range.end};
                // The full stop belongs to the sentence when nothing was cut after the last word.
                if (end + 1 < sentence.tokenEnd
                    && tokens.at(end + 1).kind == TokenKind::Punctuation) {
                    const QChar c = doc.text.at(tokens.at(end + 1).start);
                    if (c == u'.' || c == u'!' || c == u'?')
                        unit.range.end = tokens.at(end + 1).end;
                }
                fillBag(doc, words, &out->vocabulary, &unit);
                unit.headline = !hasQuote && isHeadline(doc.text, unit.range);
                unit.aroundQuote = hasQuote;
                unit.sentence
                    = {tokens.at(whole.tokenStart).start, tokens.at(whole.tokenEnd - 1).end};
                sentenceUnits.push_back(std::move(unit));
            }
        }
        // Units of one document in text order.
        std::vector<Unit> all;
        all.reserve(quoteUnits.size() + sentenceUnits.size());
        std::merge(std::make_move_iterator(quoteUnits.begin()),
            std::make_move_iterator(quoteUnits.end()),
            std::make_move_iterator(sentenceUnits.begin()),
            std::make_move_iterator(sentenceUnits.end()), std::back_inserter(all),
            [](const Unit &a, const Unit &b) { return a.range.start < b.range.start; });
        for (Unit &unit : all) {
            unit.position
                = doc.text.isEmpty() ? 0.0f : float(unit.range.start) / float(doc.text.size());
            out->units.push_back(std::move(unit));
        }
    }

    // Inverse document frequency over units: a word in every unit weighs almost nothing. The
    // pseudo-units (in which no word occurs) keep two short texts from weighing the words they
    // share below the words they do not: there a shared word is rare, not common.
    std::vector<int> df(size_t(out->vocabulary.size()), 0);
    for (const Unit &unit : out->units) {
        for (const auto &[id, count] : unit.bag)
            ++df[size_t(id)];
    }
    constexpr double kPseudoUnits = 50;
    const double n = double(out->units.size()) + kPseudoUnits;
    out->idf.assign(df.size(), 0.0);
    for (size_t id = 0; id < df.size(); ++id)
        out->idf[id] = std::max(0.05, std::log((n + 1.0) / (df[id] + 0.5)));
    for (Unit &unit : out->units) {
        unit.weight = 0;
        for (const auto &[id, count] : unit.bag)
            unit.weight += out->idf[size_t(id)] * count;
    }
}

SynonymCache::SynonymCache(const SynonymTable &table, const Vocabulary &vocabulary)
    : m_table(table)
    , m_vocabulary(vocabulary)
{ }

// Sized before any reference into it is taken: entry(b) must not move entry(a).
void SynonymCache::reserveFor(int a, int b)
{
    const size_t needed = size_t(std::max(a, b)) + 1;
    if (m_entries.size() < needed)
        m_entries.resize(std::max(size_t(m_vocabulary.size()), needed));
}

const SynonymTable::Entry &SynonymCache::entry(int id)
{
    std::optional<SynonymTable::Entry> &slot = m_entries[size_t(id)];
    if (!slot) {
        slot.emplace();
        const QString &form = m_vocabulary.form(id);
        // Numbers ("#40") and entity features ("@3") have no synonyms.
        if (!form.startsWith(u'#') && !form.startsWith(u'@') && !form.startsWith(u'!'))
            m_table.find(form, &*slot);
    }
    return *slot;
}

bool SynonymCache::areSynonyms(int a, int b)
{
    return relation(a, b) == WordRelation::Synonym;
}

// The same word pairs come back in many candidate pairs; each is looked up once.
WordRelation SynonymCache::relation(int a, int b)
{
    if (a == b)
        return WordRelation::None;
    // A word WordNet does not know (a name, a number) relates to nothing: no need to hash.
    reserveFor(a, b);
    auto unknown = [](const SynonymTable::Entry &e) {
        return e.own.empty() && e.heads.empty() && e.derived.empty() && e.hypernyms.empty()
            && e.antonyms.empty();
    };
    if (unknown(entry(a)) || unknown(entry(b)))
        return WordRelation::None;
    const quint64 key = (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
    const auto it = m_relations.constFind(key);
    if (it != m_relations.constEnd())
        return it.value();
    const SynonymTable::Entry &x = entry(a);
    const SynonymTable::Entry &y = entry(b);
    const WordRelation r = SynonymTable::relation(x, y);
    m_relations.insert(key, r);
    return r;
}

} // namespace Parallax::Compare
