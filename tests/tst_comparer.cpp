// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison engine on hand-built documents: what it aligns, the coverage tables, and its
// building blocks (synonym table, word matching). What it lists as only in one source:
// tst_onesource.
#include "compare/lexicon.h"
#include "compare/pairmodel.h"
#include "compare/units.h"
#include "compare/wordalign/diff.h"
#include "comparerfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace ComparerFixture;

class TestComparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumNamesRoundTrip();
    void synonymTable();
    void irregularFormsAreOneWord();
    void wordMatchingIsAnLcs();
    void wordMatchingStaysBoundedOnLongInput();
    void orderInTheArticleDoesNotMatter();
    void truncatedQuote();
    void splicedQuote();
    void translatedParaphrase();
    void threeDocumentCluster();
    void semicolonClausesAreTwoStatements();
    void datelineIsNoPartOfTheStatement();
    void unrelatedSentencesStayApart();
    void entityCoverage();
    void speakerCoverage();
    void nonBmpTextKeepsRanges();
    void sentenceUnitLeavesTheQuoteOut();
    void emptyAndSingleDocuments();
    void quoteTwiceInOneArticle();
    void shortQuoteInLongerQuote();
    void scareQuotedNameDoesNotAnchor();
    void titlesAndTermsAreNoUtterances();
    void groupNeedsMostMembers();
    void attributionAloneDoesNotAlign();
    void wordAlignmentFeatures();
    void personShiftFeature();
};

void TestComparer::enumNamesRoundTrip()
{
    for (int k = 0; k <= int(DifferenceKind::Attribution); ++k) {
        DifferenceKind kind {};
        QVERIFY(enumFromName(enumName(DifferenceKind(k)), &kind));
        QCOMPARE(int(kind), k);
    }
    QCOMPARE(enumName(DifferenceKind::Negation), u"negation"_s);
    QCOMPARE(enumName(AlignmentKind::Quote), u"quote"_s);
    AlignmentKind kind {};
    QVERIFY(enumFromName(u"sentence"_s, &kind));
    QCOMPARE(kind, AlignmentKind::Sentence);
    QVERIFY(!enumFromName(u"paragraph"_s, &kind));
}

void TestComparer::synonymTable()
{
    const auto &table = Compare::SynonymTable::instance();
    QVERIFY(table.size() > 10000);
    Compare::Stemmer stemmer;
    auto synonyms = [&](const QString &a, const QString &b) {
        return table.areSynonyms(stemmer.stem(a), stemmer.stem(b));
    };
    QVERIFY(synonyms(u"fruitful"_s, u"productive"_s));
    QVERIFY(synonyms(u"crucial"_s, u"pivotal"_s));
    QVERIFY(synonyms(u"talks"_s, u"negotiations"_s));
    QVERIFY(synonyms(u"difficult"_s, u"hard"_s));
    QVERIFY(!synonyms(u"fruitful"_s, u"honest"_s));
    QVERIFY(!synonyms(u"minister"_s, u"water"_s));
    // Two satellites of one head adjective are not synonyms of each other.
    QVERIFY(!synonyms(u"pivotal"_s, u"deciding"_s));
}

// An irregular form is the word of its base form: Snowball keeps "drank" apart from "drink".
// A form that is itself a word ("found" a clinic, "saw" the wood) stays what it is.
void TestComparer::irregularFormsAreOneWord()
{
    Compare::Vocabulary vocabulary;
    quint8 flags = 0;
    auto id = [&](const QString &token) {
        return vocabulary.wordId(token, false, &flags);
    };
    const QStringList tokens {u"drank"_s, u"drinks"_s, u"Told"_s, u"tell"_s, u"struck"_s,
        u"strikes"_s, u"found"_s, u"find"_s, u"saw"_s, u"see"_s};
    QCOMPARE(id(tokens.at(0)), id(tokens.at(1)));
    QCOMPARE(id(tokens.at(2)), id(tokens.at(3)));
    QCOMPARE(id(tokens.at(4)), id(tokens.at(5)));
    QVERIFY(flags & Compare::Content);
    QVERIFY(id(tokens.at(6)) != id(tokens.at(7)));
    QVERIFY(id(tokens.at(8)) != id(tokens.at(9)));
}

void TestComparer::wordMatchingIsAnLcs()
{
    const std::vector<int> a {1, 2, 3, 4, 5, 6};
    const std::vector<int> b {1, 3, 4, 9, 6, 7};
    const auto matches = Compare::matchWords(a, b);
    const std::vector<Compare::WordMatch> expected {{0, 0}, {2, 1}, {3, 2}, {5, 4}};
    QVERIFY(matches == expected);
    QVERIFY(Compare::matchWords({}, b).empty());
}

void TestComparer::wordMatchingStaysBoundedOnLongInput()
{
    // 20,000 words with edits every hundred words: anchored on unique words, exact in between.
    std::vector<int> a;
    for (int i = 0; i < 20000; ++i)
        a.push_back(i % 100 == 0 ? 1000000 + i : i % 7);
    std::vector<int> b = a;
    for (size_t i = 50; i < b.size(); i += 100)
        b[i] = -1;
    const auto matches = Compare::matchWords(a, b);
    QVERIFY(matches.size() >= 19800);
    for (size_t k = 1; k < matches.size(); ++k) {
        QVERIFY(matches[k].a > matches[k - 1].a);
        QVERIFY(matches[k].b > matches[k - 1].b);
        QCOMPARE(a[size_t(matches[k].a)], b[size_t(matches[k].b)]);
    }
}

void TestComparer::orderInTheArticleDoesNotMatter()
{
    const QString s1 = u"Veltria would fund a new monitoring station at Port Alder on the southern "
                       "shore."_s;
    const QString s2 = u"The dispute over the lake dates back to 2019, when Osmark built a dam on "
                       "the upper Varn."_s;
    const QString s3 = u"Farmers in the Sarrel valley warned that the spring quota would not cover "
                       "a dry year."_s;
    const CompareInput in
        = input({Doc(s1 + u' ' + s2 + u' ' + s3), Doc(s3 + u"\n\n"_s + s1 + u' ' + s2)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 3);
    for (const QString &s : {s1, s2, s3}) {
        const Alignment *al = findAlignment(in, c, s.left(30));
        QVERIFY2(al, qPrintable(s));
        QCOMPARE(al->members.size(), 2);
        QCOMPARE(text(in, al->members.at(0)), s);
        QCOMPARE(text(in, al->members.at(1)), s);
        QVERIFY(al->differences.isEmpty());
    }
    // Alignments come in the first document's order.
    QVERIFY(c.alignments.at(0).members.at(0).range.start
        < c.alignments.at(1).members.at(0).range.start);
    QVERIFY(c.unmatched.isEmpty());
}

void TestComparer::truncatedQuote()
{
    const QString full = u"The talks were difficult but fruitful, and we will meet again in March "
                         "to sign the final text of the water accord"_s;
    const QString cut = u"The talks were difficult but fruitful"_s;
    const CompareInput in = input({Doc(u"“"_s + full + u",” Marrow told reporters."_s)
                                       .quote(full, u"Marrow"_s, u"told reporters"_s, Marrow),
        Doc(u"“"_s + cut + u",” Marrow said at a news conference."_s)
            .quote(cut, u"Marrow"_s, u"said"_s, Marrow)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.kind, AlignmentKind::Quote);
    QCOMPARE(text(in, al.members.at(1)), cut);
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Omission);
    QVERIFY(al.differences.first().texts.at(0).startsWith(u"and we will meet again"_s));
    QCOMPARE(al.differences.first().texts.at(1), QString());
}

void TestComparer::splicedQuote()
{
    const QString full = u"We came to Kessling to listen, we argued for two long days about every "
                         "cubic metre, and we leave with an agreement that protects our farmers"_s;
    const QString spliced = u"We came to Kessling to listen and we leave with an agreement that "
                            "protects our farmers"_s;
    const CompareInput in = input({Doc(u"“"_s + full + u".” Ilse Marrow said."_s).quote(full),
        Doc(u"Marrow: “"_s + spliced + u".”"_s).quote(spliced)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    const auto omissions = ofKind(al, DifferenceKind::Omission);
    QCOMPARE(omissions.size(), 1);
    QCOMPARE(
        omissions.first()->texts.at(0), u"we argued for two long days about every cubic metre"_s);
    QCOMPARE(al.differences.size(), 1);
}

void TestComparer::translatedParaphrase()
{
    // The same words reported by two outlets translating from Veltrian: other words, same sense.
    const QString a = u"The negotiations were hard but productive, and the two delegations will "
                      "meet again in Kessling in March"_s;
    const QString b = u"The talks were difficult but fruitful, and both delegations are to meet "
                      "once more in Kessling in March"_s;
    const CompareInput in = input({Doc(u"“"_s + a + u",” said Marrow."_s).quote(a),
        Doc(u"“"_s + b + u",” Marrow said."_s).quote(b)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QVERIFY(al.similarity > 0.5);
    const auto synonyms = ofKind(al, DifferenceKind::Synonym);
    QVERIFY2(synonyms.size() >= 2, qPrintable(describe(al)));
    QVERIFY(ofKind(al, DifferenceKind::Number).isEmpty());
}

void TestComparer::threeDocumentCluster()
{
    const QString content
        = u"The talks in Kessling were long, difficult and %1 for both delegations"_s;
    const CompareInput in
        = input({Doc(u"Kessling. “"_s + content.arg(u"fruitful"_s) + u",” Marrow said."_s)
                     .quote(content.arg(u"fruitful"_s)),
            Doc(u"“"_s + content.arg(u"productive"_s) + u",” Marrow said."_s)
                .quote(content.arg(u"productive"_s)),
            Doc(u"Report. “"_s + content.arg(u"fruitful"_s) + u",” she said."_s)
                .quote(content.arg(u"fruitful"_s))});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.members.size(), 3);
    QCOMPARE(al.members.at(0).doc, 0);
    QCOMPARE(al.members.at(1).doc, 1);
    QCOMPARE(al.members.at(2).doc, 2);
    QCOMPARE(al.differences.size(), 1);
    const Difference &d = al.differences.first();
    QCOMPARE(d.kind, DifferenceKind::Synonym);
    QCOMPARE(d.texts, QStringList({u"fruitful"_s, u"productive"_s, u"fruitful"_s}));
    QCOMPARE(d.ranges.size(), 3);
    const TextRange r = d.ranges.at(2);
    QCOMPARE(in.documents.at(2).text.mid(r.start, r.length()), u"fruitful"_s);
}

void TestComparer::semicolonClausesAreTwoStatements()
{
    // One outlet joins two claims with a semicolon; the other reports only the second one. The
    // second clause aligns with it, and the first is what only the first outlet reports.
    const QString first = u"The harbour authority will close the northern pier for repairs until "
                          "March"_s;
    const QString second = u"ferries to Port Alder will leave from the southern quay instead."_s;
    const QString other = u"Ferries to Port Alder will leave from the southern quay instead, the "
                          "harbour office confirmed."_s;
    const CompareInput in = input({Doc(first + u"; "_s + second), Doc(other)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const auto &members = c.alignments.at(0).members;
    QCOMPARE(members.size(), 2);
    const TextRange a = members.at(0).range;
    QCOMPARE(members.at(0).doc, 0);
    QCOMPARE(in.documents.at(0).text.mid(a.start, a.length()), second);
    QCOMPARE(c.unmatched.size(), 1);
    QCOMPARE(c.unmatched.at(0).doc, 0);
    const TextRange u = c.unmatched.at(0).range;
    QCOMPARE(in.documents.at(0).text.mid(u.start, u.length()), first);
}

void TestComparer::datelineIsNoPartOfTheStatement()
{
    // "KESSLING (CDW) \u2014" says where and by whom the report was filed: the statement starts
    // after it, so the differences do not list the dateline against the other outlet's words.
    const QString claim = u"Veltria and Osmark agreed on Monday to share the water of Lake Varn."_s;
    const QString other = u"Veltria and Osmark agreed on Monday to share the water of Lake Varn, "
                          "officials said."_s;
    for (const QString &dateline :
        {u"KESSLING (CDW) \u2014 "_s, u"PORT ALDER, Veltria \u2013 "_s}) {
        const CompareInput in = input({Doc(dateline + claim), Doc(other)});
        const Comparison c = Comparer().compare(in);
        QCOMPARE(c.alignments.size(), 1);
        const AlignedSpan &member = c.alignments.at(0).members.at(0);
        QCOMPARE(member.doc, 0);
        QCOMPARE(text(in, member), claim);
    }
    // A sentence in capitals that goes on in small letters is no dateline.
    const QString plain = u"NATO ministers \u2014 meeting in Kessling \u2014 agreed on Monday to "
                          "share the water of Lake Varn."_s;
    const CompareInput in = input({Doc(plain), Doc(other)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QCOMPARE(text(in, c.alignments.at(0).members.at(0)), plain);
}

void TestComparer::unrelatedSentencesStayApart()
{
    // The same names and function words, different claims.
    const CompareInput in
        = input({Doc(u"Ilse Marrow and Tomas Ardelan met in Kessling for the first time since the "
                     "border dispute."_s),
            Doc(u"Ilse Marrow said that Tomas Ardelan had never visited the dam before the "
                "election."_s)});
    const Comparison c = Comparer().compare(in);
    QVERIFY2(c.alignments.isEmpty(), qPrintable(describe(c.alignments.value(0))));
    QCOMPARE(c.unmatched.size(), 2);
}

void TestComparer::entityCoverage()
{
    const CompareInput in
        = input({Doc(u"Ilse Marrow arrived in Kessling on Sunday for the talks."_s)
                     .mention(u"Ilse Marrow"_s, Marrow)
                     .mention(u"Kessling"_s, Kessling, EntityType::Location),
            Doc(u"Marrow and Ardelan met in Kessling. Ardelan left early."_s)
                .mention(u"Marrow"_s, Marrow)
                .mention(u"Ardelan"_s, Ardelan)
                .mention(u"Kessling"_s, Kessling, EntityType::Location)
                .mention(u"Ardelan"_s, Ardelan, EntityType::Person, 1)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.entities.size(), 3);
    // Two documents first, by name; then one.
    QCOMPARE(c.entities.at(0).name, u"Ilse Marrow"_s);
    QCOMPARE(c.entities.at(0).docs, QList<int>({0, 1}));
    QCOMPARE(c.entities.at(1).name, u"Kessling"_s);
    QCOMPARE(c.entities.at(1).type, EntityType::Location);
    QCOMPARE(c.entities.at(2).name, u"Tomas Ardelan"_s);
    QCOMPARE(c.entities.at(2).docs, QList<int>({1}));
    QCOMPARE(c.entities.at(2).mentions, QList<int>({0, 2}));
}

void TestComparer::speakerCoverage()
{
    const CompareInput in = input(
        {Doc(u"“We will meet again in March,” Marrow said. “Nothing is agreed,” Ardelan said."_s)
                .quote(u"We will meet again in March"_s, u"Marrow"_s, u"said"_s, Marrow)
                .quote(u"Nothing is agreed"_s, u"Ardelan"_s, u"said"_s, Ardelan),
            Doc(u"“The water is ours too,” Marrow said. “It is a start,” said a farmer. “We "
                "wait,” she said."_s)
                .quote(u"The water is ours too"_s, u"Marrow"_s, u"said"_s, Marrow)
                .quote(u"It is a start"_s, u"a farmer"_s)
                .quote(u"We wait"_s, u"she"_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.speakers.size(), 3);
    QCOMPARE(c.speakers.at(0).name, u"Ilse Marrow"_s);
    QCOMPARE(c.speakers.at(0).entity, int(Marrow));
    QCOMPARE(c.speakers.at(0).quotes, QList<int>({1, 1}));
    QCOMPARE(c.speakers.at(0).words, QList<int>({6, 5}));
    QCOMPARE(c.speakers.at(1).name, u"a farmer"_s);
    QCOMPARE(c.speakers.at(1).quotes, QList<int>({0, 1}));
    QCOMPARE(c.speakers.at(2).name, u"Tomas Ardelan"_s);
    QCOMPARE(c.speakers.at(2).quotes, QList<int>({1, 0}));
}

void TestComparer::nonBmpTextKeepsRanges()
{
    const QString content = u"The talks were difficult but fruitful for the whole region"_s;
    const QString a = u"🌊🌊 Lake Varn 🌊 “"_s + content + u",” Marrow said."_s;
    const QString b = u"“"_s + content + u",” Marrow said. 🎉"_s;
    const CompareInput in = input({Doc(a).quote(content), Doc(b).quote(content)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QCOMPARE(text(in, c.alignments.first().members.at(0)), content);
    QCOMPARE(text(in, c.alignments.first().members.at(1)), content);
}

void TestComparer::sentenceUnitLeavesTheQuoteOut()
{
    // The claim after the quote aligns with the same claim elsewhere; the quote's words are not
    // part of the sentence unit.
    const QString quote = u"Nothing is agreed until everything is agreed"_s;
    const QString a = u"“"_s + quote
        + u",” Ardelan said, adding that his government would put "
          "the draft to parliament before the end of January."_s;
    const QString b = u"His government would put the draft to parliament before the end of "
                      "January, Ardelan added."_s;
    const CompareInput in = input({Doc(a).quote(quote, u"Ardelan"_s, u"said"_s, Ardelan), Doc(b)});
    const Comparison c = Comparer().compare(in);
    const Alignment *al = findAlignment(in, c, u"draft to parliament"_s);
    QVERIFY(al);
    QCOMPARE(al->kind, AlignmentKind::Sentence);
    QVERIFY(!text(in, al->members.at(0)).contains(u"Nothing"_s));
    QCOMPARE(c.unmatched.size(), 1);
    QCOMPARE(c.unmatched.first().kind, AlignmentKind::Quote);
}

void TestComparer::emptyAndSingleDocuments()
{
    const Comparer comparer;
    QVERIFY(comparer.compare({}).alignments.isEmpty());
    const CompareInput one
        = input({Doc(u"Veltria would fund a new monitoring station at Port Alder."_s)});
    const Comparison c = comparer.compare(one);
    QVERIFY(c.alignments.isEmpty());
    QCOMPARE(c.unmatched.size(), 1);
    const CompareInput blank
        = input({Doc(QString()), Doc(u"   \n\n  "_s), Doc(u"“”"_s).quote(u"”"_s)});
    QVERIFY(comparer.compare(blank).unmatched.isEmpty());
}

void TestComparer::quoteTwiceInOneArticle()
{
    // One outlet quotes the whole sentence; the other gives its first half in the lead and the
    // second half later: both halves align with the whole, each as a pair of its own.
    const QString first = u"The lake belongs to both our peoples"_s;
    const QString second = u"we will share its water fairly with every village on the shore"_s;
    const QString whole = first + u", and "_s + second;
    const CompareInput in = input({Doc(u"“"_s + whole + u",” Marrow said in Kessling."_s)
                                       .quote(whole, u"Marrow"_s, u"said"_s, Marrow),
        Doc(u"Marrow said “"_s + first
            + u".” The envoy spoke after the second round. Later she "
              "added: “"_s
            + second + u".”"_s)
            .quote(first, u"Marrow"_s, u"said"_s, Marrow)
            .quote(second)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 2);
    QStringList halves;
    for (const Alignment &al : c.alignments) {
        QCOMPARE(al.kind, AlignmentKind::Quote);
        QCOMPARE(al.members.size(), 2);
        QCOMPARE(text(in, al.members.at(0)), whole);
        halves.append(text(in, al.members.at(1)));
    }
    halves.sort();
    QCOMPARE(halves, QStringList({first, second}));
    for (const UnmatchedItem &item : c.unmatched)
        QVERIFY(item.kind != AlignmentKind::Quote);
}

void TestComparer::shortQuoteInLongerQuote()
{
    // "reckless" quoted alone in one outlet, inside the full quotation in another.
    const QString full = u"This plan is reckless and Osmark will not sign it in its present form"_s;
    const CompareInput in = input({Doc(u"Ardelan called the draft “reckless” on Tuesday."_s)
                                       .quote(u"reckless"_s, u"Ardelan"_s, u"called"_s, Ardelan),
        Doc(u"“"_s + full + u",” Ardelan told the delegates."_s)
            .quote(full, u"Ardelan"_s, u"told"_s, Ardelan)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.kind, AlignmentKind::Quote);
    QCOMPARE(text(in, al.members.at(0)), u"reckless"_s);
    QCOMPARE(text(in, al.members.at(1)), full);

    // The same short words scattered over the longer quote are not contained.
    const CompareInput scattered
        = input({Doc(u"Ardelan called it “fair water”."_s).quote(u"fair water"_s),
            Doc(u"“Water from the dam is not shared in any fair way,” Ardelan said."_s)
                .quote(u"Water from the dam is not shared in any fair way"_s)});
    QVERIFY(Comparer().compare(scattered).alignments.isEmpty());

    // A short quote with a synonym is still the same words in order: "difficult but
    // productive" inside "the talks were difficult but fruitful".
    const QString whole = u"The talks were difficult but fruitful"_s;
    const CompareInput synonym
        = input({Doc(u"Marrow called the talks “difficult but productive”."_s)
                     .quote(u"difficult but productive"_s, u"Marrow"_s, u"called"_s),
            Doc(u"“"_s + whole + u",” Marrow said."_s).quote(whole, u"Marrow"_s, u"said"_s)});
    const Comparison withSynonym = Comparer().compare(synonym);
    QCOMPARE(withSynonym.alignments.size(), 1);
    QCOMPARE(
        text(synonym, withSynonym.alignments.first().members.at(0)), u"difficult but productive"_s);
}

void TestComparer::scareQuotedNameDoesNotAnchor()
{
    // A name in quotation marks is a label: the "Blue Heron" ferry in three outlets.
    const CompareInput in
        = input({Doc(u"Delegates crossed on the “Blue Heron” at dawn."_s).quote(u"Blue Heron"_s),
            Doc(u"The old ferry, the “Blue Heron”, carried the Veltrian delegation."_s)
                .quote(u"Blue Heron"_s),
            Doc(u"“The Blue Heron has crossed this lake for forty years,” the captain said."_s)
                .quote(u"The Blue Heron has crossed this lake for forty years"_s)});
    const Comparison c = Comparer().compare(in);
    for (const Alignment &al : c.alignments)
        QVERIFY2(al.kind != AlignmentKind::Quote, qPrintable(text(in, al.members.at(0))));
}

void TestComparer::titlesAndTermsAreNoUtterances()
{
    // A programme's title in quotation marks is no utterance, even where the extractor took the
    // guest for its speaker.
    const CompareInput title = input(
        {Doc(u"Marrow told the Lakeside Ledger's “Week in Review” that the talks would go on."_s)
                .quote(u"Week in Review"_s, u"Marrow"_s, u"told"_s),
            Doc(u"Speaking on “Week in Review”, Marrow defended the water accord."_s)
                .quote(u"Week in Review"_s, u"Marrow"_s, u"Speaking"_s)});
    for (const Alignment &al : Comparer().compare(title).alignments)
        QVERIFY2(al.kind != AlignmentKind::Quote, qPrintable(text(title, al.members.at(0))));

    // Nor is a term no cue introduces: the prize's nickname in two outlets.
    const CompareInput term = input({Doc(u"The hydrologist won the “river medal” last spring."_s)
                                         .quote(u"river medal"_s, u"The hydrologist"_s),
        Doc(u"Dr. Sefa, a winner of the “river medal”, will chair the panel."_s)
            .quote(u"river medal"_s, u"Dr. Sefa"_s)});
    for (const Alignment &al : Comparer().compare(term).alignments)
        QVERIFY2(al.kind != AlignmentKind::Quote, qPrintable(text(term, al.members.at(0))));

    // A short quote that is a sentence of its own is an utterance, cue or none: the envoy's
    // reply, quoted by two outlets.
    const CompareInput reply
        = input({Doc(u"Asked about the dam, Marrow paused. “Ask the ferrymen.” Then she left."_s)
                     .quote(u"Ask the ferrymen."_s, u"Marrow"_s),
            Doc(u"Marrow would not discuss the dam. “Ask the ferrymen.”"_s)
                .quote(u"Ask the ferrymen."_s, u"Marrow"_s)});
    const Comparison replied = Comparer().compare(reply);
    const Alignment *al = findAlignment(reply, replied, u"Ask the ferrymen."_s);
    QVERIFY(al);
    QCOMPARE(al->kind, AlignmentKind::Quote);
    QCOMPARE(al->members.size(), 2);
}

void TestComparer::groupNeedsMostMembers()
{
    // a and b are nearly the same sentence; c shares half of b's words but none of a's. The
    // chain a~b~c must not put c in the group of a and b.
    const QString a = u"Veltria named Ilse Marrow its new envoy to the Lake Varn water talks on "
                      "Monday."_s;
    const QString b = u"Veltria named Ilse Marrow its new envoy to the Lake Varn water talks, the "
                      "foreign ministry in Kessling announced."_s;
    const QString c = u"The foreign ministry in Kessling announced that the border crossing at "
                      "Port Alder would reopen."_s;
    const CompareInput in = input({Doc(a), Doc(b), Doc(c)});
    const Comparison result = Comparer().compare(in);
    const Alignment *al = findAlignment(in, result, u"new envoy"_s);
    QVERIFY(al);
    QCOMPARE(al->members.size(), 2);
    for (const AlignedSpan &m : al->members)
        QVERIFY(m.doc != 2);
}

void TestComparer::attributionAloneDoesNotAlign()
{
    // Two different statements of one officer, reported with the same attribution inside the
    // span: the speaker and the cue are not content, and a name alone is no match.
    const QString a = u"boats must stay in port until the storm passes, said harbour Lt. Okoro"_s;
    const QString b = u"the ferry to Kessling runs again on Friday, said harbour Lt. Okoro"_s;
    const CompareInput in
        = input({Doc(u"Police: "_s + a + u'.')
                     .quote(a, u"harbour Lt. Okoro"_s, u"said"_s, Okoro, QuoteKind::Indirect)
                     .mention(u"Okoro"_s, Okoro),
            Doc(u"Update: "_s + b + u'.')
                .quote(b, u"harbour Lt. Okoro"_s, u"said"_s, Okoro, QuoteKind::Indirect)
                .mention(u"Okoro"_s, Okoro)});
    const Comparison c = Comparer().compare(in);
    QVERIFY2(c.alignments.isEmpty(), qPrintable(text(in, c.alignments.value(0).members.value(0))));
}

// The word alignment of a pair with a quote (pair features AlignedShare, Supported,
// UnalignedNames): the same words in the same context score higher than the same words scattered
// over another claim; two plain sentences get none of them (the statement model does without).
void TestComparer::wordAlignmentFeatures()
{
    const Doc a = Doc(u"“Guards found a boat at the pier near Kessling,” Okoro said."_s)
                      .quote(u"Guards found a boat at the pier near Kessling"_s, u"Okoro"_s,
                          u"said"_s, Okoro)
                      .mention(u"Kessling"_s, Kessling, EntityType::Location)
                      .mention(u"Okoro"_s, Okoro);
    const Doc same = Doc(u"“The guards found a small fishing boat and two nets at the pier,” "
                         "Okoro told reporters."_s)
                         .quote(u"The guards found a small fishing boat and two nets at the pier"_s,
                             u"Okoro"_s, u"told reporters"_s, Okoro)
                         .mention(u"Okoro"_s, Okoro);
    const Doc scattered = Doc(u"“The boat belonged to a retired farmer from the valley, the old "
                              "pier to his neighbour, and the guards who found them left,” Okoro "
                              "said."_s)
                              .quote(u"The boat belonged to a retired farmer from the valley, the "
                                     "old pier to his neighbour, and the guards who found them "
                                     "left"_s,
                                  u"Okoro"_s, u"said"_s, Okoro)
                              .mention(u"Okoro"_s, Okoro);
    auto quotePair = [](const CompareInput &in) {
        for (const PairSample &s : Comparer().candidatePairs(in)) {
            if (s.kindA == AlignmentKind::Quote && s.kindB == AlignmentKind::Quote)
                return s.features;
        }
        return PairFeatures {};
    };
    auto at = [](const PairFeatures &f, PairFeature feature) {
        return f[size_t(feature)];
    };
    const PairFeatures close = quotePair(input({a, same}));
    const PairFeatures far = quotePair(input({a, scattered}));
    // Guards, found, boat, pier: of 6 content words ("near", "Kessling" left) and of 8
    // ("small", "fishing", "two", "nets").
    QCOMPARE(at(close, PairFeature::AlignedShare), 4.0f / 8.0f);
    // Each of the four has an aligned neighbour whose partner stands near its own.
    QCOMPARE(at(close, PairFeature::Supported), 4.0f / 6.0f);
    // Kessling and the number two are on one side only.
    QCOMPARE(at(close, PairFeature::UnalignedNames), float(std::log1p(2.0)));
    QVERIFY(at(far, PairFeature::AlignedShare) > 0);
    // Only "guards found" keeps its context there.
    QCOMPARE(at(far, PairFeature::Supported), 2.0f / 6.0f);
    // Two plain sentences: no word alignment features.
    const CompareInput plain = input({Doc(u"Guards found a boat at the pier on Sunday."_s),
        Doc(u"The guards found a small boat at the pier."_s)});
    const QList<PairSample> samples = Comparer().candidatePairs(plain);
    QCOMPARE(samples.size(), 1);
    QVERIFY(at(samples.first().features, PairFeature::InOrder) > 0);
    QCOMPARE(at(samples.first().features, PairFeature::AlignedShare), 0.0f);
    QCOMPARE(at(samples.first().features, PairFeature::Supported), 0.0f);
}

// A direct quote against reported speech of the same words (pair feature PersonShift): the
// quote's "we" is the report's "they", its "my" the speaker's name; two direct quotes, or "we"
// against "he", shift nothing.
void TestComparer::personShiftFeature()
{
    const QString we = u"We will not sign the treaty before the spring"_s;
    const QString they = u"they would not sign the treaty before the spring"_s;
    const Doc direct = Doc(u"“"_s + we + u",” Marrow said."_s)
                           .quote(we, u"Marrow"_s, u"said"_s, Marrow)
                           .mention(u"Marrow"_s, Marrow);
    auto pairOfKinds = [](const CompareInput &in, AlignmentKind a, AlignmentKind b) {
        for (const PairSample &s : Comparer().candidatePairs(in)) {
            if ((s.kindA == a && s.kindB == b) || (s.kindA == b && s.kindB == a))
                return s.features;
        }
        return PairFeatures {};
    };
    auto at = [](const PairFeatures &f, PairFeature feature) {
        return f[size_t(feature)];
    };
    // The direct quote against another outlet's "NAME said CONTENT." as reported speech.
    auto againstReport = [&](const QString &name, int entity, const QString &content) {
        return pairOfKinds(input({direct,
                               Doc(name + u" said "_s + content + u'.')
                                   .quote(content, name, u"said"_s, entity, QuoteKind::Indirect)
                                   .mention(name, entity)}),
            AlignmentKind::Quote, AlignmentKind::Quote);
    };
    const PairFeatures reported = againstReport(u"Marrow"_s, Marrow, they);
    QCOMPARE(at(reported, PairFeature::PersonShift), float(std::log1p(1.0)));
    // The report's own "Marrow said" is attribution, no shifted person.
    QCOMPARE(at(reported, PairFeature::UnalignedNames), 0.0f);

    // "My party" in the quote, "Marrow's party" in the other outlet's own sentence: the name is
    // the shifted person, not a name the quote lacks.
    const QString my = u"My party will not sign the treaty before the spring"_s;
    const PairFeatures named
        = pairOfKinds(input({Doc(u"“"_s + my + u",” Marrow said."_s)
                                 .quote(my, u"Marrow"_s, u"said"_s, Marrow)
                                 .mention(u"Marrow"_s, Marrow),
                          Doc(u"Marrow's party will not sign the treaty before the spring."_s)
                              .mention(u"Marrow"_s, Marrow)}),
            AlignmentKind::Quote, AlignmentKind::Sentence);
    QCOMPARE(at(named, PairFeature::PersonShift), float(std::log1p(1.0)));
    QCOMPARE(at(named, PairFeature::UnalignedNames), 0.0f);

    // Two direct quotes: both "we", no shift.
    const QString again = u"We will not sign this treaty before spring"_s;
    const PairFeatures quotes = pairOfKinds(input({direct,
                                                Doc(u"“"_s + again + u",” Marrow said."_s)
                                                    .quote(again, u"Marrow"_s, u"said"_s, Marrow)
                                                    .mention(u"Marrow"_s, Marrow)}),
        AlignmentKind::Quote, AlignmentKind::Quote);
    QVERIFY(at(quotes, PairFeature::InOrder) > 0);
    QCOMPARE(at(quotes, PairFeature::PersonShift), 0.0f);

    // "We" is not "he": the number of the person must agree.
    const QString he = u"he would not sign the treaty before the spring"_s;
    const PairFeatures singular = againstReport(u"Okoro"_s, Okoro, he);
    QVERIFY(at(singular, PairFeature::InOrder) > 0);
    QCOMPARE(at(singular, PairFeature::PersonShift), 0.0f);
}

QTEST_GUILESS_MAIN(TestComparer)
#include "tst_comparer.moc"
