// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/dateparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoDate_data();
    void isoDate();
    void isoDateTime_data();
    void isoDateTime();
    void rfc2822_data();
    void rfc2822();
    void writtenOut_data();
    void writtenOut();
    void numeric_data();
    void numeric();
    void invalid_data();
    void invalid();
};

void TestDateParser::isoDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"2025-11-24"_s << u"2025-11-24"_s;
    QTest::newRow("surrounding space") << u"  2025-11-24\n"_s << u"2025-11-24"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-29"_s;
    QTest::newRow("new year's eve") << u"2025-12-31"_s << u"2025-12-31"_s;
}

void TestDateParser::isoDate()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::normalise(input), expected);
}

void TestDateParser::isoDateTime_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Z") << u"2025-11-24T09:30:00Z"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("positive offset")
        << u"2025-11-24T09:30:00+01:00"_s << u"2025-11-24T09:30:00+01:00"_s;
    QTest::newRow("negative offset")
        << u"2025-11-24T09:30:00-05:00"_s << u"2025-11-24T09:30:00-05:00"_s;
    QTest::newRow("offset without colon")
        << u"2025-11-24T09:30:00+0530"_s << u"2025-11-24T09:30:00+05:30"_s;
    QTest::newRow("zero offset is Z")
        << u"2025-11-24T09:30:00+00:00"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("milliseconds") << u"2025-11-24T09:30:00.123Z"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("microseconds with offset")
        << u"2025-11-24T09:30:05.123456+02:00"_s << u"2025-11-24T09:30:05+02:00"_s;
    QTest::newRow("comma fraction") << u"2025-11-24T09:30:00,5Z"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("space separator") << u"2025-11-24 09:30:00"_s << u"2025-11-24T09:30:00"_s;
    QTest::newRow("space separator and offset")
        << u"2025-11-24 09:30:00 +01:00"_s << u"2025-11-24T09:30:00+01:00"_s;
    QTest::newRow("no seconds") << u"2025-11-24T09:30"_s << u"2025-11-24T09:30:00"_s;
    QTest::newRow("no seconds, Z") << u"2025-11-24T09:30Z"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("no zone") << u"2025-11-24T23:59:59"_s << u"2025-11-24T23:59:59"_s;
    // No real offset: the local time is kept, the offset dropped (found by fuzzing).
    QTest::newRow("impossible offset") << u"2025-10-24T09:32+1615"_s << u"2025-10-24T09:32:00"_s;
    QTest::newRow("offset minutes over 59")
        << u"Mon, 24 Nov 2025 09:30:00 +0199"_s << u"2025-11-24T09:30:00"_s;
}

void TestDateParser::isoDateTime()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::normalise(input), expected);
}

void TestDateParser::rfc2822_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GMT") << u"Mon, 24 Nov 2025 09:30:00 GMT"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("UTC") << u"Mon, 24 Nov 2025 09:30:00 UTC"_s << u"2025-11-24T09:30:00Z"_s;
    QTest::newRow("+0100") << u"Mon, 24 Nov 2025 09:30:00 +0100"_s
                           << u"2025-11-24T09:30:00+01:00"_s;
    QTest::newRow("-0800") << u"Mon, 24 Nov 2025 09:30:00 -0800"_s
                           << u"2025-11-24T09:30:00-08:00"_s;
    QTest::newRow("no weekday") << u"24 Nov 2025 09:30:00 +0100"_s
                                << u"2025-11-24T09:30:00+01:00"_s;
    QTest::newRow("single-digit day")
        << u"Tue, 4 Nov 2025 18:05:00 GMT"_s << u"2025-11-04T18:05:00Z"_s;
    QTest::newRow("no seconds") << u"Mon, 24 Nov 2025 09:30 GMT"_s << u"2025-11-24T09:30:00Z"_s;
    // An abbreviation that is not a fixed offset: the local time is kept, the zone dropped.
    QTest::newRow("unknown zone") << u"Mon, 24 Nov 2025 09:30:00 CET"_s << u"2025-11-24T09:30:00"_s;
}

void TestDateParser::rfc2822()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::normalise(input), expected);
}

void TestDateParser::writtenOut_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day month year") << u"24 November 2025"_s << u"2025-11-24"_s;
    QTest::newRow("day month year, lower case") << u"24 november 2025"_s << u"2025-11-24"_s;
    QTest::newRow("ordinal day") << u"24th November 2025"_s << u"2025-11-24"_s;
    QTest::newRow("with weekday") << u"Monday, 24 November 2025"_s << u"2025-11-24"_s;
    QTest::newRow("abbreviated month") << u"3 Sept 2025"_s << u"2025-09-03"_s;
    QTest::newRow("month day year") << u"November 24, 2025"_s << u"2025-11-24"_s;
    QTest::newRow("month day year, no comma") << u"November 24 2025"_s << u"2025-11-24"_s;
    QTest::newRow("weekday month day year") << u"Monday, November 24, 2025"_s << u"2025-11-24"_s;
    QTest::newRow("AP style a.m.") << u"Nov. 24, 2025, 9:30 a.m."_s << u"2025-11-24T09:30:00"_s;
    QTest::newRow("AP style p.m.") << u"Nov. 24, 2025, 9:30 p.m."_s << u"2025-11-24T21:30:00"_s;
    QTest::newRow("noon") << u"Nov. 24, 2025, 12:15 p.m."_s << u"2025-11-24T12:15:00"_s;
    QTest::newRow("midnight") << u"Nov. 24, 2025, 12:15 a.m."_s << u"2025-11-24T00:15:00"_s;
    QTest::newRow("PM and zone") << u"November 24, 2025 at 4:45 PM GMT"_s
                                 << u"2025-11-24T16:45:00Z"_s;
    QTest::newRow("day first with time")
        << u"24 November 2025, 09:30"_s << u"2025-11-24T09:30:00"_s;
    QTest::newRow("day first with pm")
        << u"24 November 2025, 9:30 pm"_s << u"2025-11-24T21:30:00"_s;
    QTest::newRow("day first with am and zone")
        << u"24 Nov 2025 11:05 a.m. +0100"_s << u"2025-11-24T11:05:00+01:00"_s;
}

void TestDateParser::writtenOut()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::normalise(input), expected);
}

void TestDateParser::numeric_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dotted") << u"24.11.2025"_s << u"2025-11-24"_s;
    QTest::newRow("dotted, single digits") << u"4.3.2025"_s << u"2025-03-04"_s;
    QTest::newRow("dotted, leap day") << u"29.02.2024"_s << u"2024-02-29"_s;
    QTest::newRow("slashed") << u"2025/11/24"_s << u"2025-11-24"_s;
    QTest::newRow("slashed, single digits") << u"2025/3/4"_s << u"2025-03-04"_s;
}

void TestDateParser::numeric()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::normalise(input), expected);
}

void TestDateParser::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("word that only starts like a month") << u"24 Decoy 2025"_s;
    QTest::newRow("month-like word first") << u"Marching 24, 2025"_s;
    QTest::newRow("empty literal") << u""_s;
    QTest::newRow("white space") << u" \t\n "_s;
    QTest::newRow("30 February") << u"2025-02-30"_s;
    QTest::newRow("29 February, no leap year") << u"2025-02-29"_s;
    QTest::newRow("month 13") << u"2025-13-01"_s;
    QTest::newRow("day 0") << u"2025-11-00"_s;
    QTest::newRow("31 April, dotted") << u"31.04.2025"_s;
    QTest::newRow("dotted month 13") << u"12.13.2025"_s;
    QTest::newRow("slashed 31 June") << u"2025/06/31"_s;
    QTest::newRow("31 April, written") << u"31 April 2025"_s;
    QTest::newRow("February 30, written") << u"February 30, 2025"_s;
    QTest::newRow("hour 25") << u"2025-11-24T25:00:00Z"_s;
    QTest::newRow("minute 60") << u"2025-11-24T09:60:00Z"_s;
    QTest::newRow("hour 25, written") << u"24 November 2025 25:00"_s;
    QTest::newRow("invalid date with time") << u"2025-02-30T09:30:00Z"_s;
    QTest::newRow("word") << u"yesterday"_s;
    QTest::newRow("relative") << u"3 hours ago"_s;
    QTest::newRow("no month") << u"24 Kessling 2025"_s;
    QTest::newRow("month and year only") << u"November 2025"_s;
    QTest::newRow("year only") << u"2025"_s;
    QTest::newRow("two-digit year") << u"24.11.25"_s;
    QTest::newRow("US slashes") << u"11/24/2025"_s;
    QTest::newRow("trailing junk") << u"2025-11-24 and later"_s;
    QTest::newRow("leading junk") << u"on 2025-11-24"_s;
    QTest::newRow("bad offset") << u"2025-11-24T09:30:00+1"_s;
    QTest::newRow("punctuation") << u"--:--"_s;
    QTest::newRow("emoji") << u"\U0001F600"_s;
}

void TestDateParser::invalid()
{
    QFETCH(QString, input);
    QCOMPARE(DateParser::normalise(input), QString());
}

QTEST_APPLESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
