// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Parallax::Quotes {
namespace {

// General English reporting verbs (speech acts, statements, writing). "+" doubles the final
// consonant in -ed/-ing (admit -> admitted); "|" gives irregular forms that the rules miss.
// Verbs that take a listener before the content are listed separately.
constexpr const char16_t *kReportingVerbs[] = {u"say|said", u"add", u"warn", u"stress", u"insist",
    u"admit+", u"claim", u"argue", u"=noted|noting", u"explain", u"ask", u"reply",
    u"=stated|stating", u"declare", u"announce", u"acknowledge", u"assert", u"allege", u"confirm",
    u"deny", u"=reported|reporting|reports", u"write|wrote|written", u"=tweeted|tweeting|tweets",
    u"=posted", u"suggest", u"predict", u"promise", u"vow", u"pledge", u"concede", u"contend",
    u"maintain", u"observe", u"remark", u"=commented|commenting", u"mention", u"recall", u"reveal",
    u"disclose", u"emphasise", u"emphasize", u"reiterate", u"repeat", u"respond", u"retort",
    u"quip+", u"joke", u"complain", u"lament", u"boast", u"caution", u"urge", u"recommend",
    u"propose", u"speculate", u"testify", u"conclude", u"=answered", u"exclaim", u"shout", u"yell",
    u"whisper", u"mutter", u"plead|pled", u"=countered|countering", u"proclaim", u"affirm",
    u"scoff", u"snap+", u"recount", u"indicate", u"=hinted", u"tout", u"forecast", u"threaten",
    u"=mused", u"clarify", u"elaborate", u"confide", u"wonder"};
// Verbs that take a listener before the content ("told reporters that ...").
constexpr const char16_t *kVerbsWithObject[]
    = {u"tell|told", u"inform", u"assure", u"remind", u"advise", u"notify", u"=briefed", u"caution",
        u"warn", u"ask", u"urge", u"promise", u"reassure"};
// Verbs that frame a partial quote but rarely report a whole statement.
constexpr const char16_t *kWeakCues[] = {u"describe", u"call", u"dub+", u"label+|labelled",
    u"brand", u"term", u"characterise", u"characterize", u"refer+", u"decry", u"praise",
    u"criticise", u"criticize", u"slam+", u"blast", u"dismiss", u"hail", u"condemn", u"welcome",
    u"vow", u"promise", u"pledge", u"quote", u"cite"};

// Verbs that are speech only when they stand next to a quotation: "'Q,' she continued",
// "Marrow demanded: 'Q'", manner verbs ("'Q,' he laughed"). Elsewhere they are no cue.
constexpr const char16_t *kAdjacentCues[] = {u"continue", u"demand", u"chant", u"sing|sang|sung",
    u"laugh", u"smile", u"sigh", u"cry", u"scream", u"interject", u"begin+|began|begun", u"recite",
    u"muse", u"marvel+|marvelled", u"gush", u"chuckle", u"sneer", u"protest",
    // After a quote only (2026-12-03): "'Q,' Marrow notes", "'Q,' he shot back", "she went on",
    // "he points out", "the suit reads".
    u"=notes", u"=charged", u"bark", u"mock", u"=shot", u"=went", u"=points", u"=reads|read",
    u"=reacted", u"=answers"};

// Documents, publications and bodies that PolNeAR and readers count as sources: "the report
// found", "a memo from the ministry states", "the commission said".
constexpr const char16_t *kSourceNouns[] = {u"report", u"reports", u"article", u"articles",
    u"study", u"studies", u"memo", u"letter", u"statement", u"document", u"documents", u"survey",
    u"poll", u"polls", u"complaint", u"lawsuit", u"filing", u"ruling", u"piece", u"editorial",
    u"ad", u"ads", u"advert", u"spot", u"campaign", u"committee", u"council", u"group", u"groups",
    u"organisation", u"organization", u"agency", u"department", u"ministry", u"government",
    u"administration", u"court", u"newspaper", u"magazine", u"website", u"book", u"analysis",
    u"review", u"records", u"data", u"post", u"tweet", u"tweets", u"video", u"email", u"emails",
    u"transcript", u"indictment", u"audit", u"paper", u"bill", u"platform", u"manifesto",
    u"protesters", u"demonstrators", u"people", u"americans", u"citizens", u"percent", u"majority",
    u"republicans", u"democrats", u"conservatives", u"liberals", u"union", u"unions", u"party",
    u"parties", u"police", u"spokesperson", u"team", u"office", u"board", u"panel", u"commission",
    u"parliament", u"congress", u"senate", u"house", u"cabinet", u"coalition", u"alliance",
    u"movement", u"network", u"station", u"outlet", u"site", u"blog", u"column", u"columnist",
    u"host", u"anchor", u"moderator", u"reporter", u"reporters", u"journalist", u"journalists",
    u"writer", u"author", u"insiders", u"insider", u"staff", u"staffer", u"staffers", u"family",
    u"relatives", u"friends", u"colleagues", u"allies", u"opponents", u"rivals", u"candidates",
    u"nominees", u"presidents", u"governors", u"senators", u"mayors", u"judges", u"countries",
    u"nations", u"states", u"broadcaster", u"broadcasters", u"channel", u"tabloid", u"daily",
    u"crowd", u"crowds", u"audience", u"audiences"};

// Nouns that name an act of speech or a stated position: the possessor is the source ("Marrow's
// claim that ...", "in Ardelan's view").
constexpr const char16_t *kNounCues[] = {u"claim", u"claims", u"statement", u"statements",
    u"warning", u"warnings", u"promise", u"promises", u"assertion", u"emphasis", u"view", u"views",
    u"words", u"remarks", u"comments", u"comment", u"argument", u"accusation", u"accusations",
    u"suggestion", u"insistence", u"description", u"criticism", u"message", u"response", u"answer",
    u"plea", u"prediction", u"vow", u"pledge", u"admission", u"denial", u"charge", u"charges",
    u"allegation", u"allegations", u"complaint", u"question", u"questions", u"call", u"calls",
    u"demand", u"demands", u"insult", u"insults", u"attack", u"attacks", u"rhetoric", u"speech",
    u"tweet", u"tweets", u"letter", u"memo", u"report", u"announcement", u"declaration", u"opinion",
    u"position", u"stance", u"belief", u"concern", u"concerns", u"fear", u"fears", u"hope",
    u"hopes", u"boast", u"retort", u"reply", u"slogan", u"motto", u"mantra", u"refrain", u"quip",
    u"joke", u"line", u"pitch", u"proposal", u"plan", u"vision", u"assessment", u"verdict",
    u"diagnosis", u"note", u"testimony", u"account", u"version"};

// Texts and records: after "according to" they are no speaker, their author or holder is
// ("according to a copy seen by the Ledger").
constexpr const char16_t *kInanimates[]
    = {u"copy", u"copies", u"report", u"reports", u"statement", u"statements", u"document",
        u"documents", u"draft", u"drafts", u"memo", u"memos", u"letter", u"letters", u"text",
        u"texts", u"transcript", u"transcripts", u"filing", u"filings", u"record", u"records",
        u"email", u"emails", u"e-mail", u"e-mails", u"version", u"study", u"studies", u"survey",
        u"surveys", u"poll", u"polls", u"analysis", u"data", u"figures", u"estimate", u"estimates",
        u"book", u"article", u"articles", u"release", u"summary", u"notes", u"minutes", u"cable",
        u"cables", u"file", u"files", u"dossier", u"paper", u"papers", u"tally", u"count", u"audit",
        u"review", u"complaint", u"lawsuit", u"indictment", u"ruling", u"account", u"accounts",
        u"excerpt", u"excerpts", u"leak", u"leaks", u"recording", u"recordings", u"footage",
        u"video", u"videos", u"post", u"posts", u"tweet", u"tweets", u"website", u"results"};

constexpr const char16_t *kPronouns[] = {u"he", u"she", u"they", u"we", u"i", u"it", u"you"};
constexpr const char16_t *kPluralPronouns[] = {u"they", u"we", u"it", u"you"};
constexpr const char16_t *kPossessives[]
    = {u"his", u"her", u"their", u"its", u"our", u"my", u"your"};
constexpr const char16_t *kDeterminers[]
    = {u"the", u"a", u"an", u"another", u"his", u"her", u"their", u"its", u"our", u"my", u"your",
        u"this", u"these", u"those", u"one", u"two", u"three", u"four", u"several", u"some",
        u"many", u"other", u"both", u"each", u"every", u"most", u"few", u"no", u"senior", u"top"};
constexpr const char16_t *kDefinites[] = {u"the", u"this", u"that"};
constexpr const char16_t *kAuxiliaries[] = {u"has", u"have", u"had", u"also", u"later", u"earlier",
    u"previously", u"then", u"again", u"once", u"would", u"will", u"could", u"might", u"may",
    u"can", u"repeatedly", u"recently", u"reportedly", u"publicly", u"privately", u"separately",
    u"further", u"simply", u"only", u"just", u"often", u"still", u"long", u"first", u"flatly",
    u"quickly", u"bluntly", u"angrily", u"firmly", u"did", u"does", u"not", u"never", u"always",
    u"meanwhile", u"now", u"instead", u"too", u"even", u"once", u"already", u"ultimately",
    u"eventually", u"finally", u"initially", u"specifically", u"essentially"};
constexpr const char16_t *kRoleNouns[] = {u"minister", u"ministers", u"spokesman", u"spokeswoman",
    u"spokesperson", u"spokesmen", u"senator", u"president", u"governor", u"secretary",
    u"chancellor", u"chief", u"official", u"officials", u"aide", u"aides", u"adviser", u"advisers",
    u"advisor", u"advisors", u"candidate", u"nominee", u"director", u"chairman", u"chairwoman",
    u"chair", u"leader", u"leaders", u"mayor", u"ambassador", u"envoy", u"prosecutor",
    u"prosecutors", u"judge", u"general", u"commander", u"ceo", u"executive", u"representative",
    u"congressman", u"congresswoman", u"lawmaker", u"lawmakers", u"diplomat", u"diplomats",
    u"negotiator", u"negotiators", u"premier", u"head", u"manager", u"analyst", u"analysts",
    u"expert", u"experts", u"professor", u"economist", u"source", u"sources", u"officer",
    u"officers", u"speaker", u"strategist", u"pollster", u"commissioner", u"attorney", u"lawyer",
    u"counsel", u"chairperson", u"founder", u"owner", u"member", u"members", u"activist",
    u"activists", u"witness", u"witnesses", u"resident", u"residents", u"sheriff", u"chaplain",
    u"bishop", u"pope", u"king", u"queen", u"prince", u"princess", u"mp", u"mep", u"deputy",
    u"vice", u"rep", u"rep.", u"sen", u"sen.", u"gov", u"gov.", u"mr", u"mr.", u"mrs", u"mrs.",
    u"ms", u"ms.", u"dr", u"dr.", u"prof", u"prof.", u"coach", u"captain", u"colonel", u"surrogate",
    u"supporter", u"supporters", u"voter", u"voters", u"critic", u"critics", u"observer",
    u"observers", u"researcher", u"researchers", u"scientist", u"scientists", u"doctor", u"doctors",
    u"farmer", u"farmers", u"worker", u"workers", u"organiser", u"organizer", u"organisers",
    u"organizers", u"host", u"anchor", u"columnist", u"commentator", u"writer", u"author", u"widow",
    u"editor", u"publisher", u"correspondent", u"moderator", u"narrator", u"historian",
    u"candidate", u"nominee", u"chairman", u"insider", u"insiders"};
constexpr const char16_t *kTitleWords[] = {u"foreign", u"finance", u"defence", u"defense",
    u"interior", u"justice", u"prime", u"deputy", u"vice", u"former", u"acting", u"interim",
    u"chief", u"senior", u"top", u"policy", u"press", u"campaign", u"presidential", u"executive",
    u"general", u"assistant", u"associate", u"state", u"federal", u"national", u"regional",
    u"local", u"union", u"party", u"opposition", u"government", u"white", u"house", u"health",
    u"trade", u"economy", u"energy", u"environment", u"agriculture", u"education", u"transport",
    u"water", u"republican", u"democratic", u"independent", u"communications", u"security",
    u"spokesman", u"spokeswoman", u"new", u"incoming", u"outgoing", u"longtime", u"veteran",
    u"lead", u"u.s.", u"eu", u"un", u"nato"};
constexpr const char16_t *kClauseWords[] = {u"that", u"which", u"who", u"whom", u"whose", u"and",
    u"but", u"or", u"nor", u"because", u"when", u"while", u"after", u"before", u"if", u"as",
    u"although", u"though", u"since", u"so", u"where", u"whether", u"until", u"unless", u"than",
    u"what", u"how", u"why", u"is", u"are", u"was", u"were", u"be", u"been", u"being", u"to",
    u"not", u"yet", u"during", u"despite", u"once", u"also", u"however"};
constexpr const char16_t *kPrepositions[]
    = {u"for", u"of", u"at", u"from", u"with", u"in", u"on", u"to", u"'s", u"’s", u"by"};

constexpr const char16_t *kFiniteVerbs[]
    = {u"is", u"was", u"are", u"were", u"has", u"had", u"have", u"did", u"does", u"do", u"will",
        u"would", u"can", u"could", u"should", u"may", u"might", u"must", u"shall"};

constexpr const char16_t *kTimeWords[] = {u"monday", u"tuesday", u"wednesday", u"thursday",
    u"friday", u"saturday", u"sunday", u"today", u"yesterday", u"tonight", u"tomorrow", u"earlier",
    u"later", u"last", u"this", u"next", u"week", u"month", u"year", u"morning", u"afternoon",
    u"evening", u"night", u"january", u"february", u"march", u"april", u"may", u"june", u"july",
    u"august", u"september", u"october", u"november", u"december", u"jan.", u"feb.", u"aug.",
    u"sept.", u"sep.", u"oct.", u"nov.", u"dec."};

quint64 hashOf(QStringView word)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar ch : word) {
        char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        else if (c >= 128)
            c = ch.toLower().unicode();
        if (c == u'\u2019')
            c = u'\''; // typographic and ASCII apostrophes spell the same word
        h = (h ^ c) * 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

class Table
{
public:
    Table()
    {
        for (const char16_t *v : kReportingVerbs)
            addVerb(v, Cue);
        for (const char16_t *v : kVerbsWithObject)
            addVerb(v, Cue | CueWithObject);
        for (const char16_t *v : kWeakCues)
            addVerb(v, WeakCue);
        for (const char16_t *v : kAdjacentCues)
            addVerb(v, AdjacentCue);
        addAll(kSourceNouns, SourceNoun);
        addAll(kNounCues, NounCue);
        addAll(kInanimates, Inanimate);
        addAll(kPronouns, Pronoun);
        addAll(kPluralPronouns, PluralPronoun);
        addAll(kPossessives, Possessive);
        addAll(kDeterminers, Determiner);
        addAll(kDefinites, Definite);
        addAll(kAuxiliaries, Auxiliary);
        addAll(kRoleNouns, RoleNoun);
        addAll(kTitleWords, TitleWord);
        addAll(kClauseWords, ClauseWord);
        addAll(kPrepositions, Preposition);
        addAll(kTimeWords, TimeWord);
        addAll(kFiniteVerbs, FiniteVerb);
    }

    quint32 find(QStringView word) const { return find(hashOf(word)); }
    quint32 find(quint64 h) const
    {
        size_t slot = size_t(h) & kMask;
        for (;;) {
            const Entry &e = m_slots[slot];
            if (e.flags == 0)
                return 0;
            if (e.hash == h)
                return e.flags;
            slot = (slot + 1) & kMask;
        }
    }

private:
    struct Entry
    {
        quint64 hash = 0;
        quint32 flags = 0;
    };
    static constexpr size_t kSize = 8192;
    static constexpr size_t kMask = kSize - 1;

    template<typename List>
    void addAll(const List &list, quint32 flags)
    {
        for (const char16_t *w : list)
            add(QStringView(w), flags);
    }

    void add(QStringView word, quint32 flags)
    {
        const quint64 h = hashOf(word);
        size_t slot = size_t(h) & kMask;
        while (m_slots[slot].flags != 0 && m_slots[slot].hash != h)
            slot = (slot + 1) & kMask;
        m_slots[slot].hash = h;
        m_slots[slot].flags |= flags;
    }

    // Regular inflections of a verb: -s, -ed, -ing, with the usual spelling rules.
    void addVerb(QStringView spec, quint32 flags)
    {
        if (spec.startsWith(u'=')) {
            for (const QStringView form : spec.mid(1).split(u'|'))
                add(form, flags);
            return;
        }
        const QList<QStringView> parts = spec.split(u'|');
        QString lemma = parts.constFirst().toString();
        const bool doubles = lemma.endsWith(u'+');
        if (doubles)
            lemma.chop(1);
        add(lemma, flags);
        for (qsizetype i = 1; i < parts.size(); ++i)
            add(parts.at(i), flags);
        const QChar last = lemma.back();
        const bool consonantY = last == u'y' && lemma.size() > 1
            && !QStringView(u"aeiou").contains(lemma.at(lemma.size() - 2));
        const QString stem = consonantY ? lemma.left(lemma.size() - 1) : lemma;
        if (consonantY)
            add(QString(stem + u"ies"_s), flags);
        else if (lemma.endsWith(u's') || lemma.endsWith(u"sh"_s) || lemma.endsWith(u"ch"_s)
            || lemma.endsWith(u'x') || lemma.endsWith(u'z') || lemma.endsWith(u'o'))
            add(QString(lemma + u"es"_s), flags);
        else
            add(QString(lemma + u's'), flags);
        if (parts.size() > 1)
            add(QString(lemma + u"ing"_s), flags);
        if (doubles) {
            add(QString(lemma + last + u"ed"_s), flags);
            add(QString(lemma + last + u"ing"_s), flags);
            return;
        }
        if (consonantY)
            add(QString(stem + u"ied"_s), flags);
        else if (last == u'e')
            add(QString(lemma + u'd'), flags);
        else
            add(QString(lemma + u"ed"_s), flags);
        if (last == u'e' && !lemma.endsWith(u"ee"_s))
            add(QString(lemma.left(lemma.size() - 1) + u"ing"_s), flags);
        else
            add(QString(lemma + u"ing"_s), flags);
    }

    Entry m_slots[kSize];
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

quint32 wordFlags(QStringView word)
{
    return table().find(word);
}

quint32 hashFlags(quint64 hash)
{
    return table().find(hash);
}

quint64 wordHash(QStringView word)
{
    return hashOf(word);
}

} // namespace Parallax::Quotes
