// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Statements as units and the learned pair model: a quote of several sentences is several
// statements, a headline never takes a body statement's place, and on two invented reports of
// one press statement the pairs an analyst looks for first align.
#include "annotate/annotator.h"
#include "compare/comparison.h"
#include "compare/pairmodel.h"
#include "comparerfixture.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace ComparerFixture;

class TestComparerStatements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiSentenceQuoteIsSeveralStatements();
    void headlineDoesNotTakeTheBodyPlace();
    void modelFileRoundTrip();
    void modelFileRejectsUnknownFeature();
    void statementModelInTheFile();
    void statementModelDecidesTwoSentences();
    void quoteAndOwnSentenceAreOneStatement();
    void reportedSpeechInsideADirectQuote();
    void reportedSpeechInTheThirdPerson();
    void sentenceCoversTwoStatements();
    void trainingSeparatesTheClasses();
    void pressStatementReports();
};

void TestComparerStatements::multiSentenceQuoteIsSeveralStatements()
{
    const QString whole = u"We have agreed on the main points of a programme. It may be a pivotal "
                          "moment for the coalition. We want to sign before the end of the month"_s;
    const QString one = u"We want to sign the agreement before the end of the month"_s;
    const CompareInput in = input({Doc(u"“"_s + whole + u",” Ardelan said in a statement."_s)
                                       .quote(whole, u"Ardelan"_s, u"said"_s, Ardelan),
        Doc(u"Ardelan was cautious. “"_s + one + u",” he told reporters."_s)
            .quote(one, u"he"_s, u"told"_s, Ardelan)});
    const Comparison c = Comparer().compare(in);
    const Alignment *al = findAlignment(in, c, one);
    QVERIFY(al);
    QCOMPARE(al->members.size(), 2);
    // The member is the one sentence of the long quote, not the whole quotation.
    QCOMPARE(text(in, al->members.at(0)), u"We want to sign before the end of the month"_s);
    // The quote's other sentences are statements of their own, and the other article has
    // nothing of them.
    int unmatchedQuotes = 0;
    for (const UnmatchedItem &u : c.unmatched)
        unmatchedQuotes += u.doc == 0 && u.kind == AlignmentKind::Quote;
    QCOMPARE(unmatchedQuotes, 2);
}

void TestComparerStatements::headlineDoesNotTakeTheBodyPlace()
{
    // The subheading shares more words with the other article's quote than the reported speech
    // does; the body statement must still be the one aligned.
    const QString reported = u"the negotiations were tough but constructive"_s;
    const QString direct = u"The negotiations were tough but constructive"_s;
    const CompareInput in = input(
        {Doc(u"Ardelan met the Greens in Kessling.\n\nTough negotiations were constructive\n\n"
             "He added that "_s
             + reported + u".\n"_s)
                .quote(reported, u"He"_s, u"added"_s, Ardelan, QuoteKind::Indirect),
            Doc(u"“"_s + direct + u",” Ardelan said in Kessling."_s)
                .quote(direct, u"Ardelan"_s, u"said"_s, Ardelan)});
    const Comparison c = Comparer().compare(in);
    const Alignment *al = findAlignment(in, c, direct);
    QVERIFY(al);
    QCOMPARE(text(in, al->members.at(0)), reported);
}

void TestComparerStatements::modelFileRoundTrip()
{
    std::vector<PairFeatures> features;
    std::vector<int> labels;
    for (int i = 0; i < 40; ++i) {
        PairFeatures f {};
        f[size_t(PairFeature::Dice)] = float(i) / 40.0f;
        f[size_t(PairFeature::Antonyms)] = float(i % 3);
        features.push_back(f);
        labels.push_back(i >= 20 ? 1 : 0);
    }
    const PairModel trained = PairModel::train(features, labels);
    const QByteArray text = trained.serialize(u"test model\nsecond line"_s);
    auto parsed = PairModel::parse(text, u"model.tsv"_s);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    for (const PairFeatures &f : features)
        QVERIFY(std::abs(parsed->probability(f) - trained.probability(f)) < 1e-6);
    QCOMPARE(parsed->threshold(), trained.threshold());
}

void TestComparerStatements::modelFileRejectsUnknownFeature()
{
    auto parsed = PairModel::parse("bias\t1\nfavourite_colour\t2\n", u"model.tsv"_s);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().contains(u"model.tsv, line 2"_s));
    QVERIFY(parsed.error().contains(u"favourite_colour"_s));
    auto garbled = PairModel::parse("dice\tlots\n", u"model.tsv"_s);
    QVERIFY(!garbled);
    QVERIFY(garbled.error().contains(u"line 1"_s));
}

void TestComparerStatements::statementModelInTheFile()
{
    PairModel model = PairModel::parse("bias\t-2\ndice\t2\n", u"model.tsv"_s).value();
    QVERIFY(!model.statementModel());
    model.setStatementModel(
        PairModel::parse("bias\t3\nthreshold\t0.7\nin_order\t-4\n", u"s.tsv"_s).value());
    const QByteArray text = model.serialize(u"two models"_s);
    QVERIFY(text.contains("statement.in_order\t-4"));
    auto parsed = PairModel::parse(text, u"model.tsv"_s);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QVERIFY(parsed->statementModel());
    QCOMPARE(parsed->statementModel()->threshold(), 0.7);
    PairFeatures f {};
    f[size_t(PairFeature::Dice)] = 0.5f;
    f[size_t(PairFeature::InOrder)] = 0.5f;
    QVERIFY(std::abs(parsed->probability(f) - model.probability(f)) < 1e-9);
    QVERIFY(
        std::abs(parsed->statementModel()->probability(f) - model.statementModel()->probability(f))
        < 1e-9);
    // The two are different models: the statement model is not the quote model's weights.
    QVERIFY(parsed->statementModel()->probability(f) > 0.5);
    QVERIFY(parsed->probability(f) < 0.5);
    auto unknown = PairModel::parse("statement.favourite_colour\t1\n", u"model.tsv"_s);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(u"favourite_colour"_s));
}

void TestComparerStatements::statementModelDecidesTwoSentences()
{
    // Two plain sentences sharing one content word: the hand rule (two shared words) refuses
    // them, a statement model that accepts everything aligns them; a sentence sharing nothing is
    // no candidate at all.
    const QString a = u"The ministry approved the harbour budget on Monday."_s;
    const QString b = u"Officials expect the harbour works to cost far more."_s;
    const QString c = u"Fishermen protested against quotas in the north."_s;
    const CompareInput in = input({Doc(a), Doc(b + u"\n\n"_s + c)});
    const QByteArray quoteModel = "bias\t-20\n";
    const PairModel refusing = PairModel::parse(quoteModel, u"m.tsv"_s).value();
    PairModel accepting = refusing;
    accepting.setStatementModel(PairModel::parse("bias\t20\n", u"s.tsv"_s).value());
    PairModel strict = refusing;
    strict.setStatementModel(PairModel::parse("bias\t-20\n", u"s.tsv"_s).value());

    QVERIFY(!findAlignment(in, Comparer(refusing).compare(in), a));
    QVERIFY(!findAlignment(in, Comparer(strict).compare(in), a));
    const Comparison accepted = Comparer(accepting).compare(in);
    const Alignment *al = findAlignment(in, accepted, a);
    QVERIFY(al);
    QCOMPARE(al->members.size(), 2);
    QCOMPARE(text(in, al->members.at(1)), b);
    QVERIFY(!findAlignment(in, accepted, c));
}

void TestComparerStatements::quoteAndOwnSentenceAreOneStatement()
{
    // A quote in one report, the same fact as the other outlet's own sentence: not one
    // utterance (the quote model refuses), but one statement (the statement model accepts). The
    // pair is a sentence alignment of its own, holding the quote; an unrelated quote stays out.
    const QString quoted = u"The ministry approved the harbour budget on Monday"_s;
    const QString own = u"On Monday the harbour budget was approved by the ministry."_s;
    const QString other = u"Fishermen protested against the quotas in the north"_s;
    const CompareInput in
        = input({Doc(u"“"_s + quoted + u",” Marrow said. “"_s + other + u",” she added."_s)
                     .quote(quoted, u"Marrow"_s, u"said"_s, Marrow)
                     .quote(other, u"she"_s, u"added"_s, Marrow),
            Doc(own)});
    PairModel model = PairModel::parse("bias\t-20\n", u"m.tsv"_s).value();
    QVERIFY(!findAlignment(in, Comparer(model).compare(in), quoted));
    model.setStatementModel(PairModel::parse("bias\t20\n", u"s.tsv"_s).value());
    const Comparison c = Comparer(model).compare(in);
    const Alignment *al = findAlignment(in, c, quoted);
    QVERIFY(al);
    QCOMPARE(al->kind, AlignmentKind::Sentence);
    QCOMPARE(al->members.size(), 2);
    QCOMPARE(text(in, al->members.at(1)), own);
    QVERIFY(!findAlignment(in, c, other));
    // Neither of the two is listed as only in its article.
    for (const UnmatchedItem &u : c.unmatched) {
        const QString t = in.documents.at(u.doc).text.mid(u.range.start, u.range.length());
        QVERIFY2(!t.contains(u"harbour"_s), qPrintable(t));
    }
}

void TestComparerStatements::reportedSpeechInsideADirectQuote()
{
    // One outlet quotes Brekke's long sentence, another reports part of it in its own words
    // ("he had served ..."): one utterance, even where the quote model sees little overlap.
    const QString direct = u"We have learned a great deal since the days that I served on the "
                           "northern border with the river guard"_s;
    const QString reported = u"he had served on the northern border"_s;
    const QString scattered = u"the river was northern and the guard had learned to serve"_s;
    const CompareInput in = input(
        {Doc(u"“"_s + direct + u",” Brekke said."_s).quote(direct, u"Brekke"_s, u"said"_s, Vandal),
            Doc(u"Brekke said "_s + reported + u"."_s)
                .quote(reported, u"Brekke"_s, u"said"_s, Vandal, QuoteKind::Indirect)});
    const PairModel refusing = PairModel::parse("bias\t-20\n", u"m.tsv"_s).value();
    const Comparison c = Comparer(refusing).compare(in);
    const Alignment *al = findAlignment(in, c, reported);
    QVERIFY(al);
    QCOMPARE(al->kind, AlignmentKind::Quote);
    QCOMPARE(text(in, al->members.at(0)), direct);
    // The same words out of order are no report of that sentence.
    const CompareInput apart = input(
        {Doc(u"“"_s + direct + u",” Brekke said."_s).quote(direct, u"Brekke"_s, u"said"_s, Vandal),
            Doc(u"Brekke said "_s + scattered + u"."_s)
                .quote(scattered, u"Brekke"_s, u"said"_s, Vandal, QuoteKind::Indirect)});
    QVERIFY(!findAlignment(apart, Comparer(refusing).compare(apart), scattered));
}

void TestComparerStatements::reportedSpeechInTheThirdPerson()
{
    // The example: one report has the words as reported speech, the other as a direct
    // quote with a synonym; they align, and a sentence of the same report about the same talks
    // (that they were long) aligns with neither.
    const QString reported = u"the negotiations were tough but constructive"_s;
    const QString direct = u"The negotiations were tough but productive"_s;
    const QString longTalks = u"The talks had been long, lasting until the early morning"_s;
    const CompareInput in
        = input({Doc(u"Ardelan met the Green League in Kessling on Monday. He added that "_s
                     + reported + u".\n"_s)
                     .quote(reported, u"He"_s, u"added"_s, Ardelan, QuoteKind::Indirect)
                     .mention(u"Ardelan"_s, Ardelan)
                     .mention(u"Kessling"_s, Kessling, EntityType::Location),
            Doc(u"“"_s + direct + u",” she said. "_s + longTalks + u", she said.\n"_s)
                .quote(direct, u"she"_s, u"said"_s, Marrow)
                .quote(longTalks, u"she"_s, u"said"_s, Marrow)});
    const Comparison c = Comparer().compare(in);
    const Alignment *al = findAlignment(in, c, reported);
    QVERIFY(al);
    QCOMPARE(al->members.size(), 2);
    QCOMPARE(text(in, al->members.at(1)), direct);
    QVERIFY(!findAlignment(in, c, longTalks));

    // In the first person against the third: "we" is "they", and the speaker's "I" his name.
    const QString we = u"We will not sign the fishing treaty before the spring"_s;
    const QString they = u"they would not sign the fishing treaty before the spring"_s;
    const CompareInput persons = input({Doc(u"“"_s + we + u",” Marrow said in Osmark."_s)
                                            .quote(we, u"Marrow"_s, u"said"_s, Marrow)
                                            .mention(u"Marrow"_s, Marrow)
                                            .mention(u"Osmark"_s, Osmark, EntityType::Location),
        Doc(u"Marrow said "_s + they + u".\n"_s + longTalks + u", an aide said.\n"_s)
            .quote(they, u"Marrow"_s, u"said"_s, Marrow, QuoteKind::Indirect)
            .quote(longTalks, u"an aide"_s, u"said"_s)
            .mention(u"Marrow"_s, Marrow)});
    const Comparison shifted = Comparer().compare(persons);
    const Alignment *sign = findAlignment(persons, shifted, they);
    QVERIFY(sign);
    QCOMPARE(sign->kind, AlignmentKind::Quote);
    QCOMPARE(text(persons, sign->members.at(0)), we);
    QVERIFY(!findAlignment(persons, shifted, longTalks));
}

void TestComparerStatements::trainingSeparatesTheClasses()
{
    // Same statements have high Dice and no antonym; the others low Dice, or an antonym.
    std::vector<PairFeatures> features;
    std::vector<int> labels;
    for (int i = 0; i < 200; ++i) {
        PairFeatures f {};
        const bool same = i % 2 == 0;
        const bool contradiction = i % 10 == 1;
        f[size_t(PairFeature::Dice)]
            = same || contradiction ? 0.6f + float(i % 7) * 0.05f : 0.1f + float(i % 5) * 0.05f;
        f[size_t(PairFeature::Antonyms)] = contradiction ? 1.0f : 0.0f;
        features.push_back(f);
        labels.push_back(same ? 1 : 0);
    }
    const PairModel model = PairModel::train(features, labels);
    int errors = 0;
    for (size_t i = 0; i < features.size(); ++i)
        errors += model.accepts(features[i]) != bool(labels[i]);
    QCOMPARE(errors, 0);
    // The antonym is what tells a contradiction from a match: its weight is negative.
    PairFeatures alike {};
    alike[size_t(PairFeature::Dice)] = 0.8f;
    PairFeatures opposed = alike;
    opposed[size_t(PairFeature::Antonyms)] = 1.0f;
    QVERIFY(model.probability(opposed) < model.probability(alike));
}

namespace {

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA "/compare/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

bool overlaps(const CompareInput &in, const AlignedSpan &span, int doc, const QString &needle)
{
    if (span.doc != doc)
        return false;
    const qsizetype at = in.documents.at(doc).text.indexOf(needle);
    return at >= 0 && span.range.start < at + needle.size() && at < span.range.end;
}

// The alignment holding both statements, or null.
const Alignment *pairOf(
    const CompareInput &in, const Comparison &c, const QString &first, const QString &second)
{
    for (const Alignment &a : c.alignments) {
        bool x = false;
        bool y = false;
        for (const AlignedSpan &m : a.members) {
            x = x || overlaps(in, m, 0, first);
            y = y || overlaps(in, m, 1, second);
        }
        if (x && y)
            return &a;
    }
    return nullptr;
}

} // namespace

void TestComparerStatements::pressStatementReports()
{
    auto model = Annotator::defaultModel();
    QVERIFY2(model, qPrintable(model.error()));
    Annotator annotator(model.value());
    CompareInput in;
    for (const QString &name : {u"coalition-ledger.txt"_s, u"coalition-post.txt"_s})
        in.documents.append(
            compareDocument(annotator.analyze(readFixture(name), QDate(2026, 3, 3)), name));
    in.entities = annotator.entities();
    const Comparison c = Comparer().compare(in);

    // A short quote against one sentence of a three-sentence quote, in other words: the quote
    // is split into its statements, but "vote" / "moment" and "could" / "may" are no WordNet
    // relation and "decisive" / "pivotal" only a cluster, so the pair scores far too low.
    const Alignment *vote = pairOf(in, c, u"The vote could be decisive for the coalition"_s,
        u"It may be a pivotal moment for the coalition"_s);
    QEXPECT_FAIL(
        "", "a paraphrase with one shared content word (docs/compare.md, Known limits)", Continue);
    QVERIFY(vote);
    // Reported speech against the direct quote; the subheading does not take its place.
    const Alignment *talks = pairOf(in, c, u"the negotiations were tough but constructive"_s,
        u"The negotiations were tough but productive"_s);
    QVERIFY(talks);
    for (const AlignedSpan &m : talks->members)
        QVERIFY(!overlaps(in, m, 0, u"Tough but constructive talks"_s));

    // What only one of the two reports: at most a handful besides what is really only there
    // (left today: the two sentences of the pair above, their two attribution frames, and a
    // clause of a longer sentence that no clause split reaches; the engine before statements
    // and folding listed 15 items).
    const QStringList reallyAlone = {u"Political analysts in Karsby"_s,
        u"Her Union Party holds 52 seats"_s, u"would not ask for the finance ministry"_s,
        u"A spokesman for the president"_s, u"both parties had made concessions"_s,
        u"a majority of three"_s, u"the voters had not been asked"_s,
        u"the president would meet both leaders"_s, u"agreed on the main points"_s};
    QStringList carried;
    for (const UnmatchedItem &u : c.unmatched) {
        const QString t = in.documents.at(u.doc).text.mid(u.range.start, u.range.length());
        const bool alone = std::any_of(reallyAlone.cbegin(), reallyAlone.cend(),
            [&](const QString &needle) { return t.contains(needle); });
        if (!alone)
            carried.append(t.simplified());
    }
    QVERIFY2(carried.size() <= 5, qPrintable(carried.join(u"\n"_s)));
}

void TestComparerStatements::sentenceCoversTwoStatements()
{
    // One report sums up in one sentence what the other says in two, and one of the two has a
    // closer partner in the first report: the summing-up sentence is aligned with both.
    const QString sum = u"The council approved the harbour budget for Osmark and the new ferry "
                        "timetable for the islands."_s;
    const QString budget = u"The council approved the harbour budget for Osmark on Monday."_s;
    const QString ferry = u"The new ferry timetable for the islands starts in May."_s;
    const QString closeFerry = u"In May the new ferry timetable for the islands starts."_s;
    const CompareInput in = input({Doc(sum + u" "_s + closeFerry), Doc(budget + u" "_s + ferry)});
    const Comparison c = Comparer().compare(in);
    QVERIFY(pairOf(in, c, sum, budget));
    QVERIFY(pairOf(in, c, closeFerry, ferry));
    QVERIFY(pairOf(in, c, sum, ferry));
}

QTEST_GUILESS_MAIN(TestComparerStatements)
#include "tst_comparerstatements.moc"
