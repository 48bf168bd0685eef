// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How `parallax eval compare` reads the corpora's articles (BASIL's sentences and paragraphs,
// ECB+'s tokens, the JSON it exports). Everything here is invented.
#include "cli/corpusarticles.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestCorpusArticles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basilBodyJoinsSentencesAndParagraphs();
    void detokenize_data();
    void detokenize();
    void corpusFilesReadAsArticles();
};

void TestCorpusArticles::basilBodyJoinsSentencesAndParagraphs()
{
    const QJsonArray paragraphs {
        QJsonArray {u" Talks resumed at Lake Varn. "_s, u"Both delegations came."_s},
        QJsonArray {},
        QJsonArray {u"\u201CWe are close,\u201D said Mira Osk."_s, u"  "_s},
    };
    QCOMPARE(CorpusArticles::basilBody(paragraphs),
        u"Talks resumed at Lake Varn. Both delegations came.\n\n"
        u"\u201CWe are close,\u201D said Mira Osk."_s);
}

void TestCorpusArticles::detokenize_data()
{
    QTest::addColumn<QList<QStringList>>("sentences");
    QTest::addColumn<QString>("text");
    QTest::newRow("punctuation and clitics")
        << QList<QStringList> {{u"Osmark"_s, u"'s"_s, u"envoy"_s, u"did"_s, u"n't"_s, u"come"_s,
               u"("_s, u"again"_s, u")"_s, u","_s, u"sadly"_s, u"."_s}}
        << u"Osmark's envoy didn't come (again), sadly."_s;
    QTest::newRow("PTB quotes become curly") << QList<QStringList> {{u"``"_s, u"We"_s, u"agree"_s,
        u","_s, u"''"_s, u"she"_s, u"said"_s, u"."_s}}
                                             << u"\u201CWe agree,\u201D she said."_s;
    QTest::newRow("straight quotes open and close")
        << QList<QStringList> {{u"He"_s, u"said"_s, u"\""_s, u"no"_s, u"\""_s, u"twice"_s, u"."_s}}
        << u"He said \"no\" twice."_s;
    QTest::newRow("a quote over two sentences") << QList<QStringList> {{u"\""_s, u"Calm"_s, u"."_s},
        {u"Wait"_s, u"."_s, u"\""_s}} << u"\"Calm. Wait.\""_s;
    QTest::newRow("a quotation over two paragraphs")
        << QList<QStringList> {{u"``"_s, u"We"_s, u"wait"_s, u"."_s},
               {u"``"_s, u"Then"_s, u"we"_s, u"sign"_s, u"."_s, u"''"_s},
               {u"She"_s, u"left"_s, u"."_s}}
        << u"\u201CWe wait.\n\n\u201CThen we sign.\u201D She left."_s;
    QTest::newRow("hyphen, slash and clock time") << QList<QStringList> {
        {u"a"_s, u"12"_s, u"-"_s, u"hour"_s, u"session"_s, u"on"_s, u"9"_s, u"/"_s, u"14"_s,
            u"at"_s, u"8"_s, u":"_s, u"13am"_s}} << u"a 12-hour session on 9/14 at 8:13am"_s;
    QTest::newRow("split apostrophe")
        << QList<QStringList> {{u"It"_s, u"\u2019"_s, u"s"_s, u"done"_s, u"."_s}}
        << u"It\u2019s done."_s;
    QTest::newRow("headline ends a paragraph") << QList<QStringList> {
        {u"Varn"_s, u"talks"_s, u"end"_s}, {u"The"_s, u"talks"_s, u"ended"_s, u"."_s},
        {u"Both"_s, u"left"_s, u"."_s}} << u"Varn talks end\n\nThe talks ended. Both left."_s;
    QTest::newRow("address first is left out") << QList<QStringList> {
        {u"http"_s, u":"_s, u"/"_s, u"/"_s, u"www"_s, u"."_s, u"varn"_s, u"."_s, u"example"_s},
        {u"Talks"_s, u"\U0001F30A"_s, u"began"_s,
            u"."_s}} << u"Talks \U0001F30A began."_s;
}

void TestCorpusArticles::detokenize()
{
    QFETCH(QList<QStringList>, sentences);
    QFETCH(QString, text);
    QCOMPARE(CorpusArticles::detokenize(sentences), text);
}

void TestCorpusArticles::corpusFilesReadAsArticles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString basilPath = dir.filePath(u"event_1.json"_s);
    const QJsonObject basil {{u"title"_s, u"Varn talks resume"_s}, {u"source"_s, u"LEDGER"_s},
        {u"date"_s, u"2026-11-20"_s}, {u"url"_s, u"https://ledger.example/varn"_s},
        {u"body-paragraphs"_s,
            QJsonArray {QJsonArray {u"\U0001F30A Delegates met."_s},
                QJsonArray {u"\u201CThe lake is shared,\u201D said Mira Osk."_s}}}};
    QFile f(basilPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(basil).toJson());
    f.close();
    auto drafts = CorpusArticles::readArticles(basilPath);
    QVERIFY2(drafts.ok(), qPrintable(drafts.error()));
    QCOMPARE(drafts->size(), 1);
    const ArticleDraft &a = drafts->constFirst();
    QCOMPARE(a.outlet, u"ledger"_s);
    QCOMPARE(a.title, u"Varn talks resume"_s);
    QCOMPARE(a.published, u"2026-11-20"_s);
    QCOMPARE(
        a.body, u"\U0001F30A Delegates met.\n\n\u201CThe lake is shared,\u201D said Mira Osk."_s);
    // The gold counts code points: the emoji is one.
    QCOMPARE(Offsets::midCodePoints(a.body, 19, 37), u"The lake is shared"_s);

    const QString ecbPath = dir.filePath(u"7_1ecbplus.xml"_s);
    QFile x(ecbPath);
    QVERIFY(x.open(QIODevice::WriteOnly));
    x.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<Document doc_name="7_1ecbplus.xml" doc_id="X">
<token t_id="1" sentence="0" number="0">http</token>
<token t_id="2" sentence="0" number="1">:</token>
<token t_id="3" sentence="0" number="2">//post.example/varn</token>
<token t_id="4" sentence="1" number="0">Osk</token>
<token t_id="5" sentence="1" number="1">said</token>
<token t_id="6" sentence="1" number="2">``</token>
<token t_id="7" sentence="1" number="3">yes</token>
<token t_id="8" sentence="1" number="4">&amp;</token>
<token t_id="9" sentence="1" number="5">no</token>
<token t_id="10" sentence="1" number="6">''</token>
<token t_id="11" sentence="1" number="7">.</token>
<Markables/>
</Document>
)");
    x.close();
    auto ecb = CorpusArticles::readArticles(ecbPath);
    QVERIFY2(ecb.ok(), qPrintable(ecb.error()));
    QCOMPARE(ecb->constFirst().body, u"Osk said \u201Cyes & no\u201D."_s);
    QCOMPARE(ecb->constFirst().url, u"http://post.example/varn"_s);

    // A file import reads as it is stays as it is.
    const QString textPath = dir.filePath(u"wire.txt"_s);
    QFile t(textPath);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("Title: Varn\n\nOsk spoke \xE2\x80\x9C"
            "briefly\xE2\x80\x9D.\n");
    t.close();
    auto plain = CorpusArticles::readArticles(textPath);
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QCOMPARE(plain->constFirst().title, u"Varn"_s);
    QVERIFY(plain->constFirst().body.startsWith(u"Osk spoke"_s));

    auto missing = CorpusArticles::readArticles(dir.filePath(u"none.json"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"none.json"_s));
}

QTEST_GUILESS_MAIN(TestCorpusArticles)
#include "tst_corpusarticles.moc"
