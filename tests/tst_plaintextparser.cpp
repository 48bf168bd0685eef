// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/plaintextparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// All sample text is invented for these tests: fictional towns, outlets, people and events.
const QString body = u"Delegations from the river towns met in Kessling on Monday for a third "
                     u"round of talks on the shared water levy.\n"
                     u"\n"
                     u"The chair, Ysolde Marrach, said the mood was \"cautious but awake\".\n"
                     u"\n"
                     u"\n"
                     u"A final session is planned for Thursday."_s;

// Emoji with and without a skin tone modifier, a flag, combining marks (decomposed é, a
// stacked Devanagari syllable), Arabic and Hebrew; none of it may be touched.
const QString unicodeBody
    = u"Kessling caf\u0065\u0301 owners cheered \U0001F600 and gave a \U0001F44D\U0001F3FD to "
      u"the new ferry \U0001F1F3\U0001F1F4.\n"
      u"\n"
      u"A sign in the square reads \u0645\u0631\u062D\u0628\u064B\u0627 \u0628\u0643\u0645 and "
      u"\u05E9\u05DC\u05D5\u05DD \u05DC\u05DB\u05DD, and the stall selling "
      u"\u0915\u094D\u0937\u093F chai sold out by noon.\n"
      u"\n"
      u"Z\u0361\u0336a\u0308lgo text survives too: \U0001D4D7\U0001D4EE\U0001D4F5\U0001D4F5"
      u"\U0001D4F8."_s;

} // namespace

class TestPlainTextParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullHeader();
    void synonymsAndCase_data();
    void synonymsAndCase();
    void headerOrder();
    void headerWithoutBlankLineIsBody_data();
    void headerWithoutBlankLineIsBody();
    void unknownKeyIsBody();
    void proseWithColonIsNotHeader();
    void headerWithoutBodyIsBody();
    void titleDefaultsToFirstLine();
    void headerWithoutTitleTakesFirstBodyLine();
    void longFirstLineIsNoTitle();
    void bodyKeptExactly();
    void bodyAfterHeaderKeepsIndentation();
    void nonBmpTextSurvives();
    void nonBmpTextSurvivesAfterHeader();
    void readHeaderLength();
    void setField();
};

void TestPlainTextParser::fullHeader()
{
    const QString text = u"Title: Water levy talks enter third round\n"
                         u"Outlet: The Kessling Gazette\n"
                         u"Author: Bram Oskarsen\n"
                         u"Date: 24 November 2025\n"
                         u"URL: https://gazette.example/kessling/levy-talks\n"
                         u"Language: en\n"
                         u"\n"_s
        + body + u"\n\n"_s;
    const ArticleDraft draft = PlainTextParser::parse(text);
    QCOMPARE(draft.title, u"Water levy talks enter third round"_s);
    QCOMPARE(draft.outlet, u"The Kessling Gazette"_s);
    QCOMPARE(draft.author, u"Bram Oskarsen"_s);
    // Dates are normalised by the importer, not by the parser.
    QCOMPARE(draft.published, u"24 November 2025"_s);
    QCOMPARE(draft.url, u"https://gazette.example/kessling/levy-talks"_s);
    QCOMPARE(draft.language, u"en"_s);
    QCOMPARE(draft.sourceFormat, u"text"_s);
    QVERIFY(draft.sourcePath.isEmpty());
    // Trailing blank lines go; the body is otherwise as written.
    QCOMPARE(draft.body, body);
}

void TestPlainTextParser::synonymsAndCase_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");

    QTest::newRow("synonyms") << u"Headline: Levy deal in sight\n"
                                 u"Source: Radio Kessling\n"
                                 u"Byline: Ines Halvard\n"
                                 u"Published: 2025-11-24\n"
                                 u"Link: https://radio.example/levy\n"
                                 u"Lang: de-AT\n"_s
                              << u"Levy deal in sight"_s << u"Radio Kessling"_s << u"Ines Halvard"_s
                              << u"2025-11-24"_s << u"https://radio.example/levy"_s << u"de-AT"_s;
    QTest::newRow("publisher") << u"publisher: Kessling Evening Post\n"_s << QString()
                               << u"Kessling Evening Post"_s << QString() << QString() << QString()
                               << QString();
    QTest::newRow("upper case") << u"TITLE: Levy deal in sight\n"
                                   u"OUTLET: Radio Kessling\n"
                                   u"AUTHOR: Ines Halvard\n"
                                   u"DATE: 2025-11-24\n"
                                   u"URL: https://radio.example/levy\n"
                                   u"LANGUAGE: en\n"_s
                                << u"Levy deal in sight"_s << u"Radio Kessling"_s
                                << u"Ines Halvard"_s << u"2025-11-24"_s
                                << u"https://radio.example/levy"_s << u"en"_s;
    QTest::newRow("mixed case and spacing")
        << u"tItLe:Levy deal in sight\n"
           u"  Outlet :   Radio Kessling  \n"
           u"bYLINE:\tInes Halvard\n"
           u"Url: https://radio.example/levy?a=1:2\n"_s
        << u"Levy deal in sight"_s << u"Radio Kessling"_s << u"Ines Halvard"_s << QString()
        << u"https://radio.example/levy?a=1:2"_s << QString();
    QTest::newRow("colon in value")
        << u"Title: Kessling: the levy, explained\n"_s << u"Kessling: the levy, explained"_s
        << QString() << QString() << QString() << QString() << QString();
}

void TestPlainTextParser::synonymsAndCase()
{
    QFETCH(QString, header);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, author);
    QFETCH(QString, published);
    QFETCH(QString, url);
    QFETCH(QString, language);

    const ArticleDraft draft = PlainTextParser::parse(header + u"\n"_s + body);
    // Without a title in the header, the first body line stands in.
    QCOMPARE(draft.title, title.isEmpty() ? PlainTextParser::firstLineTitle(body) : title);
    QCOMPARE(draft.outlet, outlet);
    QCOMPARE(draft.author, author);
    QCOMPARE(draft.published, published);
    QCOMPARE(draft.url, url);
    QCOMPARE(draft.language, language);
    QCOMPARE(draft.body, body);
}

void TestPlainTextParser::headerOrder()
{
    const QString a = u"Title: Levy deal in sight\nAuthor: Ines Halvard\nDate: 2025-11-24\n\n"_s;
    const QString b = u"Date: 2025-11-24\nTitle: Levy deal in sight\nAuthor: Ines Halvard\n\n"_s;
    const ArticleDraft first = PlainTextParser::parse(a + body);
    const ArticleDraft second = PlainTextParser::parse(b + body);
    QCOMPARE(first.title, u"Levy deal in sight"_s);
    QCOMPARE(first.author, u"Ines Halvard"_s);
    QCOMPARE(first.published, u"2025-11-24"_s);
    QCOMPARE(second.title, first.title);
    QCOMPARE(second.author, first.author);
    QCOMPARE(second.published, first.published);
    QCOMPARE(first.body, body);
    QCOMPARE(second.body, body);
}

void TestPlainTextParser::headerWithoutBlankLineIsBody_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("prose right after the header")
        << u"Title: Levy deal in sight\nAuthor: Ines Halvard\n"_s + body;
    QTest::newRow("prose right after one line")
        << u"Title: Levy deal in sight\nThe talks went on past midnight.\n\nMore.\n"_s;
    QTest::newRow("prose with a colon right after the header")
        << u"Title: Levy deal in sight\nThe result: a draft.\n\nMore.\n"_s;
}

void TestPlainTextParser::headerWithoutBlankLineIsBody()
{
    QFETCH(QString, text);
    const ArticleDraft draft = PlainTextParser::parse(text);
    QCOMPARE(draft.body, text);
    QCOMPARE(draft.title, u"Title: Levy deal in sight"_s);
    QVERIFY(draft.author.isEmpty());
    QVERIFY(draft.published.isEmpty());
}

void TestPlainTextParser::unknownKeyIsBody()
{
    const QString text = u"Title: Levy deal in sight\n"
                         u"Tags: water, levy\n"
                         u"Author: Ines Halvard\n"
                         u"\n"_s
        + body + u"\n"_s;
    const ArticleDraft draft = PlainTextParser::parse(text);
    QCOMPARE(draft.body, text);
    QVERIFY(draft.author.isEmpty());
    QCOMPARE(draft.title, u"Title: Levy deal in sight"_s);
}

void TestPlainTextParser::proseWithColonIsNotHeader()
{
    const QString text = u"Note: this account of the Kessling talks was pieced together from "
                         u"three delegates who asked not to be named.\n"
                         u"\n"_s
        + body;
    const ArticleDraft draft = PlainTextParser::parse(text);
    QCOMPARE(draft.body, text);
    QCOMPARE(draft.title,
        u"Note: this account of the Kessling talks was pieced together from three delegates "
        u"who asked not to be named."_s);
    QVERIFY(draft.outlet.isEmpty());
    QVERIFY(draft.author.isEmpty());

    // A time of day is no header either.
    const QString clock = u"09:30 The first delegates arrive.\n\n"_s + body;
    QCOMPARE(PlainTextParser::parse(clock).body, clock);
}

void TestPlainTextParser::headerWithoutBodyIsBody()
{
    // Lines that look like a header but have nothing after them are the text itself.
    for (const QString &text : {u"Title: Levy deal in sight\nAuthor: Ines Halvard"_s,
             u"Title: Levy deal in sight\nAuthor: Ines Halvard\n"_s}) {
        const ArticleDraft draft = PlainTextParser::parse(text);
        QCOMPARE(draft.body, text);
        QVERIFY(draft.author.isEmpty());
    }
}

void TestPlainTextParser::titleDefaultsToFirstLine()
{
    const QString text = u"\n  Kessling levy talks stall again  \n\n"_s + body;
    const ArticleDraft draft = PlainTextParser::parse(text);
    QCOMPARE(draft.title, u"Kessling levy talks stall again"_s);
    // The first line stays in the body: nothing of a headerless text is dropped.
    QCOMPARE(draft.body, text);
    QCOMPARE(draft.sourceFormat, u"text"_s);
}

void TestPlainTextParser::headerWithoutTitleTakesFirstBodyLine()
{
    const ArticleDraft draft = PlainTextParser::parse(u"Author: Ines Halvard\n\n"_s + body);
    QCOMPARE(draft.author, u"Ines Halvard"_s);
    QCOMPARE(draft.title,
        u"Delegations from the river towns met in Kessling on Monday for a third round of "
        u"talks on the shared water levy."_s);
    QCOMPARE(draft.body, body);
}

void TestPlainTextParser::longFirstLineIsNoTitle()
{
    QString line = u"The levy committee in Kessling"_s;
    while (line.size() <= 200)
        line += u" met again and again"_s;
    line += u'.';
    const QString text = line + u"\n\nSecond paragraph.\n"_s;
    const ArticleDraft draft = PlainTextParser::parse(text);
    QVERIFY2(draft.title.isEmpty(), qPrintable(draft.title));
    QCOMPARE(draft.body, text);

    // 200 UTF-16 units is still a headline.
    const QString exact = QString(200, u'k');
    QCOMPARE(PlainTextParser::firstLineTitle(exact + u"\nrest"_s), exact);
    QVERIFY(PlainTextParser::firstLineTitle(exact + u"k\nrest"_s).isEmpty());
}

void TestPlainTextParser::bodyKeptExactly()
{
    // No header: the text is the body to the last character, white space included.
    const QString text = u"  Kessling, Monday.\n"
                         u"\n"
                         u"\n"
                         u"\tThe talks resumed.   \n"
                         u"   \n"
                         u"Line one\n"
                         u"line two\n"
                         u"\n\n"_s;
    const ArticleDraft draft = PlainTextParser::parse(text);
    QCOMPARE(draft.body, text);
    QCOMPARE(draft.title, u"Kessling, Monday."_s);
}

void TestPlainTextParser::bodyAfterHeaderKeepsIndentation()
{
    // Blank lines between header and body are dropped, but the first body line is kept as
    // written, indentation included.
    const QString indented = u"    \"We are close,\" said Ysolde Marrach.\n\nThen silence."_s;
    const ArticleDraft draft
        = PlainTextParser::parse(u"Title: Close\nAuthor: Bram Oskarsen\n\n \n\t\n"_s + indented);
    QCOMPARE(draft.title, u"Close"_s);
    QCOMPARE(draft.author, u"Bram Oskarsen"_s);
    QCOMPARE(draft.body, indented);
}

void TestPlainTextParser::nonBmpTextSurvives()
{
    const ArticleDraft draft = PlainTextParser::parse(unicodeBody);
    QCOMPARE(draft.body, unicodeBody);
    QCOMPARE(draft.body.toUtf8(), unicodeBody.toUtf8());
    QCOMPARE(draft.title,
        u"Kessling caf\u0065\u0301 owners cheered \U0001F600 and gave a \U0001F44D\U0001F3FD to "
        u"the new ferry \U0001F1F3\U0001F1F4."_s);
}

void TestPlainTextParser::nonBmpTextSurvivesAfterHeader()
{
    const QString text = u"Title: \U0001F30A Kessling \u05DE\u05D9\u05DD \u0645\u0627\u0621\n"
                         u"Author: Zo\u0065\u0308 N\u00E1d\u00F3r\n\n"_s
        + unicodeBody + u"\n"_s;
    const ArticleDraft draft = PlainTextParser::parse(text);
    QCOMPARE(draft.title, u"\U0001F30A Kessling \u05DE\u05D9\u05DD \u0645\u0627\u0621"_s);
    QCOMPARE(draft.author, u"Zo\u0065\u0308 N\u00E1d\u00F3r"_s);
    QCOMPARE(draft.body.toUtf8(), unicodeBody.toUtf8());
}

void TestPlainTextParser::readHeaderLength()
{
    ArticleDraft draft;
    const QString header = u"Title: Levy\nAuthor: Ines Halvard\n\n"_s;
    QCOMPARE(PlainTextParser::readHeader(header + body, &draft), header.size());
    QCOMPARE(draft.title, u"Levy"_s);
    QCOMPARE(draft.author, u"Ines Halvard"_s);

    ArticleDraft untouched;
    untouched.title = u"kept"_s;
    QCOMPARE(PlainTextParser::readHeader(body, &untouched), 0);
    QCOMPARE(PlainTextParser::readHeader(u"Tags: x\n\n"_s + body, &untouched), 0);
    QCOMPARE(PlainTextParser::readHeader(QString(), &untouched), 0);
    QCOMPARE(PlainTextParser::readHeader(u"\nTitle: Levy\n\nBody"_s, &untouched), 0);
    QCOMPARE(untouched.title, u"kept"_s);
}

void TestPlainTextParser::setField()
{
    ArticleDraft draft;
    QVERIFY(PlainTextParser::setField(&draft, u"Headline", u"A"_s));
    QVERIFY(PlainTextParser::setField(&draft, u" PUBLISHER ", u"B"_s));
    QVERIFY(PlainTextParser::setField(&draft, u"byline", u"C"_s));
    QVERIFY(PlainTextParser::setField(&draft, u"Published", u"D"_s));
    QVERIFY(PlainTextParser::setField(&draft, u"link", u"E"_s));
    QVERIFY(PlainTextParser::setField(&draft, u"Lang", u"F"_s));
    QVERIFY(!PlainTextParser::setField(&draft, u"tags", u"G"_s));
    QVERIFY(!PlainTextParser::setField(&draft, u"", u"H"_s));
    QCOMPARE(draft.title, u"A"_s);
    QCOMPARE(draft.outlet, u"B"_s);
    QCOMPARE(draft.author, u"C"_s);
    QCOMPARE(draft.published, u"D"_s);
    QCOMPARE(draft.url, u"E"_s);
    QCOMPARE(draft.language, u"F"_s);
    QVERIFY(draft.body.isEmpty());
}

QTEST_APPLESS_MAIN(TestPlainTextParser)
#include "tst_plaintextparser.moc"
