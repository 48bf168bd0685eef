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

struct Score
{
    double dice = 0;
    double containment = 0;
    int shared = 0; // content features shared exactly or as synonyms
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
    }

    Comparison run();

private:
    Score score(int u, int v);
    bool accepted(int u, int v, const Score &s) const;
    std::vector<std::pair<int, int>> candidates() const;
    std::vector<std::vector<int>> cluster();
    void coverage(Comparison *out) const;

    const CompareInput &m_input;
    Prepared m_prepared;
    SynonymCache m_synonyms;
    Context m_context;
    QHash<quint64, Score> m_scores;
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
    // Content words in common, not only function words or one name.
    if (s.shared < 2)
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
    for (const auto &[u, v] : candidates()) {
        const Score s = score(u, v);
        const bool accept = accepted(u, v, s);
        if (accept)
            edges.push_back({u, v, s.value()});
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
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        if (a.value != b.value)
            return a.value > b.value;
        return a.u != b.u ? a.u < b.u : a.v < b.v;
    });
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
        // A chain A~B~C joins C to A only if C is, on average, like the whole group.
        if (groups[size_t(x)].size() + groups[size_t(y)].size() > 2) {
            double sum = 0;
            int count = 0;
            for (int a : groups[size_t(x)]) {
                for (int b : groups[size_t(y)]) {
                    sum += score(a, b).value();
                    ++count;
                }
            }
            if (sum / count < kMinGroupLinkage)
                continue;
        }
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
    for (const std::vector<int> &group : cluster()) {
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
    return u"compare-1"_s;
}

} // namespace Parallax
