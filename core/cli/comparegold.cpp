// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparegold.h"

#include "util/textoffsets.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parallax::CompareGold {
namespace {

constexpr std::array<QStringView, kRelationCount> kRelationNames {
    u"verbatim", u"partial", u"paraphrase"};
constexpr std::array<QStringView, kAgreementCount> kAgreementNames {
    u"same", u"number", u"date", u"name", u"negation", u"speaker"};

struct Parser
{
    QString displayName;
    QList<Set> sets;
    QHash<QString, qsizetype> setIndex;
    int line = 0;

    Error error(const QString &reason) const
    {
        return Error {u"%1, line %2: %3"_s.arg(displayName).arg(line).arg(reason)};
    }

    Result<qsizetype> set(const QString &id) const
    {
        const auto it = setIndex.constFind(id);
        if (it == setIndex.cend())
            return error(u"set '%1' is not declared by a 'set' line above"_s.arg(id));
        return it.value();
    }

    // cols[at] is a file of the set, cols[at + 1] and cols[at + 2] its offsets.
    Result<Span> span(const Set &s, const QStringList &cols, qsizetype at) const
    {
        const QString &file = cols.at(at);
        const int doc = int(s.files.indexOf(file));
        if (doc < 0)
            return error(u"'%1' is not a file of set '%2'"_s.arg(file, s.id));
        bool startOk = false;
        bool endOk = false;
        const qint64 start = cols.at(at + 1).toLongLong(&startOk);
        const qint64 end = cols.at(at + 2).toLongLong(&endOk);
        if (!startOk || !endOk || start < 0 || end <= start)
            return error(u"'%1 %2' is not a span (0 <= start < end, in code points)"_s.arg(
                cols.at(at + 1), cols.at(at + 2)));
        return Span {doc, start, end};
    }

    Result<void> row(const QStringList &cols)
    {
        const QString &kind = cols.constFirst();
        if (kind == u"set"_s) {
            if (cols.size() < 4)
                return error(u"a set needs an id and at least two files"_s);
            if (setIndex.contains(cols.at(1)))
                return error(u"set '%1' is declared twice"_s.arg(cols.at(1)));
            Set s;
            s.id = cols.at(1);
            s.files = cols.mid(2);
            if (QSet<QString>(s.files.cbegin(), s.files.cend()).size() != s.files.size())
                return error(u"set '%1' lists a file twice"_s.arg(s.id));
            setIndex.insert(s.id, sets.size());
            sets.append(s);
            return {};
        }
        if (kind == u"pair"_s) {
            if (cols.size() < 9 || cols.size() > 10)
                return error(u"a pair has 9 or 10 columns: pair SET FILE START END FILE START END "
                             "RELATION [SPEAKER]"_s);
            auto index = set(cols.at(1));
            if (!index)
                return Error {index.error()};
            Set &s = sets[index.value()];
            auto a = span(s, cols, 2);
            if (!a)
                return Error {a.error()};
            auto b = span(s, cols, 5);
            if (!b)
                return Error {b.error()};
            if (a->doc == b->doc)
                return error(u"both members of a pair are in '%1'"_s.arg(cols.at(2)));
            const auto relation
                = std::find(kRelationNames.cbegin(), kRelationNames.cend(), cols.at(8));
            if (relation == kRelationNames.cend())
                return error(
                    u"unknown relation '%1' (verbatim, partial or paraphrase)"_s.arg(cols.at(8)));
            s.pairs.append(Pair {a.value(), b.value(), Relation(relation - kRelationNames.cbegin()),
                cols.value(9), line});
            return {};
        }
        if (kind == u"statement"_s || kind == u"headline"_s) {
            if (cols.size() < 10 || cols.size() > 11)
                return error(u"a %1 row has 10 or 11 columns: %1 SET FILE START END FILE START "
                             "END RELATION AGREEMENT [SPEAKER]"_s.arg(kind));
            auto index = set(cols.at(1));
            if (!index)
                return Error {index.error()};
            Set &s = sets[index.value()];
            auto a = span(s, cols, 2);
            if (!a)
                return Error {a.error()};
            auto b = span(s, cols, 5);
            if (!b)
                return Error {b.error()};
            if (a->doc == b->doc)
                return error(u"both members of a %1 pair are in '%2'"_s.arg(kind, cols.at(2)));
            const auto relation
                = std::find(kRelationNames.cbegin(), kRelationNames.cend(), cols.at(8));
            if (relation == kRelationNames.cend())
                return error(
                    u"unknown relation '%1' (verbatim, partial or paraphrase)"_s.arg(cols.at(8)));
            const auto agreement
                = std::find(kAgreementNames.cbegin(), kAgreementNames.cend(), cols.at(9));
            if (agreement == kAgreementNames.cend())
                return error(u"unknown agreement '%1' (same, number, date, name, negation or "
                             "speaker)"_s.arg(cols.at(9)));
            const StatementPair pair {a.value(), b.value(),
                Relation(relation - kRelationNames.cbegin()),
                Agreement(agreement - kAgreementNames.cbegin()), cols.value(10), line};
            (kind == u"headline"_s ? s.headlines : s.statements).append(pair);
            return {};
        }
        if (kind == u"alone"_s) {
            if (cols.size() < 5 || cols.size() > 6)
                return error(
                    u"an 'alone' row has 5 or 6 columns: alone SET FILE START END [SPEAKER]"_s);
            auto index = set(cols.at(1));
            if (!index)
                return Error {index.error()};
            Set &s = sets[index.value()];
            auto a = span(s, cols, 2);
            if (!a)
                return Error {a.error()};
            s.lone.append(Lone {a.value(), cols.value(5), line});
            return {};
        }
        return error(
            u"unknown row kind '%1' (set, pair, alone, statement or headline)"_s.arg(kind));
    }
};

using Key = std::tuple<int, qint64, qint64>;

Key keyOf(const Span &s)
{
    return {s.doc, s.start, s.end};
}

template<typename GoldPair>
bool pairMatches(const Span &a, const Span &b, const GoldPair &gold, MatchRule rule)
{
    return (matches(a, gold.a, rule) && matches(b, gold.b, rule))
        || (matches(a, gold.b, rule) && matches(b, gold.a, rule));
}

template<typename GoldPair>
bool holds(const Group &group, const GoldPair &gold, MatchRule rule)
{
    for (qsizetype i = 0; i < group.members.size(); ++i) {
        for (qsizetype j = i + 1; j < group.members.size(); ++j) {
            if (pairMatches(group.members.at(i), group.members.at(j), gold, rule))
                return true;
        }
    }
    return false;
}

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

QString relationName(Relation relation)
{
    return kRelationNames.at(size_t(relation)).toString();
}

QString agreementName(Agreement agreement)
{
    return kAgreementNames.at(size_t(agreement)).toString();
}

QString Set::corpus() const
{
    const QString &file = files.constFirst();
    return file.contains(u'/') ? file.section(u'/', 0, 0) : u"."_s;
}

QString Set::topic() const
{
    // "ecb-18-ecbplus" -> "ecb-18"
    if (id.startsWith(u"ecb-"_s) && id.count(u'-') >= 2)
        return id.section(u'-', 0, 1);
    return id;
}

Result<QList<Set>> parse(const QString &text, const QString &displayName)
{
    Parser parser {displayName, {}, {}, 0};
    for (const QStringView raw : QStringView(text).split(u'\n')) {
        ++parser.line;
        QString line = raw.toString();
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList cols = line.split(u'\t');
        for (QString &c : cols)
            c = c.trimmed();
        if (auto ok = parser.row(cols); !ok)
            return Error {ok.error()};
    }
    if (parser.sets.isEmpty())
        return Error {u"%1: no sets"_s.arg(displayName)};
    return parser.sets;
}

Result<QList<Set>> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            u"%1: cannot be read (%2)"_s.arg(QDir::toNativeSeparators(path), file.errorString())};
    return parse(QString::fromUtf8(file.readAll()), QDir::toNativeSeparators(path));
}

Prediction prediction(const Comparison &comparison, const QStringList &texts)
{
    QList<CodePointMap> maps;
    for (const QString &text : texts)
        maps.append(CodePointMap(text));
    auto toSpan = [&maps](int doc, const TextRange &r) {
        if (doc < 0 || doc >= maps.size())
            return Span {doc, r.start, r.end};
        const CodePointMap &map = maps.at(doc);
        return Span {doc, map.toCodePoint(r.start), map.toCodePoint(r.end)};
    };
    Prediction out;
    for (const Alignment &a : comparison.alignments) {
        Group g;
        g.quote = a.kind == AlignmentKind::Quote;
        for (const AlignedSpan &m : a.members)
            g.members.append(toSpan(m.doc, m.range));
        out.groups.append(g);
        out.similarities.append(a.similarity);
    }
    for (const UnmatchedItem &u : comparison.unmatched) {
        const bool quote = u.kind == AlignmentKind::Quote;
        if (quote)
            out.unmatchedQuotes.append(toSpan(u.doc, u.range));
        out.unmatched.append(OneSourceItem {toSpan(u.doc, u.range), quote});
    }
    return out;
}

Comparison wordOverlapBaseline(const CompareInput &input, double threshold)
{
    auto wordsOf = [](QStringView text) {
        QSet<QString> words;
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
            if (inWord && start < 0)
                start = i;
            if (!inWord && start >= 0) {
                words.insert(text.mid(start, i - start).toString().toLower());
                start = -1;
            }
        }
        return words;
    };
    QList<QList<QSet<QString>>> words;
    for (const CompareDocument &d : input.documents) {
        QList<QSet<QString>> perQuote;
        for (const CompareQuote &q : d.quotes)
            perQuote.append(wordsOf(QStringView(d.text).mid(q.content.start, q.content.length())));
        words.append(perQuote);
    }
    Comparison out;
    QList<QList<bool>> aligned;
    for (const QList<QSet<QString>> &perQuote : std::as_const(words))
        aligned.append(QList<bool>(perQuote.size(), false));
    for (int i = 0; i < input.documents.size(); ++i) {
        for (int j = i + 1; j < input.documents.size(); ++j) {
            for (qsizetype a = 0; a < words.at(i).size(); ++a) {
                for (qsizetype b = 0; b < words.at(j).size(); ++b) {
                    const QSet<QString> &wa = words.at(i).at(a);
                    const QSet<QString> &wb = words.at(j).at(b);
                    const qsizetype shared = QSet<QString>(wa).intersect(wb).size();
                    const qsizetype all = wa.size() + wb.size() - shared;
                    if (all == 0 || double(shared) < threshold * double(all))
                        continue;
                    Alignment alignment;
                    alignment.kind = AlignmentKind::Quote;
                    alignment.similarity = double(shared) / double(all);
                    alignment.members
                        = {AlignedSpan {i, input.documents.at(i).quotes.at(a).content},
                            AlignedSpan {j, input.documents.at(j).quotes.at(b).content}};
                    out.alignments.append(alignment);
                    aligned[i][a] = true;
                    aligned[j][b] = true;
                }
            }
        }
    }
    for (int i = 0; i < input.documents.size(); ++i) {
        const QList<CompareQuote> &quotes = input.documents.at(i).quotes;
        for (qsizetype a = 0; a < quotes.size(); ++a) {
            if (!aligned.at(i).at(a))
                out.unmatched.append(UnmatchedItem {i, AlignmentKind::Quote, quotes.at(a).content});
        }
    }
    return out;
}

bool matches(const Span &predicted, const Span &gold, MatchRule rule)
{
    if (predicted.doc != gold.doc || predicted.length() <= 0 || gold.length() <= 0)
        return false;
    const qint64 overlap
        = std::min(predicted.end, gold.end) - std::max(predicted.start, gold.start);
    const qint64 reference = rule == MatchRule::HalfOfShorter
        ? std::min(predicted.length(), gold.length())
        : std::max(predicted.length(), gold.length());
    return overlap > 0 && 2 * overlap >= reference;
}

double Counts::precision() const
{
    return ratio(correctPairs, predictedPairs);
}

double Counts::recall() const
{
    return ratio(foundPairs, goldPairs);
}

double Counts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

Counts &Counts::operator+=(const Counts &o)
{
    goldPairs += o.goldPairs;
    foundPairs += o.foundPairs;
    foundAnyKind += o.foundAnyKind;
    goldUtterances += o.goldUtterances;
    foundUtterances += o.foundUtterances;
    for (int i = 0; i < kRelationCount; ++i) {
        goldByRelation[i] += o.goldByRelation[i];
        foundByRelation[i] += o.foundByRelation[i];
    }
    predictedPairs += o.predictedPairs;
    correctPairs += o.correctPairs;
    wrongPartner += o.wrongPartner;
    withLoneQuote += o.withLoneQuote;
    notGoldQuote += o.notGoldQuote;
    missedUnseen += o.missedUnseen;
    goldQuotes += o.goldQuotes;
    seenQuotes += o.seenQuotes;
    return *this;
}

SetResult score(const Set &gold, const QList<Group> &groups, const QList<Span> &unmatchedQuotes,
    const QList<double> &similarities, MatchRule rule)
{
    SetResult result;
    Counts &c = result.counts;

    // Every quote the comparison saw, aligned or not.
    QList<Span> seen = unmatchedQuotes;
    for (const Group &g : groups) {
        if (g.quote)
            seen.append(g.members);
    }
    auto isSeen = [&seen, rule](const Span &goldSpan) {
        return std::any_of(seen.cbegin(), seen.cend(),
            [&goldSpan, rule](const Span &s) { return matches(s, goldSpan, rule); });
    };

    QList<Span> paired;
    QList<Span> lone;
    std::set<Key> distinct;
    for (const Pair &p : gold.pairs) {
        for (const Span &s : {p.a, p.b}) {
            if (distinct.insert(keyOf(s)).second)
                paired.append(s);
        }
    }
    for (const Lone &l : gold.lone) {
        if (distinct.insert(keyOf(l.span)).second)
            lone.append(l.span);
    }
    c.goldQuotes = int(distinct.size());
    for (const QList<Span> *spans : {&paired, &lone}) {
        for (const Span &s : *spans)
            c.seenQuotes += isSeen(s) ? 1 : 0;
    }

    // Utterances: the gold spans linked by pairs, as a union-find over the spans.
    std::map<Key, Key> parent;
    std::function<Key(const Key &)> root = [&](const Key &k) {
        auto it = parent.find(k);
        if (it == parent.end() || it->second == k)
            return k;
        return it->second = root(it->second);
    };
    for (const Pair &p : gold.pairs) {
        parent.try_emplace(keyOf(p.a), keyOf(p.a));
        parent.try_emplace(keyOf(p.b), keyOf(p.b));
        parent[root(keyOf(p.a))] = root(keyOf(p.b));
    }
    std::set<Key> utterances;
    std::set<Key> foundUtterances;
    for (const auto &entry : parent)
        utterances.insert(root(entry.first));
    c.goldUtterances = int(utterances.size());

    // Recall: a gold pair is found when one alignment holds a member matching each of its spans.
    for (const Pair &p : gold.pairs) {
        ++c.goldPairs;
        ++c.goldByRelation[size_t(p.relation)];
        bool found = false;
        bool foundAny = false;
        for (const Group &g : groups) {
            if (holds(g, p, rule)) {
                foundAny = true;
                found = found || g.quote;
            }
        }
        c.foundPairs += found ? 1 : 0;
        c.foundAnyKind += foundAny ? 1 : 0;
        c.foundByRelation[size_t(p.relation)] += found ? 1 : 0;
        if (found)
            foundUtterances.insert(root(keyOf(p.a)));
        if (!found) {
            result.missed.append(p);
            if (!isSeen(p.a) || !isSeen(p.b))
                ++c.missedUnseen;
        }
    }

    c.foundUtterances = int(foundUtterances.size());

    // Precision: every member pair of a quote alignment is one prediction.
    auto matchesAny = [rule](const Span &s, const QList<Span> &spans) {
        return std::any_of(spans.cbegin(), spans.cend(),
            [&s, rule](const Span &g) { return matches(s, g, rule); });
    };
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups.at(gi);
        if (!g.quote)
            continue;
        for (qsizetype i = 0; i < g.members.size(); ++i) {
            for (qsizetype j = i + 1; j < g.members.size(); ++j) {
                PredictedPair p {g.members.at(i), g.members.at(j), similarities.value(gi)};
                ++c.predictedPairs;
                const bool correct = std::any_of(gold.pairs.cbegin(), gold.pairs.cend(),
                    [&p, rule](const Pair &gp) { return pairMatches(p.a, p.b, gp, rule); });
                if (correct) {
                    ++c.correctPairs;
                    p.verdict = Verdict::Correct;
                } else {
                    const bool aPaired = matchesAny(p.a, paired);
                    const bool bPaired = matchesAny(p.b, paired);
                    const bool aKnown = aPaired || matchesAny(p.a, lone);
                    const bool bKnown = bPaired || matchesAny(p.b, lone);
                    if (!aKnown || !bKnown) {
                        p.verdict = Verdict::NotGoldQuote;
                        ++c.notGoldQuote;
                    } else if (!aPaired || !bPaired) {
                        p.verdict = Verdict::LoneQuote;
                        ++c.withLoneQuote;
                    } else {
                        p.verdict = Verdict::WrongPartner;
                        ++c.wrongPartner;
                    }
                }
                result.predicted.append(p);
            }
        }
    }
    return result;
}

double StatementCounts::precision() const
{
    return ratio(correct, predicted);
}

double StatementCounts::recall() const
{
    return ratio(found, gold);
}

double StatementCounts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

double StatementCounts::headlinePrecision() const
{
    return ratio(correctHeadlines, predictedHeadlines);
}

double StatementCounts::headlineRecall() const
{
    return ratio(foundHeadlines, goldHeadlines);
}

StatementCounts &StatementCounts::operator+=(const StatementCounts &o)
{
    sets += o.sets;
    gold += o.gold;
    found += o.found;
    predicted += o.predicted;
    correct += o.correct;
    for (int i = 0; i < kRelationCount; ++i) {
        goldByRelation[i] += o.goldByRelation[i];
        foundByRelation[i] += o.foundByRelation[i];
    }
    for (int i = 0; i < kAgreementCount; ++i) {
        goldByAgreement[i] += o.goldByAgreement[i];
        foundByAgreement[i] += o.foundByAgreement[i];
    }
    goldHeadlines += o.goldHeadlines;
    foundHeadlines += o.foundHeadlines;
    predictedHeadlines += o.predictedHeadlines;
    correctHeadlines += o.correctHeadlines;
    missedForHeadline += o.missedForHeadline;
    return *this;
}

StatementResult scoreStatements(
    const Set &gold, const QList<Group> &groups, const QList<double> &similarities, MatchRule rule)
{
    StatementResult result;
    if (!gold.hasStatements())
        return result;
    StatementCounts &c = result.counts;
    c.sets = 1;

    QList<Span> headlineSpans;
    for (const StatementPair &h : gold.headlines)
        headlineSpans.append(h.a);
    auto isHeadline = [&headlineSpans, rule](const Span &s) {
        return std::any_of(headlineSpans.cbegin(), headlineSpans.cend(),
            [&s, rule](const Span &h) { return matches(s, h, rule); });
    };

    // Every member pair of every alignment, split into headline and statement predictions.
    struct Predicted
    {
        Span a;
        Span b;
        double similarity = 0.0;
        bool headline = false;
    };
    QList<Predicted> predicted;
    for (qsizetype gi = 0; gi < groups.size(); ++gi) {
        const Group &g = groups.at(gi);
        for (qsizetype i = 0; i < g.members.size(); ++i) {
            for (qsizetype j = i + 1; j < g.members.size(); ++j) {
                const Span &a = g.members.at(i);
                const Span &b = g.members.at(j);
                predicted.append(
                    Predicted {a, b, similarities.value(gi), isHeadline(a) || isHeadline(b)});
            }
        }
    }

    for (const StatementPair &p : gold.statements) {
        ++c.gold;
        ++c.goldByRelation[size_t(p.relation)];
        ++c.goldByAgreement[size_t(p.agreement)];
        const bool found
            = std::any_of(predicted.cbegin(), predicted.cend(), [&p, rule](const Predicted &q) {
                  return !q.headline && pairMatches(q.a, q.b, p, rule);
              });
        if (found) {
            ++c.found;
            ++c.foundByRelation[size_t(p.relation)];
            ++c.foundByAgreement[size_t(p.agreement)];
            continue;
        }
        result.missed.append(p);
        // The body statement went to a headline: one member aligned with a headline span.
        const bool tookHeadline = std::any_of(
            predicted.cbegin(), predicted.cend(), [&p, rule, &isHeadline](const Predicted &q) {
                return q.headline
                    && ((matches(q.a, p.a, rule) && isHeadline(q.b))
                        || (matches(q.b, p.a, rule) && isHeadline(q.a))
                        || (matches(q.a, p.b, rule) && isHeadline(q.b))
                        || (matches(q.b, p.b, rule) && isHeadline(q.a)));
            });
        c.missedForHeadline += tookHeadline ? 1 : 0;
    }
    for (const StatementPair &h : gold.headlines) {
        ++c.goldHeadlines;
        const bool found
            = std::any_of(predicted.cbegin(), predicted.cend(), [&h, rule](const Predicted &q) {
                  return q.headline && pairMatches(q.a, q.b, h, rule);
              });
        c.foundHeadlines += found ? 1 : 0;
    }

    for (const Predicted &q : std::as_const(predicted)) {
        if (q.headline) {
            ++c.predictedHeadlines;
            c.correctHeadlines += std::any_of(gold.headlines.cbegin(), gold.headlines.cend(),
                                      [&q, rule](const StatementPair &h) {
                                          return pairMatches(q.a, q.b, h, rule);
                                      })
                ? 1
                : 0;
            continue;
        }
        ++c.predicted;
        const bool correct
            = std::any_of(gold.statements.cbegin(), gold.statements.cend(),
                  [&q, rule](const StatementPair &p) { return pairMatches(q.a, q.b, p, rule); })
            || std::any_of(gold.pairs.cbegin(), gold.pairs.cend(),
                [&q, rule](const Pair &p) { return pairMatches(q.a, q.b, p, rule); });
        if (correct)
            ++c.correct;
        else
            result.wrong.append(PredictedPair {q.a, q.b, q.similarity, Verdict::NotGoldQuote});
    }
    return result;
}

double OneSourceCounts::precision() const
{
    return listed > 0 ? double(listed - falseItems) / double(listed) : 1.0;
}

OneSourceCounts &OneSourceCounts::operator+=(const OneSourceCounts &o)
{
    comparisons += o.comparisons;
    documents += o.documents;
    listed += o.listed;
    listedQuotes += o.listedQuotes;
    falseItems += o.falseItems;
    falseQuotes += o.falseQuotes;
    top += o.top;
    falseTop += o.falseTop;
    return *this;
}

OneSourceResult scoreOneSource(
    const Set &gold, const QList<OneSourceItem> &items, const QList<int> &compared, MatchRule rule)
{
    OneSourceResult result;
    const int documents = int(gold.files.size());
    QList<int> docs = compared;
    if (docs.isEmpty()) {
        for (int d = 0; d < documents; ++d)
            docs.append(d);
    }
    result.listedByDocument = QList<int>(documents, 0);
    result.falseByDocument = QList<int>(documents, 0);
    OneSourceCounts &c = result.counts;
    c.comparisons = 1;
    c.documents = int(docs.size());
    // Every gold pair as two directed links (span, partner).
    QList<std::pair<Span, Span>> links;
    auto link = [&links](const Span &a, const Span &b) {
        links.append({a, b});
        links.append({b, a});
    };
    for (const Pair &p : gold.pairs)
        link(p.a, p.b);
    for (const QList<StatementPair> *list : {&gold.statements, &gold.headlines}) {
        for (const StatementPair &p : *list)
            link(p.a, p.b);
    }
    for (const OneSourceItem &item : items) {
        const int doc = item.span.doc;
        const bool first = c.listed < kOneSourceTop;
        c.top += first ? 1 : 0;
        ++c.listed;
        c.listedQuotes += item.quote ? 1 : 0;
        if (doc >= 0 && doc < documents)
            ++result.listedByDocument[doc];
        const auto partner = std::find_if(links.cbegin(), links.cend(), [&](const auto &l) {
            return l.second.doc != doc && docs.contains(l.second.doc)
                && matches(item.span, l.first, rule);
        });
        if (partner == links.cend())
            continue;
        ++c.falseItems;
        c.falseTop += first ? 1 : 0;
        c.falseQuotes += item.quote ? 1 : 0;
        if (doc >= 0 && doc < documents)
            ++result.falseByDocument[doc];
        result.falseItems.append({item, partner->second});
    }
    return result;
}

} // namespace Parallax::CompareGold
