// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "compare/differences.h"
#include "compare/lexicon.h"
#include "compare/units.h"
#include "compare/wordalign/diff.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCompare, "parallax.compare", QtWarningMsg)

namespace Parallax {

using namespace Compare;

namespace {

// Seeding: each unit looks up its rarest features only, each in at most this many other units,
// so the candidates per unit stay bounded however long and repetitive the texts are.
constexpr int kSeedFeatures = 12;
constexpr int kMaxPostings = 64;
constexpr int kCandidatesPerDocument = 4;

// Acceptance (see docs/compare.md): the IDF-weighted Dice coefficient over content words, or
// containment of the smaller unit in the larger one (a truncated or spliced quote).
constexpr double kMinDice = 0.45;
constexpr double kMinDiceLong = 0.35;
constexpr int kMinSharedLong = 6;
constexpr double kMinContainment = 0.8;
constexpr double kMinDiceContainedQuote = 0.15;
constexpr double kMinDiceContained = 0.25;
constexpr double kSynonymCredit = 0.8;
constexpr double kMinGroupLinkage = 0.3;
// A pair alignment besides the groups (a statement quoted twice in one article, a quotation cut
// in pieces): only quotes, and only when they are this alike or one contains the other.
constexpr double kMinDiceExtra = 0.5;
constexpr double kMinContainmentExtra = 0.8;
// A quote of at most this many words ("a 'reckless' plan") aligns only by containment in a
// longer quote, and only with a word that at most this many units use.
constexpr int kShortQuoteWords = 3;
constexpr int kMaxShortQuoteDf = 5;

struct Score
{
    double dice = 0;
    double containment = 0;
    int shared = 0; // content features shared exactly or as synonyms
    int sharedAttribution = 0; // of which names and neutral reporting verbs ("said")
    double value() const { return std::max(dice, 0.9 * containment); }
};

class Engine
{
public:
    Engine(const CompareInput &input, const SynonymTable &table)
        : m_input(input)
        , m_synonyms(table, m_prepared.vocabulary)
        , m_context {input, m_prepared, m_synonyms}
    {
        prepare(input, &m_prepared);
        m_df.assign(size_t(m_prepared.vocabulary.size()), 0);
        for (const Unit &unit : m_prepared.units) {
            for (const auto &[id, count] : unit.bag)
                ++m_df[size_t(id)];
        }
        m_attribution.assign(size_t(m_prepared.vocabulary.size()), 0);
        for (qsizetype id = 0; id < m_prepared.vocabulary.size(); ++id) {
            const QString &form = m_prepared.vocabulary.form(int(id));
            m_attribution[size_t(id)] = form.startsWith(u'@') || Lexicon::isNeutralCue(form);
        }
    }

    Comparison run();

private:
    Score score(int u, int v);
    bool accepted(int u, int v, const Score &s) const;
    bool isShortQuote(const Unit &unit) const;
    std::vector<int> inTermsOf(std::vector<int> small, const std::vector<int> &large) const;
    bool onlyNames(const Unit &unit) const;
    bool shortQuoteContained(int u, int v) const;
    bool speakersDiffer(const Unit &a, const Unit &b) const;
    bool linked(const std::vector<int> &x, const std::vector<int> &y);
    std::vector<std::pair<int, int>> candidates() const;
    std::vector<std::vector<int>> cluster();
    void coverage(Comparison *out) const;

    const CompareInput &m_input;
    Prepared m_prepared;
    mutable SynonymCache m_synonyms; // a lookup cache: asking it changes nothing observable
    Context m_context;
    QHash<quint64, Score> m_scores;
    std::vector<int> m_df; // per id: units whose bag holds it
    std::vector<char> m_attribution; // per id: an entity feature or a neutral reporting verb
    // Accepted pairs of quotes that may stand as pair alignments of their own, strongest first.
    std::vector<std::pair<int, int>> m_extra;
};

Score Engine::score(int u, int v)
{
    if (u > v)
        std::swap(u, v);
    const quint64 key = (quint64(quint32(u)) << 32) | quint32(v);
    auto it = m_scores.constFind(key);
    if (it != m_scores.constEnd())
        return it.value();
    const Unit &a = m_prepared.units[size_t(u)];
    const Unit &b = m_prepared.units[size_t(v)];
    const auto &idf = m_prepared.idf;
    double shared = 0;
    Score s;
    std::vector<std::pair<int, int>> restA;
    std::vector<std::pair<int, int>> restB;
    auto i = a.bag.cbegin();
    auto j = b.bag.cbegin();
    while (i != a.bag.cend() || j != b.bag.cend()) {
        if (j == b.bag.cend() || (i != a.bag.cend() && i->first < j->first)) {
            restA.push_back(*i++);
        } else if (i == a.bag.cend() || j->first < i->first) {
            restB.push_back(*j++);
        } else {
            const int common = std::min(i->second, j->second);
            shared += idf[size_t(i->first)] * common;
            s.shared += common;
            if (m_attribution[size_t(i->first)])
                s.sharedAttribution += common;
            if (i->second > common)
                restA.emplace_back(i->first, i->second - common);
            if (j->second > common)
                restB.emplace_back(j->first, j->second - common);
            ++i;
            ++j;
        }
    }
    // Synonyms earn part of a match; not looked up where even all of them could not make the
    // pair acceptable.
    const double total = a.weight + b.weight;
    auto restWeight = [&](const std::vector<std::pair<int, int>> &rest) {
        double w = 0;
        for (const auto &[id, count] : rest)
            w += idf[size_t(id)] * count;
        return w;
    };
    const double smallest = std::min(a.weight, b.weight);
    const double best
        = total > 0 ? shared + kSynonymCredit * std::min(restWeight(restA), restWeight(restB)) : 0;
    const bool hopeless = total <= 0
        || (2.0 * best / total < kMinDiceContainedQuote
            && (smallest <= 0 || best / smallest < kMinContainment));
    if (!hopeless && s.shared > 0 && !restA.empty() && !restB.empty() && restA.size() <= 24
        && restB.size() <= 24) {
        std::vector<char> used(restB.size(), 0);
        for (const auto &[x, cx] : restA) {
            for (size_t k = 0; k < restB.size(); ++k) {
                if (used[k] || !m_synonyms.areSynonyms(x, restB[k].first))
                    continue;
                used[k] = 1;
                shared += kSynonymCredit * std::min(idf[size_t(x)], idf[size_t(restB[k].first)]);
                ++s.shared;
                break;
            }
        }
    }
    if (total > 0) {
        s.dice = std::min(1.0, 2.0 * shared / total);
        const double smaller = std::min(a.weight, b.weight);
        s.containment = smaller > 0 ? std::min(1.0, shared / smaller) : 0;
    }
    m_scores.insert(key, s);
    return s;
}

bool Engine::accepted(int u, int v, const Score &s) const
{
    const Unit &a = m_prepared.units[size_t(u)];
    const Unit &b = m_prepared.units[size_t(v)];
    // A short quote: a name in quotation marks with no one saying it is a label, not an
    // utterance; against a longer
    // unit its words must come in the same order there, not scattered over a long sentence.
    if (isShortQuote(a) || isShortQuote(b)) {
        // The short quote is the small one, even against a sentence of as few words (a
        // sentence has no quote to look up).
        const bool aSmall
            = isShortQuote(a) && (!isShortQuote(b) || a.words.size() <= b.words.size());
        const Unit &small = aSmall ? a : b;
        const Unit &large = aSmall ? b : a;
        const CompareQuote &quote = m_input.documents.at(small.doc).quotes.at(small.quote);
        if (!quote.speaker.isValid() && onlyNames(small))
            return false;
        if (!isShortQuote(large)
            && matchWords(
                   inTermsOf(small.contentSequence, large.contentSequence), large.contentSequence)
                    .size()
                < small.contentSequence.size())
            return false;
    }
    // Content words in common, not only function words or one name; names count only when
    // other words are shared too (a span that is mostly "..., said Lt. Brekke"); so do
    // reporting verbs.
    if (s.shared - s.sharedAttribution < 2)
        return false;
    if (s.dice >= kMinDice)
        return true;
    // Two long sentences telling the same thing in their own words share many content words.
    if (s.dice >= kMinDiceLong && s.shared >= kMinSharedLong)
        return true;
    // A truncated quote, or a partial quote inside a longer one: the smaller is contained.
    const int smaller = std::min(a.contentWords, b.contentWords);
    const bool quote = a.kind == AlignmentKind::Quote || b.kind == AlignmentKind::Quote;
    if (s.containment < kMinContainment
        || s.dice < (quote ? kMinDiceContainedQuote : kMinDiceContained) || smaller < 2
        || s.shared < std::min(3, smaller))
        return false;
    // ... and its words come in the same order in the larger one: a few words in common
    // scattered over a long sentence are not the same utterance.
    const Unit &small = a.contentWords <= b.contentWords ? a : b;
    const Unit &large = a.contentWords <= b.contentWords ? b : a;
    const auto inOrder = matchWords(small.contentSequence, large.contentSequence).size();
    return double(inOrder) >= kMinContainment * double(small.contentSequence.size());
}

// The small unit's words in the large one's terms: a word the large one lacks but has a
// synonym of stands for that synonym, so "difficult but productive" lies in order inside "the
// talks were difficult but fruitful".
std::vector<int> Engine::inTermsOf(std::vector<int> small, const std::vector<int> &large) const
{
    for (int &id : small) {
        if (std::find(large.cbegin(), large.cend(), id) != large.cend())
            continue;
        for (int other : large) {
            if (m_synonyms.areSynonyms(id, other)) {
                id = other;
                break;
            }
        }
    }
    return small;
}

bool Engine::isShortQuote(const Unit &unit) const
{
    return unit.kind == AlignmentKind::Quote && int(unit.words.size()) <= kShortQuoteWords;
}

// A word linked to an entity, or capitalised where a sentence does not start (the quote's
// first word counts as a sentence start when only quotation marks and spaces follow a full
// stop, a colon, a comma or the start of a paragraph).
static bool isName(
    const CompareDocument &doc, const Unit &unit, const std::vector<Word> &words, int w)
{
    const Word &word = words[size_t(w)];
    if (word.mention >= 0)
        return true;
    if (!doc.text.at(word.range.start).isUpper())
        return false;
    if (w != unit.words.front())
        return true;
    for (qsizetype i = word.range.start - 1; i >= 0; --i) {
        const QChar c = doc.text.at(i);
        if (c == u'\n' || c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u',')
            return false;
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// Every content word a name.
bool Engine::onlyNames(const Unit &unit) const
{
    const CompareDocument &doc = m_input.documents.at(unit.doc);
    const auto &words = m_prepared.documents[size_t(unit.doc)].words;
    for (int w : unit.words) {
        const Word &word = words[size_t(w)];
        if ((word.flags & Content) && !isName(doc, unit, words, w))
            return false;
    }
    return true;
}

bool Engine::speakersDiffer(const Unit &a, const Unit &b) const
{
    if (a.kind != AlignmentKind::Quote || b.kind != AlignmentKind::Quote)
        return false;
    const CompareQuote &p = m_input.documents.at(a.doc).quotes.at(a.quote);
    const CompareQuote &q = m_input.documents.at(b.doc).quotes.at(b.quote);
    if (p.speakerEntity < 0 || q.speakerEntity < 0 || p.speakerEntity == q.speakerEntity)
        return false;
    // Named as written on both sides: a pronoun's resolution is too often wrong to forbid.
    auto named = [&](const Unit &unit, const CompareQuote &quote) {
        if (!quote.speaker.isValid())
            return false;
        const QString written = m_input.documents.at(unit.doc)
                                    .text.mid(quote.speaker.start, quote.speaker.length())
                                    .simplified()
                                    .toLower();
        return !written.isEmpty() && !Lexicon::isPronoun(written);
    };
    if (!named(a, p) || !named(b, q))
        return false;
    // Two entities that share a word may be one person the linker kept apart ("Obama" and
    // "Barack Obama" in different articles).
    const Entity &x = m_input.entities.at(p.speakerEntity);
    const Entity &y = m_input.entities.at(q.speakerEntity);
    if (x.type != EntityType::Person || y.type != EntityType::Person)
        return false;
    const QStringList words = x.name.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : y.name.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (words.contains(word))
            return false;
    }
    return true;
}

// A quote of one to three words inside a longer quote of another article, word for word and in
// order ("called the plan 'reckless'" against the full quotation), or the same short words
// quoted from the same named speaker. A name in quotation marks is a label, not an utterance,
// and a common word says nothing: the short quote needs a rare content word that is no name.
bool Engine::shortQuoteContained(int u, int v) const
{
    const Unit &a = m_prepared.units[size_t(u)];
    const Unit &b = m_prepared.units[size_t(v)];
    if (a.kind != AlignmentKind::Quote || b.kind != AlignmentKind::Quote || a.doc == b.doc)
        return false;
    if (!isShortQuote(a) && !isShortQuote(b))
        return false;
    if (speakersDiffer(a, b))
        return false;
    const Unit &small = a.words.size() <= b.words.size() ? a : b;
    const Unit &large = a.words.size() <= b.words.size() ? b : a;
    const CompareDocument &doc = m_input.documents.at(small.doc);
    const auto &words = m_prepared.documents[size_t(small.doc)].words;
    bool rare = false;
    for (int w : small.words) {
        const Word &word = words[size_t(w)];
        if (!(word.flags & Content) || (word.flags & NumberWord))
            continue;
        const bool name = isName(doc, small, words, w);
        if (!name && m_df[size_t(word.id)] <= kMaxShortQuoteDf)
            rare = true;
    }
    if (!rare)
        return false;
    if (isShortQuote(large)) {
        // Two short quotes: the same words, from one named speaker.
        const CompareQuote &x = doc.quotes.at(small.quote);
        const CompareQuote &y = m_input.documents.at(large.doc).quotes.at(large.quote);
        const bool named = (x.speakerEntity >= 0 && x.speakerEntity == y.speakerEntity);
        return named && small.sequence == large.sequence;
    }
    // Contained word for word, in one stretch of the longer quote.
    const auto matches = matchWords(small.sequence, large.sequence);
    if (matches.size() != small.sequence.size())
        return false;
    return matches.back().b - matches.front().b == int(matches.size()) - 1;
}

bool Engine::linked(const std::vector<int> &x, const std::vector<int> &y)
{
    // A unit joins a group only when it is like most of its members, not one of them: single
    // weak links would chain a headline, a lead and a report into one group.
    double sum = 0;
    int count = 0;
    int alike = 0;
    for (int a : x) {
        for (int b : y) {
            const Score s = score(a, b);
            sum += s.value();
            alike += accepted(a, b, s) ? 1 : 0;
            ++count;
        }
    }
    return sum / count >= kMinGroupLinkage && 2 * alike > count;
}

std::vector<std::pair<int, int>> Engine::candidates() const
{
    const auto &units = m_prepared.units;
    // Seeding features: each content feature of the bag, and each pair of consecutive content
    // words (rare even where every single word is common: "water quota", "dam upstream").
    std::vector<std::vector<quint64>> features(units.size());
    QHash<quint64, std::vector<int>> postings;
    postings.reserve(qsizetype(units.size()) * 8);
    for (int u = 0; u < int(units.size()); ++u) {
        const Unit &unit = units[size_t(u)];
        std::vector<quint64> &keys = features[size_t(u)];
        for (const auto &[id, count] : unit.bag)
            keys.push_back(quint64(quint32(id)));
        for (size_t k = 1; k < unit.contentSequence.size(); ++k) {
            keys.push_back((quint64(quint32(unit.contentSequence[k - 1]) + 1) << 32)
                | quint32(unit.contentSequence[k]));
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (quint64 key : keys)
            postings[key].push_back(u);
    }
    const double n = double(units.size()) + 1.0;
    const int documents = int(m_input.documents.size());
    std::vector<std::pair<int, int>> pairs;
    std::vector<double> seed(units.size(), 0.0);
    std::vector<int> touched;
    std::vector<std::pair<qsizetype, const std::vector<int> *>> lists;
    for (int u = 0; u < int(units.size()); ++u) {
        const Unit &unit = units[size_t(u)];
        lists.clear();
        for (quint64 key : features[size_t(u)]) {
            const std::vector<int> &list = *postings.constFind(key);
            lists.emplace_back(qsizetype(list.size()), &list);
        }
        // Rarest first: a feature shared by few units says most about which unit is the same.
        std::sort(lists.begin(), lists.end(),
            [](const auto &x, const auto &y) { return x.first < y.first; });
        int used = 0;
        for (const auto &[size, list] : lists) {
            if (used == kSeedFeatures || size > kMaxPostings)
                break;
            if (size < 2)
                continue;
            ++used;
            const double weight = std::log(n / double(size));
            for (int v : *list) {
                if (units[size_t(v)].doc == unit.doc)
                    continue;
                if (seed[size_t(v)] == 0.0)
                    touched.push_back(v);
                seed[size_t(v)] += weight;
            }
        }
        // The best few per other document.
        std::sort(touched.begin(), touched.end(),
            [&](int x, int y) { return seed[size_t(x)] > seed[size_t(y)]; });
        std::vector<int> perDocument(size_t(documents), 0);
        for (int v : touched) {
            if (perDocument[size_t(units[size_t(v)].doc)]++ < kCandidatesPerDocument)
                pairs.emplace_back(std::min(u, v), std::max(u, v));
            seed[size_t(v)] = 0.0;
        }
        touched.clear();
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

std::vector<std::vector<int>> Engine::cluster()
{
    struct Edge
    {
        int u;
        int v;
        double value;
    };
    std::vector<Edge> edges;
    std::vector<Edge> extra;
    for (const auto &[u, v] : candidates()) {
        const Score s = score(u, v);
        const bool accept = accepted(u, v, s);
        if (accept)
            edges.push_back({u, v, s.value()});
        const Unit &a = m_prepared.units[size_t(u)];
        const Unit &b = m_prepared.units[size_t(v)];
        if (a.kind == AlignmentKind::Quote && b.kind == AlignmentKind::Quote) {
            if (accept ? (s.dice >= kMinDiceExtra || s.containment >= kMinContainmentExtra)
                       : shortQuoteContained(u, v))
                extra.push_back({u, v, accept ? s.value() : s.containment});
        }
        if (lcCompare().isDebugEnabled() && s.value() >= 0.25) {
            auto show = [&](int x) {
                const Unit &unit = m_prepared.units[size_t(x)];
                return m_input.documents.at(unit.doc)
                    .text.mid(unit.range.start, unit.range.length())
                    .simplified();
            };
            qCDebug(lcCompare).noquote()
                << (accept ? "accepted" : "rejected") << "dice" << s.dice << "containment"
                << s.containment << "shared" << s.shared << "|" << show(u) << "|" << show(v);
        }
    }
    // Strongest first; ties in text order, so the result does not depend on hashing.
    auto stronger = [](const Edge &a, const Edge &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return a.u != b.u ? a.u < b.u : a.v < b.v;
    };
    std::sort(edges.begin(), edges.end(), stronger);
    std::sort(extra.begin(), extra.end(), stronger);
    m_extra.clear();
    for (const Edge &edge : extra)
        m_extra.emplace_back(edge.u, edge.v);
    const auto &units = m_prepared.units;
    std::vector<int> groupOf(units.size());
    std::iota(groupOf.begin(), groupOf.end(), 0);
    std::vector<std::vector<int>> groups(units.size());
    for (int u = 0; u < int(units.size()); ++u)
        groups[size_t(u)] = {u};
    for (const Edge &edge : edges) {
        const int x = groupOf[size_t(edge.u)];
        const int y = groupOf[size_t(edge.v)];
        if (x == y)
            continue;
        // At most one unit per document in a group.
        bool clash = false;
        for (int a : groups[size_t(x)]) {
            for (int b : groups[size_t(y)])
                clash |= units[size_t(a)].doc == units[size_t(b)].doc;
        }
        if (clash)
            continue;
        // A chain A~B~C joins C to A only if C is like most of the group.
        if (groups[size_t(x)].size() + groups[size_t(y)].size() > 2
            && !linked(groups[size_t(x)], groups[size_t(y)]))
            continue;
        for (int b : groups[size_t(y)]) {
            groupOf[size_t(b)] = x;
            groups[size_t(x)].push_back(b);
        }
        groups[size_t(y)].clear();
    }
    std::vector<std::vector<int>> out;
    for (auto &group : groups) {
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end()); // units are by document, then position
        out.push_back(std::move(group));
    }
    return out;
}

void Engine::coverage(Comparison *out) const
{
    const int documents = int(m_input.documents.size());
    const int entities = int(m_input.entities.size());
    std::vector<QList<int>> mentions(size_t(entities), QList<int>(documents, 0));
    for (int d = 0; d < documents; ++d) {
        for (const EntityMention &mention : m_input.documents.at(d).mentions) {
            if (mention.entity >= 0 && mention.entity < entities)
                ++mentions[size_t(mention.entity)][d];
        }
    }
    for (int e = 0; e < entities; ++e) {
        EntityCoverage c;
        c.name = m_input.entities.at(e).name;
        c.type = m_input.entities.at(e).type;
        c.mentions = mentions[size_t(e)];
        for (int d = 0; d < documents; ++d) {
            if (c.mentions.at(d) > 0)
                c.docs.append(d);
        }
        if (!c.docs.isEmpty())
            out->entities.append(c);
    }
    std::stable_sort(out->entities.begin(), out->entities.end(),
        [](const EntityCoverage &a, const EntityCoverage &b) {
            if (a.docs.size() != b.docs.size())
                return a.docs.size() > b.docs.size();
            return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
        });

    QHash<QString, int> speakerIndex;
    for (int d = 0; d < documents; ++d) {
        const CompareDocument &doc = m_input.documents.at(d);
        const auto &words = m_prepared.documents[size_t(d)].words;
        for (const CompareQuote &quote : doc.quotes) {
            QString name;
            int entity = -1;
            if (quote.speakerEntity >= 0 && quote.speakerEntity < entities) {
                entity = quote.speakerEntity;
                name = m_input.entities.at(entity).name;
            } else if (quote.speaker.isValid()) {
                name = doc.text.mid(quote.speaker.start, quote.speaker.length()).simplified();
                if (name.isEmpty() || Lexicon::isPronoun(name.toLower()))
                    continue; // an unresolved "she" is no one the table can name
            } else {
                continue;
            }
            const QString key = entity >= 0 ? u'@' + QString::number(entity) : name.toLower();
            auto it = speakerIndex.constFind(key);
            if (it == speakerIndex.constEnd()) {
                SpeakerCoverage s;
                s.name = name;
                s.entity = entity;
                s.quotes = QList<int>(documents, 0);
                s.words = QList<int>(documents, 0);
                it = speakerIndex.insert(key, int(out->speakers.size()));
                out->speakers.append(s);
            }
            SpeakerCoverage &s = out->speakers[it.value()];
            ++s.quotes[d];
            const auto first = std::lower_bound(words.cbegin(), words.cend(), quote.content.start,
                [](const Word &w, qint32 start) { return w.range.start < start; });
            int count = 0;
            for (auto w = first; w != words.cend() && w->range.end <= quote.content.end; ++w)
                ++count;
            s.words[d] += count;
        }
    }
    auto total = [](const QList<int> &list) {
        return std::accumulate(list.cbegin(), list.cend(), 0);
    };
    std::stable_sort(out->speakers.begin(), out->speakers.end(),
        [&](const SpeakerCoverage &a, const SpeakerCoverage &b) {
            const int x = total(a.quotes);
            const int y = total(b.quotes);
            if (x != y)
                return x > y;
            return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
        });
}

Comparison Engine::run()
{
    Comparison out;
    const auto &units = m_prepared.units;
    std::vector<char> aligned(units.size(), 0);
    std::vector<std::vector<int>> groups = cluster();
    // Pairs the groups could not hold (one member per document): a quote's second occurrence in
    // one article, the pieces of a quotation another article gives whole, a short partial quote.
    // Each becomes a pair alignment of its own.
    {
        std::vector<int> groupOf(units.size(), -1);
        for (int g = 0; g < int(groups.size()); ++g) {
            for (int u : groups[size_t(g)])
                groupOf[size_t(u)] = g;
        }
        QSet<quint64> taken; // (unit, other document) with an extra alignment
        auto key = [](int unit, int doc) {
            return (quint64(quint32(unit)) << 32) | quint32(doc);
        };
        for (const auto &[u, v] : m_extra) {
            if (groupOf[size_t(u)] >= 0 && groupOf[size_t(u)] == groupOf[size_t(v)])
                continue;
            // One of the two is alone, or could not join the other's group because its document
            // is there already; two groups the linkage kept apart stay apart.
            auto blocked = [&](int x, int other) {
                const int g = groupOf[size_t(other)];
                if (g < 0)
                    return false;
                for (int w : groups[size_t(g)]) {
                    if (units[size_t(w)].doc == units[size_t(x)].doc)
                        return true;
                }
                return false;
            };
            if (groupOf[size_t(u)] >= 0 && groupOf[size_t(v)] >= 0 && !blocked(u, v)
                && !blocked(v, u))
                continue;
            // The smaller of the two (the piece, the repeat) gets at most one extra partner per
            // other document; the larger may be the partner of several pieces.
            const qsizetype nu = qsizetype(units[size_t(u)].words.size());
            const qsizetype nv = qsizetype(units[size_t(v)].words.size());
            const quint64 ku = key(u, units[size_t(v)].doc);
            const quint64 kv = key(v, units[size_t(u)].doc);
            if ((nu <= nv && taken.contains(ku)) || (nv <= nu && taken.contains(kv)))
                continue;
            if (nu <= nv)
                taken.insert(ku);
            if (nv <= nu)
                taken.insert(kv);
            groups.push_back({std::min(u, v), std::max(u, v)});
        }
    }
    for (const std::vector<int> &group : groups) {
        Alignment alignment;
        alignment.kind = AlignmentKind::Sentence;
        double similarity = 0;
        for (int u : group) {
            const Unit &unit = units[size_t(u)];
            alignment.members.append({unit.doc, unit.range});
            if (unit.kind == AlignmentKind::Quote)
                alignment.kind = AlignmentKind::Quote;
            if (u != group.front())
                similarity += score(group.front(), u).value();
            aligned[size_t(u)] = 1;
        }
        alignment.similarity = similarity / double(group.size() - 1);
        alignment.differences = groupDifferences(m_context, group);
        out.alignments.append(alignment);
    }
    std::stable_sort(
        out.alignments.begin(), out.alignments.end(), [](const Alignment &a, const Alignment &b) {
            if (a.kind != b.kind)
                return a.kind == AlignmentKind::Quote;
            const AlignedSpan &x = a.members.front();
            const AlignedSpan &y = b.members.front();
            return x.doc != y.doc ? x.doc < y.doc : x.range.start < y.range.start;
        });
    for (int u = 0; u < int(units.size()); ++u) {
        if (!aligned[size_t(u)])
            out.unmatched.append(
                {units[size_t(u)].doc, units[size_t(u)].kind, units[size_t(u)].range});
    }
    coverage(&out);
    return out;
}

} // namespace

struct Comparer::Private
{
    const SynonymTable &synonyms;
};

Comparer::Comparer()
    : d(new Private {SynonymTable::instance()})
{ }

Comparer::~Comparer() = default;

Comparison Comparer::compare(const CompareInput &input) const
{
    return Engine(input, d->synonyms).run();
}

QString Comparer::version()
{
    return u"compare-2"_s;
}

} // namespace Parallax
