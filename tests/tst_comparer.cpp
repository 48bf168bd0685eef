// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison engine on hand-built documents: which quotes and sentences it aligns, and how it
// classifies the differences inside each group.
#include "compare/comparison.h"
#include "compare/lexicon.h"
#include "compare/wordalign/diff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// A document with its annotations placed by searching the text, so fixtures read as prose.
class Doc
{
public:
    explicit Doc(const QString &text) { m_doc.text = text; }

    TextRange find(const QString &needle, int occurrence = 0) const
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = m_doc.text.indexOf(needle, at + 1);
        if (at < 0)
            qFatal("fixture: '%s' is not in the text", qPrintable(needle));
        return {qint32(at), qint32(at + needle.size())};
    }
    Doc &quote(const QString &content, const QString &speaker = {}, const QString &cue = {},
        int speakerEntity = -1, QuoteKind kind = QuoteKind::Direct)
    {
        CompareQuote q;
        q.content = find(content);
        q.kind = kind;
        if (!speaker.isEmpty())
            q.speaker = find(speaker);
        if (!cue.isEmpty())
            q.cue = find(cue);
        q.speakerEntity = speakerEntity;
        m_doc.quotes.append(q);
        return *this;
    }
    Doc &mention(
        const QString &text, int entity, EntityType type = EntityType::Person, int occurrence = 0)
    {
        m_doc.mentions.append({find(text, occurrence), type, 1.0f, entity});
        return *this;
    }
    Doc &date(const QString &text, const QString &value)
    {
        m_doc.temporals.append({find(text), TemporalType::Date, value, 1.0f});
        return *this;
    }
    CompareDocument build() const
    {
        CompareDocument doc = m_doc;
        std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const EntityMention &a, const EntityMention &b) {
                return a.range.start < b.range.start;
            });
        std::sort(doc.temporals.begin(), doc.temporals.end(),
            [](const TemporalExpression &a, const TemporalExpression &b) {
                return a.range.start < b.range.start;
            });
        return doc;
    }

private:
    CompareDocument m_doc;
};

// The story's people and places, shared by every fixture: the same index is the same entity.
enum : int { Marrow, Ardelan, Okoro, Vandal, Kessling, Osmark, Veltria, Other };
QList<Entity> storyEntities()
{
    return {{u"Ilse Marrow"_s, EntityType::Person, {}},
        {u"Tomas Ardelan"_s, EntityType::Person, {}}, {u"Dana Okoro"_s, EntityType::Person, {}},
        {u"Piet Vandal"_s, EntityType::Person, {}}, {u"Kessling"_s, EntityType::Location, {}},
        {u"Osmark"_s, EntityType::Location, {}}, {u"Veltria"_s, EntityType::Location, {}}};
}

CompareInput input(const QList<Doc> &docs)
{
    CompareInput in;
    in.entities = storyEntities();
    for (const Doc &d : docs)
        in.documents.append(d.build());
    return in;
}

QString text(const CompareInput &in, const AlignedSpan &span)
{
    return in.documents.at(span.doc).text.mid(span.range.start, span.range.length());
}

// The alignment whose first member's text contains needle.
const Alignment *findAlignment(const CompareInput &in, const Comparison &c, const QString &needle)
{
    for (const Alignment &a : c.alignments) {
        for (const AlignedSpan &m : a.members) {
            if (text(in, m).contains(needle))
                return &a;
        }
    }
    return nullptr;
}

QList<const Difference *> ofKind(const Alignment &a, DifferenceKind kind)
{
    QList<const Difference *> out;
    for (const Difference &d : a.differences) {
        if (d.kind == kind)
            out.append(&d);
    }
    return out;
}

QString describe(const Alignment &a)
{
    QStringList parts;
    for (const Difference &d : a.differences)
        parts.append(enumName(d.kind) + u": "_s + d.texts.join(u" | "_s));
    return parts.join(u"; "_s);
}

} // namespace

class TestComparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumNamesRoundTrip();
    void synonymTable();
    void wordMatchingIsAnLcs();
    void wordMatchingStaysBoundedOnLongInput();
    void synonymDifference_data();
    void synonymDifference();
    void wordingDifference();
    void omissionAndAddition();
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
    void orderInTheArticleDoesNotMatter();
    void truncatedQuote();
    void splicedQuote();
    void translatedParaphrase();
    void threeDocumentCluster();
    void overlappingChangesOfThreeMembersAreOneDifference();
    void unmatchedItems();
    void unrelatedSentencesStayApart();
    void entityCoverage();
    void speakerCoverage();
    void nonBmpTextKeepsRanges();
    void sentenceUnitLeavesTheQuoteOut();
    void emptyAndSingleDocuments();
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

void TestComparer::synonymDifference_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("fruitful/productive") << u"fruitful"_s << u"productive"_s;
    QTest::newRow("crucial/pivotal") << u"crucial"_s << u"pivotal"_s;
}

void TestComparer::synonymDifference()
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

void TestComparer::wordingDifference()
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

void TestComparer::omissionAndAddition()
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

void TestComparer::numberDifference()
{
    const CompareInput in = input(
        {Doc(u"Under the draft, Osmark would release 40 percent of the spring inflow of the lake "
             "to Veltrian farms."_s),
            Doc(u"Under the draft, Osmark would release 45 percent of the spring inflow of the "
                "lake to Veltrian farms."_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    const Alignment &al = c.alignments.first();
    QCOMPARE(al.differences.size(), 1);
    QCOMPARE(al.differences.first().kind, DifferenceKind::Number);
    QCOMPARE(al.differences.first().texts, QStringList({u"40"_s, u"45"_s}));
}

void TestComparer::numberWrittenAsWordIsNoDifference()
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

void TestComparer::dateDifference()
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

void TestComparer::nameDifference()
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

void TestComparer::negationDifference()
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

void TestComparer::negationInsideALongerOmissionIsAnOmission()
{
    const QString full
        = u"I always take these talks seriously, but never as seriously as this week. "
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

void TestComparer::longerChangeAroundANameIsWording()
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

void TestComparer::sameSurnameOrPronounIsNoAttributionDifference()
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

void TestComparer::attributionToAnotherSpeaker()
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

void TestComparer::attributionWithAnotherCueVerb()
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

void TestComparer::neutralCueVerbsAreNoDifference()
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

void TestComparer::quoteAgainstParaphrase()
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

void TestComparer::quoteAgainstPlainSentence()
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

void TestComparer::overlappingChangesOfThreeMembersAreOneDifference()
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

void TestComparer::unmatchedItems()
{
    const QString shared = u"Veltria would fund a new monitoring station at Port Alder on the "
                           "southern shore."_s;
    const QString onlyA = u"Diplomats present said the mood had improved markedly since the first "
                          "session on Sunday."_s;
    const QString quoteB = u"Forty percent is a start, not a solution for the valley"_s;
    const CompareInput in = input({Doc(shared + u' ' + onlyA),
        Doc(shared + u" “"_s + quoteB + u",” said Piet Vandal."_s)
            .quote(quoteB, u"Piet Vandal"_s)});
    const Comparison c = Comparer().compare(in);
    QCOMPARE(c.alignments.size(), 1);
    QCOMPARE(c.unmatched.size(), 2);
    QCOMPARE(c.unmatched.at(0).doc, 0);
    QCOMPARE(c.unmatched.at(0).kind, AlignmentKind::Sentence);
    const TextRange r0 = c.unmatched.at(0).range;
    QCOMPARE(in.documents.at(0).text.mid(r0.start, r0.length()), onlyA);
    QCOMPARE(c.unmatched.at(1).doc, 1);
    QCOMPARE(c.unmatched.at(1).kind, AlignmentKind::Quote);
    const TextRange r1 = c.unmatched.at(1).range;
    QCOMPARE(in.documents.at(1).text.mid(r1.start, r1.length()), quoteB);
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

QTEST_GUILESS_MAIN(TestComparer)
#include "tst_comparer.moc"
