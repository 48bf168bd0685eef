// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "compare/differences.h"
#include "compare/lexicon.h"
#include "compare/scoring.h"
#include "compare/units.h"
#include "compare/wordalign/diff.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

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

constexpr double kMinGroupLinkage = 0.3;
// A pair alignment besides the groups (a statement quoted twice in one article, a quotation cut
// in pieces): only quotes, and only when they are this alike or one contains the other.
constexpr double kMinDiceExtra = 0.5;
constexpr double kMinContainmentExtra = 0.8;
// A unit this much contained in another article's unit is reported there (Engine::foldCovered).
constexpr double kMinContainmentCovered = 0.6;
// ... and a quote of at most this many content words, all of them in order in another article's
// aligned quote, is reported there.
constexpr int kMaxFoldedQuoteWords = 3;
// A unit left alone whose best candidate in another article has at least this pair probability
// (quote or statement model) is listed after the others (cross-validated: false one-source items
// among the first ten of each two articles' list 380 -> 216 of 2,078).
constexpr double kMinDoubtfulProbability = 0.05;
// A unit of this many words or more, all of them in one stretch of another article's unit, is
// reported there word for word (cross-validated: 12 items fewer listed, 11 of them false).
constexpr int kMinVerbatimWords = 4;
// The words around an aligned quote are its frame when they have at most this many content words.
constexpr int kMaxFrameWords = 8;

class Engine
{
public:
    Engine(const CompareInput &input, const SynonymTable &table, const PairModel *model)
        : m_input(input)
        , m_synonyms(table, m_prepared.vocabulary)
        , m_context {input, m_prepared, m_synonyms}
    {
        prepare(input, &m_prepared);
        m_scorer.emplace(input, m_prepared, m_synonyms, model);
    }

    Comparison run();
    QList<PairSample> samples();

private:
    const Score &score(int u, int v) { return m_scorer->score(u, v); }
    bool linked(const std::vector<int> &x, const std::vector<int> &y);
    std::vector<std::pair<int, int>> candidates() const;
    std::vector<std::vector<int>> cluster();
    void coverage(Comparison *out) const;
    double salience(int u) const;

    const CompareInput &m_input;
    Prepared m_prepared;
    SynonymCache m_synonyms;
    Context m_context;
    std::optional<Scorer> m_scorer; // built once the units are prepared
    // Accepted pairs of quotes that may stand as pair alignments of their own, strongest first.
    std::vector<std::pair<int, int>> m_extra;
    std::vector<std::pair<int, int>> m_candidates; // scored pairs, (smaller, larger) index
    QSet<int> m_statementGroups; // groups of a pair the statement model took: sentence alignments
    void foldCovered(std::vector<std::vector<int>> *groups, std::vector<char> *folded);
    void foldFrames(const std::vector<std::vector<int>> &groups, std::vector<char> *folded) const;
};

// Headlines and subheadings sum up the article's own statements: they are not listed as facts
// only one article reports (the statements are). The rest of a sentence whose quote is aligned
// ("Brekke, who leads the opposition, described the talks as") goes with the alignment: the
// sentence is reported there. Around a quote listed as only in its article, the words are its
// frame when they have few content words: the quote stands for the sentence, listed once, not
// twice. A title or a term in quotation marks is no utterance (Scorer::label): its sentence is
// the statement, listed or aligned on its own. (Cross-validated false one-source items 484 ->
// 401 of 2,301 -> 2,089 listed; docs/compare-quality.md, 2026-12-07.)
void Engine::foldFrames(
    const std::vector<std::vector<int>> &groups, std::vector<char> *folded) const
{
    const auto &units = m_prepared.units;
    std::vector<char> grouped(units.size(), 0);
    for (const auto &group : groups) {
        for (int u : group)
            grouped[size_t(u)] = 1;
    }
    for (int u = 0; u < int(units.size()); ++u) {
        const Unit &unit = units[size_t(u)];
        if (unit.headline) {
            (*folded)[size_t(u)] = 1;
            continue;
        }
        if (unit.kind == AlignmentKind::Quote && !grouped[size_t(u)] && m_scorer->label(u)) {
            (*folded)[size_t(u)] = 1;
            continue;
        }
        if (!unit.aroundQuote || grouped[size_t(u)])
            continue;
        // Units are by document, then position: the quotes inside the sentence are its
        // neighbours (one may open the sentence, before its other words).
        auto inSentence = [&](int v) {
            const Unit &quote = units[size_t(v)];
            return quote.doc == unit.doc && quote.range.start >= unit.sentence.start
                && quote.range.end <= unit.sentence.end;
        };
        bool alignedQuote = false;
        bool listedQuote = false;
        auto look = [&](int v) {
            if (units[size_t(v)].kind != AlignmentKind::Quote)
                return;
            if (grouped[size_t(v)])
                alignedQuote = true;
            else if (!m_scorer->label(v))
                listedQuote = true;
        };
        for (int v = u - 1; v >= 0 && units[size_t(v)].doc == unit.doc
             && units[size_t(v)].range.end > unit.sentence.start;
             --v) {
            if (inSentence(v))
                look(v);
        }
        for (int v = u + 1; v < int(units.size()) && units[size_t(v)].doc == unit.doc
             && units[size_t(v)].range.start < unit.sentence.end;
             ++v) {
            if (inSentence(v))
                look(v);
        }
        if (alignedQuote || (listedQuote && unit.contentWords <= kMaxFrameWords))
            (*folded)[size_t(u)] = 1;
    }
}

// One source means one source: a unit left alone is another article's statement too when a
// candidate pair with it was accepted but the groups could not hold it (its partner is taken):
// that pair becomes an alignment of its own. A unit that another article's unit covers (a
// fragment of a longer sentence there, most of its content words in order) is folded: it is not
// listed as only in its article.
void Engine::foldCovered(std::vector<std::vector<int>> *groups, std::vector<char> *folded)
{
    const auto &units = m_prepared.units;
    std::vector<char> grouped(units.size(), 0);
    for (const auto &group : *groups) {
        for (int u : group)
            grouped[size_t(u)] = 1;
    }
    std::vector<int> groupOf(units.size(), -1);
    for (size_t g = 0; g < groups->size(); ++g) {
        for (int u : (*groups)[g])
            groupOf[size_t(u)] = int(g);
    }
    // Two body units of different groups whose pair was accepted: one sentence often reports
    // what two groups' statements say, so the pair is an alignment of its own too
    // (cross-validated statement F1 0.529 -> 0.560, quote paraphrase recall 0.237 -> 0.275;
    // docs/compare-quality.md).
    QSet<quint64> together; // units already in one group (extra pairs included)
    for (const auto &group : *groups) {
        for (int x : group) {
            for (int y : group)
                together.insert((quint64(quint32(x)) << 32) | quint32(y));
        }
    }
    std::vector<std::pair<int, int>> across;
    for (const auto &[u, v] : m_candidates) {
        if (together.contains((quint64(quint32(u)) << 32) | quint32(v)))
            continue;
        const Unit &a = units[size_t(u)];
        const Unit &b = units[size_t(v)];
        if (a.headline || b.headline || groupOf[size_t(u)] < 0 || groupOf[size_t(v)] < 0
            || groupOf[size_t(u)] == groupOf[size_t(v)] || a.doc == b.doc)
            continue;
        if (score(u, v).accepted)
            across.push_back({std::min(u, v), std::max(u, v)});
    }
    // Strongest first, and each unit with at most one such pair per other document: repeated
    // sentences (the generated benchmark's) would otherwise pair every copy with every copy.
    std::stable_sort(across.begin(), across.end(), [&](const auto &x, const auto &y) {
        return score(x.first, x.second).probability > score(y.first, y.second).probability;
    });
    QSet<quint64> taken; // (unit, other document)
    // Keeps the pairs, in their order, whose units have no pair yet with the other's document.
    auto onePerUnitAndDocument = [&](const std::vector<std::pair<int, int>> &pairs) {
        auto key = [](int unit, int doc) {
            return (quint64(quint32(unit)) << 32) | quint32(doc);
        };
        std::vector<std::pair<int, int>> kept;
        for (const auto &[u, v] : pairs) {
            const quint64 ku = key(u, units[size_t(v)].doc);
            const quint64 kv = key(v, units[size_t(u)].doc);
            if (taken.contains(ku) || taken.contains(kv))
                continue;
            taken.insert(ku);
            taken.insert(kv);
            kept.push_back({u, v});
        }
        return kept;
    };
    across = onePerUnitAndDocument(across);
    // A quote and a sentence (or two quotes) that the quote model refused as one utterance but
    // the statement model took for one statement: a sentence alignment of their own, strongest
    // first, with the same cap per unit and other document.
    std::vector<std::pair<int, int>> statements;
    for (const auto &[u, v] : m_candidates) {
        if (!score(u, v).statement || units[size_t(u)].doc == units[size_t(v)].doc
            || together.contains((quint64(quint32(u)) << 32) | quint32(v)))
            continue;
        statements.push_back({std::min(u, v), std::max(u, v)});
    }
    std::stable_sort(statements.begin(), statements.end(), [&](const auto &x, const auto &y) {
        return score(x.first, x.second).statementProbability
            > score(y.first, y.second).statementProbability;
    });
    const std::vector<std::pair<int, int>> statementPairs = onePerUnitAndDocument(statements);
    std::vector<int> best(units.size(), -1);
    std::vector<double> bestValue(units.size(), 0.0);
    for (const auto &[u, v] : m_candidates) {
        const Score &s = score(u, v);
        for (const auto &[x, y] : {std::pair {u, v}, std::pair {v, u}}) {
            if (grouped[size_t(x)])
                continue;
            if (s.accepted && s.value() > bestValue[size_t(x)]) {
                best[size_t(x)] = y;
                bestValue[size_t(x)] = s.value();
            }
            const Unit &a = units[size_t(x)];
            const Unit &b = units[size_t(y)];
            if (a.contentWords <= b.contentWords && s.containment >= kMinContainmentCovered
                && s.shared - s.sharedAttribution >= 2
                && s.features[size_t(PairFeature::InOrder)] >= kMinContainmentCovered)
                (*folded)[size_t(x)] = 1;
            // A short quote word for word inside another article's aligned quote ("tough"
            // inside "the talks were tough but constructive") is reported there, whatever the
            // model makes of so short a pair.
            if (a.kind == AlignmentKind::Quote && b.kind == AlignmentKind::Quote
                && a.contentWords <= kMaxFoldedQuoteWords && a.contentWords < b.contentWords
                && grouped[size_t(y)] && s.features[size_t(PairFeature::SpeakersDiffer)] == 0
                && s.containment >= 0.999 && s.features[size_t(PairFeature::InOrder)] >= 0.999f)
                (*folded)[size_t(x)] = 1;
            // Every word of it, function words too, in one stretch of another article's unit:
            // reported there word for word, whatever the model and the guards make of the pair
            // ("Ask him why it is so" where the recogniser took "Ask" for a name).
            if (int(a.sequence.size()) >= kMinVerbatimWords
                && a.sequence.size() <= b.sequence.size()
                && std::search(b.sequence.cbegin(), b.sequence.cend(), a.sequence.cbegin(),
                       a.sequence.cend())
                    != b.sequence.cend())
                (*folded)[size_t(x)] = 1;
        }
    }
    for (int u = 0; u < int(units.size()); ++u) {
        const int v = best[size_t(u)];
        if (v < 0 || grouped[size_t(u)])
            continue;
        // A quote keeps to the stricter extra pairs above (on the gold, more quote pairs cost
        // more precision than they gave recall); it is only folded.
        if (units[size_t(u)].kind == AlignmentKind::Quote
            || units[size_t(v)].kind == AlignmentKind::Quote) {
            (*folded)[size_t(u)] = 1;
            continue;
        }
        // Both alone and each other's best: one alignment, not two.
        if (!grouped[size_t(v)] && best[size_t(v)] == u && v < u)
            continue;
        groups->push_back({std::min(u, v), std::max(u, v)});
    }
    for (const auto &pair : across)
        groups->push_back({pair.first, pair.second});
    for (const auto &pair : statementPairs) {
        m_statementGroups.insert(int(groups->size()));
        groups->push_back({pair.first, pair.second});
    }
}

// How much a statement only one article reports matters to an analyst: a quote, the names it
// holds (a person, an organisation, a place), its numbers and dates, and a little its length, so
// that "the ministry confirmed 40 arrests in Osmark" comes before "the talks went on".
double Engine::salience(int u) const
{
    const Unit &unit = m_prepared.units[size_t(u)];
    const auto &words = m_prepared.documents[size_t(unit.doc)].words;
    const auto &mentions = m_input.documents.at(unit.doc).mentions;
    QSet<int> names;
    int numbers = 0;
    int dates = 0;
    int lastTemporal = -1;
    for (int w : unit.words) {
        const Word &word = words[size_t(w)];
        if (word.mention >= 0) {
            const int entity = mentions.at(word.mention).entity;
            names.insert(entity >= 0 ? entity : -2 - word.mention);
        }
        if (word.flags & NumberWord)
            ++numbers;
        if (word.temporal >= 0 && word.temporal != lastTemporal) {
            ++dates;
            lastTemporal = word.temporal;
        } else if (word.temporal < 0 && (word.flags & DateWord)) {
            ++dates;
        }
    }
    double value = unit.kind == AlignmentKind::Quote ? 3.0 : 0.0;
    value += 2.0 * std::min<qsizetype>(names.size(), 4);
    value += 2.0 * std::min(numbers, 3) + 1.0 * std::min(dates, 2);
    value += std::min(unit.contentWords, 20) / 20.0;
    return value;
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
            const Score &s = score(a, b);
            sum += s.value();
            alike += s.accepted ? 1 : 0;
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
        bool headline = false; // joined after all others: a headline never takes a body's place
    };
    std::vector<Edge> edges;
    std::vector<Edge> extra;
    m_candidates = candidates();
    for (const auto &[u, v] : m_candidates) {
        const Score &s = score(u, v);
        const bool accept = s.accepted;
        const Unit &a = m_prepared.units[size_t(u)];
        const Unit &b = m_prepared.units[size_t(v)];
        // Strength: the model's probability where it decided, else the similarity.
        const bool quote = a.kind == AlignmentKind::Quote || b.kind == AlignmentKind::Quote;
        const double strength
            = quote && s.probability > 0 && s.probability < 1 ? s.probability : s.value();
        if (accept)
            edges.push_back({u, v, strength, a.headline || b.headline});
        if (a.kind == AlignmentKind::Quote && b.kind == AlignmentKind::Quote) {
            if (accept ? (s.dice >= kMinDiceExtra || s.containment >= kMinContainmentExtra)
                       : m_scorer->shortQuoteContained(u, v))
                extra.push_back({u, v, accept ? strength : s.containment});
        }
        if (lcCompare().isDebugEnabled() && s.value() >= 0.25) {
            auto show = [&](int x) {
                const Unit &unit = m_prepared.units[size_t(x)];
                return m_input.documents.at(unit.doc)
                    .text.mid(unit.range.start, unit.range.length())
                    .simplified();
            };
            qCDebug(lcCompare).noquote()
                << (accept ? "accepted" : "rejected") << "p" << s.probability << "dice" << s.dice
                << "containment" << s.containment << "shared" << s.shared << "|" << show(u) << "|"
                << show(v);
        }
    }
    // Strongest first; ties in text order, so the result does not depend on hashing.
    auto stronger = [](const Edge &a, const Edge &b) {
        if (a.headline != b.headline)
            return b.headline;
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
    std::vector<char> folded(units.size(), 0);
    foldCovered(&groups, &folded);
    foldFrames(groups, &folded);
    for (int g = 0; g < int(groups.size()); ++g) {
        const std::vector<int> &group = groups[size_t(g)];
        Alignment alignment;
        alignment.kind = AlignmentKind::Sentence;
        double similarity = 0;
        for (int u : group) {
            const Unit &unit = units[size_t(u)];
            alignment.members.append({unit.doc, unit.range});
            if (unit.kind == AlignmentKind::Quote && !m_statementGroups.contains(g))
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
    // A unit with a candidate in another article that the pair model gives a chance, however
    // small, may be reported there in other words: listed after the units with none.
    std::vector<char> doubtful(units.size(), 0);
    for (const auto &[u, v] : m_candidates) {
        const Score &s = score(u, v);
        if (std::max(s.probability, s.statementProbability) >= kMinDoubtfulProbability
            && m_scorer->passesGuards(u, v)) {
            doubtful[size_t(u)] = 1;
            doubtful[size_t(v)] = 1;
        }
    }
    std::vector<std::pair<double, int>> alone; // (salience, unit)
    for (int u = 0; u < int(units.size()); ++u) {
        if (!aligned[size_t(u)] && !folded[size_t(u)])
            alone.emplace_back(salience(u), u);
    }
    // What an analyst reads first: what no other article seems to report, the most salient
    // first, ties by document and position; then the doubtful ones, in the same order.
    std::stable_sort(alone.begin(), alone.end(), [&](const auto &x, const auto &y) {
        if (doubtful[size_t(x.second)] != doubtful[size_t(y.second)])
            return !doubtful[size_t(x.second)];
        return x.first > y.first;
    });
    for (const auto &[value, u] : alone)
        out.unmatched.append({units[size_t(u)].doc, units[size_t(u)].kind, units[size_t(u)].range});
    coverage(&out);
    return out;
}

} // namespace

QList<PairSample> Engine::samples()
{
    QList<PairSample> out;
    for (const auto &[u, v] : candidates()) {
        const Unit &a = m_prepared.units[size_t(u)];
        const Unit &b = m_prepared.units[size_t(v)];
        const Score &s = score(u, v);
        if (!m_scorer->passesGuards(u, v))
            continue;
        out.append({{a.doc, a.range}, {b.doc, b.range}, a.kind, b.kind, s.features});
    }
    return out;
}

struct Comparer::Private
{
    const SynonymTable &synonyms;
    std::optional<PairModel> model; // none: the built-in one
};

Comparer::Comparer()
    : d(new Private {SynonymTable::instance(), std::nullopt})
{ }

Comparer::Comparer(const PairModel &model)
    : d(new Private {SynonymTable::instance(), model})
{ }

Comparer::~Comparer() = default;

const PairModel *Comparer::model() const
{
    const PairModel &model = d->model ? *d->model : PairModel::builtIn();
    return model.isValid() ? &model : nullptr;
}

Comparison Comparer::compare(const CompareInput &input) const
{
    return Engine(input, d->synonyms, model()).run();
}

QList<PairSample> Comparer::candidatePairs(const CompareInput &input) const
{
    return Engine(input, d->synonyms, model()).samples();
}

QString Comparer::version()
{
    return u"compare-8"_s;
}

} // namespace Parallax
