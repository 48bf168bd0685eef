// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grammar.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Parallax::Temporal {
namespace {

// 1-31 from "24", "24th", "1st", "2nd", "3rd"; -1 for anything else.
int dayNumber(QStringView w)
{
    int n = 0;
    qsizetype i = 0;
    for (; i < w.size() && i < 2 && w[i].isDigit(); ++i)
        n = n * 10 + w[i].digitValue();
    if (i == 0)
        return -1;
    const QStringView rest = w.mid(i);
    if (!rest.isEmpty() && rest != u"st" && rest != u"nd" && rest != u"rd" && rest != u"th")
        return -1;
    return n >= 1 && n <= 31 ? n : -1;
}

// A plain four-digit number that could be a year; -1 otherwise.
int yearNumber(QStringView w)
{
    if (w.size() != 4)
        return -1;
    int n = 0;
    for (const QChar c : w) {
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n >= 1000 && n <= 2999 ? n : -1;
}

// Which way a date written without its year or week points, from the tense around it.
Values::Direction directionAt(const Scan &s, int i, Values::Direction unknown)
{
    const int tense = tenseNear(s, i);
    if (tense > 0)
        return Values::Direction::OnOrAfter;
    if (tense < 0)
        return Values::Direction::OnOrBefore;
    return unknown;
}

QString dayValue(int y, int m, int d)
{
    const QDate date(y, m, d);
    return date.isValid() ? Values::day(date) : QString();
}

// "Nov. 24" without a year: the nearest such date to the anchor, or XXXX with no anchor.
QString monthDayValue(const Scan &s, int i, int m, int d)
{
    if (!s.anchor.isValid())
        return u"XXXX-"_s + QString::number(m).rightJustified(2, u'0') + u'-'
            + QString::number(d).rightJustified(2, u'0');
    return dayValue(
        Values::yearOfMonth(s.anchor, m, directionAt(s, i, Values::Direction::Nearest)), m, d);
}

// The year after a month or day: ", 2025", "2025", "of 2025". Returns the token after it.
int yearAfter(const Scan &s, int j, int *year)
{
    int k = j;
    if (s.word(k) == u"," || s.is(k, u"of"))
        ++k;
    const int y = yearNumber(s.word(k));
    if (y < 0 || !s.isNumber(k))
        return -1;
    *year = y;
    return k + 1;
}

// May and March are also a verb and a modal; a bare month name needs a sign that it is one.
bool monthInContext(const Scan &s, int i)
{
    const QStringView w = s.word(i);
    if (w.size() <= 4 && w != u"June" && w != u"July")
        return false; // "Jan", "Aug." alone: too little to go on
    if (w != u"May" && w != u"March")
        return i > s.begin || !s.has(i + 1, The); // not "April the ..." at a sentence start
    const quint32 before = s.flags(i - 1);
    return (before & (YearContext | Modifier)) != 0 && !s.is(i - 1, u"of");
}

// "November 24, 2025", "Nov. 24", "November 2025", "November".
DatePart monthLed(const Scan &s, int i)
{
    if (!s.isCapitalised(i) || !s.has(i, Month))
        return {};
    const int m = s.entry(i).value;
    int j = i + 1;
    if (s.word(j) == u"." && s.touching(i) && s.word(i).size() <= 4)
        ++j; // "Sept" "." when the tokenizer did not keep the period
    int year = 0;
    if (s.isNumber(j)) {
        const int d = dayNumber(s.word(j));
        if (d > 0) {
            if (const int k = yearAfter(s, j + 1, &year); k > 0)
                return {k, dayValue(year, m, d)};
            return {j + 1, monthDayValue(s, i, m, d)};
        }
    }
    if (const int k = yearAfter(s, j, &year); k > 0)
        return {k, Values::month(year, m)};
    if (!monthInContext(s, i))
        return {};
    if (!s.anchor.isValid())
        return {j, u"XXXX-"_s + QString::number(m).rightJustified(2, u'0')};
    return {j,
        Values::month(
            Values::yearOfMonth(s.anchor, m, directionAt(s, i, Values::Direction::Nearest)), m)};
}

// "24 November 2025", "24th of November", "1 Nov.".
DatePart dayLed(const Scan &s, int i)
{
    const int d = dayNumber(s.word(i));
    if (d < 0)
        return {};
    int j = i + 1;
    if (s.is(j, u"of"))
        ++j;
    if (!s.has(j, Month) || !s.isCapitalised(j))
        return {};
    const int m = s.entry(j).value;
    int year = 0;
    if (const int k = yearAfter(s, j + 1, &year); k > 0)
        return {k, dayValue(year, m, d)};
    return {j + 1, monthDayValue(s, i, m, d)};
}

// One token: 2025-11-24, 24/11/2025, 11/24/2025, 24.11.2025.
DatePart numericDate(const Scan &s, int i)
{
    const QStringView w = s.word(i);
    if (w.size() < 6 || w.size() > 10)
        return {};
    int parts[3] = {0, 0, 0};
    int lengths[3] = {0, 0, 0};
    int count = 0;
    QChar separator;
    for (const QChar c : w) {
        if (c.isDigit()) {
            if (lengths[count] >= 4)
                return {};
            parts[count] = parts[count] * 10 + c.digitValue();
            ++lengths[count];
        } else if ((c == u'-' || c == u'/' || c == u'.') && count < 2
            && (separator.isNull() || separator == c)) {
            separator = c;
            ++count;
        } else {
            return {};
        }
    }
    if (count != 2)
        return {};
    int y = 0, m = 0, d = 0;
    if (lengths[0] == 4 && separator == u'-') {
        y = parts[0];
        m = parts[1];
        d = parts[2];
    } else if (lengths[2] == 4 || (lengths[2] == 2 && separator == u'/')) {
        y = lengths[2] == 4 ? parts[2] : (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2]);
        // Day first when the first number cannot be a month or when written with dots (the
        // European form); otherwise month first, as in US wire copy.
        if (parts[0] > 12 || separator == u'.') {
            d = parts[0];
            m = parts[1];
        } else {
            m = parts[0];
            d = parts[1];
        }
    } else {
        return {};
    }
    const QString value = dayValue(y, m, d);
    if (value.isEmpty())
        return {};
    return {i + 1, value};
}

// A year or a decade standing alone: "in 2019", "the 2031 elections", "the 1990s", "'90s".
DatePart yearOrDecade(const Scan &s, int i)
{
    const QStringView w = s.word(i);
    if (w.size() == 5 && w.endsWith(u's') && yearNumber(w.first(4)) > 0 && w[3] == u'0')
        return {i + 1, w.first(3).toString()};
    if (w.size() == 3 && w.endsWith(u's') && w[1] == u'0' && s.word(i - 1) == u"'"
        && s.touching(i - 1))
        return {i + 1, u"19"_s + w[0]}; // "'90s": the last century is by far the likelier
    const int y = yearNumber(w);
    if (y < 0 || !s.isNumber(i))
        return {};
    if (s.word(i + 1) == u"'s" && y % 10 == 0)
        return {i + 2, QString::number(y / 10)}; // "1990's"
    const bool afterPreposition = s.has(i - 1, YearContext);
    if (!afterPreposition && (y < 1900 || y > 2099))
        return {};
    if (s.has(i - 1, Approx) || s.is(i - 1, u"than") || s.word(i - 1) == u"$")
        return {};
    // A count, not a year: "2019 people", "1500 troops", "2000 percent". Without a preposition
    // before it, a year shows itself by what is around it: "the 2031 elections", "2030 and
    // 2031", a year closing a clause, or a name after it ("the 2031 Kessling Games").
    const quint32 next = s.flags(i + 1);
    if (next & (Unit | Multiplier | PercentWord))
        return {};
    if (!afterPreposition) {
        const bool framedBefore = s.has(i - 1, The) || s.is(i - 1, u"and") || s.is(i - 1, u"or")
            || s.is(i - 1, u"to") || s.word(i - 1) == u"-" || s.word(i - 1) == u"'s";
        const bool framedAfter = !s.inside(i + 1) || s.kind(i + 1) == TokenKind::Punctuation
            || s.isCapitalised(i + 1) || s.is(i + 1, u"and") || s.is(i + 1, u"to");
        if (!framedBefore && !framedAfter)
            return {};
    }
    return {i + 1, Values::year(y)};
}

} // namespace

DatePart absoluteDate(const Scan &s, int i)
{
    if (s.has(i, Month))
        return monthLed(s, i);
    if (!s.isNumber(i))
        return {};
    if (DatePart d = numericDate(s, i); d.isValid())
        return d;
    if (DatePart d = dayLed(s, i); d.isValid())
        return d;
    return yearOrDecade(s, i);
}

QString timeOfDay(const QString &date, int part)
{
    if (date.isEmpty())
        return {};
    return date + u'T' + partOfDayCode(part);
}

DatePart weekdayDate(const Scan &s, int i, ModifierKind modifier)
{
    if (!s.has(i, Weekday) || !s.isCapitalised(i))
        return {};
    // "Monday, Nov. 24" and "Monday Nov. 24": the date says which Monday.
    int j = i + 1;
    if (s.word(j) == u",")
        ++j;
    if (s.has(j, Month) || s.isNumber(j)) {
        const DatePart d = absoluteDate(s, j);
        if (d.isValid() && d.value.size() != 4)
            return d.value.isEmpty() ? DatePart {d.end, {}} : DatePart {d.end, d.value};
    }
    if (modifier == ModifierKind::None && s.isCapitalised(i + 1) && !s.has(i + 1, ~0u)
        && s.kind(i + 1) == TokenKind::Word) {
        const quint32 before = s.flags(i - 1);
        if (!(before & (YearContext | Modifier)) && !s.is(i - 1, u"on"))
            return {}; // a name: "Sunday Times", "Tuesday Group"
    }
    if (!s.anchor.isValid())
        return {i + 1, {}};
    // Past unless the clause says otherwise: news mostly reports what has happened.
    Values::Direction direction = directionAt(s, i, Values::Direction::OnOrBefore);
    if (modifier == ModifierKind::Last || modifier == ModifierKind::Past
        || modifier == ModifierKind::Previous)
        direction = Values::Direction::Before;
    else if (modifier == ModifierKind::Next || modifier == ModifierKind::Coming)
        direction = Values::Direction::After;
    return {i + 1, Values::day(Values::weekday(s.anchor, s.entry(i).value, direction))};
}

namespace {

// "9:30", "9.30 a.m.", "3 pm", "3pm", "noon", "4 in the morning", "3 o'clock": the hour and
// minute, and the token after the time.
struct Clock
{
    int end = -1;
    int hour = 0;
    int minute = 0;
};

Clock clockAt(const Scan &s, int i)
{
    if (s.has(i, TimeWord)) {
        if (s.has(i - 1, Modifier | The))
            return {}; // "the midnight deadline" is fine, "past midnight" is not a time point
        return {i + 1, s.entry(i).value, 0}; // midnight is T24:00, the end of the day
    }
    if (!s.isNumber(i))
        return {};
    const QStringView w = s.word(i);
    int hour = 0, minute = -1;
    qsizetype k = 0;
    for (; k < w.size() && k < 2 && w[k].isDigit(); ++k)
        hour = hour * 10 + w[k].digitValue();
    if (k == 0)
        return {};
    QChar separator;
    if (k < w.size() && (w[k] == u':' || w[k] == u'.')) {
        separator = w[k];
        if (k + 3 > w.size() || !w[k + 1].isDigit() || !w[k + 2].isDigit())
            return {};
        minute = w[k + 1].digitValue() * 10 + w[k + 2].digitValue();
        k += 3;
    }
    if (hour > 24 || minute > 59)
        return {};
    int j = i + 1;
    int meridiem = -1;
    const QStringView rest = w.mid(k);
    if (rest == u"am" || rest == u"pm" || rest == u"a.m" || rest == u"p.m") {
        meridiem = rest.front() == u'p' ? 12 : 0;
    } else if (!rest.isEmpty()) { // NOLINT(bugprone-branch-clone): the tests run in this order
        return {};
    } else if (s.has(j, Meridiem) && s.word(j).front().isLower()) {
        meridiem = s.entry(j).value;
        ++j;
    } else if (s.is(j, u"o'clock") || s.is(j, u"o’clock")) {
        ++j;
    } else if (s.is(j, u"in") && s.has(j + 1, The) && s.has(j + 2, PartOfDay)) {
        meridiem = s.entry(j + 2).value == 0 ? 0 : 12; // "4 in the morning"
        j += 3;
    } else if (separator != u':') {
        return {}; // "3" or "9.30" alone is a number
    }
    if (meridiem >= 0) {
        if (hour > 12 || hour == 0)
            return {};
        hour = hour % 12 + meridiem;
    }
    return {j, hour, minute < 0 ? 0 : minute};
}

Match matchTime(const Scan &s, int i)
{
    const Clock c = clockAt(s, i);
    if (c.end < 0)
        return {};
    int j = c.end;
    if (s.has(j, TimeZone) && s.word(j).front().isUpper())
        ++j;
    else if (s.is(j, u"local") && s.is(j + 1, u"time"))
        j += 2;
    // A day straight after the time belongs to it: "9 a.m. Tuesday", "noon today".
    QString date;
    if (s.has(j, Weekday)) {
        if (const DatePart d = weekdayDate(s, j, ModifierKind::None); d.isValid()) {
            date = d.value;
            j = d.end;
        }
    } else if (s.has(j, RelativeDay) && !s.has(j, PartOfDay)) {
        if (s.anchor.isValid())
            date = Values::day(s.anchor.addDays(s.entry(j).value));
        ++j;
    } else if (s.has(j, Month)) {
        if (const DatePart d = monthLed(s, j); d.isValid() && d.value.size() >= 10) {
            date = d.value;
            j = d.end;
        }
    }
    if (date.isEmpty())
        date = s.contextDate;
    if (date.isEmpty() && s.anchor.isValid())
        date = Values::day(s.anchor);
    const QString clock = QString::number(c.hour).rightJustified(2, u'0') + u':'
        + QString::number(c.minute).rightJustified(2, u'0');
    return Match {i, j, TemporalType::Time, date + u'T' + clock};
}

// A date, with a part of day after it making it a time: "Monday", "Monday evening".
Match withPartOfDay(const Scan &s, int i, const DatePart &d)
{
    if (s.has(d.end, PartOfDay) && !s.has(d.end, RelativeDay))
        return Match {i, d.end + 1, TemporalType::Time, timeOfDay(d.value, s.entry(d.end).value)};
    return Match {i, d.end, TemporalType::Date, d.value};
}

bool mayStart(const Scan &s, int i)
{
    const quint32 f = s.flags(i) & ~(YearContext | FutureCue | Plural);
    if (f != 0)
        return true;
    const TokenKind k = s.kind(i);
    if (k == TokenKind::Number || k == TokenKind::Symbol)
        return true;
    if (k != TokenKind::Word)
        return s.word(i) == u"'"; // "'90s"
    const QStringView w = s.word(i);
    if (w.size() == 3 && w[0].isUpper() && w[2].isUpper())
        return true; // a currency code
    if (w.size() <= 2 && s.word(i + 1) == u"$")
        return true;
    return w.size() > 4 && w.contains(u'-');
}

} // namespace

int tenseNear(const Scan &s, int i)
{
    auto tenseOf = [&](int k) {
        const quint32 f = s.flags(k);
        if ((f & FutureCue) && !(f & Modifier))
            return 1;
        if (f & PastCue)
            return -1;
        const QStringView w = s.word(k);
        // A regular past tense, unless it is a passive participle ("will be reviewed").
        if (w.size() >= 5 && w.endsWith(u"ed") && w.front().isLower()) {
            const bool passive = s.is(k - 1, u"be") || s.is(k - 1, u"been") || s.is(k - 1, u"being")
                || s.is(k - 1, u"is") || s.is(k - 1, u"are");
            return passive ? 0 : -1;
        }
        return 0;
    };
    for (int d = 1; d <= 8; ++d) {
        if (s.inside(i - d)) {
            if (const int t = tenseOf(i - d))
                return t;
        }
        if (s.inside(i + d)) {
            if (const int t = tenseOf(i + d))
                return t;
        }
    }
    return 0;
}

DatePart holiday(const Scan &s, int i, ModifierKind modifier)
{
    if (!s.has(i, Holiday) || !s.isCapitalised(i))
        return {};
    const int which = s.entry(i).value;
    int end = i + 1;
    int dayOffset = 0;
    if (s.word(end) == u"Day" || (which == 2 && s.word(end) == u"Sunday")) {
        ++end;
    } else if (which == 0 && s.word(end) == u"Eve") {
        ++end;
        dayOffset = -1;
    }
    auto dateIn = [&](int y) {
        switch (which) {
        case 0:
            return QDate(y, 12, 25).addDays(dayOffset);
        case 1: { // the fourth Thursday of November (the US holiday)
            const QDate first(y, 11, 1);
            return first.addDays((4 - first.dayOfWeek() + 7) % 7 + 21);
        }
        case 2: { // Gregorian Easter (anonymous computus)
            const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
            const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
            const int k = c / 4, l = (32 + 2 * e + 2 * (c % 4) - h - k) % 7;
            const int m = (a + 11 * h + 22 * l) / 451;
            return QDate(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
        }
        default:
            return QDate(y, 10, 31);
        }
    };
    if (!s.anchor.isValid())
        return {end, {}};
    Values::Direction direction = directionAt(s, i, Values::Direction::Nearest);
    if (modifier == ModifierKind::Last || modifier == ModifierKind::Past
        || modifier == ModifierKind::Previous)
        direction = Values::Direction::Before;
    else if (modifier == ModifierKind::Next || modifier == ModifierKind::Coming)
        direction = Values::Direction::After;
    const int y = s.anchor.year();
    QDate best;
    for (const int candidate : {y - 1, y, y + 1}) {
        const QDate d = dateIn(candidate);
        const qint64 diff = s.anchor.daysTo(d);
        const bool allowed = direction == Values::Direction::Nearest
            || (direction == Values::Direction::Before && diff < 0)
            || (direction == Values::Direction::OnOrBefore && diff <= 0)
            || (direction == Values::Direction::After && diff > 0)
            || (direction == Values::Direction::OnOrAfter && diff >= 0);
        if (!allowed)
            continue;
        if (!best.isValid() || std::abs(diff) < std::abs(s.anchor.daysTo(best)))
            best = d;
    }
    return {end, best.isValid() ? Values::day(best) : QString()};
}

bool futureSentence(const Scan &s)
{
    for (int i = s.begin; i < s.end; ++i) {
        if (s.has(i, FutureCue) && !s.has(i, Modifier))
            return true;
    }
    return false;
}

Match matchAt(const Scan &s, int i)
{
    if (!mayStart(s, i))
        return {};
    const TokenKind kind = s.kind(i);
    if (kind == TokenKind::Symbol || kind == TokenKind::Word || kind == TokenKind::Number) {
        if (kind != TokenKind::Word || s.has(i, NumberWord) || s.word(i).size() <= 3) {
            if (Match m = matchMoney(s, i); m.isValid())
                return m;
            if (Match m = matchPercent(s, i); m.isValid())
                return m;
        }
    }
    if (kind == TokenKind::Number) {
        if (Match m = matchTime(s, i); m.isValid())
            return m;
        if (Match m = matchRelative(s, i); m.isValid())
            return m; // "two weeks ago"
        if (Match m = matchDuration(s, i); m.isValid())
            return m;
        if (const DatePart d = absoluteDate(s, i); d.isValid())
            return Match {i, d.end, TemporalType::Date, d.value};
        return {};
    }
    if (s.word(i) == u"'") {
        if (const DatePart d = absoluteDate(s, i + 1); d.isValid())
            return Match {i, d.end, TemporalType::Date, d.value};
        return {};
    }
    if (s.has(i, TimeWord))
        return matchTime(s, i);
    if (s.has(i, Weekday)) {
        if (const DatePart d = weekdayDate(s, i, ModifierKind::None); d.isValid())
            return withPartOfDay(s, i, d);
        return {};
    }
    if (s.has(i, Month)) {
        if (const DatePart d = monthLed(s, i); d.isValid())
            return Match {i, d.end, TemporalType::Date, d.value};
        return {};
    }
    if (s.has(i, Holiday)) {
        if (const DatePart d = holiday(s, i, ModifierKind::None); d.isValid())
            return Match {i, d.end, TemporalType::Date, d.value};
        return {};
    }
    if (Match m = matchRelative(s, i); m.isValid())
        return m;
    if (Match m = matchDuration(s, i); m.isValid())
        return m;
    return matchHyphenated(s, i);
}

} // namespace Parallax::Temporal
