// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "compare/differences.h"
#include "compare/units.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Parallax {

using namespace Compare;

namespace {

// Seeding: each unit looks up its rarest features only, each in at most this many other units,
// so the candidates per unit stay bounded however long and repetitive the texts are.
constexpr int kSeedFeatures = 8;
constexpr int kMaxPostings = 48;
constexpr int kCandidatesPerDocument = 4;

// Acceptance (see docs/compare.md): the IDF-weighted Dice coefficient over content words, or
// containment of the smaller unit in the larger one (a truncated or spliced quote).
constexpr double kMinDice = 0.5;
constexpr double kMinContainment = 0.8;
constexpr double kMinDiceWithContainment = 0.2;
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
    // Synonyms earn part of a match, only where they could still change the verdict.
    const double total = a.weight + b.weight;
    if (total > 0 && s.shared > 0 && !restA.empty() && !restB.empty() && restA.size() <= 24
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
    const int smaller = std::min(a.contentWords, b.contentWords);
    return s.containment >= kMinContainment && s.dice >= kMinDiceWithContainment && smaller >= 2
        && s.shared >= std::min(3, smaller);
}

std::vector<std::pair<int, int>> Engine::candidates() const
{
    const auto &units = m_prepared.units;
    const auto &idf = m_prepared.idf;
    std::vector<std::vector<int>> postings(size_t(m_prepared.vocabulary.size()));
    for (int u = 0; u < int(units.size()); ++u) {
        for (const auto &[id, count] : units[size_t(u)].bag)
            postings[size_t(id)].push_back(u);
    }
    const int documents = int(m_input.documents.size());
    std::vector<std::pair<int, int>> pairs;
    std::vector<double> seed(units.size(), 0.0);
    std::vector<int> touched;
    std::vector<int> features;
    for (int u = 0; u < int(units.size()); ++u) {
        const Unit &unit = units[size_t(u)];
        features.clear();
        for (const auto &[id, count] : unit.bag)
            features.push_back(id);
        // Rarest first: a word shared by few units says most about which unit is the same.
        std::sort(features.begin(), features.end(),
            [&](int x, int y) { return postings[size_t(x)].size() < postings[size_t(y)].size(); });
        int used = 0;
        for (int id : features) {
            if (used == kSeedFeatures)
                break;
            const auto &list = postings[size_t(id)];
            if (int(list.size()) > kMaxPostings && used > 0)
                break;
            ++used;
            int visited = 0;
            for (int v : list) {
                if (units[size_t(v)].doc == unit.doc)
                    continue;
                if (++visited > kMaxPostings)
                    break;
                if (seed[size_t(v)] == 0.0)
                    touched.push_back(v);
                seed[size_t(v)] += idf[size_t(id)];
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
        if (accepted(u, v, s))
            edges.push_back({u, v, s.value()});
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
