// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/ner/gazetteer.h"
#include "annotate/ner/hashing.h"
#include "annotate/tokenizer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Ner;

namespace {

// Match bits per token of a text tokenized by the Tokenizer.
QList<quint64> matches(const Gazetteer &gazetteer, const QString &text)
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    std::vector<quint64> hashes;
    std::vector<quint8> lower;
    for (const Token &t : tokens) {
        hashes.push_back(hashLower(t.text(text)));
        lower.push_back(text.at(t.start).isLower());
    }
    std::vector<quint64> out(tokens.size());
    gazetteer.match(hashes.data(), lower.data(), int(tokens.size()), out.data());
    // The tagger gives each token's first lookup, found once per word form: the same marks.
    std::vector<quint32> first;
    for (const quint64 h : hashes)
        first.push_back(gazetteer.firstBits(h));
    std::vector<quint64> given(tokens.size(), ~quint64(0));
    gazetteer.match(hashes.data(), lower.data(), first.data(), int(tokens.size()), given.data());
    if (given != out) {
        qWarning("the marks with the first lookups given differ");
        return QList<quint64>(qsizetype(tokens.size()), ~quint64(0)); // which no test expects
    }
    return QList<quint64>(out.begin(), out.end());
}

constexpr quint64 bit(int category, int position)
{
    return quint64(1) << (category * 4 + position);
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiTokenMatches();
    void caseRules();
    void serializeRoundTrip();
    void readsTsv();
};

void TestGazetteer::multiTokenMatches()
{
    Gazetteer g;
    g.addEntry(u"city"_s, u"Kessling");
    g.addEntry(u"city"_s, u"New Kessling");
    g.addEntry(u"country"_s, u"Republic of Veltria");
    QCOMPARE(g.categories(), (QStringList {u"city"_s, u"country"_s}));
    QCOMPARE(g.entryCount(), 3);
    const QList<quint64> m = matches(g, u"From New Kessling to the Republic of Veltria"_s);
    QCOMPARE(m[0], 0u);
    QCOMPARE(m[1], bit(0, 0));
    QCOMPARE(m[2], bit(0, 2) | bit(0, 3)); // "Kessling" alone and as the end of "New Kessling"
    QCOMPARE(m[4], 0u);
    QCOMPARE(m[5], bit(1, 0));
    QCOMPARE(m[6], bit(1, 1));
    QCOMPARE(m[7], bit(1, 2));
    // Upper case text (headlines) matches too.
    QCOMPARE(matches(g, u"NEW KESSLING"_s)[0], bit(0, 0));
}

void TestGazetteer::caseRules()
{
    Gazetteer g;
    g.addEntry(u"city"_s, u"Reading");
    g.addEntry(u"dict_lower"_s, u"reading");
    // A name list needs a capitalised token; a word list matches any case.
    QCOMPARE(matches(g, u"reading"_s)[0], bit(1, 3));
    QCOMPARE(matches(g, u"Reading"_s)[0], bit(0, 3) | bit(1, 3));
}

void TestGazetteer::serializeRoundTrip()
{
    Gazetteer g;
    g.addEntry(u"city"_s, u"Kessling");
    g.addEntry(u"person"_s, u"Ilse Marrow");
    QByteArray bytes;
    g.serialize(&bytes);
    Gazetteer back;
    const char *data = bytes.constData();
    QVERIFY(back.deserialize(&data, bytes.constData() + bytes.size()));
    QCOMPARE(data, bytes.constData() + bytes.size());
    QVERIFY(back == g);
    QByteArray again;
    back.serialize(&again);
    QCOMPARE(again, bytes);
    const char *truncated = bytes.constData();
    QVERIFY(!back.deserialize(&truncated, bytes.constData() + bytes.size() - 3));
}

void TestGazetteer::readsTsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"g.tsv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("city\tKessling\ncountry\tVeltria\n\nbroken line\n");
    file.close();
    auto g = Gazetteer::fromTsv(path);
    QVERIFY2(g.ok(), qPrintable(g.error()));
    QCOMPARE(g->entryCount(), 2);
    QVERIFY(!Gazetteer::fromTsv(dir.filePath(u"missing.tsv"_s)).ok());
}

QTEST_APPLESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
