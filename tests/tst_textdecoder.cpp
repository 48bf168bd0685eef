// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

#include <iconv.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// All sample text is invented for these tests: fictional towns, people and events.
const QString englishCurly
    = u"The mayor of Eldenbrook called the harbour plan \u201cbold but "
      u"unfinished\u201d on Tuesday. \u2018We\u2019re not against change,"
      u"\u2019 said Ren\u00e9e Volant, who runs the caf\u00e9 on Quay Street "
      u"\u2014 \u201cbut nobody asked us.\u201d\n"_s;

const QString polish = u"Burmistrz Zielonej Przystani og\u0142osi\u0142 w \u015brod\u0119, \u017ce "
                       u"nowy most nad rzek\u0105 Wie\u015bniank\u0105 zostanie otwarty dopiero "
                       u"jesieni\u0105. Mieszka\u0144cy s\u0105 zaniepokojeni, bo objazd "
                       u"wyd\u0142u\u017ca drog\u0119 do szko\u0142y o p\u00f3\u0142 godziny. "
                       u"Radni \u017c\u0105daj\u0105 wyja\u015bnie\u0144 od wykonawcy, kt\u00f3ry "
                       u"twierdzi, \u017ce winne s\u0105 \u017ale prognozy pogody.\n"_s;

const QString russian = u"Мэр города Северогорск заявил в среду, что новый мост через реку "
                        u"откроют только осенью. Жители недовольны, потому что объезд удлиняет "
                        u"дорогу до школы на полчаса. Депутаты требуют объяснений от "
                        u"подрядчика, который ссылается на плохую погоду.\n"_s;

const QString name = u"article.txt"_s;

QString sampleText()
{
    return u"Zo\u00eb\u2019s caf\u00e9 \u2014 \U0001F44D \u4e2d\u6587 "_s + russian;
}

QByteArray encode(const QString &text, const char *charset)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t handle = iconv_open(charset, "UTF-8");
    if (handle == iconv_t(-1))
        return {};
    QByteArray out(utf8.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    const size_t result = iconv(handle, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(handle);
    if (result == size_t(-1))
        return {};
    out.truncate(outPtr - out.data());
    return out;
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unicode_data();
    void unicode();
    void utf8BomOnlyStripsOneMark();
    void utf32LeMarkThatIsReallyUtf16();
    void invalidUnicode_data();
    void invalidUnicode();
    void legacy_data();
    void legacy();
    void html_data();
    void html();
    void binaryRefused_data();
    void binaryRefused();
    void undetectableRefused();
    void emptyRefused_data();
    void emptyRefused();
    void lineEndings_data();
    void lineEndings();
    void textIsNotTrimmed();
    void emojiAndCombiningCharacters();
};

void TestTextDecoder::unicode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString text = sampleText();
    QTest::newRow("UTF-8") << text.toUtf8() << u"UTF-8"_s;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"UTF-8"_s;
    QTest::newRow("UTF-16LE BOM") << QByteArray(
        "\xFF\xFE" + encode(text, QStringConverter::Utf16LE))
                                  << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE BOM") << QByteArray(
        "\xFE\xFF" + encode(text, QStringConverter::Utf16BE))
                                  << u"UTF-16BE"_s;
    QTest::newRow("UTF-32LE BOM") << QByteArray(
        QByteArray("\xFF\xFE\0\0", 4) + encode(text, QStringConverter::Utf32LE))
                                  << u"UTF-32LE"_s;
    QTest::newRow("UTF-32BE BOM") << QByteArray(
        QByteArray("\0\0\xFE\xFF", 4) + encode(text, QStringConverter::Utf32BE))
                                  << u"UTF-32BE"_s;
}

void TestTextDecoder::unicode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const QString text = sampleText();
    const auto decoded = TextDecoder::decode(bytes, name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encoding, encoding);
}

void TestTextDecoder::utf8BomOnlyStripsOneMark()
{
    // A second U+FEFF is content (a zero-width no-break space), not another mark.
    const auto decoded = TextDecoder::decode("\xEF\xBB\xBF\xEF\xBB\xBFHello"_ba, name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, u"\uFEFFHello"_s);
}

void TestTextDecoder::utf32LeMarkThatIsReallyUtf16()
{
    // FF FE 00 00 is also a UTF-16LE mark followed by U+0000; as UTF-32 the rest is garbage.
    const QString text = u"\u0000 and then a perfectly ordinary sentence about the weather."_s;
    const auto decoded = TextDecoder::decode(
        QByteArray("\xFF\xFE" + encode(text, QStringConverter::Utf16LE)), name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, u"UTF-16LE"_s);
    QCOMPARE(decoded->text, text);
}

void TestTextDecoder::invalidUnicode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("UTF-8 bad continuation") << "\xEF\xBB\xBF"
                                               "abc\xC3("_ba
                                            << u"invalid UTF-8 text at byte 6"_s;
    QTest::newRow("UTF-8 overlong") << "\xEF\xBB\xBF"
                                       "ab\xC0\xAF"_ba
                                    << u"invalid UTF-8 text at byte 5"_s;
    QTest::newRow("UTF-8 surrogate") << "\xEF\xBB\xBF"
                                        "ab\xED\xA0\x80"_ba
                                     << u"invalid UTF-8 text at byte 5"_s;
    QTest::newRow("UTF-8 truncated") << "\xEF\xBB\xBF"
                                        "abcd\xE2\x80"_ba
                                     << u"invalid UTF-8 text at byte 7"_s;
    QTest::newRow("UTF-16LE lone high surrogate")
        << QByteArray("\xFF\xFEh\0i\0\x3D\xD8!\0", 10) << u"invalid UTF-16 text at byte 6"_s;
    QTest::newRow("UTF-16BE lone low surrogate")
        << QByteArray("\xFE\xFF\0h\xDC\0\0!", 8) << u"invalid UTF-16 text at byte 4"_s;
    QTest::newRow("UTF-16 odd length")
        << QByteArray("\xFE\xFF\0h\0i\0", 7) << u"invalid UTF-16 text at byte 6"_s;
    QTest::newRow("UTF-32BE beyond U+10FFFF")
        << QByteArray("\0\0\xFE\xFF\0\0\0h\0\x11\0\0", 12) << u"invalid UTF-32 text at byte 8"_s;
}

void TestTextDecoder::invalidUnicode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const auto decoded = TextDecoder::decode(bytes, name);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error(), name + u": "_s + error);
}

void TestTextDecoder::legacy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("windows-1252") << encode(englishCurly, "WINDOWS-1252") << englishCurly
                                  << u"windows-1252"_s;
    QTest::newRow("ISO-8859-2") << encode(polish, "ISO-8859-2") << polish << u"ISO-8859-2"_s;
    QTest::newRow("windows-1250") << encode(polish, "WINDOWS-1250") << polish << u"windows-1250"_s;
    QTest::newRow("KOI8-R") << encode(russian, "KOI8-R") << russian << u"KOI8-R"_s;
    QTest::newRow("windows-1251") << encode(russian, "WINDOWS-1251") << russian
                                  << u"windows-1251"_s;
}

void TestTextDecoder::legacy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());
    const auto decoded = TextDecoder::decode(bytes, name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text, text);
}

void TestTextDecoder::html_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString head = u"<!DOCTYPE html>\n<html><head>"_s;
    const QString body = u"</head><body><p>"_s + englishCurly + u"</p></body></html>\n"_s;
    const auto page = [&](const QString &meta) -> QString {
        return head + meta + body;
    };

    const QString meta1252 = page(u"<meta charset=\"windows-1252\">"_s);
    QTest::newRow("meta charset") << encode(meta1252, "WINDOWS-1252") << meta1252
                                  << u"windows-1252"_s;

    const QString httpEquiv = head
        + u"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-2\">"_s
        + u"</head><body><p>"_s + polish + u"</p></body></html>\n"_s;
    QTest::newRow("http-equiv") << encode(httpEquiv, "ISO-8859-2") << httpEquiv << u"ISO-8859-2"_s;

    // Pages labelled ISO-8859-1 that use curly quotes are really windows-1252.
    const QString latin1 = page(u"<meta charset='latin1'>"_s);
    QTest::newRow("latin1 label with curly quotes")
        << encode(latin1, "WINDOWS-1252") << latin1 << u"windows-1252"_s;

    // 0x81 is unassigned in windows-1252, so the declared ISO-8859-1 is taken at its word.
    const QString c1 = u"<meta charset=iso-8859-1><p>The caf\u00e9 in Eldenbrook reopened on "
                       u"Monday \u0081 after a long winter of repairs to its roof.</p>"_s;
    QTest::newRow("latin1 label with C1 control")
        << encode(c1, "ISO-8859-1") << c1 << u"ISO-8859-1"_s;

    const QString lyingUtf8 = page(u"<meta charset=\"utf-8\">"_s);
    QTest::newRow("declared UTF-8 but legacy bytes")
        << encode(lyingUtf8, "WINDOWS-1252") << lyingUtf8 << u"windows-1252"_s;

    // As in browsers, a legacy declaration is followed even when the bytes would be valid UTF-8.
    const QByteArray utf8Page = "<meta charset=\"windows-1252\"><p>Caf\xC3\xA9</p>"_ba;
    QTest::newRow("legacy declaration over UTF-8")
        << utf8Page << u"<meta charset=\"windows-1252\"><p>Caf\u00c3\u00a9</p>"_s
        << u"windows-1252"_s;

    const QString unknown = page(u"<meta charset=\"x-no-such-charset\">"_s);
    QTest::newRow("unknown declaration ignored") << unknown.toUtf8() << unknown << u"UTF-8"_s;
}

void TestTextDecoder::html()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());
    const auto decoded = TextDecoder::decode(bytes, u"page.html"_s, TextDecoder::Hint::Html);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text, text);
}

void TestTextDecoder::binaryRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("PDF") << "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\n"_ba
                         << u"this looks like a binary file (PDF document), not text"_s;
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                         << u"this looks like a binary file (PNG image), not text"_s;
    QTest::newRow("ZIP") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0notes.txt", 19)
                         << u"this looks like a binary file (ZIP archive), not text"_s;
    QTest::newRow("DOCX") << QByteArray("PK\x03\x04\x14\0\x06\0\x08\0word/document.xml", 27)
                          << u"this looks like a binary file (Word document), not text"_s;
    QTest::newRow("EPUB") << QByteArray(
        QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0') + "mimetypeapplication/epub+zip")
                          << u"this looks like a binary file (EPUB e-book), not text"_s;
    QTest::newRow("JPEG") << "\xFF\xD8\xFF\xE0\x00\x10JFIF"_ba
                          << u"this looks like a binary file (JPEG image), not text"_s;
    QTest::newRow("gzip") << "\x1F\x8B\x08\x00"_ba
                          << u"this looks like a binary file (gzip archive), not text"_s;
    QTest::newRow("SQLite") << QByteArray("SQLite format 3\0\x10\0", 19)
                            << u"this looks like a binary file (SQLite database), not text"_s;

    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator random(20260101);
    for (char &c : noise)
        c = char(random.bounded(256));
    noise[0] = 'x'; // no accidental signature
    noise[100] = '\0';
    QTest::newRow("random with NUL")
        << noise << u"this looks like a binary file (it contains NUL bytes), not text"_s;

    QByteArray controls;
    for (int i = 0; i < 200; ++i)
        controls += "ab\x01\x02\x1B"_ba;
    QTest::newRow("control characters")
        << controls << u"this looks like a binary file (60% control characters), not text"_s;
}

void TestTextDecoder::binaryRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto decoded = TextDecoder::decode(bytes, u"mystery.txt"_s);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error(), u"mystery.txt: "_s + reason);
}

void TestTextDecoder::undetectableRefused()
{
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : noise)
        c = char(random.bounded(1, 256));
    noise[0] = 'x';
    const auto decoded = TextDecoder::decode(noise, u"noise.txt"_s);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().startsWith(u"noise.txt: "_s), qPrintable(decoded.error()));
}

void TestTextDecoder::emptyRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("whitespace") << " \n\t \r\n  "_ba;
    QTest::newRow("UTF-8 BOM only") << "\xEF\xBB\xBF"_ba;
    QTest::newRow("UTF-16 spaces") << QByteArray("\xFF\xFE \0\n\0\xA0\0", 8);
}

void TestTextDecoder::emptyRefused()
{
    QFETCH(QByteArray, bytes);
    const auto decoded = TextDecoder::decode(bytes, u"blank.txt"_s);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error(), u"blank.txt: the file is empty"_s);
}

void TestTextDecoder::lineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = u"one\r\ntwo\rthree\n\rfour\r\r\nfive\r"_s;
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE" + encode(text, QStringConverter::Utf16LE));
}

void TestTextDecoder::lineEndings()
{
    QFETCH(QByteArray, bytes);
    const auto decoded = TextDecoder::decode(bytes, name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, u"one\ntwo\nthree\n\nfour\n\nfive\n"_s);
}

void TestTextDecoder::textIsNotTrimmed()
{
    const auto decoded = TextDecoder::decode("\n\n   Indented first line.  \n\n"_ba, name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, u"\n\n   Indented first line.  \n\n"_s);
}

void TestTextDecoder::emojiAndCombiningCharacters()
{
    // Decomposed e + combining acute, skin tone modifier, flag and ZWJ sequences must survive
    // untouched: annotations store code point offsets into exactly this text.
    const QString text = u"Cafe\u0301 owner Jose\u0301 \U0001F44D\U0001F3FD \U0001F1FA\U0001F1F3 "
                         u"\U0001F469\u200D\U0001F4BB n\u0303"_s;
    const auto decoded = TextDecoder::decode(text.toUtf8(), name);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->text.toUtf8(), text.toUtf8());
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
