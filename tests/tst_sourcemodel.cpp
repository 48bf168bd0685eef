// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The learned choice of a quote's source (annotate/quotes/sources.cpp, sourcemodel.h): the shipped
// model, its file, the candidates it ranks and what it may choose.
#include "quotetesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::QuoteTests;

namespace {

// The phrases the source model may choose for the quote of r whose content is content; a
// quote that is not there gives {"no quote"} and the run, so that the test's message says so.
QStringList candidatePhrases(const Run &r, const QString &content)
{
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content) == content; }));
    if (i == r.quotes.size())
        return {u"no quote"_s, r.dump()};
    const QList<Token> tokens = Tokenizer::tokenize(r.text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        r.text, tokens, Tokenizer::splitSentences(r.text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    for (const SourceCandidate &c : candidates[size_t(i)])
        phrases << r.slice(c.span);
    return phrases;
}

} // namespace

class TestSourceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceModelShips();
    void sourceModelRoundTrip();
    void sourceModelRefusesOtherFiles();
    void sourceModelReadsWhatQtReads();
    void sentenceBeforeIsCandidate();
    void sentenceBeforeRunOfQuotesIsCandidate();
    void sentenceBeforeIsCandidateAfterOneWord();
    void speechBeforeIsCandidate();
    void relativePronounIsCandidate();
    void relativePronounSpeaksForItsName();
    void possessiveOfNounCueIsCandidate();
    void indefiniteSourceIsCandidate_data();
    void indefiniteSourceIsCandidate();
    void paragraphOfCandidateIsFeature();
    void textAfterAccordingToIsNoSpeaker();
};

// A quote with no cue that opens its sentence is often the subject's of the sentence before it,
// and two people named there leave the rules unsure: that subject must be a phrase the source
// model may choose (it once saw only the quote's own sentence).
void TestSourceModel::sentenceBeforeIsCandidate()
{
    const QString text = u"Ilse Marrow praised the plan in front of Tomas Ardelan on Monday. "
                         u"\u201CWe need someone who gets things done.\u201D"_s;
    const Run r = run(text, {u"Ilse Marrow"_s, u"Tomas Ardelan"_s});
    const QStringList phrases = candidatePhrases(r, u"We need someone who gets things done."_s);
    QVERIFY2(phrases.contains(u"Ilse Marrow"_s), qPrintable(phrases.join(u" | "_s)));
}

// Quotes in a row with no cue, each a paragraph of its own, after a sentence that names who
// speaks: the sentence before the third quote is the second quote, so the window reaches back
// past the quotes to the sentence with the speaker (it once stopped at the quote before).
void TestSourceModel::sentenceBeforeRunOfQuotesIsCandidate()
{
    const QString text = u"Ilse Marrow spoke only in short phrases at the dam, with Tomas Ardelan "
                         u"beside her.\n\n\u201CWe have to do something.\u201D\n\n"
                         u"\u201CWe have to be a lot tougher.\u201D\n\n"
                         u"\u201CWe are not fighting it hard enough.\u201D"_s;
    const Run r = run(text, {u"Ilse Marrow"_s, u"Tomas Ardelan"_s});
    for (const QString &content :
        {u"We have to be a lot tougher."_s, u"We are not fighting it hard enough."_s}) {
        const QStringList phrases = candidatePhrases(r, content);
        QVERIFY2(phrases.contains(u"Ilse Marrow"_s),
            qPrintable(content + u": "_s + phrases.join(u" | "_s) + u"\n"_s + r.dump()));
    }
}

// The same when one word stands before the quote in its sentence ("But 'we need ...'"): the
// sentence before is read too (it once was only for a quote that opens its sentence).
void TestSourceModel::sentenceBeforeIsCandidateAfterOneWord()
{
    const QString text = u"Ilse Marrow praised the plan in front of Tomas Ardelan on Monday. "
                         u"But \u201Cwe need someone who gets things done.\u201D"_s;
    const Run r = run(text, {u"Ilse Marrow"_s, u"Tomas Ardelan"_s});
    const QStringList phrases = candidatePhrases(r, u"we need someone who gets things done."_s);
    QVERIFY2(phrases.contains(u"Ilse Marrow"_s), qPrintable(phrases.join(u" | "_s) + r.dump()));
}

// A quote with no cue inside the sentence after someone's speech, in the same paragraph, often
// goes on with it ("Marrow said she was angered. Doing so 'appeared to be ...'"): the speaker of
// the sentence before is a candidate (it once was only when the quote opened its sentence).
void TestSourceModel::speechBeforeIsCandidate()
{
    const QString text
        = u"Like many farmers in the valley, Ilse Marrow said she was angered by the "
          u"early count. Doing so \u201Cappeared to be an attempt at poisoning the "
          u"vote.\u201D"_s;
    const Run r = run(text, {u"Ilse Marrow"_s});
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content).startsWith(u"appeared to be"_s); }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    for (const SourceCandidate &c : candidates[size_t(i)])
        phrases << r.slice(c.span);
    QVERIFY2(phrases.contains(u"Ilse Marrow"_s), qPrintable(phrases.join(u" | "_s) + r.dump()));
    // Not across a paragraph: the speech of the paragraph before is no candidate.
    const QString apart = u"Ilse Marrow said she was angered by the early count.\n\nDoing so "
                          u"\u201Cappeared to be an attempt at poisoning the vote.\u201D"_s;
    const Run a = run(apart, {u"Ilse Marrow"_s});
    const qsizetype j = std::distance(a.quotes.begin(),
        std::find_if(a.quotes.begin(), a.quotes.end(),
            [&](const Quote &q) { return a.slice(q.content).startsWith(u"appeared to be"_s); }));
    QVERIFY2(j < a.quotes.size(), qPrintable(a.dump()));
    const QList<Token> apartTokens = Tokenizer::tokenize(apart);
    const auto apartCandidates = QuoteExtractor::sourceCandidates(
        apart, apartTokens, Tokenizer::splitSentences(apart, apartTokens), a.mentions, a.quotes);
    for (const SourceCandidate &c : apartCandidates[size_t(j)])
        QVERIFY2(a.slice(c.span) != u"Ilse Marrow"_s, qPrintable(a.dump()));
}

void TestSourceModel::sourceModelShips()
{
    // The annotator chooses speakers with the learned model; without it they fall back to rules
    // that are clearly worse on unseen news (docs/quotes.md), so a missing file is a bug.
    QVERIFY2(!SourceModel::defaultPath().isEmpty(), "resources/models/sources-en.tsv not found");
    const auto model = SourceModel::shipped();
    QVERIFY(model);
    QVERIFY(model->weights().size() > 1000);
    // The rules alone, asked the same question, take the object of "spoke with" for the speaker.
    const QString text = u"Three Slovak officials who spoke with the Ledger said: \"The timetable "
                         "cannot hold.\""_s;
    const QList<EntityMention> mentions = mentionsOf(text, {u"MISC:Slovak"_s, u"ORG:Ledger"_s});
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    const QList<Quote> rules = QuoteExtractor::extract(text, tokens, sentences, mentions, nullptr);
    const QList<Quote> learned
        = QuoteExtractor::extract(text, tokens, sentences, mentions, model.get());
    QCOMPARE(rules.size(), 1);
    QCOMPARE(learned.size(), 1);
    QCOMPARE(text.mid(rules[0].speaker.start, rules[0].speaker.length()), u"Ledger"_s);
    QCOMPARE(text.mid(learned[0].speaker.start, learned[0].speaker.length()),
        u"Three Slovak officials"_s);
    QCOMPARE(learned[0].speakerMention, -1);
}

// "..., said Ardelan, who said the quota was 'a trap'": PolNeAR and readers give the second quote
// to the relative pronoun, which stands for Ardelan; the source model must be able to choose it
// (2026-12-03: it was never among the candidates).
void TestSourceModel::relativePronounIsCandidate()
{
    const QString text = u"The commission met Tomas Ardelan, who has publicly said the quota was "
                         u"\u201Ca trap\u201D."_s;
    const Run r = run(text, {u"Tomas Ardelan"_s, u"ORG:commission"_s});
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content) == u"a trap"_s; }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    bool relative = false;
    for (const SourceCandidate &c : candidates[size_t(i)]) {
        phrases << r.slice(c.span);
        relative = relative || (c.relative && r.slice(c.span) == u"who"_s);
    }
    QVERIFY2(relative, qPrintable(phrases.join(u" | "_s)));
    // "that" after the cue opens the reported clause, not a relative one: no candidate.
    const QString said = u"Marrow said that the quota was \u201Ca trap\u201D."_s;
    const Run s = run(said, {u"Marrow"_s});
    QCOMPARE(s.quotes.size(), 1);
    const QList<Token> saidTokens = Tokenizer::tokenize(said);
    const auto saidCandidates = QuoteExtractor::sourceCandidates(
        said, saidTokens, Tokenizer::splitSentences(said, saidTokens), s.mentions, s.quotes);
    for (const std::vector<SourceCandidate> &list : saidCandidates)
        for (const SourceCandidate &c : list)
            QVERIFY(!c.relative);
}

// With the shipped model, the quote of a relative clause goes to "who", resolved to the name the
// clause describes, so the entity is still the person.
void TestSourceModel::relativePronounSpeaksForItsName()
{
    const auto model = SourceModel::shipped();
    QVERIFY(model);
    const QString text = u"\u201CThe lake is dying,\u201D said Tomas Ardelan, who said the "
                         u"quota was \u201Ca trap for farmers\u201D."_s;
    const QList<EntityMention> mentions = mentionsOf(text, {u"Tomas Ardelan"_s});
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    const QList<Quote> quotes
        = QuoteExtractor::extract(text, tokens, sentences, mentions, model.get());
    const auto it = std::find_if(quotes.begin(), quotes.end(), [&](const Quote &q) {
        return text.mid(q.content.start, q.content.length()) == u"a trap for farmers"_s;
    });
    QVERIFY(it != quotes.end());
    QCOMPARE(text.mid(it->speaker.start, it->speaker.length()), u"who"_s);
    QCOMPARE(it->speakerMention, 0);
    QCOMPARE(text.mid(quotes[0].speaker.start, quotes[0].speaker.length()), u"Tomas Ardelan"_s);
}

// "Another said", "Some chanted 'Q'", "'Q,' read one": a quantifier standing for the speakers by
// itself is a source candidate; before its noun ("another farmer") it is not (2026-12-06).
void TestSourceModel::indefiniteSourceIsCandidate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("candidate");
    QTest::newRow("another before the cue")
        << u"Two farmers spoke to Marrow. Another said the quota was \u201Ca trap\u201D."_s
        << u"a trap"_s << u"Another"_s << true;
    QTest::newRow("some before a verb of speech")
        << u"The crowd waited in the square. Some chanted \u201Cwater for all\u201D for an hour."_s
        << u"water for all"_s << u"Some"_s << true;
    QTest::newRow("one after the cue")
        << u"Banners lined the road to Kessling. \u201CThe lake is ours,\u201D read one."_s
        << u"The lake is ours"_s << u"one"_s << true;
    QTest::newRow("another before its noun")
        << u"Two farmers spoke to Marrow. Another farmer said the quota was \u201Ca trap\u201D."_s
        << u"a trap"_s << u"Another"_s << false;
}

void TestSourceModel::indefiniteSourceIsCandidate()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, phrase);
    QFETCH(bool, candidate);
    const Run r = run(text, {u"Marrow"_s});
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content) == content; }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    bool found = false;
    for (const SourceCandidate &c : candidates[size_t(i)]) {
        phrases << r.slice(c.span);
        found = found || r.slice(c.span) == phrase;
    }
    QVERIFY2(found == candidate, qPrintable(phrases.join(u" | "_s)));
}

// The source model tells a name in the quote's own paragraph from the same name in the paragraph
// before (2026-12-06): the candidate "Marrow" is described differently in the two texts.
void TestSourceModel::paragraphOfCandidateIsFeature()
{
    auto features = [](const QString &text) {
        const Run r = run(text, {u"Marrow"_s});
        const QList<Token> tokens = Tokenizer::tokenize(text);
        const auto candidates = QuoteExtractor::sourceCandidates(
            text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
        for (const std::vector<SourceCandidate> &list : candidates)
            for (const SourceCandidate &c : list)
                if (r.slice(c.span) == u"Marrow"_s)
                    return c.features;
        return std::vector<quint64>();
    };
    const std::vector<quint64> same
        = features(u"Marrow walked to the dam. \u201CWe need the water back.\u201D"_s);
    const std::vector<quint64> before
        = features(u"Marrow walked to the dam.\n\n\u201CWe need the water back.\u201D"_s);
    QVERIFY(!same.empty());
    QCOMPARE(same.size(), before.size());
    QVERIFY(same != before);
}

// "his warning that the lake was 'beyond saving'": PolNeAR gives the quote to the possessive of
// the noun that names the act of speech (2026-12-03: it was never among the candidates).
void TestSourceModel::possessiveOfNounCueIsCandidate()
{
    const QString text = u"Ilse Marrow left Kessling on Monday, and the farmers were shaken by her "
                         u"blunt warning that the lake was \u201Cbeyond saving\u201D."_s;
    const Run r = run(text, {u"Ilse Marrow"_s});
    const qsizetype i = std::distance(r.quotes.begin(),
        std::find_if(r.quotes.begin(), r.quotes.end(),
            [&](const Quote &q) { return r.slice(q.content) == u"beyond saving"_s; }));
    QVERIFY2(i < r.quotes.size(), qPrintable(r.dump()));
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const auto candidates = QuoteExtractor::sourceCandidates(
        text, tokens, Tokenizer::splitSentences(text, tokens), r.mentions, r.quotes);
    QStringList phrases;
    bool possessive = false;
    for (const SourceCandidate &c : candidates[size_t(i)]) {
        phrases << r.slice(c.span);
        possessive = possessive || (c.pronoun && !c.plural && r.slice(c.span) == u"her"_s);
    }
    QVERIFY2(possessive, qPrintable(phrases.join(u" | "_s)));
    // A possessive before any other noun is no candidate: "her farm".
    const QString farm
        = u"The farmers were shaken, and Marrow said her farm was \u201Cdry\u201D."_s;
    const Run f = run(farm, {u"Marrow"_s});
    const QList<Token> farmTokens = Tokenizer::tokenize(farm);
    const auto farmCandidates = QuoteExtractor::sourceCandidates(
        farm, farmTokens, Tokenizer::splitSentences(farm, farmTokens), f.mentions, f.quotes);
    for (const std::vector<SourceCandidate> &list : farmCandidates)
        for (const SourceCandidate &c : list)
            QVERIFY2(f.slice(c.span) != u"her"_s, qPrintable(f.dump()));
}

void TestSourceModel::sourceModelRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SourceModel model;
    model.weights().insert(0x1234abcdULL, 1.5f);
    model.weights().insert(0xffffffffffffffffULL, -0.25f);
    const QString path = dir.filePath(u"sources.tsv"_s);
    QVERIFY(model.save(path));
    auto loaded = SourceModel::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value().weights(), model.weights());
    // The highest score wins; a tie goes to the rules' phrase, else to the first candidate.
    std::vector<SourceCandidate> candidates(3);
    candidates[0].features = {0x1234abcdULL};
    candidates[1].features = {0x1234abcdULL, 0x1234abcdULL};
    candidates[2].features = {0xffffffffffffffffULL};
    QCOMPARE(loaded.value().best(candidates), 1);
    candidates[1].features = {0x1234abcdULL};
    QCOMPARE(loaded.value().best(candidates), 0);
    candidates[1].rule = true;
    QCOMPARE(loaded.value().best(candidates), 1);
    QCOMPARE(loaded.value().best({}), -1);
}

void TestSourceModel::sourceModelRefusesOtherFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.tsv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("parallax-source-model 1\nnot-hex\t1.0\n");
    file.close();
    auto bad = SourceModel::load(path);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(path) && bad.error().contains(u":2:"_s), qPrintable(bad.error()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("\x89PNG\r\n");
    file.close();
    auto png = SourceModel::load(path);
    QVERIFY(!png);
    QVERIFY2(png.error().contains(u"not a Parallax source model"_s), qPrintable(png.error()));
    QVERIFY(!SourceModel::load(dir.filePath(u"missing.tsv"_s)));
}

// "according to the report": a text is no speaker, whatever a model makes of it (2026-12-07). A
// model that prefers the phrase "the report" above every other candidate still leaves the quote
// without a speaker; "the commission" in the same place is a speaker.
void TestSourceModel::textAfterAccordingToIsNoSpeaker()
{
    auto preferring = [](const QString &text, const QString &phrase, SourceModel *model) {
        const Run r = run(text, {u"Ilse Marrow"_s});
        const QList<Token> tokens = Tokenizer::tokenize(text);
        const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
        QList<Quote> rules = QuoteExtractor::extract(text, tokens, sentences, r.mentions, nullptr);
        const auto candidates
            = QuoteExtractor::sourceCandidates(text, tokens, sentences, r.mentions, rules);
        for (size_t q = 0; q < candidates.size(); ++q)
            for (const SourceCandidate &c : candidates[q])
                if (r.slice(c.span) == phrase)
                    for (const quint64 f : c.features)
                        model->weights()[f] += 1.0f;
        for (size_t q = 0; q < candidates.size(); ++q) {
            const int best = model->best(candidates[q]);
            if (best >= 0 && r.slice(candidates[q][size_t(best)].span) == phrase)
                return QuoteExtractor::extract(
                    text, tokens, sentences, r.mentions, model)[qsizetype(q)];
        }
        return Quote {};
    };
    const QString report = u"Ilse Marrow left Kessling on Monday. The quota will rise next "
                           u"spring, according to the report."_s;
    SourceModel toReport;
    const Quote q = preferring(report, u"the report"_s, &toReport);
    QVERIFY2(q.content.isValid(), "the model does not prefer the phrase \"the report\"");
    QCOMPARE(report.mid(q.content.start, q.content.length()), u"The quota will rise next spring"_s);
    QVERIFY2(!q.speaker.isValid(), qPrintable(report.mid(q.speaker.start, q.speaker.length())));
    const QString commission = u"Ilse Marrow left Kessling on Monday. The quota will rise next "
                               u"spring, according to the commission in Kessling."_s;
    SourceModel toCommission;
    const Quote c = preferring(commission, u"the commission"_s, &toCommission);
    QVERIFY2(c.content.isValid(), "the model does not prefer the phrase \"the commission\"");
    QCOMPARE(commission.mid(c.speaker.start, c.speaker.length()), u"the commission"_s);
}

// The loader parses the bytes itself; every weight of the shipped model is the float that
// QString::toFloat() gives for its row, and rows Qt would not read are still refused.
void TestSourceModel::sourceModelReadsWhatQtReads()
{
    const QString shipped = SourceModel::defaultPath();
    QVERIFY2(!shipped.isEmpty(), "the shipped source model is missing");
    QFile file(shipped);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QHash<quint64, float> expected;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList fields = rows.at(i).split(u'\t');
        QCOMPARE(fields.size(), 2);
        bool keyOk = false, weightOk = false;
        const quint64 key = fields.at(0).toULongLong(&keyOk, 16);
        const float weight = fields.at(1).toFloat(&weightOk);
        QVERIFY(keyOk && weightOk);
        expected.insert(key, weight);
    }
    QVERIFY(expected.size() > 1000);
    auto loaded = SourceModel::load(shipped);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded.value().weights().size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const float got = loaded.value().weights().value(it.key(), 12345.0f);
        QVERIFY2(std::memcmp(&got, &it.value(), sizeof got) == 0,
            qPrintable(u"%1: %2 instead of %3"_s.arg(it.key(), 0, 16).arg(got).arg(it.value())));
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rows.tsv"_s);
    const auto write = [&](const QByteArray &bytes) {
        QFile out(path);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && out.write(bytes) == bytes.size();
    };
    QVERIFY(write("parallax-source-model 1\r\nff\t0.1\r\n\r\n10\t-2.5e-3\r\n"));
    auto windows = SourceModel::load(path);
    QVERIFY2(windows, qPrintable(windows.error()));
    QCOMPARE(windows.value().weights().value(0xff), u"0.1"_s.toFloat());
    QCOMPARE(windows.value().weights().value(0x10), u"-2.5e-3"_s.toFloat());
    for (const QByteArray &row : {QByteArray("ff\t1e40"), QByteArray("ff\t1e-50"),
             QByteArray("10000000000000000\t1"), QByteArray("ff\t0.5x"), QByteArray("ff\t"),
             QByteArray("\t0.5"), QByteArray("ff 0.5"), QByteArray("-ff\t0.5")}) {
        QVERIFY(write("parallax-source-model 1\n" + row + "\n"));
        auto bad = SourceModel::load(path);
        QVERIFY2(!bad, row.constData());
        QVERIFY2(bad.error().contains(u":2:"_s), qPrintable(bad.error()));
    }
}

QTEST_APPLESS_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
