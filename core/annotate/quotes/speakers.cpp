// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the speaker phrase next to a cue: a name with its titles, a pronoun, or a common noun
// phrase ("a spokesman for the commission"), as written.
#include "context.h"

namespace Parallax::Quotes {
namespace {

constexpr int kMaxTitleWords = 6;
constexpr int kMaxPhraseWords = 8;
constexpr int kMaxAppositiveWords = 16;
constexpr int kMaxIntroductionWords = 24;

bool isPossessiveClitic(const Document &doc, qint32 i)
{
    const QStringView w = doc.word(i);
    return w.size() == 2 && (w[0] == u'\'' || w[0] == u'\u2019') && (w[1] == u's' || w[1] == u'S');
}

bool isForOf(const Document &doc, qint32 i)
{
    static const quint64 kFor = wordHash(u"for");
    static const quint64 kOf = wordHash(u"of");
    const quint64 h = doc.hash(i);
    return h == kFor || h == kOf;
}

// Marks a common noun phrase that starts with "the" and has a role noun as its head, which
// refers back to a person introduced with that role.
void classify(const Document &doc, SpeakerPhrase *p)
{
    if (p->mention >= 0 || p->pronoun || !doc.has(p->start, Definite))
        return;
    for (qint32 k = p->start + 1; k < p->end; ++k) {
        if (doc.has(k, Preposition))
            break;
        if (doc.has(k, RoleNoun))
            p->head = k;
    }
    p->definiteRole = p->head >= 0;
}

// A common noun phrase ending at last (inclusive), scanning back no further than limit.
SpeakerPhrase nounPhraseBefore(const Document &doc, qint32 last, qint32 limit)
{
    qint32 k = last;
    qint32 firstDeterminer = -1;
    bool capitalised = false;
    while (k >= limit && last - k < kMaxPhraseWords) {
        const Token &t = doc.token(k);
        if (doc.inQuote(k) || t.kind == TokenKind::Punctuation || t.kind == TokenKind::Symbol)
            break;
        if (doc.has(k, Cue) || doc.has(k, Pronoun)
            || (doc.has(k, ClauseWord) && !doc.has(k, Preposition)))
            break;
        if (doc.has(k, Determiner) || t.kind == TokenKind::Number)
            firstDeterminer = k; // "the minister", "63 percent"
        // A determiner starts the phrase unless "of" or "for" joins it to a head before it:
        // "after the meeting the spokesman", but "a spokesman for the commission".
        if (doc.has(k, Determiner) && !(k - 1 >= limit && isForOf(doc, k - 1)))
            break;
        if (doc.isCapitalised(k) && k != doc.sentenceAt(k).tokenStart)
            capitalised = true;
        --k;
    }
    if (k == last)
        return {};
    SpeakerPhrase p;
    p.start = firstDeterminer >= 0 ? firstDeterminer : k + 1;
    p.end = last + 1;
    // A preposition never starts the phrase: "On Monday officials said".
    while (p.start < p.end && doc.has(p.start, Preposition) && !doc.has(p.start, Determiner))
        ++p.start;
    if (p.start >= p.end)
        return {};
    if (firstDeterminer < 0 && !capitalised && !doc.has(last, RoleNoun) && !doc.isCapitalised(last))
        return {};
    classify(doc, &p);
    return p;
}

// A name with the titles and roles written before it, which belong to the speaker as written:
// "EU foreign policy chief Kaja Kallas".
SpeakerPhrase namedBefore(const Document &doc, int m, qint32 limit)
{
    const qint32 mentionStart = doc.mentionTokenStart[size_t(m)];
    const qint32 j = doc.mentionTokenEnd[size_t(m)] - 1;
    qint32 s = mentionStart;
    while (s - 1 >= limit && mentionStart - s < kMaxTitleWords) {
        const qint32 k = s - 1;
        if (doc.inQuote(k) || doc.token(k).kind != TokenKind::Word || doc.has(k, Cue)
            || (doc.has(k, ClauseWord) && !doc.has(k, Preposition)))
            break;
        if (doc.isCapitalised(k) || doc.has(k, TitleWord | RoleNoun)
            || doc.mentionAt[size_t(k)] >= 0 || isPossessiveClitic(doc, k))
            s = k;
        else
            break;
    }
    // "a spokesman for the commission": the name belongs to a prepositional phrase.
    qint32 before = s - 1;
    if (before >= limit && doc.has(before, Determiner))
        --before;
    if (before >= limit && doc.has(before, Preposition) && !isPossessiveClitic(doc, before)) {
        SpeakerPhrase p = nounPhraseBefore(doc, j, limit);
        if (p.isValid() && p.start < before)
            return p;
    }
    SpeakerPhrase p;
    p.start = s;
    p.end = j + 1;
    p.mention = m;
    return p;
}

bool isWord(const Document &doc, qint32 i, quint64 hash)
{
    return doc.token(i).kind == TokenKind::Word && doc.hash(i) == hash;
}

// A participle that opens a reduced relative clause after the noun: "a copy seen by the Post",
// "a letter obtained by the agency", "a spokesman based in Kessling". The source is the noun
// before it, as annotators take it.
bool isReducedRelative(const Document &doc, qint32 i, qint32 limit)
{
    static const QList<quint64> kIrregular = [] {
        QList<quint64> out;
        for (const char16_t *w : {u"seen", u"given", u"written", u"shown", u"known", u"taken",
                 u"made", u"held", u"sent", u"drawn", u"read", u"heard", u"led", u"run"})
            out.append(wordHash(QStringView(w)));
        return out;
    }();
    if (i + 1 >= limit || doc.token(i).kind != TokenKind::Word || doc.isCapitalised(i)
        || !doc.has(i + 1, Preposition) || doc.inQuote(i + 1))
        return false;
    return doc.word(i).endsWith(u"ed") || kIrregular.contains(doc.hash(i));
}

// Words that open a sentence with an introductory phrase before the subject: "In January,",
// "However,", "Following the meeting,", "Earlier on Tuesday,".
bool isIntroduction(const Document &doc, qint32 k)
{
    if (doc.has(k, Preposition | TimeWord | ClauseWord | Auxiliary))
        return true;
    // A time phrase that ends in "ago", "later" or "earlier" before a comma: "Two weeks later,",
    // "Eight years ago,".
    static const quint64 kAgo = wordHash(u"ago");
    static const quint64 kLater = wordHash(u"later");
    static const quint64 kEarlier = wordHash(u"earlier");
    for (qint32 i = k + 1; i < doc.tokenCount() && i <= k + 4; ++i) {
        if ((doc.token(i).kind != TokenKind::Word && doc.token(i).kind != TokenKind::Number)
            || doc.inQuote(i))
            break;
        const quint64 h = doc.hash(i);
        if ((h == kAgo || h == kLater || h == kEarlier) && i + 1 < doc.tokenCount()
            && doc.isPunct(i + 1, u','))
            return true;
    }
    const QStringView w = doc.word(k);
    return doc.token(k).kind == TokenKind::Word && doc.mentionAt[size_t(k)] < 0
        && (w.endsWith(u"ly") || w.endsWith(u"ing") || w.endsWith(u"ed"));
}

// A passive ("were injured", "is based on") makes the subject no speaker.
bool isPassive(const Document &doc, qint32 k, qint32 end)
{
    return k + 1 < end && doc.has(k, ClauseWord) && doc.token(k + 1).kind == TokenKind::Word
        && (doc.word(k + 1).endsWith(u"ed") || doc.word(k + 1).endsWith(u"en"));
}

// What follows a subject: its verb, after an appositive, a parenthesis ("(D-Kessling)") and a
// few adverbs. A capitalised word, a determiner or a preposition there means the phrase was not
// the subject ("Kessling's mayor", "In Kessling on Monday").
bool verbFollows(const Document &doc, qint32 k, qint32 end)
{
    if (k < end && doc.isPunct(k, u'(')) {
        while (k < end && !doc.isPunct(k, u')') && !doc.inQuote(k))
            ++k;
        ++k;
    }
    if (k < end && doc.isPunct(k, u',')) {
        const qint32 from = k;
        for (++k; k < end && k - from <= kMaxAppositiveWords && !doc.isPunct(k, u','); ++k) {
            if (doc.inQuote(k))
                return false;
        }
        ++k;
    }
    // "on Friday", "last week": a time phrase between subject and verb.
    if (k + 1 < end && doc.has(k, Preposition) && doc.has(k + 1, TimeWord))
        k += 2;
    qint32 skipped = 0;
    for (; k < end && skipped < 3 && doc.token(k).kind == TokenKind::Word; ++skipped) {
        if (!doc.has(k, Auxiliary | TimeWord) && !doc.word(k).endsWith(u"ly"))
            break;
        ++k;
    }
    if (k >= end || doc.inQuote(k) || isPassive(doc, k, end))
        return false;
    // "Marrow had a blunt message": the auxiliary was the verb.
    if (skipped > 0 && doc.has(k - 1, Auxiliary) && doc.has(k, Determiner | Possessive))
        return true;
    if (doc.token(k).kind != TokenKind::Word || doc.isCapitalised(k))
        return false;
    return !doc.has(k, Determiner | Pronoun | Preposition) || doc.has(k, Auxiliary);
}

// A past-tense or reporting verb right at k: "Ardelan warned", "Marrow likened".
bool clearVerbAt(const Document &doc, qint32 k, qint32 end)
{
    for (int n = 0; k < end && n < 2 && doc.has(k, Auxiliary) && !doc.has(k, ClauseWord); ++n)
        ++k;
    if (k >= end || doc.inQuote(k) || doc.token(k).kind != TokenKind::Word || doc.isCapitalised(k))
        return false;
    return doc.word(k).endsWith(u"ed") || doc.has(k, Cue | WeakCue | AdjacentCue);
}

// A run of capitalised words the entity model did not tag, followed by a clear verb: most
// likely a name ("Ardelan likened the dam to ...").
SpeakerPhrase unknownName(const Document &doc, qint32 k, qint32 end)
{
    qint32 r = k;
    while (r < end && r - k < kMaxTitleWords && doc.isCapitalised(r) && !doc.inQuote(r)
        && !doc.has(r, Determiner | ClauseWord | Preposition | Pronoun | TimeWord))
        ++r;
    if (r == k || !clearVerbAt(doc, r, end))
        return {};
    SpeakerPhrase p;
    p.start = k;
    p.end = r;
    return p;
}

SpeakerPhrase commonSubject(const Document &doc, qint32 k, qint32 end);

// A subject phrase starting at k: a name, he/she/they/we/I, a name's or a common noun phrase
// whose head is a role, a document or a body ("the commission", "Marrow's campaign").
SpeakerPhrase subjectAt(const Document &doc, qint32 k, qint32 end, bool strict)
{
    static const quint64 kIt = wordHash(u"it");
    static const quint64 kYou = wordHash(u"you");
    SpeakerPhrase p = speakerAfter(doc, k, end);
    if (!p.isValid())
        return {};
    if (p.pronoun)
        return (!strict || (!isWord(doc, p.start, kIt) && !isWord(doc, p.start, kYou))
                   || clearVerbAt(doc, p.end, end))
                && verbFollows(doc, p.end, end)
            ? p
            : SpeakerPhrase {};
    // "His Kessling office": the name only modifies a noun.
    if (p.mention >= 0 && doc.has(p.start, Possessive))
        return {};
    if (p.mention >= 0 && p.end < end && isPossessiveClitic(doc, p.end)) {
        // "Marrow's campaign said", "Ardelan's claim that": the body or the speech act is
        // named after the possessor.
        for (qint32 h = p.end + 1; h < end && h - p.end <= 4; ++h) {
            if (doc.token(h).kind != TokenKind::Word || doc.inQuote(h))
                break;
            if (doc.has(h, NounCue)) {
                p.end += 1; // the possessor is the source: "Marrow's"
                return p;
            }
            if (doc.has(h, RoleNoun | SourceNoun)) {
                p.end = h + 1;
                p.mention = -1;
                return verbFollows(doc, p.end, end) ? p : SpeakerPhrase {};
            }
        }
        return {};
    }
    if (p.mention >= 0) {
        const EntityType type = (*doc.mentions)[p.mention].type;
        // "Kessling Senate Leader Tomas Ardelan": a body before the title, then the person.
        if (type != EntityType::Person) {
            for (qint32 h = p.end; h < end && h - p.end < kMaxTitleWords; ++h) {
                const int m = doc.mentionAt[size_t(h)];
                if (m >= 0 && doc.mentionTokenStart[size_t(m)] == h && doc.isPerson(m)) {
                    p.end = doc.mentionTokenEnd[size_t(m)];
                    p.mention = m;
                    return verbFollows(doc, p.end, end) ? p : SpeakerPhrase {};
                }
                if (!doc.isCapitalised(h) && !doc.has(h, TitleWord | RoleNoun))
                    break;
            }
        }
        // "Governor Tomas Ardelan of Osmark said"
        if (type == EntityType::Person && p.end + 1 < end && isForOf(doc, p.end)
            && doc.mentionAt[size_t(p.end) + 1] >= 0
            && doc.mentionTokenStart[size_t(doc.mentionAt[size_t(p.end) + 1])] == p.end + 1) {
            const qint32 after = doc.mentionTokenEnd[size_t(doc.mentionAt[size_t(p.end) + 1])];
            if (verbFollows(doc, after, end)) {
                p.end = after;
                return p;
            }
        }
        // Misc mentions are mostly adjectives ("Veltrian farmers"); they need a clear verb.
        if (type == EntityType::Misc && !clearVerbAt(doc, p.end, end))
            return commonSubject(doc, k, end);
        return type == EntityType::Misc || verbFollows(doc, p.end, end) ? p : SpeakerPhrase {};
    }
    return commonSubject(doc, k, end);
}

// A common noun phrase from k: it ends after its last head noun (a role, a document, a body),
// unless "of"/"for" continues it ("the chair of the commission").
SpeakerPhrase commonSubject(const Document &doc, qint32 k, qint32 end)
{
    SpeakerPhrase p;
    p.start = k;
    p.end = k;
    while (p.end < end && p.end - k < kMaxPhraseWords) {
        const qint32 i = p.end;
        if (doc.inQuote(i) || doc.token(i).kind != TokenKind::Word || doc.has(i, Cue)
            || (doc.has(i, ClauseWord) && !doc.has(i, Preposition))
            || (doc.has(i, Preposition) && !isForOf(doc, i)))
            break;
        // The verb ends the phrase: "the commission warned", "Marrow has".
        if (i > k && !doc.isCapitalised(i)
            && (doc.has(i, Auxiliary | WeakCue | AdjacentCue) || doc.word(i).endsWith(u"ed")))
            break;
        ++p.end;
    }
    qint32 head = -1;
    for (qint32 h = p.start; h < p.end; ++h) {
        if (doc.has(h, Preposition))
            break;
        // A Misc mention is mostly an adjective ("Veltrian farmers"), never the head.
        const int m = doc.mentionAt[size_t(h)];
        if (doc.has(h, RoleNoun | SourceNoun)
            || (m >= 0 && (*doc.mentions)[m].type != EntityType::Misc))
            head = h;
    }
    if (head < 0)
        return unknownName(doc, k, end);
    if (!(head + 1 < p.end && isForOf(doc, head + 1)))
        p.end = head + 1;
    if (isPassive(doc, p.end, end))
        return {};
    classify(doc, &p);
    return p;
}

} // namespace

SpeakerPhrase sentenceSubject(const Document &doc, qint32 start, qint32 end, bool strict)
{
    static const quint64 kAccording = wordHash(u"according");
    static const quint64 kTo = wordHash(u"to");
    qint32 k = start;
    while (k < end && doc.token(k).kind == TokenKind::Punctuation && !doc.inQuote(k))
        ++k;
    if (k >= end || doc.inQuote(k))
        return {};
    if (isWord(doc, k, kAccording) && k + 1 < end && isWord(doc, k + 1, kTo)) {
        SpeakerPhrase text;
        const SpeakerPhrase p = accordingSource(doc, k + 2, end, &text);
        return p.isValid() && (p.mention >= 0 || doc.isPunct(text.end, u',')) ? p
                                                                              : SpeakerPhrase {};
    }
    if (!isIntroduction(doc, k))
        return subjectAt(doc, k, end, strict);
    // After the introductory phrase: its first or second comma ("Following a long, tense
    // meeting, the commission ...").
    int commas = 0;
    for (qint32 i = k + 1; i < end && i - k <= kMaxIntroductionWords; ++i) {
        if (doc.inQuote(i))
            break;
        if (!doc.isPunct(i, u','))
            continue;
        const SpeakerPhrase p = subjectAt(doc, i + 1, end, strict);
        if (p.isValid() || ++commas == 2)
            return p;
    }
    // No comma: an adverb before the subject ("Only 52 percent of voters agreed").
    return commas == 0 && doc.has(k, Auxiliary) ? subjectAt(doc, k + 1, end, strict)
                                                : SpeakerPhrase {};
}

SpeakerPhrase speakerBefore(const Document &doc, qint32 end, qint32 limit)
{
    qint32 j = end - 1;
    // "has also said", "Marrow bluntly said": auxiliaries and adverbs.
    for (int skipped = 0; j >= limit && skipped < 3
         && (doc.has(j, Auxiliary)
             || (doc.token(j).kind == TokenKind::Word && !doc.isCapitalised(j)
                 && doc.word(j).endsWith(u"ly") && !doc.has(j, RoleNoun | SourceNoun) && j > limit
                 && !doc.has(j - 1, Determiner | Possessive)));
         ++skipped)
        --j;
    if (j < limit || doc.inQuote(j))
        return {};
    if (doc.isPunct(j, u')')) {
        // "Senator Ilse Marrow (V-Kessling) said": the parenthesis is not the speaker.
        qint32 k = j - 1;
        while (k >= limit && j - k <= kMaxPhraseWords && !doc.isPunct(k, u'('))
            --k;
        if (k <= limit || !doc.isPunct(k, u'('))
            return {};
        SpeakerPhrase p = speakerBefore(doc, k, limit);
        if (p.isValid() && (p.mention >= 0 || p.pronoun))
            p.end = j + 1;
        return p;
    }
    if (doc.isPunct(j, u',')) {
        // An appositive: "Ilse Marrow, the foreign minister, said".
        int commas = 0;
        for (qint32 k = j - 1; k >= limit && j - k <= kMaxAppositiveWords; --k) {
            if (doc.inQuote(k))
                break;
            if (doc.isPunct(k, u',')) {
                ++commas;
                // "The Commissioner for Trade, Ines Varga, said": a person in the appositive
                // of a role or a body is the speaker.
                const int a = doc.mentionAt[size_t(j - 1)];
                const int before = k > limit ? doc.mentionAt[size_t(k - 1)] : -1;
                if (doc.isPerson(a) && doc.mentionTokenEnd[size_t(a)] == j
                    && doc.mentionTokenStart[size_t(a)] > k && !doc.isPerson(before)) {
                    SpeakerPhrase p;
                    p.start = doc.mentionTokenStart[size_t(a)];
                    p.end = j;
                    p.mention = a;
                    return p;
                }
                qint32 m = k - 1;
                if (m >= limit && doc.mentionAt[size_t(m)] >= 0
                    && doc.mentionTokenEnd[size_t(doc.mentionAt[size_t(m)])] == m + 1)
                    return namedBefore(doc, doc.mentionAt[size_t(m)], limit);
                // "The official, who spoke on condition of anonymity, said": a noun phrase
                // before a relative clause.
                if (m >= limit && k + 1 < j && doc.has(k + 1, ClauseWord)
                    && doc.token(m).kind == TokenKind::Word) {
                    const SpeakerPhrase p = nounPhraseBefore(doc, m, limit);
                    if (p.isValid())
                        return p;
                }
                // "Petra Lund, 21, a student from Kessling, said": an age or a second
                // appositive before this one.
                if (commas < 2 && m >= limit && doc.token(m).kind == TokenKind::Number)
                    continue;
                break;
            }
            // "Mitch Marrow, R-Kessling, said": abbreviations stay inside the appositive, and
            // so does a possessive's apostrophe ("on the farmers' behalf").
            if (doc.token(k).kind == TokenKind::Punctuation && !doc.isPunct(k, u'.')
                && !doc.isPunct(k, u'-') && !doc.isPunct(k, u'(') && !doc.isPunct(k, u')')
                && !doc.isPunct(k, u'\'') && !doc.isPunct(k, u'\u2019'))
                break;
        }
        return {};
    }
    if (doc.token(j).kind != TokenKind::Word)
        return {};
    if (doc.has(j, Pronoun)) {
        SpeakerPhrase p;
        p.start = j;
        p.end = j + 1;
        p.pronoun = true;
        p.plural = doc.has(j, PluralPronoun);
        return p;
    }
    const int m = doc.mentionAt[size_t(j)];
    if (m >= 0 && doc.mentionTokenEnd[size_t(m)] == j + 1)
        return namedBefore(doc, m, limit);
    return nounPhraseBefore(doc, j, limit);
}

SpeakerPhrase speakerAfter(const Document &doc, qint32 start, qint32 limit)
{
    // "said Tuesday", "said last week"
    for (int n = 0; start < limit && n < 3 && doc.has(start, TimeWord); ++n)
        ++start;
    if (start >= limit || doc.inQuote(start) || doc.token(start).kind != TokenKind::Word)
        return {};
    SpeakerPhrase p;
    if (doc.has(start, Pronoun)) {
        p.start = start;
        p.end = start + 1;
        p.pronoun = true;
        p.plural = doc.has(start, PluralPronoun);
        return p;
    }
    // Titles, then a name: "Foreign Minister Ilse Marrow", "EU foreign policy chief Kaja Kallas".
    // Other words may describe the role ("veteran farm union organiser Tomas Ardelan") when a
    // role noun follows them.
    qint32 loose = -1; // the last descriptive word
    qint32 role = -1; // the last role noun
    for (qint32 k = start; k < limit && k - start <= kMaxTitleWords; ++k) {
        const int m = doc.mentionAt[size_t(k)];
        if (m >= 0 && doc.mentionTokenStart[size_t(m)] == k) {
            if (loose > role)
                break;
            p.start = start;
            p.end = doc.mentionTokenEnd[size_t(m)];
            p.mention = m;
            // "three Slovak officials": a nationality describes the speakers, who are the noun.
            if ((*doc.mentions)[m].type == EntityType::Misc && p.end < limit && !doc.inQuote(p.end)
                && doc.has(p.end, RoleNoun | SourceNoun)) {
                ++p.end;
                p.mention = -1;
            }
            return p;
        }
        if (doc.inQuote(k) || doc.token(k).kind != TokenKind::Word || doc.has(k, Cue)
            || doc.has(k, ClauseWord | Preposition | Auxiliary | Pronoun))
            break;
        if (doc.has(k, RoleNoun))
            role = k;
        if (!(doc.isCapitalised(k) || doc.has(k, TitleWord | RoleNoun | Determiner)
                || isPossessiveClitic(doc, k))) {
            if (doc.word(k).endsWith(u"ed"))
                break; // a verb: "groups granted Marrow"
            loose = k;
        }
    }
    // A common noun phrase up to punctuation or a clause: "the minister", "a spokesman for
    // the commission".
    qint32 k = start;
    while (k < limit && k - start < kMaxPhraseWords) {
        const Token &t = doc.token(k);
        if (doc.inQuote(k) || t.kind == TokenKind::Punctuation || t.kind == TokenKind::Symbol
            || doc.has(k, Cue) || (doc.has(k, ClauseWord) && !doc.has(k, Preposition)))
            break;
        // "for" and "of" extend the phrase; "on Tuesday", "in a statement" are not part of it.
        if (doc.has(k, Preposition) && !isForOf(doc, k))
            break;
        if (k > start && isReducedRelative(doc, k, limit))
            break;
        ++k;
    }
    // Trailing prepositions ("said the minister in") belong to what follows.
    while (k > start && doc.has(k - 1, Preposition | Determiner))
        --k;
    if (k == start)
        return {};
    if (!doc.has(start, Determiner) && !doc.isCapitalised(start) && !doc.has(start, RoleNoun))
        return {};
    p.start = start;
    p.end = k;
    classify(doc, &p);
    return p;
}

SpeakerPhrase accordingSource(const Document &doc, qint32 start, qint32 limit, SpeakerPhrase *text)
{
    const SpeakerPhrase p = speakerAfter(doc, start, limit);
    if (text)
        *text = p;
    if (!p.isValid() || p.pronoun || p.mention >= 0)
        return p;
    // The head: the last word before "of"/"for" ("a copy of the draft").
    qint32 head = p.start;
    for (qint32 k = p.start; k < p.end && !doc.has(k, Preposition); ++k)
        head = k;
    if (!doc.has(head, Inanimate) || doc.has(head, RoleNoun))
        return p;
    // "her statement", "their records": the possessive is the author.
    if (doc.has(p.start, Possessive) && p.start < head) {
        SpeakerPhrase owner;
        owner.start = p.start;
        owner.end = p.start + 1;
        owner.pronoun = true;
        static const quint64 his = wordHash(u"his");
        static const quint64 her = wordHash(u"her");
        owner.plural = doc.hash(p.start) != his && doc.hash(p.start) != her;
        return owner;
    }
    // A person or a body named after the head, within the phrase ("a copy of the commission's
    // plan") or in what follows it: a participle and "by" ("seen by", "obtained by"), "by",
    // "from", "in" ("a report in the Ledger").
    for (qint32 k = head + 1; k < limit && k - head <= kMaxPhraseWords; ++k) {
        if (doc.inQuote(k) || doc.has(k, Cue)
            || (doc.has(k, ClauseWord) && !doc.has(k, Preposition))
            || (doc.token(k).kind != TokenKind::Word && doc.token(k).kind != TokenKind::Number))
            break;
        const int m = doc.mentionAt[size_t(k)];
        if (m >= 0) {
            const EntityType type = (*doc.mentions)[m].type;
            if (type == EntityType::Person || type == EntityType::Organisation) {
                SpeakerPhrase holder;
                holder.start = doc.mentionTokenStart[size_t(m)];
                if (holder.start > head + 1 && doc.has(holder.start - 1, Definite))
                    --holder.start; // "the Ledger"
                holder.end = doc.mentionTokenEnd[size_t(m)];
                holder.mention = m;
                return holder;
            }
            k = doc.mentionTokenEnd[size_t(m)] - 1; // a place or a nationality: on
        }
    }
    return {};
}

} // namespace Parallax::Quotes
