// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The quote alignment gold of 'parallax eval compare': its file format, the scoring rules and the
// conversion of corpus files into the text the gold's offsets count in.
#include "cli/cli.h"
#include "cli/comparegold.h"
#include "cli/corpusarticles.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::CompareGold;

namespace {

// Everything here is invented: the Lake Varn talks between Veltria and Osmark, fictional outlets
// and speakers. Offsets are code points.
const QString kGold
    = u"# a comment\n"
      "set\tvarn\ta/ledger.txt\ta/post.txt\ta/wire.txt\n"
      "\n"
      "pair\tvarn\ta/ledger.txt\t10\t40\ta/post.txt\t5\t30\tverbatim\tMira Osk\n"
      "pair\tvarn\ta/ledger.txt\t10\t40\ta/wire.txt\t50\t80\tpartial\n"
      "pair\tvarn\ta/post.txt\t5\t30\ta/wire.txt\t50\t80\tpartial\tMira Osk\n"
      "pair\tvarn\ta/ledger.txt\t100\t120\ta/post.txt\t60\t90\tparaphrase\tTal Veen\n"
      "alone\tvarn\ta/wire.txt\t200\t220\t\n"
      "alone\tvarn\ta/post.txt\t150\t170\tTal Veen\n"
      "statement\tvarn\ta/ledger.txt\t300\t340\ta/post.txt\t200\t240\tparaphrase\tsame\tOsk\n"
      "statement\tvarn\ta/ledger.txt\t400\t430\ta/wire.txt\t300\t330\tverbatim\tnumber\n"
      "headline\tvarn\ta/post.txt\t260\t290\ta/ledger.txt\t300\t340\tparaphrase\tsame\n"_s;

Set goldSet()
{
    auto sets = parse(kGold, u"gold.tsv"_s);
    if (!sets.ok()) {
        qWarning("%s", qPrintable(sets.error()));
        return {};
    }
    return sets->constFirst();
}

Group quoteGroup(std::initializer_list<Span> members)
{
    return Group {true, QList<Span>(members)};
}

} // namespace

class TestEvalCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseReadsSetsPairsAndLoneQuotes();
    void parseRefuses_data();
    void parseRefuses();
    void matchesNeedsHalfTheShorterSpan_data();
    void matchesNeedsHalfTheShorterSpan();
    void strictRuleNeedsHalfOfEachSpan();
    void scoreCountsEveryPairOfAGroup();
    void scoreTellsWrongPairsApart();
    void sentenceAlignmentsCountOnlyForAnyKindRecall();
    void missedPairsWithAQuoteTheComparisonNeverSaw();
    void emptyPredictionScoresZeroNotNan();
    void statementPairsScoreEveryAlignmentHeadlinesApart();
    void setWithoutStatementPairsIsNotScoredOnThem();
    void predictionCountsCodePoints();
    void oneSourceItemsTheGoldPairsAreFalse();
    void baselineAlignsQuotesThatShareWords();
    void evalCommandScoresInventedArticles();
    void evalCommandRefusesAGoldMadeOnOtherText();
    void evalCommandCountsFalseOneSourceItems();
};

void TestEvalCompare::parseReadsSetsPairsAndLoneQuotes()
{
    const Set set = goldSet();
    QCOMPARE(set.id, u"varn"_s);
    QCOMPARE(set.files, (QStringList {u"a/ledger.txt"_s, u"a/post.txt"_s, u"a/wire.txt"_s}));
    QCOMPARE(set.pairs.size(), 4);
    const Pair &first = set.pairs.constFirst();
    QCOMPARE(first.a.doc, 0);
    QCOMPARE(first.a.start, 10);
    QCOMPARE(first.a.end, 40);
    QCOMPARE(first.b.doc, 1);
    QCOMPARE(first.b.start, 5);
    QCOMPARE(first.relation, Relation::Verbatim);
    QCOMPARE(first.speaker, u"Mira Osk"_s);
    QCOMPARE(first.line, 4);
    QCOMPARE(set.pairs.at(1).speaker, QString());
    QCOMPARE(set.pairs.at(3).relation, Relation::Paraphrase);
    QCOMPARE(set.lone.size(), 2);
    QCOMPARE(set.lone.at(0).span.doc, 2);
    QCOMPARE(set.lone.at(1).speaker, u"Tal Veen"_s);
    QCOMPARE(set.statements.size(), 2);
    QCOMPARE(set.statements.at(0).relation, Relation::Paraphrase);
    QCOMPARE(set.statements.at(0).agreement, Agreement::Same);
    QCOMPARE(set.statements.at(0).speaker, u"Osk"_s);
    QCOMPARE(set.statements.at(1).agreement, Agreement::Number);
    QCOMPARE(set.statements.at(1).b.doc, 2);
    QCOMPARE(set.statements.at(1).speaker, QString());
    QCOMPARE(set.headlines.size(), 1);
    QCOMPARE(set.headlines.at(0).a.doc, 1);
    QCOMPARE(set.headlines.at(0).line, 12);
    QVERIFY(set.hasStatements());
    QCOMPARE(set.corpus(), u"a"_s);
    QCOMPARE(set.topic(), u"varn"_s);
    Set ecb;
    ecb.id = u"ecb-18-ecbplus"_s;
    QCOMPARE(ecb.topic(), u"ecb-18"_s);
}

void TestEvalCompare::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const QString set = u"set\tvarn\ta.txt\tb.txt\n"_s;
    QTest::newRow("unknown kind") << set + u"triple\tvarn\ta.txt\t1\t2\n"_s
                                  << u"gold.tsv, line 2: unknown row kind 'triple'"_s;
    QTest::newRow("set not declared") << u"pair\tlake\ta.txt\t1\t5\tb.txt\t1\t5\tverbatim\n"_s
                                      << u"line 1: set 'lake' is not declared"_s;
    QTest::newRow("file not in set") << set + u"pair\tvarn\ta.txt\t1\t5\tc.txt\t1\t5\tverbatim\n"_s
                                     << u"line 2: 'c.txt' is not a file of set 'varn'"_s;
    QTest::newRow("empty span") << set + u"pair\tvarn\ta.txt\t5\t5\tb.txt\t1\t5\tverbatim\n"_s
                                << u"line 2: '5 5' is not a span"_s;
    QTest::newRow("negative start")
        << set + u"alone\tvarn\ta.txt\t-1\t5\n"_s << u"line 2: '-1 5' is not a span"_s;
    QTest::newRow("not a number") << set + u"alone\tvarn\ta.txt\tten\t15\n"_s
                                  << u"line 2: 'ten 15' is not a span"_s;
    QTest::newRow("pair in one file") << set + u"pair\tvarn\ta.txt\t1\t5\ta.txt\t7\t9\tverbatim\n"_s
                                      << u"line 2: both members of a pair are in 'a.txt'"_s;
    QTest::newRow("unknown relation") << set + u"pair\tvarn\ta.txt\t1\t5\tb.txt\t7\t9\tsimilar\n"_s
                                      << u"line 2: unknown relation 'similar'"_s;
    QTest::newRow("pair too short") << set + u"pair\tvarn\ta.txt\t1\t5\tb.txt\t7\n"_s
                                    << u"line 2: a pair has 9 or 10 columns"_s;
    QTest::newRow("statement without agreement")
        << set + u"statement\tvarn\ta.txt\t1\t5\tb.txt\t7\t9\tverbatim\n"_s
        << u"line 2: a statement row has 10 or 11 columns"_s;
    QTest::newRow("unknown agreement")
        << set + u"statement\tvarn\ta.txt\t1\t5\tb.txt\t7\t9\tverbatim\tcontrary\n"_s
        << u"line 2: unknown agreement 'contrary'"_s;
    QTest::newRow("headline in one file")
        << set + u"headline\tvarn\ta.txt\t1\t5\ta.txt\t7\t9\tparaphrase\tsame\n"_s
        << u"line 2: both members of a headline pair are in 'a.txt'"_s;
    QTest::newRow("set of one file")
        << u"set\tvarn\ta.txt\n"_s << u"line 1: a set needs an id and at least two files"_s;
    QTest::newRow("set twice") << set + set << u"line 2: set 'varn' is declared twice"_s;
    QTest::newRow("file twice in a set")
        << u"set\tvarn\ta.txt\ta.txt\n"_s << u"line 1: set 'varn' lists a file twice"_s;
    QTest::newRow("no sets") << u"# only a comment\n"_s << u"gold.tsv: no sets"_s;
}

void TestEvalCompare::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto sets = parse(text, u"gold.tsv"_s);
    QVERIFY(!sets.ok());
    QVERIFY2(sets.error().contains(reason), qPrintable(sets.error()));
}

void TestEvalCompare::matchesNeedsHalfTheShorterSpan_data()
{
    QTest::addColumn<Span>("predicted");
    QTest::addColumn<Span>("gold");
    QTest::addColumn<bool>("match");
    QTest::newRow("same") << Span {0, 10, 20} << Span {0, 10, 20} << true;
    QTest::newRow("other document") << Span {1, 10, 20} << Span {0, 10, 20} << false;
    QTest::newRow("exactly half") << Span {0, 15, 25} << Span {0, 10, 20} << true;
    QTest::newRow("just under half") << Span {0, 16, 26} << Span {0, 10, 20} << false;
    // A short predicted piece inside a long gold quotation, and the other way round.
    QTest::newRow("inside") << Span {0, 50, 56} << Span {0, 10, 200} << true;
    QTest::newRow("around") << Span {0, 0, 400} << Span {0, 10, 20} << true;
    QTest::newRow("touching") << Span {0, 20, 30} << Span {0, 10, 20} << false;
    QTest::newRow("half of the shorter, not of the longer")
        << Span {0, 0, 8} << Span {0, 4, 100} << true;
}

void TestEvalCompare::matchesNeedsHalfTheShorterSpan()
{
    QFETCH(Span, predicted);
    QFETCH(Span, gold);
    QFETCH(bool, match);
    QCOMPARE(matches(predicted, gold), match);
    QCOMPARE(matches(predicted, gold, MatchRule::HalfOfShorter), match);
}

void TestEvalCompare::strictRuleNeedsHalfOfEachSpan()
{
    QVERIFY(matches(Span {0, 15, 25}, Span {0, 10, 20}, MatchRule::HalfOfEach));
    // A quotation the extractor ran on over the next paragraphs no longer counts.
    QVERIFY(!matches(Span {0, 0, 400}, Span {0, 10, 20}, MatchRule::HalfOfEach));
    QVERIFY(!matches(Span {0, 50, 56}, Span {0, 10, 200}, MatchRule::HalfOfEach));
    QVERIFY(matches(Span {0, 10, 30}, Span {0, 10, 40}, MatchRule::HalfOfEach));
    QVERIFY(!matches(Span {1, 10, 30}, Span {0, 10, 30}, MatchRule::HalfOfEach));

    const QList<Group> groups {quoteGroup({Span {0, 0, 400}, Span {1, 5, 30}})};
    const SetResult lenient = score(goldSet(), groups);
    QCOMPARE(lenient.counts.correctPairs, 1);
    const SetResult strict = score(goldSet(), groups, {}, {}, MatchRule::HalfOfEach);
    QCOMPARE(strict.counts.correctPairs, 0);
    QCOMPARE(strict.counts.foundPairs, 0);
    QCOMPARE(strict.predicted.constFirst().verdict, Verdict::NotGoldQuote);
}

void TestEvalCompare::scoreCountsEveryPairOfAGroup()
{
    // One alignment of three members that all report the same utterance: three correct pairs,
    // whichever way round the members come.
    const SetResult r
        = score(goldSet(), {quoteGroup({Span {2, 52, 78}, Span {0, 12, 40}, Span {1, 5, 31}})});
    QCOMPARE(r.counts.predictedPairs, 3);
    QCOMPARE(r.counts.correctPairs, 3);
    QCOMPARE(r.counts.goldPairs, 4);
    QCOMPARE(r.counts.foundPairs, 3);
    QCOMPARE(r.counts.precision(), 1.0);
    QCOMPARE(r.counts.recall(), 0.75);
    QCOMPARE(r.counts.foundByRelation[size_t(Relation::Verbatim)], 1);
    QCOMPARE(r.counts.foundByRelation[size_t(Relation::Partial)], 2);
    QCOMPARE(r.counts.foundByRelation[size_t(Relation::Paraphrase)], 0);
    QCOMPARE(r.counts.goldByRelation[size_t(Relation::Paraphrase)], 1);
    QCOMPARE(r.missed.size(), 1);
    QCOMPARE(r.missed.constFirst().relation, Relation::Paraphrase);
    QCOMPARE(r.counts.goldQuotes, 7);
    // ledger/post/wire 10.. is one utterance reported three times; ledger/post 100.. another.
    QCOMPARE(r.counts.goldUtterances, 2);
    QCOMPARE(r.counts.foundUtterances, 1);
}

void TestEvalCompare::scoreTellsWrongPairsApart()
{
    const QList<Group> groups {
        // Two gold quotes of the same speaker that the gold does not pair.
        quoteGroup({Span {0, 10, 40}, Span {1, 60, 90}}),
        // A paired quote aligned with a quote no other article reports.
        quoteGroup({Span {0, 100, 118}, Span {2, 200, 220}}),
        // A lone quote aligned with a span that is no quote in the gold.
        quoteGroup({Span {1, 150, 170}, Span {2, 300, 320}}),
        // Three members, one of them wrong: one correct pair, two wrong ones.
        quoteGroup({Span {0, 10, 40}, Span {1, 5, 30}, Span {2, 400, 430}}),
    };
    const SetResult r = score(goldSet(), groups, {}, {0.9, 0.8, 0.7, 0.6});
    QCOMPARE(r.counts.predictedPairs, 6);
    QCOMPARE(r.counts.correctPairs, 1);
    QCOMPARE(r.counts.wrongPartner, 1);
    QCOMPARE(r.counts.withLoneQuote, 1);
    QCOMPARE(r.counts.notGoldQuote, 3);
    QCOMPARE(r.counts.precision(), 1.0 / 6.0);
    QCOMPARE(r.counts.foundPairs, 1);
    QCOMPARE(r.predicted.size(), 6);
    QCOMPARE(r.predicted.at(0).verdict, Verdict::WrongPartner);
    QCOMPARE(r.predicted.at(0).similarity, 0.9);
    QCOMPARE(r.predicted.at(1).verdict, Verdict::LoneQuote);
    QCOMPARE(r.predicted.at(2).verdict, Verdict::NotGoldQuote);
    QCOMPARE(r.predicted.at(3).verdict, Verdict::Correct);
    QCOMPARE(r.predicted.at(3).similarity, 0.6);
    const double p = 1.0 / 6.0;
    const double rec = 0.25;
    QCOMPARE(r.counts.f1(), 2 * p * rec / (p + rec));
}

void TestEvalCompare::sentenceAlignmentsCountOnlyForAnyKindRecall()
{
    // The paraphrase aligned as sentences: not a predicted quote pair, but the pair is held by
    // some alignment.
    const Group sentences {false, {Span {0, 95, 125}, Span {1, 58, 92}}};
    const SetResult r = score(goldSet(), {sentences});
    QCOMPARE(r.counts.predictedPairs, 0);
    QCOMPARE(r.counts.foundPairs, 0);
    QCOMPARE(r.counts.foundAnyKind, 1);
    QCOMPARE(r.missed.size(), 4);
}

void TestEvalCompare::missedPairsWithAQuoteTheComparisonNeverSaw()
{
    // The comparison saw the ledger's and the post's quote (one unaligned), never the wire's.
    const SetResult r = score(goldSet(), {}, {Span {0, 10, 40}, Span {1, 5, 30}});
    QCOMPARE(r.counts.foundPairs, 0);
    QCOMPARE(r.missed.size(), 4);
    // ledger-wire and post-wire lack the wire's quote; ledger-post 100.. lacks both.
    QCOMPARE(r.counts.missedUnseen, 3);
    QCOMPARE(r.counts.seenQuotes, 2);
}

void TestEvalCompare::emptyPredictionScoresZeroNotNan()
{
    const SetResult r = score(goldSet(), {});
    QCOMPARE(r.counts.precision(), 0.0);
    QCOMPARE(r.counts.recall(), 0.0);
    QCOMPARE(r.counts.f1(), 0.0);
    Counts total;
    total += r.counts;
    total += r.counts;
    QCOMPARE(total.goldPairs, 8);
    QCOMPARE(total.goldByRelation[size_t(Relation::Partial)], 4);
    QCOMPARE(total.goldUtterances, 4);
    QCOMPARE(total.foundUtterances, 0);
}

void TestEvalCompare::statementPairsScoreEveryAlignmentHeadlinesApart()
{
    const QList<Group> groups {
        // The paraphrase, aligned as sentences: a correct statement pair.
        Group {false, {Span {0, 302, 338}, Span {1, 200, 240}}},
        // A gold quote pair is a correct statement prediction too, though no statement row.
        quoteGroup({Span {0, 10, 40}, Span {1, 5, 30}}),
        // The post's subhead with the body statement it restates: a correct headline pair.
        Group {false, {Span {1, 260, 290}, Span {0, 300, 340}}},
        // The headline took the wire's statement, which the gold pairs with the ledger's.
        Group {false, {Span {1, 262, 288}, Span {2, 300, 330}}},
        // Two sentences the gold does not pair.
        Group {false, {Span {0, 500, 540}, Span {2, 400, 430}}},
    };
    const StatementResult r = scoreStatements(goldSet(), groups, {0.9, 0.8, 0.7, 0.6, 0.5});
    const StatementCounts &c = r.counts;
    QCOMPARE(c.sets, 1);
    QCOMPARE(c.gold, 2);
    QCOMPARE(c.found, 1);
    QCOMPARE(c.predicted, 3);
    QCOMPARE(c.correct, 2);
    QCOMPARE(c.precision(), 2.0 / 3.0);
    QCOMPARE(c.recall(), 0.5);
    QCOMPARE(c.f1(), 2 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5));
    QCOMPARE(c.foundByRelation[size_t(Relation::Paraphrase)], 1);
    QCOMPARE(c.goldByRelation[size_t(Relation::Verbatim)], 1);
    QCOMPARE(c.foundByRelation[size_t(Relation::Verbatim)], 0);
    QCOMPARE(c.goldByAgreement[size_t(Agreement::Number)], 1);
    QCOMPARE(c.foundByAgreement[size_t(Agreement::Number)], 0);
    QCOMPARE(c.foundByAgreement[size_t(Agreement::Same)], 1);
    QCOMPARE(c.goldHeadlines, 1);
    QCOMPARE(c.foundHeadlines, 1);
    QCOMPARE(c.predictedHeadlines, 2);
    QCOMPARE(c.correctHeadlines, 1);
    QCOMPARE(c.missedForHeadline, 1);
    QCOMPARE(r.missed.size(), 1);
    QCOMPARE(r.missed.constFirst().agreement, Agreement::Number);
    QCOMPARE(r.wrong.size(), 1);
    QCOMPARE(r.wrong.constFirst().a.start, 500);
    QCOMPARE(r.wrong.constFirst().similarity, 0.5);

    // Found only through the headline: the body pair is not found by it.
    const StatementResult onlyHeadline
        = scoreStatements(goldSet(), {Group {false, {Span {1, 260, 290}, Span {0, 300, 340}}}});
    QCOMPARE(onlyHeadline.counts.found, 0);
    QCOMPARE(onlyHeadline.counts.predicted, 0);
    QCOMPARE(onlyHeadline.counts.foundHeadlines, 1);

    StatementCounts total;
    total += c;
    total += c;
    QCOMPARE(total.sets, 2);
    QCOMPARE(total.goldByAgreement[size_t(Agreement::Number)], 2);
    QCOMPARE(total.headlineRecall(), 1.0);
    QCOMPARE(total.headlinePrecision(), 0.5);
}

void TestEvalCompare::setWithoutStatementPairsIsNotScoredOnThem()
{
    auto sets
        = parse(u"set\tvarn\ta.txt\tb.txt\npair\tvarn\ta.txt\t1\t9\tb.txt\t1\t9\tverbatim\n"_s,
            u"gold.tsv"_s);
    QVERIFY(sets.ok());
    QVERIFY(!sets->constFirst().hasStatements());
    const StatementResult r = scoreStatements(
        sets->constFirst(), {Group {false, {Span {0, 20, 30}, Span {1, 20, 30}}}});
    QCOMPARE(r.counts.sets, 0);
    QCOMPARE(r.counts.predicted, 0);
    QCOMPARE(r.counts.f1(), 0.0);
}

void TestEvalCompare::predictionCountsCodePoints()
{
    // An emoji and a mathematical letter (two UTF-16 units each) before the quotes.
    const QString a = u"\U0001F30A Veltria: \u201CThe lake is shared.\u201D"_s;
    const QString b = u"\U0001D4E5 Osmark heard \u201Cthe lake is shared\u201D."_s;
    const qint32 aStart = qint32(a.indexOf(u"The lake"_s));
    const qint32 bStart = qint32(b.indexOf(u"the lake"_s));
    Comparison c;
    Alignment quote;
    quote.kind = AlignmentKind::Quote;
    quote.similarity = 0.95;
    quote.members = {AlignedSpan {0, TextRange {aStart, aStart + 19}},
        AlignedSpan {1, TextRange {bStart, bStart + 18}}};
    c.alignments.append(quote);
    c.unmatched.append(UnmatchedItem {1, AlignmentKind::Quote, TextRange {0, 2}});
    c.unmatched.append(UnmatchedItem {0, AlignmentKind::Sentence, TextRange {0, 5}});
    const Prediction p = prediction(c, {a, b});
    QCOMPARE(p.groups.size(), 1);
    QVERIFY(p.groups.constFirst().quote);
    const Span first = p.groups.constFirst().members.at(0);
    QCOMPARE(first.start, aStart - 1);
    QCOMPARE(Offsets::midCodePoints(a, first.start, first.end), u"The lake is shared."_s);
    const Span second = p.groups.constFirst().members.at(1);
    QCOMPARE(second.doc, 1);
    QCOMPARE(Offsets::midCodePoints(b, second.start, second.end), u"the lake is shared"_s);
    QCOMPARE(p.similarities, QList<double> {0.95});
    QCOMPARE(p.unmatchedQuotes.size(), 1); // the sentence is not a quote
    QCOMPARE(p.unmatchedQuotes.constFirst().end, 1); // the emoji is one code point
    // Every unit listed as only in one document, quote or sentence, in the comparison's order.
    QCOMPARE(p.unmatched.size(), 2);
    QVERIFY(p.unmatched.at(0).quote);
    QCOMPARE(p.unmatched.at(0).span.doc, 1);
    QVERIFY(!p.unmatched.at(1).quote);
    QCOMPARE(p.unmatched.at(1).span.end, 4); // "🌊 Vel": the emoji is one code point
}

void TestEvalCompare::oneSourceItemsTheGoldPairsAreFalse()
{
    const Set set = goldSet();
    const QList<OneSourceItem> items {
        {Span {0, 12, 38}, true}, // the ledger's quote the post and the wire report: false
        {Span {2, 200, 220}, true}, // the wire's lone quote: truly one-source
        {Span {0, 300, 340}, false}, // a statement the post reports (and the post's headline)
        {Span {1, 260, 275}, false}, // the post's headline restates the ledger's statement
        {Span {2, 300, 312}, false}, // the wire's statement the ledger reports, 12 of its 30
        {Span {1, 500, 520}, false}, // no gold span
        {Span {0, 115, 140}, false}, // too little of the ledger's paraphrased quote (5 of 20)
    };
    const OneSourceResult all = scoreOneSource(set, items);
    QCOMPARE(all.counts.comparisons, 1);
    QCOMPARE(all.counts.documents, 3);
    QCOMPARE(all.counts.listed, 7);
    QCOMPARE(all.counts.listedQuotes, 2);
    QCOMPARE(all.counts.falseItems, 4);
    QCOMPARE(all.counts.falseQuotes, 1);
    QCOMPARE(all.listedByDocument, (QList<int> {3, 2, 2}));
    QCOMPARE(all.falseByDocument, (QList<int> {2, 1, 1}));
    QCOMPARE(all.counts.precision(), 3.0 / 7.0);
    QCOMPARE(all.falseItems.at(0).first.span.start, 12);
    QCOMPARE(all.falseItems.at(0).second.doc, 1); // the first gold partner found: the post's
    QCOMPARE(all.counts.top, 7); // fewer than ten listed: all are read first
    QCOMPARE(all.counts.falseTop, 4);
    // Of fourteen, the first ten count apart: the seven, then the first three again.
    const OneSourceResult twice = scoreOneSource(set, items + items);
    QCOMPARE(twice.counts.listed, 14);
    QCOMPARE(twice.counts.top, 10);
    QCOMPARE(twice.counts.falseTop, 6);
    QCOMPARE(twice.counts.falseItems, 8);

    // The ledger and the wire compared alone: what only the post reports is no partner.
    const QList<OneSourceItem> two {items.at(0), items.at(1), items.at(2), items.at(4)};
    const OneSourceResult pair = scoreOneSource(set, two, {0, 2});
    QCOMPARE(pair.counts.documents, 2);
    QCOMPARE(pair.counts.falseItems, 2); // the quote (the wire has it) and the wire's statement
    QCOMPARE(pair.falseItems.at(0).second.doc, 2);
    QCOMPARE(pair.falseByDocument, (QList<int> {1, 0, 1}));

    // The strict rule wants half of each span: the half-matched statement is one-source there.
    QCOMPARE(scoreOneSource(set, two, {0, 2}, MatchRule::HalfOfEach).counts.falseItems, 1);

    OneSourceCounts sum = all.counts;
    sum += pair.counts;
    QCOMPARE(sum.comparisons, 2);
    QCOMPARE(sum.listed, 11);
    QCOMPARE(sum.falseItems, 6);
    QCOMPARE(OneSourceCounts {}.precision(), 1.0); // nothing listed: nothing wrong
}

void TestEvalCompare::baselineAlignsQuotesThatShareWords()
{
    auto document = [](const QString &text, const QStringList &quotes) {
        CompareDocument d;
        d.text = text;
        for (const QString &q : quotes) {
            const qint32 start = qint32(text.indexOf(q));
            CompareQuote quote;
            quote.content = TextRange {start, start + qint32(q.size())};
            d.quotes.append(quote);
        }
        return d;
    };
    CompareInput input;
    input.documents = {
        document(
            u"Osk said: \u201CThe lake is shared by both nations.\u201D Veen: \u201CNo comment.\u201D"_s,
            {u"The lake is shared by both nations."_s, u"No comment."_s}),
        document(u"\U0001F30A \u201CThe Lake is shared by both our nations,\u201D Osk said."_s,
            {u"The Lake is shared by both our nations,"_s}),
    };
    const Comparison c = wordOverlapBaseline(input);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &a = c.alignments.constFirst();
    QCOMPARE(a.kind, AlignmentKind::Quote);
    QCOMPARE(a.members.size(), 2);
    QCOMPARE(a.members.at(0).doc, 0);
    QCOMPARE(a.members.at(1).doc, 1);
    QCOMPARE(a.members.at(1).range, input.documents.at(1).quotes.constFirst().content);
    QCOMPARE(a.similarity, 7.0 / 8.0); // "our" is the one word not shared
    QCOMPARE(c.unmatched.size(), 1);
    QCOMPARE(c.unmatched.constFirst().range, input.documents.at(0).quotes.at(1).content);
    // A stricter threshold than the overlap leaves both quotes unaligned.
    QCOMPARE(wordOverlapBaseline(input, 0.9).alignments.size(), 0);
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

// Two invented reports of one invented statement, and a quote only one of them has.
const QByteArray kLedger
    = "Title: Varn talks\nOutlet: Harbour Ledger\n\n"
      "Delegates from Veltria and Osmark met at Lake Varn on Tuesday \xF0\x9F\x8C\x8A. "
      "\xE2\x80\x9CThe lake belongs to both our peoples and we will share its water "
      "fairly,\xE2\x80\x9D said Mira Osk, the Veltrian envoy. Tal Veen declined to "
      "comment.\n";
const QByteArray kPost
    = "Title: Lake Varn\nOutlet: Meridian Post\n\n"
      "The Osmark delegation arrived late. Mira Osk told reporters: \xE2\x80\x9CThe "
      "lake belongs to both our peoples and we will share its water fairly.\xE2\x80\x9D "
      "Fishermen on the shore said they had heard such promises before. "
      "\xE2\x80\x9CWe will believe it when the nets are full,\xE2\x80\x9D said Arne "
      "Holt, a fisherman.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// "file start end" of a quote, in code points of the text Parallax reads from the file.
QString spanOf(const QString &dataDir, const QString &file, const QString &quote)
{
    auto drafts = CorpusArticles::readArticles(dataDir + u'/' + file);
    if (!drafts.ok())
        return {};
    const QString body = drafts->constFirst().body;
    const qsizetype start = body.indexOf(quote);
    if (start < 0)
        return {};
    const CodePointMap map(body);
    return u"%1\t%2\t%3"_s.arg(file)
        .arg(map.toCodePoint(start))
        .arg(map.toCodePoint(start + quote.size()));
}

} // namespace

void TestEvalCompare::evalCommandScoresInventedArticles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(writeFile(data + u"/varn/ledger.txt"_s, kLedger));
    QVERIFY(writeFile(data + u"/varn/post.txt"_s, kPost));
    const QString statement
        = u"The lake belongs to both our peoples and we will share its water fairly"_s;
    const QString a = spanOf(data, u"varn/ledger.txt"_s, statement);
    const QString b = spanOf(data, u"varn/post.txt"_s, statement);
    const QString holt
        = spanOf(data, u"varn/post.txt"_s, u"We will believe it when the nets are full"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !holt.isEmpty());
    // The emoji before the ledger's quote is one code point.
    QVERIFY(a.contains(u"\t66\t"_s));
    const QString goldPath = dir.filePath(u"gold.tsv"_s);
    // The statement: the quote's whole sentence in each article.
    const QString sa = spanOf(data, u"varn/ledger.txt"_s,
        u"\u201CThe lake belongs to both our peoples and we will share its water fairly,\u201D "
        "said Mira Osk, the Veltrian envoy."_s);
    const QString sb = spanOf(data, u"varn/post.txt"_s,
        u"Mira Osk told reporters: \u201CThe lake belongs to both our peoples and we will share "
        "its water fairly.\u201D"_s);
    QVERIFY(!sa.isEmpty() && !sb.isEmpty());
    QVERIFY(writeFile(goldPath,
        (u"set\tvarn\tvarn/ledger.txt\tvarn/post.txt\n"
         "pair\tvarn\t%1\t%2\tverbatim\tOsk\n"
         "alone\tvarn\t%3\tHolt\n"
         "statement\tvarn\t%4\t%5\tverbatim\tsame\tOsk\n"_s)
            .arg(a, b, holt, sa, sb)
            .toUtf8()));

    const CliRun r = runCli(
        {u"eval"_s, u"compare"_s, u"--gold"_s, goldPath, u"--data"_s, data, u"--verbose"_s});
    QVERIFY2(r.exitCode == Cli::Success, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"set varn: 2 documents, gold 1 pairs"_s), qPrintable(r.out));
    // The same statement word for word in both articles is aligned: found 1 of 1.
    const QRegularExpression all(
        uR"(^all\s+1\s+1\s+\d+\s+\d+)"_s, QRegularExpression::MultilineOption);
    QVERIFY2(all.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY(r.out.contains(u"quote pair F1 "_s));
    QVERIFY(r.out.contains(u"quote pair paraphrase recall 0.0000"_s));
    QVERIFY2(r.out.contains(u"set varn statements: gold 1, found 1,"_s), qPrintable(r.out));
    const QRegularExpression statements(
        uR"(statement pairs \(1 sets.*\n(.*\n)*all\s+1\s+1\s+[1-9]\d*\s+[1-9]\d*)"_s);
    QVERIFY2(statements.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY(r.out.contains(u"statement recall by agreement: same 1/1"_s));
    QVERIFY(r.out.contains(u"statement pair F1 "_s));

    const CliRun baseline = runCli(
        {u"eval"_s, u"compare"_s, u"--gold"_s, goldPath, u"--data"_s, data, u"--baseline"_s});
    QCOMPARE(baseline.exitCode, int(Cli::Success));
    QVERIFY(baseline.out.contains(u"word overlap baseline"_s));
    QVERIFY2(all.match(baseline.out).hasMatch(), qPrintable(baseline.out));

    const QString exported = dir.filePath(u"articles"_s);
    const CliRun e = runCli({u"eval"_s, u"compare"_s, u"--gold"_s, goldPath, u"--data"_s, data,
        u"--export-articles"_s, exported});
    QCOMPARE(e.exitCode, int(Cli::Success));
    QFile copy(exported + u"/varn/ledger.txt"_s);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), kLedger);
}

void TestEvalCompare::evalCommandRefusesAGoldMadeOnOtherText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(writeFile(data + u"/varn/ledger.txt"_s, kLedger));
    QVERIFY(writeFile(data + u"/varn/post.txt"_s, kPost));
    const QString goldPath = dir.filePath(u"gold.tsv"_s);
    QVERIFY(writeFile(goldPath,
        "set\tvarn\tvarn/ledger.txt\tvarn/post.txt\n"
        "pair\tvarn\tvarn/ledger.txt\t10\t40\tvarn/post.txt\t5000\t5030\tverbatim\n"));
    const CliRun r = runCli({u"eval"_s, u"compare"_s, u"--gold"_s, goldPath, u"--data"_s, data});
    QCOMPARE(r.exitCode, int(Cli::UserError));
    QVERIFY2(r.err.contains(u"gold line 2"_s) && r.err.contains(u"past the end of varn/post.txt"_s),
        qPrintable(r.err));

    const CliRun missing = runCli({u"eval"_s, u"compare"_s, u"--gold"_s, goldPath});
    QCOMPARE(missing.exitCode, int(Cli::UsageError));
}

void TestEvalCompare::evalCommandCountsFalseOneSourceItems()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"data"_s);
    QVERIFY(writeFile(data + u"/varn/ledger.txt"_s, kLedger));
    QVERIFY(writeFile(data + u"/varn/post.txt"_s, kPost));
    // An invented gold that pairs two sentences sharing no word (so no comparison aligns them):
    // each is listed as only in its article, and each is a false one-source item.
    const QString veen = spanOf(data, u"varn/ledger.txt"_s, u"Tal Veen declined to comment."_s);
    const QString shore = spanOf(data, u"varn/post.txt"_s,
        u"Fishermen on the shore said they had heard such promises before."_s);
    QVERIFY(!veen.isEmpty() && !shore.isEmpty());
    const QString goldPath = dir.filePath(u"gold.tsv"_s);
    QVERIFY(writeFile(goldPath,
        (u"set\tvarn\tvarn/ledger.txt\tvarn/post.txt\n"
         "statement\tvarn\t%1\t%2\tparaphrase\tsame\n"_s)
            .arg(veen, shore)
            .toUtf8()));
    const CliRun r = runCli(
        {u"eval"_s, u"compare"_s, u"--gold"_s, goldPath, u"--data"_s, data, u"--verbose"_s});
    QVERIFY2(r.exitCode == Cli::Success, qPrintable(r.err));
    const QRegularExpression set(
        uR"(^set varn: 2 articles, listed (\d+) \((\d+)/(\d+)\), false 2 \(1/1\)$)"_s,
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = set.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    const int listed = m.captured(1).toInt();
    QVERIFY(listed >= 2);
    QCOMPARE(m.captured(2).toInt() + m.captured(3).toInt(), listed);
    QVERIFY2(r.out.contains(u"one-source false 2 of %1 listed, precision "_s.arg(listed)),
        qPrintable(r.out));
    // Two articles: the one pair of articles is the set.
    QVERIFY2(
        r.out.contains(
            u"one-source false per pair of articles 2.00, listed per pair %1.00"_s.arg(listed)),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(u"FALSE ONE-SOURCE sentence ledger:"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestEvalCompare)
#include "tst_evalcompare.moc"
