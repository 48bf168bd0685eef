// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/temporal/temporaltagger.h"
#include "annotate/tokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

Q_DECLARE_METATYPE(Parallax::TemporalType)

namespace {

// Monday 24 November 2025: the publication date of the invented Kessling talks.
const QDate kAnchor(2025, 11, 24);

QList<TemporalExpression> tagText(const QString &text, const QDate &anchor = kAnchor)
{
    const QList<Token> tokens = Tokenizer::tokenize(text);
    const QList<Sentence> sentences = Tokenizer::splitSentences(text, tokens);
    return TemporalTagger::tag(text, tokens, sentences, anchor);
}

// "span=value" for each expression, in text order.
QStringList describe(const QString &text, const QDate &anchor = kAnchor)
{
    QStringList out;
    for (const TemporalExpression &e : tagText(text, anchor))
        out.append(text.mid(e.range.start, e.range.length()) + u'=' + e.value);
    return out;
}

} // namespace

class TestTemporalTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data();
    void expressions();
    void relative_data();
    void relative();
    void types_data();
    void types();
    void noAnchor();
    void notTemporal_data();
    void notTemporal();
    void emojiOffsets();
    void sentenceFinalAbbreviation();
};

void TestTemporalTagger::expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("value");

    // Absolute dates in their common English forms.
    QTest::newRow("day month year") << u"Talks opened on 24 November 2025 in Kessling."_s
                                    << u"24 November 2025"_s << u"2025-11-24"_s;
    QTest::newRow("abbreviated month")
        << u"Veltria signed on Nov. 24 after a long night."_s << u"Nov. 24"_s << u"2025-11-24"_s;
    QTest::newRow("ordinal day") << u"The envoys met on November 24th in Kessling."_s
                                 << u"November 24th"_s << u"2025-11-24"_s;
    QTest::newRow("month day year")
        << u"It was signed on March 5, 1996, in Osmark."_s << u"March 5, 1996"_s << u"1996-03-05"_s;
    QTest::newRow("iso") << u"The memo dated 2025-11-24 leaked."_s << u"2025-11-24"_s
                         << u"2025-11-24"_s;
    QTest::newRow("day first slash")
        << u"The order of 24/11/2025 stands."_s << u"24/11/2025"_s << u"2025-11-24"_s;
    QTest::newRow("month first slash")
        << u"The order of 11/24/2025 stands."_s << u"11/24/2025"_s << u"2025-11-24"_s;
    QTest::newRow("ambiguous slash is month first")
        << u"The order of 03/04/2025 stands."_s << u"03/04/2025"_s << u"2025-03-04"_s;
    QTest::newRow("weekday with date") << u"Osmark voted on Thursday, Nov. 20, as planned."_s
                                       << u"Thursday, Nov. 20"_s << u"2025-11-20"_s;
    // Months, years, decades.
    QTest::newRow("month year") << u"The treaty lapsed in November 2025."_s << u"November 2025"_s
                                << u"2025-11"_s;
    QTest::newRow("in year") << u"Veltria joined in 2019."_s << u"2019"_s << u"2019"_s;
    QTest::newRow("decade") << u"Lake Varn shrank in the 1990s."_s << u"1990s"_s << u"199"_s;
    QTest::newRow("early decade") << u"It shrank in the early 1990s."_s << u"early 1990s"_s
                                  << u"199"_s;
    QTest::newRow("mid month") << u"The quota runs out in mid-March."_s << u"mid-March"_s
                               << u"2026-03"_s;
    QTest::newRow("bare month") << u"The talks stalled in October."_s << u"October"_s
                                << u"2025-10"_s;
    QTest::newRow("season") << u"Farmers protested last spring."_s << u"last spring"_s
                            << u"2025-SP"_s;
    QTest::newRow("quarter") << u"Exports fell in the third quarter."_s << u"the third quarter"_s
                             << u"2025-Q3"_s;
    QTest::newRow("holiday") << u"The envoys will meet again on Christmas Eve."_s
                             << u"Christmas Eve"_s << u"2025-12-24"_s;
    // Relative days and periods.
    QTest::newRow("today") << u"Veltria said today that it would sign."_s << u"today"_s
                           << u"2025-11-24"_s;
    QTest::newRow("yesterday") << u"The envoy left yesterday."_s << u"yesterday"_s
                               << u"2025-11-23"_s;
    QTest::newRow("tomorrow") << u"The envoy returns tomorrow."_s << u"tomorrow"_s
                              << u"2025-11-25"_s;
    QTest::newRow("day before yesterday") << u"They met the day before yesterday."_s
                                          << u"the day before yesterday"_s << u"2025-11-22"_s;
    QTest::newRow("this week") << u"A vote is due this week."_s << u"this week"_s << u"2025-W48"_s;
    QTest::newRow("last month") << u"Prices rose last month."_s << u"last month"_s << u"2025-10"_s;
    QTest::newRow("next year") << u"Elections follow next year."_s << u"next year"_s << u"2026"_s;
    QTest::newRow("weeks ago") << u"The deal collapsed two weeks ago."_s << u"two weeks ago"_s
                               << u"2025-W46"_s;
    QTest::newRow("earlier this month")
        << u"Osmark warned earlier this month."_s << u"earlier this month"_s << u"2025-11"_s;
    QTest::newRow("in three days")
        << u"The commission will rule in three days."_s << u"three days"_s << u"2025-11-27"_s;
    QTest::newRow("now") << u"The border is now closed."_s << u"now"_s << u"PRESENT_REF"_s;
    QTest::newRow("the past") << u"In the past, talks failed."_s << u"the past"_s << u"PAST_REF"_s;
    // Times.
    QTest::newRow("clock") << u"The session began at 9:30 in Kessling."_s << u"9:30"_s
                           << u"2025-11-24T09:30"_s;
    QTest::newRow("clock am") << u"It began at 9.30 a.m. sharp."_s << u"9.30 a.m."_s
                              << u"2025-11-24T09:30"_s;
    QTest::newRow("pm local time") << u"Voting ends at 3 pm local time in Sarrel."_s
                                   << u"3 pm local time"_s << u"2025-11-24T15:00"_s;
    QTest::newRow("noon") << u"They broke off at noon for lunch."_s << u"noon"_s
                          << u"2025-11-24T12:00"_s;
    QTest::newRow("midnight") << u"Talks ran past 11 p.m. and ended at midnight."_s << u"midnight"_s
                              << u"2025-11-24T24:00"_s;
    QTest::newRow("this morning") << u"The minister spoke this morning."_s << u"this morning"_s
                                  << u"2025-11-24TMO"_s;
    QTest::newRow("weekday evening")
        << u"The minister spoke on Friday evening."_s << u"Friday evening"_s << u"2025-11-21TEV"_s;
    QTest::newRow("time takes the sentence's date")
        << u"On Nov. 20 at 10:15 the envoys met."_s << u"10:15"_s << u"2025-11-20T10:15"_s;
    QTest::newRow("time with day after") << u"The deadline is 9 a.m. Tuesday in Kessling."_s
                                         << u"9 a.m. Tuesday"_s << u"2025-11-18T09:00"_s;
    // Durations and sets.
    QTest::newRow("days") << u"The strike lasted two days."_s << u"two days"_s << u"P2D"_s;
    QTest::newRow("hours") << u"The border closed for 48 hours."_s << u"48 hours"_s << u"PT48H"_s;
    QTest::newRow("adjective") << u"Osmark signed a three-year deal."_s << u"three-year"_s
                               << u"P3Y"_s;
    QTest::newRow("digit adjective")
        << u"After a 16-hour session, they agreed."_s << u"16-hour"_s << u"PT16H"_s;
    QTest::newRow("decade duration")
        << u"The dispute ran for a decade."_s << u"a decade"_s << u"P10Y"_s;
    QTest::newRow("every week") << u"Inspectors visit every week."_s << u"every week"_s << u"P1W"_s;
    QTest::newRow("daily") << u"Water is measured daily."_s << u"daily"_s << u"P1D"_s;
    QTest::newRow("each year") << u"The quota is reset each year."_s << u"each year"_s << u"P1Y"_s;
    // Money and percentages.
    QTest::newRow("million euros")
        << u"The dam cost 12 million euros."_s << u"12 million euros"_s << u"EUR 12000000"_s;
    QTest::newRow("euro sign") << u"Veltria pledged €12m to Osmark."_s << u"€12m"_s
                               << u"EUR 12000000"_s;
    QTest::newRow("dollar billion")
        << u"Aid reached $3.5 billion."_s << u"$3.5 billion"_s << u"USD 3500000000"_s;
    QTest::newRow("iso code") << u"Each farmer gets USD 40,000 in aid."_s << u"USD 40,000"_s
                              << u"USD 40000"_s;
    QTest::newRow("dollars") << u"Each farmer gets 40,000 dollars in aid."_s << u"40,000 dollars"_s
                             << u"USD 40000"_s;
    QTest::newRow("pound sign") << u"Entry costs £5 at the gate."_s << u"£5"_s << u"GBP 5"_s;
    QTest::newRow("iso name") << u"The fine was 300 Swiss francs."_s << u"300 Swiss francs"_s
                              << u"CHF 300"_s;
    QTest::newRow("iso name not hand mapped")
        << u"The levy is 9,000 Kenyan shillings."_s << u"9,000 Kenyan shillings"_s << u"KES 9000"_s;
    QTest::newRow("percent word") << u"Turnout fell 40 percent."_s << u"40 percent"_s << u"40%"_s;
    QTest::newRow("percent sign") << u"Turnout fell 40%."_s << u"40%"_s << u"40%"_s;
    QTest::newRow("per cent") << u"Turnout fell 40 per cent."_s << u"40 per cent"_s << u"40%"_s;
}

void TestTemporalTagger::expressions()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(QString, value);
    const QStringList found = describe(text);
    QVERIFY2(found.contains(span + u'=' + value), qPrintable(u"got: "_s + found.join(u" | "_s)));
}

void TestTemporalTagger::relative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<QString>("expected");

    // Weekdays: past by default, the same day counts; forward when the clause looks forward.
    QTest::newRow("past weekday") << u"The envoy resigned on Friday."_s << QDate(2025, 11, 24)
                                  << u"Friday=2025-11-21"_s;
    QTest::newRow("weekday is today")
        << u"The envoy resigned on Monday."_s << QDate(2025, 11, 24) << u"Monday=2025-11-24"_s;
    QTest::newRow("future weekday")
        << u"The ministers will meet on Friday."_s << QDate(2025, 11, 24) << u"Friday=2025-11-28"_s;
    QTest::newRow("next weekday") << u"They meet next Wednesday."_s << QDate(2025, 11, 24)
                                  << u"next Wednesday=2025-11-26"_s;
    QTest::newRow("last weekday on that day")
        << u"They met last Monday."_s << QDate(2025, 11, 24) << u"last Monday=2025-11-17"_s;
    QTest::newRow("weekday across year")
        << u"Osmark protested on Tuesday."_s << QDate(2026, 1, 1) << u"Tuesday=2025-12-30"_s;
    QTest::newRow("future weekday across month")
        << u"Veltria will reply on Tuesday."_s << QDate(2025, 11, 29) << u"Tuesday=2025-12-02"_s;
    // Periods across month and year boundaries.
    QTest::newRow("last month in January")
        << u"Exports fell last month."_s << QDate(2026, 1, 10) << u"last month=2025-12"_s;
    QTest::newRow("yesterday on the first")
        << u"The border closed yesterday."_s << QDate(2026, 3, 1) << u"yesterday=2026-02-28"_s;
    QTest::newRow("tomorrow on new year's eve")
        << u"The border opens tomorrow."_s << QDate(2025, 12, 31) << u"tomorrow=2026-01-01"_s;
    QTest::newRow("last week across year")
        << u"They met last week."_s << QDate(2026, 1, 2) << u"last week=2025-W52"_s;
    QTest::newRow("month ago across year")
        << u"The deal fell apart a month ago."_s << QDate(2026, 1, 15) << u"a month ago=2025-12"_s;
    QTest::newRow("december in january") << u"The quota was set on Dec. 28 by the commission."_s
                                         << QDate(2026, 1, 5) << u"Dec. 28=2025-12-28"_s;
    QTest::newRow("future in the past") << u"Marrow said both sides would reconvene in March."_s
                                        << QDate(2025, 11, 24) << u"March=2026-03"_s;
    QTest::newRow("january in december") << u"The quota will be reviewed on Jan. 3."_s
                                         << QDate(2025, 12, 20) << u"Jan. 3=2026-01-03"_s;
    QTest::newRow("last fall") << u"Prices rose last fall."_s << QDate(2026, 4, 2)
                               << u"last fall=2025-FA"_s;
    QTest::newRow("next quarter") << u"Sales recover next quarter."_s << QDate(2025, 11, 24)
                                  << u"next quarter=2026-Q1"_s;
}

void TestTemporalTagger::relative()
{
    QFETCH(QString, text);
    QFETCH(QDate, anchor);
    QFETCH(QString, expected);
    const QStringList found = describe(text, anchor);
    QVERIFY2(found.contains(expected), qPrintable(u"got: "_s + found.join(u" | "_s)));
}

void TestTemporalTagger::types_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TemporalType>("type");
    QTest::newRow("date") << u"They met on Monday."_s << TemporalType::Date;
    QTest::newRow("time") << u"They met at 10:30."_s << TemporalType::Time;
    QTest::newRow("duration") << u"They met for three hours."_s << TemporalType::Duration;
    QTest::newRow("set") << u"They meet every Monday."_s << TemporalType::Set;
    QTest::newRow("money") << u"They paid $40."_s << TemporalType::Money;
    QTest::newRow("percent") << u"They paid 40%."_s << TemporalType::Percent;
}

void TestTemporalTagger::types()
{
    QFETCH(QString, text);
    QFETCH(TemporalType, type);
    const QList<TemporalExpression> found = tagText(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().type, type);
}

void TestTemporalTagger::noAnchor()
{
    // Relative expressions have no value without a publication date; absolute ones keep theirs.
    const QString text = u"Veltria walked out on Monday, two days after the 24 November 2025 "
                         u"session; it returned yesterday and will sign next week."_s;
    QCOMPARE(describe(text, QDate()),
        (QStringList {u"Monday="_s, u"two days=P2D"_s, u"24 November 2025=2025-11-24"_s,
            u"yesterday="_s, u"next week="_s}));
    QCOMPARE(describe(u"The accord expires on Nov. 30."_s, QDate()),
        (QStringList {u"Nov. 30=XXXX-11-30"_s}));
}

void TestTemporalTagger::notTemporal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("count not year") << u"Some 2019 people marched to Kessling."_s << QStringList();
    QTest::newRow("count before noun") << u"Police counted 2019 people."_s << QStringList();
    QTest::newRow("year after since")
        << u"Osmark has ruled since 2019 people say."_s << QStringList {u"2019=2019"_s};
    QTest::newRow("may is a modal") << u"The envoys may leave early."_s << QStringList();
    QTest::newRow("march is a verb") << u"Farmers march on the capital."_s << QStringList();
    QTest::newRow("march the month")
        << u"Farmers will march in March."_s << QStringList {u"March=2026-03"_s};
    QTest::newRow("newspaper name") << u"The Sunday Times printed the leak."_s << QStringList();
    QTest::newRow("plain numbers")
        << u"The vote was 52 to 48 in Sarrel, with 3 abstentions."_s << QStringList();
    QTest::newRow("score") << u"Kessling won 3-1."_s << QStringList();
    QTest::newRow("percentage points") << u"Support rose 5 percentage points."_s << QStringList();
    QTest::newRow("age") << u"A 47-year-old farmer and a six-year-old girl spoke."_s
                         << QStringList();
    QTest::newRow("hedged duration")
        << u"The vote took about six hours."_s << QStringList {u"six hours=PT6H"_s};
    QTest::newRow("tv title") << u"She told 48 Hours Live everything."_s << QStringList();
    QTest::newRow("a quarter of") << u"A quarter of the farmers left."_s << QStringList();
    QTest::newRow("daily newspaper name") << u"The Kessling Daily reported it."_s << QStringList();
}

void TestTemporalTagger::notTemporal()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text), expected);
}

void TestTemporalTagger::emojiOffsets()
{
    // Surrogate pairs before the expressions: ranges are UTF-16 and slice the QString exactly.
    const QString text
        = u"🇻🇪 Update 🤝🏽: Osmark paid €12m on 24 November 2025 at 9:30."_s;
    const QList<TemporalExpression> found = tagText(text);
    QCOMPARE(found.size(), 3);
    QCOMPARE(text.mid(found[0].range.start, found[0].range.length()), u"€12m"_s);
    QCOMPARE(text.mid(found[1].range.start, found[1].range.length()), u"24 November 2025"_s);
    QCOMPARE(text.mid(found[2].range.start, found[2].range.length()), u"9:30"_s);
    QCOMPARE(found[1].range.start, text.indexOf(u"24 November"_s));
}

void TestTemporalTagger::sentenceFinalAbbreviation()
{
    // "a.m." closing a sentence has absorbed its full stop; the expression leaves it out.
    QCOMPARE(describe(u"Talks resumed at 6 a.m. Envoys then left."_s),
        (QStringList {u"6 a.m=2025-11-24T06:00"_s}));
    QCOMPARE(describe(u"Talks resumed at 6 a.m. on the lake."_s),
        (QStringList {u"6 a.m.=2025-11-24T06:00"_s}));
}

QTEST_APPLESS_MAIN(TestTemporalTagger)
#include "tst_temporaltagger.moc"
