// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/ner/clusters.h"
#include "annotate/ner/conll.h"
#include "annotate/ner/hashing.h"
#include "annotate/ner/nermodel.h"
#include "annotate/ner/trainer.h"
#include "annotate/tokenizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

struct Found
{
    QString text;
    EntityType type;
};

QList<Found> entities(const NerModel &model, const QString &text)
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    QList<EntitySpan> spans;
    model.tag(text, tokens, sentences, &spans);
    QList<Found> found;
    for (const EntitySpan &span : spans) {
        const qint32 from = tokens[span.tokenStart].start;
        const qint32 to = tokens[span.tokenEnd - 1].end;
        found.append(Found {text.mid(from, to - from), span.type});
        if (!(span.confidence >= 0.0f && span.confidence <= 1.0f))
            qWarning() << "confidence out of range" << span.confidence;
    }
    return found;
}

bool has(const QList<Found> &found, const QString &text, EntityType type)
{
    for (const Found &f : found) {
        if (f.text == text && f.type == type)
            return true;
    }
    return false;
}

} // namespace

class TestNerModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripIsBitExact();
    void refusesDamagedFiles();
    void tagsInventedNews();
    void keepsTypesAcrossDocument();
    void fastDecodingIsFullDecoding();
    void weightSumsAreRowSums();
    void avx2SumsTagAsPortableOnes();
    void labelsRoundTrip();
    void trainsOnTinyCorpus();
    void corpusTextJoinsClitics();
    void clustersGroupWordsOfTheSameContexts();
    void clustersRoundTrip();
    void shippedModelCarriesClusters();

private:
    NerModel m_model;
};

void TestNerModel::initTestCase()
{
    const QString path = QStringLiteral(PARALLAX_SOURCE_DIR) + u"/resources/models/ner-en.bin"_s;
    QElapsedTimer timer;
    timer.start();
    auto model = NerModel::load(path);
    QVERIFY2(model.ok(), qPrintable(model.error()));
    qInfo("model loaded in %lld ms", timer.elapsed());
    m_model = std::move(model.value());
}

void TestNerModel::roundTripIsBitExact()
{
    const QByteArray bytes = m_model.toBytes();
    auto again = NerModel::fromBytes(bytes);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again.value() == m_model);
    QCOMPARE(again->toBytes(), bytes);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"model.bin"_s);
    QVERIFY(m_model.save(path).ok());
    auto loaded = NerModel::load(path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == m_model);
    QFile file(QStringLiteral(PARALLAX_SOURCE_DIR) + u"/resources/models/ner-en.bin"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(bytes, file.readAll());
}

void TestNerModel::refusesDamagedFiles()
{
    const QByteArray bytes = m_model.toBytes();
    QVERIFY(!NerModel::fromBytes(QByteArray()).ok());
    QVERIFY(!NerModel::fromBytes("not a model at all"_ba).ok());
    QVERIFY(!NerModel::fromBytes(bytes.left(bytes.size() / 2)).ok());
    QVERIFY(!NerModel::fromBytes(bytes + "x"_ba).ok());
    QByteArray wrongVersion = bytes;
    wrongVersion[8] = char(99);
    const auto refused = NerModel::fromBytes(wrongVersion);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(u"format"_s));
    QVERIFY(!NerModel::load(u"/nonexistent/ner.bin"_s).ok());
}

void TestNerModel::tagsInventedNews()
{
    const QList<Found> found = entities(m_model,
        u"Foreign Minister Ilse Marrow of Germany met Tomas Ardelan in Paris on Monday. "
        "She later flew to Japan."_s);
    QVERIFY(has(found, u"Ilse Marrow"_s, EntityType::Person));
    QVERIFY(has(found, u"Germany"_s, EntityType::Location));
    QVERIFY(has(found, u"Tomas Ardelan"_s, EntityType::Person));
    QVERIFY(has(found, u"Paris"_s, EntityType::Location));
    QVERIFY(has(found, u"Japan"_s, EntityType::Location));
    QVERIFY(!has(found, u"Monday"_s, EntityType::Person));

    const QList<Found> more = entities(m_model,
        u"Shares of Osmark Corp. fell after the European Union fined the company, "
        "President Karel Vostrin said in Brazil."_s);
    QVERIFY(has(more, u"European Union"_s, EntityType::Organisation));
    QVERIFY(has(more, u"Karel Vostrin"_s, EntityType::Person));
    QVERIFY(has(more, u"Brazil"_s, EntityType::Location));
    QVERIFY(entities(m_model, u"the talks ended without a deal ."_s).isEmpty());
}

void TestNerModel::keepsTypesAcrossDocument()
{
    // Invented company and people. The bare company name is ambiguous on its own (the first
    // pass alone took most mentions for a person); the second pass follows the full name.
    const QList<Found> found = entities(m_model,
        u"The Kelvane Mining Company said on Friday that output at its northern pit fell 12 "
        "percent. Kelvane blamed flooding. Shares of Kelvane fell 3 percent. Analyst Mirela Soto "
        "said Kelvane would recover. Soto added that Kelvane had cut jobs."_s);
    QVERIFY(has(found, u"Kelvane Mining Company"_s, EntityType::Organisation));
    QVERIFY(has(found, u"Mirela Soto"_s, EntityType::Person));
    int kelvane = 0;
    for (const Found &f : found) {
        if (f.text == u"Kelvane"_s) {
            ++kelvane;
            QCOMPARE(f.type, EntityType::Organisation);
        }
        if (f.text == u"Soto"_s)
            QCOMPARE(f.type, EntityType::Person);
    }
    QCOMPARE(kelvane, 4);

    // A surname alone after the full name.
    const QList<Found> more = entities(m_model,
        u"Prime Minister Halvard Brenn arrived in Dorvik on Tuesday. Brenn said the visit would "
        "focus on trade. \"We are here to listen,\" Brenn told reporters."_s);
    QVERIFY(has(more, u"Halvard Brenn"_s, EntityType::Person));
    QVERIFY(has(more, u"Dorvik"_s, EntityType::Location));
    for (const Found &f : more)
        QVERIFY2(f.text != u"Brenn"_s || f.type == EntityType::Person, qPrintable(f.text));
}

void TestNerModel::fastDecodingIsFullDecoding()
{
    // Invented news: names repeated across sentences (document evidence for the second pass),
    // sentences with a name but no repeat, sentences without a name, a headline.
    const QString story
        = u"KELVANE MINING CUTS OUTPUT\n\n"
          "The Kelvane Mining Company said on Friday that output at its northern pit fell 12 "
          "percent. Kelvane blamed flooding near Dorvik. Shares of Kelvane fell 3 percent. Analyst "
          "Mirela Soto said Kelvane would recover. The talks ended without a deal. Soto added that "
          "Kelvane had cut jobs, and Prime Minister Halvard Brenn arrived in Veltria on Tuesday. "
          "\"We are here to listen,\" Brenn told reporters. it rained all day. Output rose."_s;
    // Enough distinct words that the table of word forms is emptied before the next story
    // (more than kKeptForms), in fewer tokens than make the tagger let go of its buffers.
    QString many;
    for (int i = 0; i < 40000; ++i)
        many += u"Word"_s + QString::number(i) + (i % 9 == 8 ? u". "_s : u" "_s);
    const QString second = u"Ilse Marrow of Germany met Tomas Ardelan in Paris. Marrow later "
                           "flew to Japan, where Ardelan joined her. Nobody else came."_s;

    NerTagger fast(m_model);
    NerTagger full(m_model);
    full.setDecoding(NerTagger::Decoding::Full);
    int names = 0;
    for (const QString &text : {story, second, many, second, story}) {
        const QList<Token> tokens = Tokenizer::tokenize(text);
        const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
        QList<EntitySpan> a;
        QList<EntitySpan> b;
        fast.tag(text, tokens, sentences, &a);
        full.tag(text, tokens, sentences, &b);
        QCOMPARE(a.size(), b.size());
        for (qsizetype k = 0; k < a.size(); ++k) {
            QCOMPARE(a[k], b[k]);
            QCOMPARE(a[k].confidence, b[k].confidence);
        }
        names += int(a.size());
    }
    QVERIFY(names > 20);
}

void TestNerModel::weightSumsAreRowSums()
{
    // A table of 2^10 buckets with a row in some: bucket 0 and the last, a block of 32 buckets
    // all with rows, blocks with none, and rows at random; weights up to the int16 extremes.
    constexpr int L = Ner::kLabelCount;
    QRandomGenerator random(16);
    Ner::WeightTable table;
    table.hashBits = 10;
    for (quint32 b = 0; b < 1024; ++b) {
        const bool full = b >= 64 && b < 96; // one block
        const bool empty = b >= 96 && b < 160; // two blocks
        if (!(b == 0 || b == 1023 || full || (!empty && random.bounded(3) == 0)))
            continue;
        table.buckets.push_back(b);
        for (int y = 0; y < L; ++y) {
            const int pick = random.bounded(10);
            table.rows.push_back(pick == 0 ? qint16(32767)
                    : pick == 1            ? qint16(-32767)
                    : pick < 5             ? qint16(0)
                                           : qint16(random.bounded(-2000, 2000)));
        }
    }
    table.buildIndex();
    const auto plainRow = [&](quint64 feature) -> qint64 {
        const quint32 bucket = quint32(feature >> (64 - table.hashBits));
        const auto it = std::lower_bound(table.buckets.begin(), table.buckets.end(), bucket);
        return it != table.buckets.end() && *it == bucket ? it - table.buckets.begin() : -1;
    };
    std::vector<quint64> features;
    for (quint64 b : {0ull, 1ull, 31ull, 32ull, 63ull, 64ull, 95ull, 96ull, 100ull, 1023ull})
        features.push_back(b << 54 | random.generate64() >> 10);
    for (int k = 0; k < 3000; ++k)
        features.push_back(random.generate64());
    int withRow = 0;
    for (const quint64 f : features) {
        QCOMPARE(table.rowOf(f), plainRow(f));
        withRow += plainRow(f) >= 0;
    }
    QVERIFY(withRow > 1000 && withRow < 2500);

    qint32 parts[5][L];
    for (auto &part : parts) {
        for (qint32 &v : part)
            v = qint32(random.bounded(-100000, 100000));
    }
    const qint32 *const partRows[5] = {parts[0], parts[1], parts[2], parts[3], parts[4]};
    for (const bool avx2 : {true, false}) {
        const bool used = Ner::WeightTable::setAvx2Allowed(avx2);
        QVERIFY(!used || avx2);
        qInfo("sums with AVX2: %s", used ? "yes" : "no");
        for (size_t from = 0; from + 40 <= features.size(); from += 37) {
            const size_t count = from % 41; // 0 to 40 features
            qint32 expected[L];
            for (int y = 0; y < L; ++y) {
                expected[y] = 0;
                for (const auto &part : parts)
                    expected[y] += part[y];
            }
            qint32 added[L];
            std::copy_n(parts[1], L, added);
            qint32 expectedAdded[L];
            std::copy_n(parts[1], L, expectedAdded);
            for (size_t k = from; k < from + count; ++k) {
                if (const qint64 row = plainRow(features[k]); row >= 0) {
                    for (int y = 0; y < L; ++y) {
                        expected[y] += table.rows[size_t(row) * L + size_t(y)];
                        expectedAdded[y] += table.rows[size_t(row) * L + size_t(y)];
                    }
                }
            }
            qint32 sum[L];
            table.sum(partRows, features.data() + from, features.data() + from + count, sum);
            table.add(features.data() + from, features.data() + from + count, added);
            QVERIFY(std::equal(sum, sum + L, expected));
            QVERIFY(std::equal(added, added + L, expectedAdded));
        }
    }
    Ner::WeightTable::setAvx2Allowed(true);
}

void TestNerModel::avx2SumsTagAsPortableOnes()
{
    // The shipped model on invented news, with the sums of the processor's best path and with
    // those without AVX2 (the same where the processor has no AVX2).
    const QString story = u"Analyst Mirela Soto of Kelvane Mining said in Dorvik on Friday that "
                          "Kelvane would recover. Prime Minister Halvard Brenn arrived in "
                          "Veltria. \"We are here to listen,\" Brenn told reporters."_s;
    const QList<Token> tokens = Tokenizer::tokenize(story);
    const QList<Sentence> sentences = Tokenizer::splitSentences(story, tokens);
    QList<EntitySpan> spans[2][2];
    for (const bool avx2 : {true, false}) {
        Ner::WeightTable::setAvx2Allowed(avx2);
        for (const auto decoding : {NerTagger::Decoding::Fast, NerTagger::Decoding::Full}) {
            NerTagger tagger(m_model);
            tagger.setDecoding(decoding);
            tagger.tag(
                story, tokens, sentences, &spans[avx2][decoding == NerTagger::Decoding::Full]);
        }
    }
    Ner::WeightTable::setAvx2Allowed(true);
    QVERIFY(spans[1][0].size() >= 4);
    for (const auto &byPath : spans) {
        for (const QList<EntitySpan> &found : byPath) {
            QCOMPARE(found.size(), spans[1][0].size());
            for (qsizetype k = 0; k < found.size(); ++k) {
                QCOMPARE(found[k], spans[1][0][k]);
                QCOMPARE(found[k].confidence, spans[1][0][k].confidence);
            }
        }
    }
}

void TestNerModel::labelsRoundTrip()
{
    const QList<EntitySpan> spans {
        {0, 2, EntityType::Person, 1}, {2, 3, EntityType::Person, 1}, {4, 7, EntityType::Misc, 1}};
    quint8 labels[8];
    Ner::spansToLabels(spans, 0, 8, labels);
    QList<EntitySpan> back;
    Ner::labelsToSpans(labels, 8, 0, &back);
    QCOMPARE(back.size(), spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i)
        QVERIFY(back[i] == spans[i]);
}

void TestNerModel::trainsOnTinyCorpus()
{
    auto documents = Ner::readConll(QStringLiteral(PARALLAX_TEST_DATA) + u"/ner/tiny.conll"_s);
    QVERIFY2(documents.ok(), qPrintable(documents.error()));
    QCOMPARE(documents->size(), 2);
    QCOMPARE(documents->at(0).entities.size(), 5);
    QCOMPARE(documents->at(1).text.count(u'\n'), 2);
    // IOB1: B-PER splits two adjacent people.
    QCOMPARE(documents->at(1).entities.size(), 7);

    Ner::Gazetteer gazetteer;
    gazetteer.addEntry(u"country"_s, u"Veltria");
    Ner::TrainingOptions options;
    options.epochs = 5;
    options.hashBits = 16;
    Ner::Trainer trainer(gazetteer, options);
    int reports[2] = {};
    const NerModel model = trainer.train(documents.value(), documents.value(),
        [&](const Ner::EpochReport &r) { ++reports[r.stage - 1]; });
    QCOMPARE(reports[0], 5);
    QCOMPARE(reports[1], 5); // the second pass, on two jackknife folds
    const Ner::Scores scores = Ner::Trainer::evaluate(model, documents.value());
    QCOMPARE(scores.overall.f1(), 1.0);
    // Same seed, same model.
    Ner::Trainer again(gazetteer, options);
    QVERIFY(again.train(documents.value(), documents.value(), {}) == model);
}

void TestNerModel::corpusTextJoinsClitics()
{
    // The raw text scored through the annotate path reads as written: "Osmark's", "isn't".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"clitics.conll"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-DOCSTART- -X- O O\n\nOsmark NNP I-NP I-ORG\n's POS B-NP O\nplan NN I-NP O\n"
               "is VBZ I-VP O\nn't RB O O\nready JJ O O\n. . O O\n\n' POS O O\ns NN O O\n");
    file.close();
    auto documents = Ner::readConll(file.fileName());
    QVERIFY2(documents.ok(), qPrintable(documents.error()));
    const Ner::LabelledDocument &doc = documents->at(0);
    QCOMPARE(doc.text, u"Osmark's plan isn't ready .\n' s"_s);
    QCOMPARE(doc.tokens.size(), 9);
    QCOMPARE(doc.text.mid(doc.tokens[1].start, doc.tokens[1].end - doc.tokens[1].start), u"'s"_s);
    QCOMPARE(doc.text.mid(doc.tokens[4].start, doc.tokens[4].end - doc.tokens[4].start), u"n't"_s);
    QCOMPARE(Tokenizer::tokenize(doc.text).size(), 9);
}

void TestNerModel::clustersGroupWordsOfTheSameContexts()
{
    // Invented wire copy: surnames after "minister", cities after "in", in varied sentences.
    const QStringList surnames {u"Varga"_s, u"Brandt"_s, u"Okafor"_s, u"Ferenc"_s, u"Wolde"_s};
    const QStringList cities {u"Orsava"_s, u"Kessling"_s, u"Sarrel"_s, u"Dunmore"_s, u"Lisk"_s};
    const QStringList verbs {u"said"_s, u"warned"_s, u"added"_s, u"told"_s};
    QList<QString> texts;
    for (int i = 0; i < 400; ++i) {
        texts.append(u"Minister %1 %2 the talks in %3 would resume on Monday. The delegation "
                     "arrived in %4 late, and minister %5 %6 nothing was signed."_s.arg(
                         surnames[i % 5], verbs[i % 4], cities[(i / 5) % 5], cities[(i + 2) % 5],
                         surnames[(i / 3) % 5], verbs[(i / 2) % 4]));
    }
    const Ner::WordClusters clusters = Ner::WordClusters::build(texts, 6, 3);
    auto path = [&](const QString &word) {
        return clusters.path(Ner::hashLower(word));
    };
    auto shared = [](quint32 a, quint32 b) {
        int depth = 0;
        while (depth < 6
            && Ner::WordClusters::prefix(a, depth + 1) == Ner::WordClusters::prefix(b, depth + 1))
            ++depth;
        return depth;
    };
    for (const QString &w : surnames + cities)
        QVERIFY2(path(w) != 0, qPrintable(w));
    // Two surnames share more of their path than a surname and a city.
    QVERIFY(
        shared(path(u"Varga"_s), path(u"Okafor"_s)) > shared(path(u"Varga"_s), path(u"Orsava"_s)));
    QVERIFY(shared(path(u"Orsava"_s), path(u"Sarrel"_s))
        > shared(path(u"Sarrel"_s), path(u"Brandt"_s)));
    QCOMPARE(clusters.path(Ner::hashLower(u"unseen"_s)), 0u);
    // The same texts give the same tree.
    QVERIFY(Ner::WordClusters::build(texts, 6, 3) == clusters);
    QCOMPARE(Ner::WordClusters::prefix(0b1101101u, 3), 0b1101u);
    QCOMPARE(Ner::WordClusters::prefix(0b110u, 5), 0b110u);
}

void TestNerModel::clustersRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clusters.tsv"_s);
    const Ner::WordClusters built = Ner::WordClusters::build(
        {u"alpha beta gamma alpha beta gamma alpha beta delta alpha gamma delta"_s}, 3, 1);
    QVERIFY(built.size() >= 4);
    QVERIFY(built.saveTsv(path).ok());
    auto read = Ner::WordClusters::fromTsv(path);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value() == built);
    QByteArray bytes;
    built.serialize(&bytes);
    Ner::WordClusters again;
    const char *data = bytes.constData();
    QVERIFY(again.deserialize(&data, bytes.constData() + bytes.size()));
    QVERIFY(again == built);
    data = bytes.constData();
    QVERIFY(!again.deserialize(&data, bytes.constData() + bytes.size() - 1));

    QFile bad(dir.filePath(u"bad.tsv"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("abc\t0110\nabd\t01x0\n");
    bad.close();
    auto refused = Ner::WordClusters::fromTsv(bad.fileName());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(bad.fileName() + u":2:"_s), qPrintable(refused.error()));
}

void TestNerModel::shippedModelCarriesClusters()
{
    // Format 3 keeps the word classes in the model, so tagging needs no other file.
    QVERIFY(m_model.clusters().size() > 10000);
    QVERIFY(m_model.clusters().path(Ner::hashLower(u"minister"_s)) != 0);
}

QTEST_GUILESS_MAIN(TestNerModel)
#include "tst_nermodel.moc"
