// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How the comparison classifies the differences inside an aligned group, one class at a time.
#include "comparerfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace ComparerFixture;

class TestComparerDifferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synonymDifference_data();
    void synonymDifference();
    void wordingDifference();
    void omissionAndAddition();
    void numberDifference_data();
    void numberDifference();
    void numberWrittenAsWordIsNoDifference();
    void dateDifference();
    void nameDifference();
    void longerChangeAroundANameIsWording();
    void negationDifference();
    void negationInsideALongerOmissionIsAnOmission();
    void attributionToAnotherSpeaker();
    void attributionWithAnotherCueVerb();
    void neutralCueVerbsAreNoDifference();
    void sameSurnameOrPronounIsNoAttributionDifference();
    void quoteAgainstParaphrase();
    void quoteAgainstPlainSentence();
    void overlappingChangesOfThreeMembersAreOneDifference();
};

void TestComparerDifferences::synonymDifference_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("fruitful/productive") << u"fruitful"_s << u"productive"_s;
    QTest::newRow("crucial/pivotal") << u"crucial"_s << u"pivotal"_s;
}

void TestComparerDifferences::synonymDifference()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString a = u"“The talks in Kessling were long, difficult and %1 for both delegations,” "
                      "Ilse Marrow said."_s.arg(first);
    const QString b = u"“The talks in Kessling were long, difficult and %1 for both delegations,” "
                      "Ilse Marrow said."_s.arg(second);
    const QString content
        = u"The talks in Kessling were long, difficult and %1 for both delegations"_s;
    const CompareInput in
        = input({Doc(a).quote(content.arg(first), u"Ilse Marrow"_s, u"said"_s, Marrow),
            Doc(b).quote(content.arg(second), u"Ilse Marrow"_s, u"said"_s, Marrow)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.kind, AlignmentKind::Quote);
    QCOMPARE(al.members.size(), 2);
    QCOMPARE(text(in, al.members.at(0)), content.arg(first));
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Synonym);
    QCOMPARE(al.differences.first().texts, QStringList({first, second}));
    const TextRange r = al.differences.first().ranges.at(1);
    QCOMPARE(b.mid(r.start, r.length()), second);
    QVERIFY(c.unmatched.isEmpty());
}

void TestComparerDifferences::wordingDifference()
{
    const QString content
        = u"The talks in Kessling were long, difficult and %1 for both delegations"_s;
    const CompareInput in = input({Doc(u"“"_s + content.arg(u"fruitful"_s) + u",” she said."_s)
                                       .quote(content.arg(u"fruitful"_s)),
        Doc(u"“"_s + content.arg(u"honest"_s) + u",” she said."_s)
            .quote(content.arg(u"honest"_s))});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Wording);
    QCOMPARE(al.differences.first().texts, QStringList({u"fruitful"_s, u"honest"_s}));
}

void TestComparerDifferences::omissionAndAddition()
{
    const QString a = u"The commission will publish the draft agreement on water quotas for Lake "
                      "Varn next week after the ministers have read it."_s;
    const QString b = u"The commission will publish the draft agreement on water quotas for Lake "
                      "Varn next week."_s;
    const CompareInput in = input({Doc(a), Doc(b)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.kind, AlignmentKind::Sentence);
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Omission);
    QCOMPARE(al.differences.first().texts,
        QStringList({u"after the ministers have read it"_s, QString()}));
    QVERIFY(!al.differences.first().ranges.at(1).isValid());

    // The other way round, the later member adds the words.
    const CompareInput reversed = input({Doc(b), Doc(a)});
    const Comparison r = Comparer().compare(reversed);
    QCOMPARE(r.alignments.size(), 1);
    QCOMPARE(r.alignments.first().differences.size(), 1);
    QCOMPARE(r.alignments.first().differences.first().kind, DifferenceKind::Addition);
    QCOMPARE(r.alignments.first().differences.first().texts,
        QStringList({QString(), u"after the ministers have read it"_s}));
}

void TestComparerDifferences::numberDifference_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("digits") << u"40"_s << u"45"_s;
    QTest::newRow("word and digits") << u"twelve"_s << u"15"_s;
    QTest::newRow("million/billion") << u"million"_s << u"billion"_s;
}

void TestComparerDifferences::numberDifference()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString text = u"Under the draft, Osmark would release %1 cubic metres of the spring "
                         "inflow of the lake to Veltrian farms."_s;
    const Comparison c = Comparer().compare(input({Doc(text.arg(first)), Doc(text.arg(second))}));
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Number);
    QCOMPARE(al.differences.first().texts, QStringList({first, second}));
}

void TestComparerDifferences::numberWrittenAsWordIsNoDifference()
{
    const CompareInput in = input(
        {Doc(u"Under the draft, Osmark would release forty percent of the spring inflow of the "
             "lake to Veltrian farms."_s),
            Doc(u"Under the draft, Osmark would release 40 percent of the spring inflow of the "
                "lake to Veltrian farms."_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QVERIFY2(
        c.alignments.first().differences.isEmpty(), qPrintable(describe(c.alignments.first())));
}

void TestComparerDifferences::dateDifference()
{
    const QString a = u"Technical teams from both countries will resume their work in Kessling on "
                      "8 December."_s;
    const QString b = u"Technical teams from both countries will resume their work in Kessling on "
                      "9 December."_s;
    const CompareInput in = input({Doc(a).date(u"8 December"_s, u"2025-12-08"_s),
        Doc(b).date(u"9 December"_s, u"2025-12-09"_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Date);
    QCOMPARE(al.differences.first().texts, QStringList({u"8"_s, u"9"_s}));

    // A weekday is a date even where the annotator found no expression.
    const CompareInput days = input(
        {Doc(u"The foreign ministers signed the provisional accord in Kessling on Monday."_s),
            Doc(u"The foreign ministers signed the provisional accord in Kessling on Tuesday."_s)});
    const Comparison d = Comparer().compare(days);
    QCOMPARE(d.alignments.size(), 1);
    QCOMPARE(d.alignments.first().differences.size(), 1);
    QCOMPARE(d.alignments.first().differences.first().kind, DifferenceKind::Date);
}

void TestComparerDifferences::nameDifference()
{
    const QString a = u"The draft was presented to the press by Dana Okoro in Kessling late on "
                      "Monday evening."_s;
    const QString b = u"The draft was presented to the press by Piet Vandal in Kessling late on "
                      "Monday evening."_s;
    const CompareInput in = input(
        {Doc(a).mention(u"Dana Okoro"_s, Okoro)
                .mention(u"Kessling"_s, Kessling, EntityType::Location),
            Doc(b)
                .mention(u"Piet Vandal"_s, Vandal)
                .mention(u"Kessling"_s, Kessling, EntityType::Location)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Name);
    QCOMPARE(al.differences.first().texts, QStringList({u"Dana Okoro"_s, u"Piet Vandal"_s}));
}

void TestComparerDifferences::longerChangeAroundANameIsWording()
{
    const QString a = u"Under the draft, Osmark would release a large share of the spring inflow "
                      "to Veltria."_s;
    const QString b = u"Under the draft, Osmark would release a large share of the spring inflow "
                      "to Veltrian farms along the valley."_s;
    const CompareInput in = input({Doc(a).mention(u"Veltria"_s, Veltria, EntityType::Location),
        Doc(b).mention(u"Veltrian"_s, Other, EntityType::Misc)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QVERIFY2(ofKind(al, DifferenceKind::Name).isEmpty(), qPrintable(describe(al)));
    QCOMPARE(ofKind(al, DifferenceKind::Wording).size(), 1);
}

void TestComparerDifferences::negationDifference()
{
    const CompareInput in = input(
        {Doc(u"His government would sign the accord before the parliament in Osmark City had "
             "debated it."_s),
            Doc(u"His government would not sign the accord before the parliament in Osmark City "
                "had debated it."_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Negation);
    QCOMPARE(al.differences.first().texts, QStringList({QString(), u"not"_s}));
}

void TestComparerDifferences::negationInsideALongerOmissionIsAnOmission()
{
    const QString full
        = u"I always take these talks seriously, but never as seriously as this week, and "
          "I wish I did not have to sign a fragile water agreement"_s;
    const QString cut
        = u"I always take these talks seriously, but never as seriously as this week"_s;
    const CompareInput in = input({Doc(u"“"_s + full + u",” Ardelan said."_s).quote(full),
        Doc(u"“"_s + cut + u",” Ardelan said."_s).quote(cut)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QVERIFY2(ofKind(al, DifferenceKind::Negation).isEmpty(), qPrintable(describe(al)));
    QCOMPARE(ofKind(al, DifferenceKind::Omission).size(), 1);
}

void TestComparerDifferences::attributionToAnotherSpeaker()
{
    const QString content = u"Nothing is agreed until everything is agreed on the lake"_s;
    const CompareInput in = input({Doc(u"“"_s + content + u",” Tomas Ardelan said."_s)
                                       .quote(content, u"Tomas Ardelan"_s, u"said"_s, Ardelan)
                                       .mention(u"Tomas Ardelan"_s, Ardelan),
        Doc(u"“"_s + content + u",” Ilse Marrow said."_s)
            .quote(content, u"Ilse Marrow"_s, u"said"_s, Marrow)
            .mention(u"Ilse Marrow"_s, Marrow)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.kind, AlignmentKind::Quote);
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Attribution);
    QCOMPARE(al.differences.first().texts, QStringList({u"Tomas Ardelan"_s, u"Ilse Marrow"_s}));
    QCOMPARE(al.similarity, 1.0);
}

void TestComparerDifferences::attributionWithAnotherCueVerb()
{
    const QString content = u"The agreement is fragile and parliament must debate it first"_s;
    const CompareInput in = input({Doc(u"“"_s + content + u",” Ardelan said."_s)
                                       .quote(content, u"Ardelan"_s, u"said"_s, Ardelan),
        Doc(u"“"_s + content + u",” Ardelan admitted."_s)
            .quote(content, u"Ardelan"_s, u"admitted"_s, Ardelan)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Attribution);
    QCOMPARE(al.differences.first().texts, QStringList({u"said"_s, u"admitted"_s}));
}

void TestComparerDifferences::neutralCueVerbsAreNoDifference()
{
    const QString content = u"The agreement is fragile and parliament must debate it first"_s;
    const CompareInput in = input({Doc(u"“"_s + content + u",” Ardelan said."_s)
                                       .quote(content, u"Ardelan"_s, u"said"_s, Ardelan),
        Doc(u"“"_s + content + u",” Ardelan told reporters."_s)
            .quote(content, u"Ardelan"_s, u"told reporters"_s, Ardelan)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QVERIFY2(
        c.alignments.first().differences.isEmpty(), qPrintable(describe(c.alignments.first())));
}

void TestComparerDifferences::sameSurnameOrPronounIsNoAttributionDifference()
{
    // The linker kept two entities for one person; a pronoun's resolution is a guess.
    const QString content = u"The agreement is fragile and parliament must debate it first"_s;
    const CompareInput in
        = input({Doc(u"“"_s + content + u",” Foreign Minister Ardelan said."_s)
                     .quote(content, u"Foreign Minister Ardelan"_s, u"said"_s, Ardelan),
            Doc(u"“"_s + content + u",” Tomas Ardelan said."_s)
                .quote(content, u"Tomas Ardelan"_s, u"said"_s, Other),
            Doc(u"“"_s + content + u",” he said."_s).quote(content, u"he"_s, u"said"_s, Marrow)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QCOMPARE(c.alignments.first().members.size(), 3);
    QVERIFY2(
        c.alignments.first().differences.isEmpty(), qPrintable(describe(c.alignments.first())));
}

void TestComparerDifferences::quoteAgainstParaphrase()
{
    const QString a = u"“The agreement is fragile and parliament must debate it first,” Ardelan "
                      "said."_s;
    const QString b = u"Ardelan said that the agreement was fragile and that parliament must "
                      "debate it first."_s;
    const CompareInput in
        = input({Doc(a).quote(u"The agreement is fragile and parliament must debate it first"_s,
                     u"Ardelan"_s, u"said"_s, Ardelan),
            Doc(b).quote(u"the agreement was fragile and that parliament must debate it first"_s,
                u"Ardelan"_s, u"said"_s, Ardelan, QuoteKind::Indirect)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.kind, AlignmentKind::Quote);
    const auto attribution = ofKind(al, DifferenceKind::Attribution);
    QCOMPARE(attribution.size(), 1);
    QCOMPARE(attribution.first()->texts, QStringList({u"quote"_s, u"paraphrase"_s}));
}

void TestComparerDifferences::quoteAgainstPlainSentence()
{
    const QString content = u"The agreement is fragile and parliament must debate it first"_s;
    const CompareInput in = input({Doc(u"“"_s + content + u",” Ardelan said."_s)
                                       .quote(content, u"Ardelan"_s, u"said"_s, Ardelan),
        Doc(u"Officials in Osmark City said the agreement is fragile and parliament must "
            "debate it first."_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.kind, AlignmentKind::Quote);
    QCOMPARE(al.members.at(0).doc, 0);
    QCOMPARE(al.members.at(1).doc, 1);
    const auto attribution = ofKind(al, DifferenceKind::Attribution);
    QCOMPARE(attribution.size(), 1);
    QCOMPARE(attribution.first()->texts, QStringList({u"quote"_s, u"paraphrase"_s}));
}

void TestComparerDifferences::overlappingChangesOfThreeMembersAreOneDifference()
{
    const QString content
        = u"The talks in Kessling were long, %1 for both delegations of the lake states"_s;
    const QString a = content.arg(u"difficult but fruitful"_s);
    const QString b = content.arg(u"difficult but productive"_s);
    const QString c3 = content.arg(u"tiring and hard"_s);
    const CompareInput in = input({Doc(u"“"_s + a + u",” Marrow said."_s).quote(a),
        Doc(u"“"_s + b + u",” Marrow said."_s).quote(b),
        Doc(u"“"_s + c3 + u",” Marrow said."_s).quote(c3)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.members.size(), 3);
    QCOMPARE(al.differences.size(), 1);
    const Difference &d = al.differences.first();
    QCOMPARE(d.kind, DifferenceKind::Wording);
    QCOMPARE(d.texts,
        QStringList(
            {u"difficult but fruitful"_s, u"difficult but productive"_s, u"tiring and hard"_s}));
}

QTEST_GUILESS_MAIN(TestComparerDifferences)
#include "tst_comparerdifferences.moc"
