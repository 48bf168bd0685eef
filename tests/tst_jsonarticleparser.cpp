// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/jsonarticleparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// All sample text is invented for these tests: fictional towns, outlets, people and events.
const QString name = u"feed.json"_s;

const QString body = u"Kessling's council voted on Tuesday to close the old tram depot.\n\n"
                     u"Residents of the Lower Mill quarter said they had not been asked."_s;

// Emoji with and without a skin tone modifier, a flag, combining marks, Arabic and Hebrew.
const QString unicodeBody
    = u"Caf\u0065\u0301 owners in Kessling cheered \U0001F600 and gave a \U0001F44D\U0001F3FD "
      u"to the new tram \U0001F1F3\U0001F1F4.\n\n"
      u"The banner reads \u0645\u0631\u062D\u0628\u064B\u0627 \u0628\u0643\u0645 and "
      u"\u05E9\u05DC\u05D5\u05DD \u05DC\u05DB\u05DD; \u0915\u094D\u0937\u093F stalls sold "
      u"out. \U0001D4D7\U0001D4EE\U0001D4F5\U0001D4F5\U0001D4F8 \u2014 \u201Cgood\u201D."_s;

QByteArray json(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson();
    return QJsonDocument(value.toObject()).toJson();
}

QList<ArticleDraft> parsed(const QByteArray &bytes)
{
    const Result<QList<ArticleDraft>> result = JsonArticleParser::parse(bytes, name);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error()));
        return {};
    }
    return result.value();
}

QString refusal(const QByteArray &bytes)
{
    const Result<QList<ArticleDraft>> result = JsonArticleParser::parse(bytes, name);
    return result.ok() ? QString() : result.error();
}

} // namespace

class TestJsonArticleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullObject();
    void synonyms_data();
    void synonyms();
    void authors_data();
    void authors();
    void bodyAsParagraphs();
    void arrayOfArticles();
    void nonBmpTextSurvives();
    void crlfInBody();
    void invalidJson_data();
    void invalidJson();
    void invalidJsonColumnCountsCharacters();
    void missingBody_data();
    void missingBody();
    void emptyArray();
    void nonObjectElement();
    void missingBodyInArray();
};

void TestJsonArticleParser::fullObject()
{
    const QJsonObject object {
        {u"title"_s, u"  Tram depot to close  "_s},
        {u"outlet"_s, u"Kessling Courier"_s},
        {u"author"_s, u"Perrin Valk"_s},
        {u"url"_s, u"https://courier.example/tram-depot"_s},
        {u"published"_s, u"2025-11-25T18:00:00+01:00"_s},
        {u"language"_s, u"en"_s},
        {u"body"_s, body},
        {u"tags"_s, QJsonArray {u"transport"_s}},
    };
    const QList<ArticleDraft> drafts = parsed(json(object));
    QCOMPARE(drafts.size(), 1);
    const ArticleDraft &draft = drafts.first();
    QCOMPARE(draft.title, u"Tram depot to close"_s);
    QCOMPARE(draft.outlet, u"Kessling Courier"_s);
    QCOMPARE(draft.author, u"Perrin Valk"_s);
    QCOMPARE(draft.url, u"https://courier.example/tram-depot"_s);
    // The importer normalises dates; the parser passes them on.
    QCOMPARE(draft.published, u"2025-11-25T18:00:00+01:00"_s);
    QCOMPARE(draft.language, u"en"_s);
    QCOMPARE(draft.body, body);
    QCOMPARE(draft.sourceFormat, u"json"_s);
    QVERIFY(draft.sourcePath.isEmpty());
}

void TestJsonArticleParser::synonyms_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("language");

    QTest::newRow("text, date, source")
        << json(QJsonObject {{u"headline"_s, u"Depot"_s}, {u"text"_s, body},
               {u"date"_s, u"24.11.2025"_s}, {u"source"_s, u"Kessling Courier"_s}})
        << u"Depot"_s << u"Kessling Courier"_s << u"24.11.2025"_s << QString() << QString();
    QTest::newRow("content, publisher")
        << json(QJsonObject {{u"content"_s, body}, {u"publisher"_s, u"Mill Quarter Post"_s},
               {u"link"_s, u"https://post.example/a"_s}, {u"lang"_s, u"de-AT"_s}})
        << QString() << u"Mill Quarter Post"_s << QString() << u"https://post.example/a"_s
        << u"de-AT"_s;
    QTest::newRow("schema.org names") << json(QJsonObject {{u"headline"_s, u"Depot"_s},
        {u"articleBody"_s, body}, {u"datePublished"_s, u"2025-11-24"_s},
        {u"publisher"_s,
            QJsonObject {{u"@type"_s, u"Organization"_s}, {u"name"_s, u"Kessling Courier"_s}}},
        {u"inLanguage"_s, u"en-GB"_s}})
                                      << u"Depot"_s << u"Kessling Courier"_s << u"2025-11-24"_s
                                      << QString() << u"en-GB"_s;
    QTest::newRow("news feed names") << json(QJsonObject {{u"title"_s, u"Depot"_s},
        {u"content"_s, body}, {u"publishedAt"_s, u"2025-11-24T08:00:00Z"_s},
        {u"source"_s, QJsonObject {{u"id"_s, QJsonValue()}, {u"name"_s, u"Kessling Courier"_s}}}})
                                     << u"Depot"_s << u"Kessling Courier"_s
                                     << u"2025-11-24T08:00:00Z"_s << QString() << QString();
    QTest::newRow("first of several wins")
        << json(QJsonObject {{u"body"_s, body}, {u"date"_s, u"2025-01-01"_s},
               {u"published"_s, u"2025-11-24"_s}, {u"outlet"_s, u"A"_s}, {u"source"_s, u"B"_s}})
        << QString() << u"A"_s << u"2025-11-24"_s << QString() << QString();
    QTest::newRow("empty value falls through")
        << json(QJsonObject {{u"body"_s, body}, {u"outlet"_s, u"  "_s}, {u"source"_s, u"B"_s}})
        << QString() << u"B"_s << QString() << QString() << QString();
}

void TestJsonArticleParser::synonyms()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, title);
    QFETCH(QString, outlet);
    QFETCH(QString, published);
    QFETCH(QString, url);
    QFETCH(QString, language);

    const QList<ArticleDraft> drafts = parsed(input);
    QCOMPARE(drafts.size(), 1);
    const ArticleDraft &draft = drafts.first();
    QCOMPARE(draft.title, title);
    QCOMPARE(draft.outlet, outlet);
    QCOMPARE(draft.published, published);
    QCOMPARE(draft.url, url);
    QCOMPARE(draft.language, language);
    QCOMPARE(draft.body, body);
}

void TestJsonArticleParser::authors_data()
{
    QTest::addColumn<QJsonValue>("author");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QJsonValue(u"Perrin Valk"_s) << u"author"_s << u"Perrin Valk"_s;
    QTest::newRow("array of strings")
        << QJsonValue(QJsonArray {u"Perrin Valk"_s, u" Odalys Fenn "_s, u""_s}) << u"author"_s
        << u"Perrin Valk, Odalys Fenn"_s;
    QTest::newRow("object with name")
        << QJsonValue(QJsonObject {{u"@type"_s, u"Person"_s}, {u"name"_s, u"Perrin Valk"_s}})
        << u"author"_s << u"Perrin Valk"_s;
    QTest::newRow("array of objects")
        << QJsonValue(QJsonArray {QJsonObject {{u"name"_s, u"Perrin Valk"_s}},
               QJsonObject {{u"name"_s, u"Odalys Fenn"_s}, {u"url"_s, u"https://x.example"_s}}})
        << u"author"_s << u"Perrin Valk, Odalys Fenn"_s;
    QTest::newRow("mixed array") << QJsonValue(
        QJsonArray {u"Perrin Valk"_s, QJsonObject {{u"name"_s, u"Odalys Fenn"_s}}})
                                 << u"authors"_s << u"Perrin Valk, Odalys Fenn"_s;
    QTest::newRow("byline") << QJsonValue(u"Odalys Fenn"_s) << u"byline"_s << u"Odalys Fenn"_s;
    QTest::newRow("non-BMP name") << QJsonValue(
        QJsonArray {u"\u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9 \U0001F58B"_s})
                                  << u"author"_s
                                  << u"\u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9 \U0001F58B"_s;
}

void TestJsonArticleParser::authors()
{
    QFETCH(QJsonValue, author);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QList<ArticleDraft> drafts = parsed(json(QJsonObject {{key, author}, {u"body"_s, body}}));
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().author, expected);
}

void TestJsonArticleParser::bodyAsParagraphs()
{
    const QJsonObject object {
        {u"title"_s, u"Depot"_s},
        {u"body"_s,
            QJsonArray {u"Kessling's council voted on Tuesday to close the old tram depot."_s,
                u"Residents of the Lower Mill quarter said they had not been asked."_s}},
    };
    const QList<ArticleDraft> drafts = parsed(json(object));
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().body, body);
}

void TestJsonArticleParser::arrayOfArticles()
{
    const QJsonArray array {
        QJsonObject {{u"title"_s, u"Depot to close"_s}, {u"body"_s, body},
            {u"outlet"_s, u"Kessling Courier"_s}},
        QJsonObject {{u"headline"_s, u"Depot vote, day two"_s}, {u"text"_s, u"Second text."_s},
            {u"author"_s, QJsonArray {u"Perrin Valk"_s}}},
        QJsonObject {{u"articleBody"_s, QJsonArray {u"Third, part one."_s, u"Part two."_s}}},
    };
    const QList<ArticleDraft> drafts = parsed(json(array));
    QCOMPARE(drafts.size(), 3);
    QCOMPARE(drafts.at(0).title, u"Depot to close"_s);
    QCOMPARE(drafts.at(0).outlet, u"Kessling Courier"_s);
    QCOMPARE(drafts.at(0).body, body);
    QCOMPARE(drafts.at(1).title, u"Depot vote, day two"_s);
    QCOMPARE(drafts.at(1).author, u"Perrin Valk"_s);
    QCOMPARE(drafts.at(1).body, u"Second text."_s);
    QVERIFY(drafts.at(2).title.isEmpty());
    QCOMPARE(drafts.at(2).body, u"Third, part one.\n\nPart two."_s);
    for (const ArticleDraft &draft : drafts)
        QCOMPARE(draft.sourceFormat, u"json"_s);
}

void TestJsonArticleParser::nonBmpTextSurvives()
{
    const QString title = u"\U0001F68B Kessling \u05D7\u05E9\u05DE\u05DC\u05D9\u05EA "
                          u"\u0627\u0644\u062A\u0631\u0627\u0645 Zo\u0065\u0308"_s;
    // Once as QJsonDocument writes it (raw UTF-8), once with \u escapes and surrogate pairs.
    const QByteArray raw = json(QJsonObject {{u"title"_s, title}, {u"body"_s, unicodeBody}});
    QString escapedBody;
    for (const QChar c : unicodeBody) {
        if (c.unicode() < 0x80 && c != u'\n')
            escapedBody += c;
        else
            escapedBody += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
    }
    const QByteArray escaped = "{\"body\": \"" + escapedBody.toLatin1() + "\"}";

    const QList<ArticleDraft> fromRaw = parsed(raw);
    QCOMPARE(fromRaw.size(), 1);
    QCOMPARE(fromRaw.first().title.toUtf8(), title.toUtf8());
    QCOMPARE(fromRaw.first().body.toUtf8(), unicodeBody.toUtf8());

    const QList<ArticleDraft> fromEscaped = parsed(escaped);
    QCOMPARE(fromEscaped.size(), 1);
    QCOMPARE(fromEscaped.first().body.toUtf8(), unicodeBody.toUtf8());
}

void TestJsonArticleParser::crlfInBody()
{
    const QList<ArticleDraft> drafts
        = parsed(R"({"body": "Line one.\r\n\r\nLine two.\r\nLine three."})");
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().body, u"Line one.\n\nLine two.\nLine three."_s);
}

void TestJsonArticleParser::invalidJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // Where the parser gives up: Qt places some errors on the offending character and some
    // just after it.
    QTest::newRow("missing comma")
        << QByteArray("{\n  \"title\": \"Depot\"\n  \"body\": \"x\"\n}\n") << 3 << 4;
    QTest::newRow("trailing comma") << QByteArray("{\"body\": \"x\",}") << 1 << 15;
    QTest::newRow("unterminated string") << QByteArray("{\n\"body\": \"x\n") << 3 << 1;
    QTest::newRow("unterminated object") << QByteArray("{\"body\": \"x\"") << 1 << 13;
    QTest::newRow("not JSON at all") << QByteArray("Kessling council notes") << 1 << 2;
    QTest::newRow("bare string") << QByteArray("\"Kessling\"") << 1 << 2;
}

void TestJsonArticleParser::invalidJson()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString error = refusal(input);
    QVERIFY2(error.startsWith(name + u": invalid JSON at line "_s), qPrintable(error));
    QVERIFY2(error.contains(u"line %1, column %2 ("_s.arg(line).arg(column)), qPrintable(error));
    QVERIFY2(error.endsWith(u")"_s), qPrintable(error));
}

void TestJsonArticleParser::invalidJsonColumnCountsCharacters()
{
    // An editor counts characters, not UTF-8 bytes: the comma missing before "body" is reported
    // at the same column (just past that key's opening quote, where Qt stops) whatever the
    // Hebrew, Arabic, accents and emoji before it take. The line reads
    //  "title": "<title>" "body"
    // so the quote opening "body" is at column 11 + length + 3.
    const auto document = [](const QString &title) {
        return (u"{\n \"title\": \""_s + title + u"\" \"body\": \"x\"\n}"_s).toUtf8();
    };
    const QString title = u"\u05D7\u05E9\u05DE\u05DC \u0627\u0644 Caf\u00E9 "
                          u"\U0001F68B\U0001F1F3\U0001F1F4"_s;
    const QString sameWidth(title.toUcs4().size(), u'k');
    const QString expected = u"line 2, column %1"_s.arg(11 + sameWidth.size() + 3 + 1);
    const QString asciiError = refusal(document(sameWidth));
    QVERIFY2(asciiError.contains(expected), qPrintable(asciiError));
    const QString error = refusal(document(title));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestJsonArticleParser::missingBody_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("no body field") << json(QJsonObject {{u"title"_s, u"Depot"_s}});
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("blank body") << json(QJsonObject {{u"body"_s, u" \n\t "_s}});
    QTest::newRow("body is a number") << json(QJsonObject {{u"body"_s, 42}});
    QTest::newRow("body is an empty array") << json(QJsonObject {{u"body"_s, QJsonArray {}}});
}

void TestJsonArticleParser::missingBody()
{
    QFETCH(QByteArray, input);
    const QString error = refusal(input);
    QVERIFY2(error.startsWith(name + u": no article text"_s), qPrintable(error));
    QVERIFY2(error.contains(u"\"body\""_s), qPrintable(error));
}

void TestJsonArticleParser::emptyArray()
{
    const QString error = refusal("[ ]");
    QCOMPARE(error, name + u": the JSON array holds no articles"_s);
}

void TestJsonArticleParser::nonObjectElement()
{
    const QJsonArray array {
        QJsonObject {{u"body"_s, body}},
        u"Kessling council notes"_s,
    };
    const QString error = refusal(json(array));
    QCOMPARE(error, name + u", article 2: not an article object"_s);
}

void TestJsonArticleParser::missingBodyInArray()
{
    const QJsonArray array {
        QJsonObject {{u"body"_s, body}},
        QJsonObject {{u"body"_s, body}},
        QJsonObject {{u"title"_s, u"Depot"_s}},
    };
    const QString error = refusal(json(array));
    QVERIFY2(error.startsWith(name + u", article 3: no article text"_s), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestJsonArticleParser)
#include "tst_jsonarticleparser.moc"
