// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/textoffsets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asciiIsIdentity();
    void roundTrip_data();
    void roundTrip();
    void insidePairRoundsDown();
    void clampsOutOfRange();
    void midCodePoints();
    void loneSurrogatesCountAsOne();
    void pairsAtEveryPositionOfALongText();
};

void TestTextOffsets::asciiIsIdentity()
{
    const CodePointMap map(u"Plain text"_s);
    QVERIFY(map.isIdentity());
    QCOMPARE(map.codePointLength(), 10);
    QCOMPARE(map.toCodePoint(4), 4);
    QCOMPARE(map.toUtf16(4), 4);
}

void TestTextOffsets::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("codePoints");
    QTest::newRow("emoji") << u"A 😀 B 👍🏽 C"_s
                           << 10; // skin tone modifier is a code point of its own
    QTest::newRow("emoji at start and end") << u"😀x😀"_s << 3;
    QTest::newRow("combining marks")
        << u"Cafe\u0301 noi\u0308r"_s << 11; // marks are code points of their own
    QTest::newRow("right-to-left") << u"قال الوزير \"نعم\""_s << 16;
    QTest::newRow("CJK and math") << u"外交 𝔸𝔹 会谈"_s << 8;
    QTest::newRow("flag sequence") << u"🇪🇺 EU"_s << 5;
}

void TestTextOffsets::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(int, codePoints);
    const CodePointMap map(text);
    QCOMPARE(map.codePointLength(), codePoints);
    QCOMPARE(map.codePointLength(), text.toUcs4().size());

    // Every code point boundary maps back and forth exactly, and agrees with UCS-4 slicing.
    const QList<uint> ucs4 = text.toUcs4();
    qsizetype utf16 = 0;
    for (qsizetype cp = 0; cp <= ucs4.size(); ++cp) {
        QCOMPARE(map.toUtf16(cp), utf16);
        QCOMPARE(map.toCodePoint(utf16), cp);
        if (cp < ucs4.size())
            utf16 += QChar::requiresSurrogates(ucs4[cp]) ? 2 : 1;
    }
    QCOMPARE(utf16, text.size());
}

void TestTextOffsets::insidePairRoundsDown()
{
    const QString text = u"a😀b"_s; // UTF-16: a, high, low, b
    const CodePointMap map(text);
    QCOMPARE(map.toCodePoint(1), 1);
    QCOMPARE(map.toCodePoint(2), 1); // between the halves
    QCOMPARE(map.toCodePoint(3), 2);
    QCOMPARE(map.toCodePoint(4), 3);
}

void TestTextOffsets::clampsOutOfRange()
{
    const CodePointMap map(u"x😀"_s);
    QCOMPARE(map.toUtf16(-5), 0);
    QCOMPARE(map.toUtf16(99), 3);
    QCOMPARE(map.toCodePoint(99), 2);
}

void TestTextOffsets::midCodePoints()
{
    const QString text = u"“Difficult 😀 but fruitful,” she said."_s;
    QCOMPARE(Offsets::midCodePoints(text, 11, 12), u"😀"_s);
    QCOMPARE(Offsets::midCodePoints(text, 13, 26), u"but fruitful,"_s);
    QCOMPARE(Offsets::codePointLength(text), 37);
}

void TestTextOffsets::loneSurrogatesCountAsOne()
{
    QString text = u"ab"_s;
    text.insert(1, QChar(0xD800)); // a lone high surrogate is kept as one unit
    const CodePointMap map(text);
    QCOMPARE(map.codePointLength(), 3);
    QVERIFY(map.isIdentity());
}

// The map skips runs without surrogates several code units at a time: an emoji at any position
// of a long text, and two of them close together, map as a plain count says.
void TestTextOffsets::pairsAtEveryPositionOfALongText()
{
    const QString emoji = u"\U0001F600"_s;
    for (int at = 0; at < 40; ++at) {
        for (int gap : {-1, 0, 1, 7, 8, 9}) {
            QString text(60, u'a');
            text.insert(at, emoji);
            if (gap >= 0)
                text.insert(at + 2 + gap, emoji);
            const CodePointMap map(text);
            qsizetype codePoint = 0;
            for (qsizetype i = 0; i <= text.size(); ++i) {
                if (i > 0 && !text.at(i - 1).isHighSurrogate())
                    ++codePoint;
                const bool inside = i > 0 && text.at(i - 1).isHighSurrogate();
                if (!inside)
                    QCOMPARE(map.toCodePoint(i), codePoint);
            }
            QCOMPARE(map.codePointLength(), text.size() - (gap >= 0 ? 2 : 1));
        }
    }
}

QTEST_APPLESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
