// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/annotator.h"
#include "annotate/ner/adaptation.h"
#include "annotate/ner/nermodel.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestAnnotator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void prepareThenLinkIsAnalyze();
    void batchIsEachDocumentAlone();
    void signOffIsNoMention_data();
    void signOffIsNoMention();
    void decisionHoldsForItsRepeats();
    void longDocumentLeavesNoTrace();
    void titledSpeakerIsThePerson();

private:
    std::shared_ptr<const NerModel> m_model;
};

namespace {

QStringList mentionTexts(const AnalyzedDocument &doc)
{
    QStringList out;
    for (const EntityMention &m : doc.mentions)
        out << doc.text.mid(m.range.start, m.range.length());
    return out;
}

const QString kReport = u"Water talks end in Kessling\n\n"
                        "Foreign Minister Ilse Marrow said on Monday that the talks with Osmark "
                        "had been \"difficult but productive\". Marrow will return to Kessling "
                        "in March, the Northern Basin Commission said.\n"_s;

} // namespace

void TestAnnotator::initTestCase()
{
    auto model = Annotator::defaultModel();
    QVERIFY2(model, qPrintable(model.error()));
    m_model = model.value();
}

// A project's articles are prepared on several threads and linked in order; that must give what
// analysing them one after the other gives.
void TestAnnotator::prepareThenLinkIsAnalyze()
{
    const QString second = u"Marrow and the Commission\n\nIlse Marrow met the commission in Osmark "
                           "City. \"We will sign,\" Marrow said.\n"_s;
    Annotator serial(m_model);
    const AnalyzedDocument a1 = serial.analyze(kReport, {});
    const AnalyzedDocument a2 = serial.analyze(second, {});

    Annotator linker(m_model);
    AnalyzedDocument p2 = Annotator::prepareOnThisThread(m_model, second, {});
    AnalyzedDocument p1 = Annotator::prepareOnThisThread(m_model, kReport, {}); // out of order
    linker.link(&p1);
    linker.link(&p2);
    for (const auto &[serialDoc, splitDoc] : {std::pair {&a1, &p1}, std::pair {&a2, &p2}}) {
        QCOMPARE(mentionTexts(*splitDoc), mentionTexts(*serialDoc));
        QCOMPARE(splitDoc->quotes.size(), serialDoc->quotes.size());
        for (qsizetype m = 0; m < serialDoc->mentions.size(); ++m)
            QCOMPARE(splitDoc->mentions[m].entity, serialDoc->mentions[m].entity);
        for (qsizetype q = 0; q < serialDoc->quotes.size(); ++q) {
            QCOMPARE(splitDoc->quotes[q].content, serialDoc->quotes[q].content);
            QCOMPARE(splitDoc->quotes[q].speaker, serialDoc->quotes[q].speaker);
        }
    }
    QCOMPARE(linker.entities().size(), serial.entities().size());
    QVERIFY(a1.mentions.size() >= 4);
}

// 'parallax annotate FILE...' prepares short articles in batches, each annotator over all of
// them in turn: every document must come out as prepared alone, whatever came before it in the
// batch (an empty text, a long one, a date that anchors nothing).
void TestAnnotator::batchIsEachDocumentAlone()
{
    QString longText;
    while (longText.size() < 3 * NerTagger::kKeptBufferTokens)
        longText += kReport + u"\n"_s;
    const QList<Annotator::Text> texts {
        {kReport, QDate(2026, 3, 2)},
        {QString(), {}},
        {u"\U0001F30A Basin fund grows\n\nThe Northern Basin Commission said on Tuesday that "
         "its fund would reach $7 million by next March. \"It is a fair start,\" said Tomas "
         "Ardelan, the commission's chair.\n\nHarbour Wire\n"_s,
            QDate(2026, 3, 3)},
        {longText, {}},
        {kReport, {}},
    };
    Annotator batched(m_model);
    const QList<AnalyzedDocument> docs = batched.prepare(texts);
    QCOMPARE(docs.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const AnalyzedDocument &doc = docs[i];
        const AnalyzedDocument alone
            = Annotator(m_model).prepare(texts[i].text, texts[i].published);
        QCOMPARE(doc.text, texts[i].text);
        QCOMPARE(doc.published, texts[i].published);
        QCOMPARE(doc.tokens.size(), alone.tokens.size());
        QCOMPARE(doc.sentences.size(), alone.sentences.size());
        QCOMPARE(mentionTexts(doc), mentionTexts(alone));
        for (qsizetype m = 0; m < doc.mentions.size(); ++m) {
            QCOMPARE(doc.mentions[m].range, alone.mentions[m].range);
            QCOMPARE(doc.mentions[m].type, alone.mentions[m].type);
            QCOMPARE(doc.mentions[m].confidence, alone.mentions[m].confidence);
        }
        QCOMPARE(doc.temporals.size(), alone.temporals.size());
        for (qsizetype t = 0; t < doc.temporals.size(); ++t) {
            QCOMPARE(doc.temporals[t].range, alone.temporals[t].range);
            QCOMPARE(doc.temporals[t].value, alone.temporals[t].value);
        }
        QCOMPARE(doc.quotes.size(), alone.quotes.size());
        for (qsizetype q = 0; q < doc.quotes.size(); ++q) {
            QCOMPARE(doc.quotes[q].content, alone.quotes[q].content);
            QCOMPARE(doc.quotes[q].speaker, alone.quotes[q].speaker);
            QCOMPARE(doc.quotes[q].speakerMention, alone.quotes[q].speakerMention);
            QCOMPARE(doc.quotes[q].confidence, alone.quotes[q].confidence);
        }
    }
    // What the texts hold was found: the third's date, its reported and its direct quote, its
    // sign-off left out.
    const AnalyzedDocument &third = docs[2];
    QVERIFY(mentionTexts(third).contains(u"Tomas Ardelan"_s));
    QVERIFY(!mentionTexts(third).contains(u"Harbour Wire"_s));
    QCOMPARE(third.quotes.size(), 2);
    QVERIFY(std::any_of(third.temporals.cbegin(), third.temporals.cend(),
        [](const TemporalExpression &t) { return t.value == u"2026-03-03"_s; }));
    QVERIFY(docs[1].tokens.isEmpty() && docs[1].mentions.isEmpty());
}

void TestAnnotator::signOffIsNoMention_data()
{
    QTest::addColumn<QString>("ending");
    QTest::addColumn<bool>("signOff");
    QTest::newRow("agency after a blank line") << u"\nHarbour Wire\n"_s << true;
    QTest::newRow("agency after the last sentence") << u"Harbour Wire"_s << true;
    QTest::newRow("shouted") << u"\n HARBOUR WIRE \n"_s << true;
    QTest::newRow("a sentence wrapped before a name")
        << u"\nTalks were led by\nTomas Ardelan\n"_s << false;
    QTest::newRow("a name that ends a sentence")
        << u"\nThe talks were led by\nTomas Ardelan."_s << false;
}

// A wire sign-off ("Reuter", "AP") on the last line mentions nobody in the story; over an
// archive it became one entity with a mention in every article.
void TestAnnotator::signOffIsNoMention()
{
    QFETCH(QString, ending);
    QFETCH(bool, signOff);
    Annotator annotator(m_model);
    const QString text = kReport + ending;
    const AnalyzedDocument doc = annotator.analyze(text, {});
    const QString name = ending.contains(u"Ardelan"_s) ? u"Tomas Ardelan"_s : u"Harbour Wire"_s;
    const QStringList texts = mentionTexts(doc);
    bool named = false;
    for (const QString &t : texts)
        named = named || name.startsWith(t, Qt::CaseInsensitive) || t.contains(u"Ardelan"_s)
            || t.contains(u"Harbour"_s, Qt::CaseInsensitive);
    QCOMPARE(named, !signOff);
    // The body's own mentions are all still there.
    QVERIFY2(texts.contains(u"Ilse Marrow"_s) && texts.contains(u"Kessling"_s),
        qPrintable(texts.join(u", "_s)));
}

// One name, one reading within an article: a decision holds for the other runs of its words,
// but not inside a longer name, and never over another decision.
void TestAnnotator::decisionHoldsForItsRepeats()
{
    const QString text = u"Brennock signed. Later Brennock said no. Brennock Holdings agreed, "
                         "and Brennock left."_s;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto tokenAt = [&](qsizetype offset) {
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (tokens[i].start == offset)
                return qint32(i);
        }
        return qint32(-1);
    };
    const qint32 first = tokenAt(0);
    const qint32 second = tokenAt(text.indexOf(u"Brennock said"_s));
    const qint32 inLonger = tokenAt(text.indexOf(u"Brennock Holdings"_s));
    const qint32 last = tokenAt(text.lastIndexOf(u"Brennock"_s));
    QVERIFY(first >= 0 && second > first && inLonger > second && last > inLonger);
    const EntityDecision kept {{0, 8}, EntityType::Organisation, false};
    const qint32 lastStart = qint32(tokens[last].start);
    const EntityDecision other {{lastStart, lastStart + 8}, EntityType::Person, false};
    const QList<Ner::SpanConstraint> constraints
        = Annotator::constraints(text, tokens, {kept, other});
    QList<QPair<qint32, EntityType>> found;
    for (const Ner::SpanConstraint &c : constraints) {
        QCOMPARE(c.tokenEnd, c.tokenStart + 1);
        QVERIFY(!c.rejected);
        found.append({c.tokenStart, c.type});
    }
    std::sort(found.begin(), found.end());
    // "Later Brennock" and "Brennock Holdings" stand next to a capitalised word, which may make
    // them part of a longer name: left to the model. The last one is a decision of its own.
    const QList<QPair<qint32, EntityType>> expected {
        {first, EntityType::Organisation}, {last, EntityType::Person}};
    QCOMPARE(found, expected);

    // A repeat with lower-case neighbours follows the decision; rejections too.
    const QString plain = u"Brennock signed. Officials said Brennock would pay."_s;
    const QList<Token> plainTokens = Tokenizer::tokenize(plain);
    const QList<Ner::SpanConstraint> rejected
        = Annotator::constraints(plain, plainTokens, {{{0, 8}, EntityType::Location, true}});
    QCOMPARE(rejected.size(), 2);
    QVERIFY(rejected[1].rejected);
    QCOMPARE(rejected[1].type, EntityType::Location);
    QCOMPARE(plain.mid(plainTokens[rejected[1].tokenStart].start, 8), u"Brennock"_s);
}

// A document longer than the tagger keeps buffers for frees them once tagged (and features are
// made a sentence at a time): the next document, and the same one again, must come out as from a
// fresh annotator.
// "Foreign Minister Tomas Brandt said" and "Brandt added" are one person, and both quotes are his:
// the title is part of the speaker as written, not of the entity (issue 13: coverage once counted
// two people). Through the whole pipeline, with the shipped entity model.
void TestAnnotator::titledSpeakerIsThePerson()
{
    Annotator annotator(m_model);
    const QString text = u"Lake talks stall\n\nForeign Minister Tomas Brandt said on Monday that "
                         "the treaty was \"not yet ready\". \"We need another month,\" Brandt "
                         "added after meeting the Osmark delegation.\n"_s;
    const AnalyzedDocument doc = annotator.analyze(text, {});
    int people = 0;
    int brandt = -1;
    for (qsizetype e = 0; e < annotator.entities().size(); ++e) {
        const Entity &entity = annotator.entities()[e];
        if (entity.type != EntityType::Person)
            continue;
        ++people;
        if (entity.name == u"Tomas Brandt"_s)
            brandt = int(e);
    }
    QStringList names;
    for (const Entity &entity : annotator.entities())
        names << entity.name;
    QVERIFY2(brandt >= 0 && people == 1, qPrintable(names.join(u", "_s)));
    int spoken = 0;
    for (const Quote &q : doc.quotes) {
        if (q.kind == QuoteKind::Indirect)
            continue;
        QVERIFY2(q.speakerMention >= 0, qPrintable(text.mid(q.content.start, q.content.length())));
        QCOMPARE(doc.mentions[q.speakerMention].entity, brandt);
        ++spoken;
    }
    QCOMPARE(spoken, 2);
}

void TestAnnotator::longDocumentLeavesNoTrace()
{
    QString longText;
    while (longText.size() < 7 * NerTagger::kKeptBufferTokens)
        longText += kReport + u"\n"_s;
    Annotator reused(m_model);
    const AnalyzedDocument once = reused.prepare(longText, {});
    QVERIFY(once.tokens.size() > NerTagger::kKeptBufferTokens);
    const AnalyzedDocument shortAfter = reused.prepare(kReport, {});
    const AnalyzedDocument again = reused.prepare(longText, {});
    Annotator fresh(m_model);
    const AnalyzedDocument shortFresh = fresh.prepare(kReport, {});
    QVERIFY(!shortFresh.mentions.isEmpty());
    QCOMPARE(mentionTexts(shortAfter), mentionTexts(shortFresh));
    QCOMPARE(mentionTexts(again), mentionTexts(once));
}

QTEST_APPLESS_MAIN(TestAnnotator)
#include "tst_annotator.moc"
