// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// All sample text is invented for these tests: fictional towns, outlets, people and events.
const QString englishBody
    = u"Negotiators from the three river towns met again in Kessling on Monday to settle how "
      u"the cost of the new flood barrier should be shared. The talks, chaired by the retired "
      u"judge Ysolde Marrach, lasted well into the evening.\n\n"
      u"Residents who gathered outside the town hall said they were tired of waiting. \"We have "
      u"been promised a decision every winter for six years,\" said Bram Oskarsen, who keeps a "
      u"bakery near the old bridge."_s;

const QString germanBody
    = u"Die Verhandlungen zwischen den drei Flussstädten wurden am Montag in Kessling "
      u"fortgesetzt. Es ging erneut darum, wie die Kosten für den neuen Hochwasserschutz verteilt "
      u"werden sollen. Die Gespräche dauerten bis in den späten Abend, eine Einigung gab es "
      u"jedoch nicht."_s;

// Emoji with and without a skin tone modifier, a flag, combining marks, Arabic and Hebrew.
const QString unicodeBody
    = u"Caf\u0065\u0301 owners in Kessling cheered \U0001F600 and gave a \U0001F44D\U0001F3FD "
      u"to the barrier plan \U0001F1F3\U0001F1F4.\n\n"
      u"A banner reads \u0645\u0631\u062D\u0628\u064B\u0627 \u0628\u0643\u0645 and "
      u"\u05E9\u05DC\u05D5\u05DD \u05DC\u05DB\u05DD; \u0915\u094D\u0937\u093F tea sold out. "
      u"\U0001D4D7\U0001D4EE\U0001D4F5\U0001D4F5\U0001D4F8 \u2014 \u201Cgood\u201D."_s;

QString jsonString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out + u'"';
}

QList<ArticleDraft> read(const QString &path, Importer::Format format = Importer::Format::Auto)
{
    const Result<QList<ArticleDraft>> result = Importer::readFile(path, format);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error()));
        return {};
    }
    return result.value();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void textFile();
    void markdownFile();
    void jsonFile();
    void htmlFile();
    void sniffing_data();
    void sniffing();
    void explicitFormat();
    void detectFormat_data();
    void detectFormat();
    void refusals_data();
    void refusals();
    void tooLarge();
    void binaryFile();
    void datesNormalised_data();
    void datesNormalised();
    void languageDetected();
    void languageKept_data();
    void languageKept();
    void titleFallsBackToFileName();
    void metadataTidied();
    void nonBmpTextSurvives();
    void crlfFile();
    void contentHash();
    void countWords_data();
    void countWords();
    void expandPaths();
    void parseInMemory();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString write(const QString &name, const QString &text) { return write(name, text.toUtf8()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImporter::cleanup()
{
    m_dir.reset();
}

QString TestImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImporter::textFile()
{
    const QString path = write(u"levy.txt"_s,
        u"Title: Flood barrier talks run late\n"
        u"Outlet: The Kessling Gazette\n"
        u"Author: Ines Halvard\n"
        u"Date: Mon, 24 Nov 2025 21:10:00 +0100\n"
        u"URL: https://gazette.example/barrier\n"
        u"\n"_s
            + englishBody + u"\n"_s);
    const QList<ArticleDraft> drafts = read(path);
    QCOMPARE(drafts.size(), 1);
    const ArticleDraft &draft = drafts.first();
    QCOMPARE(draft.title, u"Flood barrier talks run late"_s);
    QCOMPARE(draft.outlet, u"The Kessling Gazette"_s);
    QCOMPARE(draft.author, u"Ines Halvard"_s);
    QCOMPARE(draft.published, u"2025-11-24T21:10:00+01:00"_s);
    QCOMPARE(draft.url, u"https://gazette.example/barrier"_s);
    QCOMPARE(draft.language, u"en"_s);
    QCOMPARE(draft.body, englishBody);
    QCOMPARE(draft.sourceFormat, u"text"_s);
    QCOMPARE(draft.sourcePath, path);
}

void TestImporter::markdownFile()
{
    const QString path = write(u"barrier.md"_s,
        u"---\ntitle: \"Barrier: no deal yet\"\ndate: November 24, 2025\n---\n\n"
        u"# Barrier: no deal yet\n\nThe talks in **Kessling** ran late.\n\n- one\n- two\n"_s);
    const QList<ArticleDraft> drafts = read(path);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().title, u"Barrier: no deal yet"_s);
    QCOMPARE(drafts.first().published, u"2025-11-24"_s);
    QCOMPARE(drafts.first().body, u"The talks in Kessling ran late.\n\n\u2022 one\n\u2022 two"_s);
    QCOMPARE(drafts.first().sourceFormat, u"markdown"_s);
    QCOMPARE(drafts.first().sourcePath, path);
}

void TestImporter::jsonFile()
{
    const QString path = write(u"feed.json"_s,
        u"[{\"title\": \"Barrier talks\", \"published\": \"24.11.2025\", \"body\": "_s
            + jsonString(englishBody)
            + u"},\n {\"headline\": \"Gespr\u00E4che\", \"date\": \"2025/11/25\", \"text\": "_s
            + jsonString(germanBody) + u"}]"_s);
    const QList<ArticleDraft> drafts = read(path);
    QCOMPARE(drafts.size(), 2);
    QCOMPARE(drafts.at(0).title, u"Barrier talks"_s);
    QCOMPARE(drafts.at(0).published, u"2025-11-24"_s);
    QCOMPARE(drafts.at(0).body, englishBody);
    QCOMPARE(drafts.at(0).language, u"en"_s);
    QCOMPARE(drafts.at(1).title, u"Gespr\u00E4che"_s);
    QCOMPARE(drafts.at(1).published, u"2025-11-25"_s);
    QCOMPARE(drafts.at(1).body, germanBody);
    QCOMPARE(drafts.at(1).language, u"de"_s);
    for (const ArticleDraft &draft : drafts) {
        QCOMPARE(draft.sourceFormat, u"json"_s);
        QCOMPARE(draft.sourcePath, path);
    }
}

void TestImporter::htmlFile()
{
    const QString path = write(u"barrier.html"_s,
        u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        u"<title>Barrier talks run late | Kessling Gazette</title>"
        u"<meta property=\"og:title\" content=\"Barrier talks run late\">"
        u"<meta property=\"article:published_time\" content=\"2025-11-24T21:10:00+01:00\">"
        u"</head><body><article><h1>Barrier talks run late</h1>"
        u"<p>Negotiators from the three river towns met again in Kessling on Monday to settle "
        u"how the cost of the new flood barrier should be shared.</p>"
        u"<p>Residents who gathered outside the town hall said they were tired of waiting for "
        u"a decision that has been promised every winter for six years.</p>"
        u"</article></body></html>"_s);
    const QList<ArticleDraft> drafts = read(path);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().title, u"Barrier talks run late"_s);
    QCOMPARE(drafts.first().published, u"2025-11-24T21:10:00+01:00"_s);
    QVERIFY(drafts.first().body.startsWith(u"Negotiators from the three river towns"_s));
    QVERIFY(drafts.first().body.contains(u"\n\nResidents who gathered"_s));
    QCOMPARE(drafts.first().language, u"en"_s);
    QCOMPARE(drafts.first().sourceFormat, u"html"_s);
    QCOMPARE(drafts.first().sourcePath, path);
}

void TestImporter::sniffing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format");

    const QByteArray html = "<!doctype html><html><head><title>Barrier</title></head><body>"
                            "<article><p>"
        + englishBody.toUtf8().replace("\n\n", "</p><p>") + "</p></article></body></html>";
    const QByteArray json
        = "{\"title\": \"Barrier\", \"body\": " + jsonString(englishBody).toUtf8() + "}";
    const QByteArray text = "Barrier talks\n\n" + englishBody.toUtf8();

    QTest::newRow("html, no suffix") << u"download"_s << html << u"html"_s;
    QTest::newRow("html, odd suffix") << u"page.php"_s << html << u"html"_s;
    QTest::newRow("html after white space") << u"page.dat"_s << "\n\n  " + html << u"html"_s;
    QTest::newRow("html with BOM") << u"page.dat"_s << "\xEF\xBB\xBF" + html << u"html"_s;
    QTest::newRow("html body only")
        << u"fragment.xml"_s << "<body><p>" + englishBody.toUtf8() + "</p></body>" << u"html"_s;
    QTest::newRow("json object") << u"export.dat"_s << json << u"json"_s;
    QTest::newRow("json array") << u"export"_s << "  [" + json + "]" << u"json"_s;
    QTest::newRow("json with BOM") << u"export.dat"_s << "\xEF\xBB\xBF" + json << u"json"_s;
    QByteArray json16("\xFF\xFE", 2);
    for (const QChar c : QString::fromUtf8(json)) {
        json16.append(char(c.unicode() & 0xFF));
        json16.append(char(c.unicode() >> 8));
    }
    QTest::newRow("json in UTF-16") << u"export.dat"_s << json16 << u"json"_s;
    QTest::newRow("text") << u"notes.log"_s << text << u"text"_s;
    QTest::newRow("upper-case suffix") << u"LEVY.TXT"_s << text << u"text"_s;
    QTest::newRow("suffix wins over content")
        << u"braces.txt"_s << "{not json} " + englishBody.toUtf8() << u"text"_s;
}

void TestImporter::sniffing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    const QList<ArticleDraft> drafts = read(write(name, content));
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().sourceFormat, format);
}

void TestImporter::explicitFormat()
{
    // A Markdown file with a .txt suffix, read as Markdown because the caller says so.
    const QString path = write(u"notes.txt"_s, u"# Barrier\n\nThe *talks* ran late.\n"_s);
    const QList<ArticleDraft> asMarkdown = read(path, Importer::Format::Markdown);
    QCOMPARE(asMarkdown.size(), 1);
    QCOMPARE(asMarkdown.first().sourceFormat, u"markdown"_s);
    QCOMPARE(asMarkdown.first().body, u"The talks ran late."_s);
    const QList<ArticleDraft> asText = read(path);
    QCOMPARE(asText.size(), 1);
    QCOMPARE(asText.first().body, u"# Barrier\n\nThe *talks* ran late.\n"_s);
}

void TestImporter::detectFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<Importer::Format>("format");

    QTest::newRow("txt") << u"a.txt"_s << QByteArray("<html>") << Importer::Format::Text;
    QTest::newRow("text") << u"a.text"_s << QByteArray() << Importer::Format::Text;
    QTest::newRow("html") << u"a.html"_s << QByteArray() << Importer::Format::Html;
    QTest::newRow("htm") << u"a.HTM"_s << QByteArray() << Importer::Format::Html;
    QTest::newRow("xhtml") << u"a.xhtml"_s << QByteArray() << Importer::Format::Html;
    QTest::newRow("md") << u"a.md"_s << QByteArray("{") << Importer::Format::Markdown;
    QTest::newRow("markdown") << u"dir.v2/a.Markdown"_s << QByteArray()
                              << Importer::Format::Markdown;
    QTest::newRow("json") << u"a.json"_s << QByteArray("plain") << Importer::Format::Json;
    QTest::newRow("sniff doctype")
        << u"a"_s << QByteArray("<!DOCTYPE HTML>") << Importer::Format::Html;
    QTest::newRow("sniff html") << u"a.bin"_s << QByteArray(" <HTML lang=en>")
                                << Importer::Format::Html;
    QTest::newRow("sniff json") << u"a.dat"_s << QByteArray("\n[{}]") << Importer::Format::Json;
    QTest::newRow("sniff text") << u"a.dat"_s << QByteArray("Kessling") << Importer::Format::Text;
    QTest::newRow("sniff nothing") << u"a"_s << QByteArray() << Importer::Format::Text;
}

void TestImporter::detectFormat()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, head);
    QFETCH(Importer::Format, format);
    QCOMPARE(Importer::detectFormat(path, head), format);
}

void TestImporter::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    // An empty name stands for the temporary folder itself; a null content for no file at all.
    QTest::newRow("missing file") << u"nowhere/levy.txt"_s << QByteArray() << u"no such file"_s;
    QTest::newRow("folder") << QString() << QByteArray() << u"folder"_s;
    QTest::newRow("0-byte file") << u"empty.txt"_s << QByteArray("") << u"empty"_s;
    QTest::newRow("only white space") << u"blank.txt"_s << QByteArray("  \n\n\t\n ") << u"empty"_s;
    QTest::newRow("empty markdown")
        << u"blank.md"_s << QByteArray("---\ntitle: x\n---\n\n") << u"no article text"_s;
    QTest::newRow("json without body")
        << u"a.json"_s << QByteArray("{\"title\": \"Barrier\"}") << u"no article text"_s;
    QTest::newRow("invalid json") << u"b.json"_s << QByteArray("{\"body\": \"Barrier\",,}")
                                  << u"invalid JSON at line 1"_s;
    QTest::newRow("html without text")
        << u"c.html"_s << QByteArray("<html><body><nav>Home</nav></body></html>") << QString();
}

void TestImporter::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QString path;
    if (name.isEmpty())
        path = m_dir->path();
    else if (content.isNull())
        path = m_dir->filePath(name);
    else
        path = write(name, content);

    const Result<QList<ArticleDraft>> result = Importer::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(QDir::toNativeSeparators(path) + u": "_s),
        qPrintable(result.error()));
    QVERIFY2(result.error().size() > path.size() + 4, qPrintable(result.error()));
    if (!reason.isEmpty())
        QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
}

void TestImporter::tooLarge()
{
    const QString path = m_dir->filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("Kessling\n") == 9);
    QVERIFY(file.resize(Importer::kMaxFileSize + 1)); // sparse on most file systems
    file.close();

    const Result<QList<ArticleDraft>> result = Importer::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(path + u": "_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"too large"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(u"20 MB"_s), qPrintable(result.error()));

    // The in-memory entry point has the same limit.
    const QByteArray bytes(Importer::kMaxFileSize + 1, 'k');
    const auto parsed = Importer::parse(bytes, u"memory"_s, Importer::Format::Text);
    QVERIFY(!parsed.ok());
    QVERIFY2(
        parsed.error().startsWith(u"memory: the file is too large"_s), qPrintable(parsed.error()));
}

void TestImporter::binaryFile()
{
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    png.append(QByteArray(200, '\0'));
    const QString path = write(u"photo.txt"_s, png);
    const Result<QList<ArticleDraft>> result = Importer::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(path + u": "_s), qPrintable(result.error()));
}

void TestImporter::datesNormalised_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("iso") << u"2025-11-24"_s << u"2025-11-24"_s;
    QTest::newRow("rfc 2822") << u"Mon, 24 Nov 2025 09:30:00 GMT"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("written") << u"24 November 2025"_s << u"2025-11-24"_s;
    QTest::newRow("us") << u"Nov. 24, 2025, 9:30 a.m."_s << u"2025-11-24T09:30:00"_s;
    QTest::newRow("dotted") << u"24.11.2025"_s << u"2025-11-24"_s;
    QTest::newRow("not understood") << u"last Tuesday"_s << QString();
    QTest::newRow("invalid") << u"31.04.2025"_s << QString();
}

void TestImporter::datesNormalised()
{
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const QString path = write(u"dated.txt"_s, u"Date: "_s + date + u"\n\n"_s + englishBody);
    const QList<ArticleDraft> drafts = read(path);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().published, expected);
    QCOMPARE(drafts.first().body, englishBody);
}

void TestImporter::languageDetected()
{
    const QList<ArticleDraft> english = read(write(u"en.txt"_s, englishBody));
    QCOMPARE(english.size(), 1);
    QCOMPARE(english.first().language, u"en"_s);

    const QList<ArticleDraft> german = read(write(u"de.txt"_s, germanBody));
    QCOMPARE(german.size(), 1);
    QCOMPARE(german.first().language, u"de"_s);

    // Too little text to tell: left empty rather than guessed.
    const QList<ArticleDraft> tiny = read(write(u"tiny.txt"_s, u"Kessling, 24.11.\n"_s));
    QCOMPARE(tiny.size(), 1);
    QCOMPARE(tiny.first().language, QString());
}

void TestImporter::languageKept_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    // The text is English; a language given in the metadata wins all the same.
    QTest::newRow("de-AT") << u"de-AT"_s << u"de"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"pt"_s;
    QTest::newRow("upper case") << u" FR "_s << u"fr"_s;
    QTest::newRow("plain") << u"en"_s << u"en"_s;
}

void TestImporter::languageKept()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    const QList<ArticleDraft> text
        = read(write(u"lang.txt"_s, u"Language: "_s + given + u"\n\n"_s + englishBody));
    QCOMPARE(text.size(), 1);
    QCOMPARE(text.first().language, expected);

    const QList<ArticleDraft> json = read(write(u"lang.json"_s,
        u"{\"language\": \""_s + given + u"\", \"body\": "_s + jsonString(englishBody) + u'}'));
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.first().language, expected);
}

void TestImporter::titleFallsBackToFileName()
{
    // A JSON article without a title, and a text whose first line is too long for a headline.
    const QList<ArticleDraft> json = read(
        write(u"kessling-barrier.v2.json"_s, u"{\"body\": "_s + jsonString(englishBody) + u'}'));
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.first().title, u"kessling-barrier.v2"_s);

    QString longLine = englishBody.section(u'\n', 0, 0);
    QVERIFY(longLine.size() > 200);
    const QList<ArticleDraft> text
        = read(write(u"sub dir/Barrier talks, day 2.txt"_s, longLine + u"\n\nMore.\n"_s));
    QCOMPARE(text.size(), 1);
    QCOMPARE(text.first().title, u"Barrier talks, day 2"_s);
}

void TestImporter::metadataTidied()
{
    const QString path = write(u"tidy.json"_s,
        u"{\"title\": \"Barrier\\n  talks\\trun   late\", \"outlet\": \"  Kessling\\u00A0Gazette\","
        u" \"author\": [\" Ines  Halvard \", {\"name\": \"Bram\\nOskarsen\"}],"
        u" \"url\": \" https://gazette.example/b \", \"body\": "_s
            + jsonString(englishBody) + u'}');
    const QList<ArticleDraft> drafts = read(path);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().title, u"Barrier talks run late"_s);
    QCOMPARE(drafts.first().outlet, u"Kessling Gazette"_s);
    QCOMPARE(drafts.first().author, u"Ines Halvard, Bram Oskarsen"_s);
    QCOMPARE(drafts.first().url, u"https://gazette.example/b"_s);
}

void TestImporter::nonBmpTextSurvives()
{
    const QList<ArticleDraft> text = read(write(u"unicode.txt"_s, unicodeBody));
    QCOMPARE(text.size(), 1);
    QCOMPARE(text.first().body.toUtf8(), unicodeBody.toUtf8());

    const QList<ArticleDraft> withHeader = read(write(u"unicode-header.txt"_s,
        u"Title: \U0001F30A \u05DE\u05D9\u05DD\nAuthor: Zo\u0065\u0308\n\n"_s + unicodeBody
            + u"\n\n"_s));
    QCOMPARE(withHeader.size(), 1);
    QCOMPARE(withHeader.first().title, u"\U0001F30A \u05DE\u05D9\u05DD"_s);
    QCOMPARE(withHeader.first().author, u"Zo\u0065\u0308"_s);
    QCOMPARE(withHeader.first().body.toUtf8(), unicodeBody.toUtf8());

    const QList<ArticleDraft> json = read(write(u"unicode.json"_s,
        u"{\"title\": \"\U0001F600\", \"body\": "_s + jsonString(unicodeBody) + u'}'));
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.first().title, u"\U0001F600"_s);
    QCOMPARE(json.first().body.toUtf8(), unicodeBody.toUtf8());

    // UTF-16 with a byte order mark arrives as the same text.
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : unicodeBody) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    const QList<ArticleDraft> wide = read(write(u"unicode16.txt"_s, utf16));
    QCOMPARE(wide.size(), 1);
    QCOMPARE(wide.first().body.toUtf8(), unicodeBody.toUtf8());
}

void TestImporter::crlfFile()
{
    QString crlf = u"Title: Barrier\n\n"_s + englishBody + u'\n';
    crlf.replace(u"\n"_s, u"\r\n"_s);
    const QList<ArticleDraft> drafts = read(write(u"windows.txt"_s, crlf));
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().title, u"Barrier"_s);
    QCOMPARE(drafts.first().body, englishBody);
}

void TestImporter::contentHash()
{
    const QString hash = Importer::contentHash(englishBody);
    QCOMPARE(hash.size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(hash).hasMatch());
    QCOMPARE(Importer::contentHash(englishBody), hash);

    QString crlf = englishBody;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(Importer::contentHash(crlf), hash);

    QString spaced = englishBody;
    spaced.replace(u". "_s, u".   \n  "_s);
    QCOMPARE(Importer::contentHash(u"\n\n  "_s + spaced + u"\t\n"_s), hash);

    QString tabs = englishBody;
    tabs.replace(u' ', u'\t');
    QCOMPARE(Importer::contentHash(tabs), hash);

    // Composed and decomposed accents are the same text.
    QCOMPARE(Importer::contentHash(u"Caf\u00E9 in Kessling"_s),
        Importer::contentHash(u"Cafe\u0301 in Kessling"_s));

    // Different words, different hash; so is a change of case or punctuation.
    QVERIFY(Importer::contentHash(germanBody) != hash);
    QVERIFY(Importer::contentHash(englishBody.toUpper()) != hash);
    QString comma = englishBody;
    comma.replace(u"Monday"_s, u"Tuesday"_s);
    QVERIFY(Importer::contentHash(comma) != hash);
    QVERIFY(Importer::contentHash(u"Kessling barrier"_s)
        != Importer::contentHash(u"Kesslingbarrier"_s));
    QVERIFY(Importer::contentHash(QString()) != hash);
}

void TestImporter::countWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("white space") << u" \n\t "_s << 0;
    // The(1) council's(2) well-known(3) treasurer(4) paid(5) 42(6) crowns(7) in(8) 2025(9)
    // for(10) three(11) taxis(12); the emoji is no word.
    QTest::newRow("sentence") << u"The council's well-known treasurer paid 42 crowns in 2025 "
                                 u"\U0001F600 for three taxis."_s
                              << 12;
    QTest::newRow("apostrophes") << u"Kessling's dockers' union won't sign \u2019til Friday."_s
                                 << 7;
    QTest::newRow("hyphens") << u"a well-known, long-awaited - and half-built - barrier"_s << 6;
    QTest::newRow("non-breaking hyphen") << u"half\u2011built"_s << 1;
    QTest::newRow("numbers") << u"3.5 per cent of 12,000 residents, 7 of 10 streets"_s << 10;
    QTest::newRow("separators not between digits") << u"In 2025, 3. and .5 ,7"_s << 6;
    QTest::newRow("emoji alone") << u"\U0001F600 \U0001F44D\U0001F3FD \U0001F1F3\U0001F1F4"_s << 0;
    QTest::newRow("emoji between words") << u"good\U0001F44Dnews"_s << 2;
    QTest::newRow("punctuation alone") << u"-- ' ... \u2014 !"_s << 0;
    QTest::newRow("decomposed accents") << u"Cafe\u0301 re\u0301sume\u0301 Zo\u0065\u0308"_s << 3;
    QTest::newRow("arabic with vowel marks")
        << u"\u0645\u064E\u0631\u0652\u062D\u064E\u0628\u064B\u0627 \u0628\u0650\u0643\u064F\u0645"_s
        << 2;
    QTest::newRow("hebrew") << u"\u05E9\u05DC\u05D5\u05DD \u05DC\u05DB\u05DD"_s << 2;
    QTest::newRow("devanagari")
        << u"\u0915\u094D\u0937\u093F \u0939\u093F\u0928\u094D\u0926\u0940"_s << 2;
    QTest::newRow("soft hyphen") << u"Hochwasser\u00ADschutz in Kessling"_s << 3;
    QTest::newRow("zero-width non-joiner")
        << u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_s << 1;
    QTest::newRow("letters outside the BMP")
        << u"\U0001D4D7\U0001D4EE\U0001D4F5\U0001D4F5\U0001D4F8 \U00020000\U00020001"_s << 2;
}

void TestImporter::countWords()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(Importer::countWords(text), words);
}

void TestImporter::expandPaths()
{
    write(u"b.txt"_s, englishBody);
    write(u"a.md"_s, englishBody);
    write(u"notes.docx"_s, QByteArray("PK"));
    write(u"image.png"_s, QByteArray("\x89PNG"));
    write(u"no-suffix"_s, englishBody);
    write(u"sub/c.json"_s, QByteArray("{}"));
    write(u"sub/deeper/d.HTML"_s, QByteArray("<p>x</p>"));
    write(u"sub/deeper/e.htm"_s, QByteArray("<p>x</p>"));
    write(u"sub/deeper/f.markdown"_s, QByteArray("x"));
    write(u"sub/deeper/g.text"_s, QByteArray("x"));
    write(u"sub/deeper/h.xhtml"_s, QByteArray("x"));
    write(u"sub/deeper/i.csv"_s, QByteArray("x"));
    write(u"sub/a.txt.bak"_s, QByteArray("x"));
    QDir(m_dir->path()).mkpath(u"empty"_s);

    const QString root = m_dir->path();
    const QStringList files = Importer::expandPaths({root});
    const QStringList expected {
        root + u"/a.md"_s,
        root + u"/b.txt"_s,
        root + u"/sub/c.json"_s,
        root + u"/sub/deeper/d.HTML"_s,
        root + u"/sub/deeper/e.htm"_s,
        root + u"/sub/deeper/f.markdown"_s,
        root + u"/sub/deeper/g.text"_s,
        root + u"/sub/deeper/h.xhtml"_s,
    };
    QCOMPARE(files, expected);

    // Files named explicitly are kept whatever their suffix, in the order given; folders
    // expand in place.
    const QStringList mixed = Importer::expandPaths(
        {root + u"/no-suffix"_s, root + u"/sub/deeper"_s, root + u"/missing.txt"_s});
    QCOMPARE(mixed,
        QStringList(
            {root + u"/no-suffix"_s, root + u"/sub/deeper/d.HTML"_s, root + u"/sub/deeper/e.htm"_s,
                root + u"/sub/deeper/f.markdown"_s, root + u"/sub/deeper/g.text"_s,
                root + u"/sub/deeper/h.xhtml"_s, root + u"/missing.txt"_s}));

    QCOMPARE(Importer::expandPaths({root + u"/empty"_s}), QStringList());
    QCOMPARE(Importer::expandPaths({}), QStringList());
}

void TestImporter::parseInMemory()
{
    const auto result = Importer::parse(u"Title: Barrier\n\n"_s.toUtf8() + englishBody.toUtf8(),
        u"clipboard"_s, Importer::Format::Auto);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->size(), 1);
    QCOMPARE(result->first().title, u"Barrier"_s);
    QCOMPARE(result->first().sourcePath, u"clipboard"_s);
    QCOMPARE(result->first().body, englishBody);

    const auto refused = Importer::parse(QByteArray(), u"clipboard"_s, Importer::Format::Text);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(u"clipboard: "_s), qPrintable(refused.error()));
}

QTEST_APPLESS_MAIN(TestImporter)
#include "tst_importer.moc"
