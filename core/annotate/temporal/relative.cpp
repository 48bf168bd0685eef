// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "grammar.h"

using namespace Qt::StringLiterals;

namespace Parallax::Temporal {
namespace {

bool isBackward(ModifierKind m)
{
    return m == ModifierKind::Last || m == ModifierKind::Previous || m == ModifierKind::Past;
}

bool isForward(ModifierKind m)
{
    return m == ModifierKind::Next || m == ModifierKind::Coming || m == ModifierKind::Following;
}

// Units that name a calendar period ("last week"), as opposed to a stretch of clock time.
bool isCalendarUnit(TimeUnit u)
{
    return u >= TimeUnit::Week;
}

QStringView hyphenPart(QStringView w, int index)
{
    int part = 0;
    qsizetype from = 0;
    for (qsizetype k = 0; k <= w.size(); ++k) {
        if (k == w.size() || w[k] == u'-' || w[k] == u'\u2010' || w[k] == u'\u2011') {
            if (part == index)
                return w.sliced(from, k - from);
            ++part;
            from = k + 1;
        }
    }
    return {};
}

// "twenty-five" and "five": a number word's value, or -1.
int numberWordValue(QStringView w)
{
    const LexEntry e = lookup(w);
    if ((e.flags & NumberWord) && !(e.flags & (Article | Multiplier)))
        return e.value;
    const QStringView tens = hyphenPart(w, 0);
    if (tens.size() == w.size())
        return -1; // no hyphen: most words
    const QStringView ones = hyphenPart(w, 1);
    if (ones.isEmpty() || !hyphenPart(w, 2).isEmpty())
        return -1;
    const LexEntry t = lookup(tens);
    const LexEntry o = lookup(ones);
    if ((t.flags & NumberWord) && (o.flags & NumberWord) && t.value >= 20 && t.value % 10 == 0
        && o.value < 10 && !(o.flags & Article))
        return t.value + o.value;
    return -1;
}

// What a count and a unit come to: a duration, or with "ago" a date before the anchor.
Match countedUnit(const Scan &s, int i, int n, double count)
{
    const int u = i + n;
    if (!s.has(u, Unit) || s.isCapitalised(u))
        return {}; // "48 Hours Live" is a title
    const TimeUnit unit = s.entry(u).unit;
    const bool article = s.has(i, Article) && n == 1;
    if (article && (unit == TimeUnit::Quarter || unit == TimeUnit::Second))
        return {}; // "a quarter of the vote", "a second round"
    if (s.has(u + 1, Ago)) {
        QString value;
        if (s.anchor.isValid()) {
            if (count < 0)
                value = u"PAST_REF"_s;
            else if (unit == TimeUnit::Decade || unit == TimeUnit::Century)
                value = Values::year(
                    s.anchor.year() - int(count) * (unit == TimeUnit::Decade ? 10 : 100));
            else
                value = Values::shifted(s.anchor, unit, -int(count));
        }
        return Match {i, u + 2, TemporalType::Date, value};
    }
    // "in three days" in a sentence about what will happen is a date, not a stretch of time.
    if (s.is(i - 1, u"in") && s.future && count > 0
        && (unit == TimeUnit::Day || isCalendarUnit(unit))) {
        return Match {i, u + 1, TemporalType::Date,
            s.anchor.isValid() ? Values::shifted(s.anchor, unit, int(count)) : QString()};
    }
    return Match {i, u + 1, TemporalType::Duration, durationValue(unit, count)};
}

Match modified(const Scan &s, int i);

// "the last week", "the past year", "the weekend", "the future", "the third quarter".
Match afterThe(const Scan &s, int i)
{
    const int j = i + 1;
    const quint32 f = s.flags(j);
    if (f & Modifier) {
        const ModifierKind m = s.entry(j).modifier;
        if (m == ModifierKind::Past && !s.has(j + 1, Unit | NumberWord | Vague)
            && !s.isNumber(j + 1))
            return Match {i, j + 1, TemporalType::Date, u"PAST_REF"_s};
        if (m == ModifierKind::Early || m == ModifierKind::Mid || m == ModifierKind::Late)
            return {}; // "the early 1990s": TimeML leaves the article out
        // "the last week" is a date with its article; "the past 15 years" a duration without.
        Match inner = modified(s, j);
        if (inner.isValid() && inner.type != TemporalType::Duration)
            inner.begin = i;
        return inner;
    }
    if (s.is(j, u"future"))
        return Match {i, j + 1, TemporalType::Date, u"FUTURE_REF"_s};
    if ((f & Unit) && s.entry(j).unit == TimeUnit::Weekend && !(f & Plural)) {
        QString value;
        if (s.anchor.isValid()) {
            const QDate saturday = Values::weekday(s.anchor, 6,
                s.future ? Values::Direction::OnOrAfter : Values::Direction::OnOrBefore);
            value = Values::week(saturday) + u"-WE"_s;
        }
        return Match {i, j + 1, TemporalType::Date, value};
    }
    if ((f & Unit) && s.entry(j).unit == TimeUnit::Day && !(f & Plural)
        && (s.is(j + 1, u"before") || s.is(j + 1, u"after")) && s.has(j + 2, RelativeDay)) {
        const int offset = s.entry(j + 2).value + (s.is(j + 1, u"before") ? -1 : 1);
        return Match {i, j + 3, TemporalType::Date,
            s.anchor.isValid() ? Values::day(s.anchor.addDays(offset)) : QString()};
    }
    if ((f & Unit) && s.entry(j).unit == TimeUnit::Week && s.is(j + 1, u"of")) {
        const DatePart d = absoluteDate(s, j + 2);
        if (d.isValid() && d.value.size() == 10 && !d.value.startsWith(u'X'))
            return Match {i, d.end, TemporalType::Date,
                Values::week(QDate::fromString(d.value, Qt::ISODate))};
    }
    if ((f & Ordinal) && s.has(j + 1, Quarter) && !s.has(j + 1, Plural)) {
        const int q = s.entry(j).value;
        if (q < 1 || q > 4)
            return {};
        int end = j + 2;
        int year = s.anchor.isValid() ? s.anchor.year() : -1;
        int k = end;
        if (s.is(k, u"of") || s.word(k) == u",")
            ++k;
        if (s.isNumber(k) && s.word(k).size() == 4 && s.word(k).toInt() >= 1000) {
            year = s.word(k).toInt();
            end = k + 1;
        }
        return Match {i, end, TemporalType::Date, year > 0 ? Values::quarter(year, q) : QString()};
    }
    return {};
}

// last/next/this/past/coming/early/mid/late/earlier/later ... at i.
Match modified(const Scan &s, int i)
{
    const ModifierKind m = s.entry(i).modifier;
    const int j = i + 1;
    const bool anchored = s.anchor.isValid();
    if (m == ModifierKind::Early || m == ModifierKind::Mid || m == ModifierKind::Late) {
        // The modifier narrows the value (TIMEX3 mod START/MID/END), which it keeps.
        Match inner;
        if (s.has(j, Modifier)) {
            const ModifierKind next = s.entry(j).modifier;
            if (next == ModifierKind::This || isBackward(next) || isForward(next))
                inner = modified(s, j);
        } else if (s.has(j, Month) || s.isNumber(j)) {
            const DatePart d = absoluteDate(s, j);
            if (d.isValid())
                inner = Match {j, d.end, TemporalType::Date, d.value};
        } else if (s.has(j, Weekday)) {
            const DatePart d = weekdayDate(s, j, ModifierKind::None);
            if (d.isValid())
                inner = Match {j, d.end, TemporalType::Date, d.value};
        }
        if (!inner.isValid() || inner.type != TemporalType::Date)
            return {};
        inner.begin = i;
        return inner;
    }
    if (m == ModifierKind::Earlier || m == ModifierKind::Later) {
        if (!s.has(j, Modifier) || s.entry(j).modifier != ModifierKind::This)
            return {};
        Match inner = modified(s, j);
        if (inner.isValid())
            inner.begin = i;
        return inner;
    }
    const bool relative = m == ModifierKind::This || isBackward(m) || isForward(m);
    if (!relative && m != ModifierKind::Recent)
        return {};
    // "last two weeks", "the next few days", "past 15 years": a stretch of time.
    double count = 0;
    if (const int n = countAt(s, j, &count); n > 0 && !s.has(j, Article)) {
        if (!s.has(j + n, Unit) || m == ModifierKind::This)
            return {};
        return Match {
            i, j + n + 1, TemporalType::Duration, durationValue(s.entry(j + n).unit, count)};
    }
    const quint32 f = s.flags(j);
    if (f & Unit) {
        const TimeUnit unit = s.entry(j).unit;
        if (f & Plural) {
            if (m == ModifierKind::Recent || isForward(m) || m == ModifierKind::Past)
                return Match {i, j + 1, TemporalType::Duration, durationValue(unit, -1)};
            return {};
        }
        if (m == ModifierKind::Recent)
            return {};
        if (m == ModifierKind::Past)
            return Match {i, j + 1, TemporalType::Duration, durationValue(unit, 1)};
        if (unit == TimeUnit::Day) {
            // "the next day" counts from the story's own time, which a rule cannot see.
            if (m == ModifierKind::This)
                return {};
            return Match {i, j + 1, TemporalType::Date, QString()};
        }
        if (!isCalendarUnit(unit))
            return {};
        const int delta = isBackward(m) ? -1 : (isForward(m) ? 1 : 0);
        return Match {i, j + 1, TemporalType::Date,
            anchored ? Values::shifted(s.anchor, unit, delta) : QString()};
    }
    if (m == ModifierKind::Recent)
        return {};
    if (f & Weekday) {
        const DatePart d = weekdayDate(s, j, m);
        if (!d.isValid())
            return {};
        if (s.has(d.end, PartOfDay) && !s.has(d.end, RelativeDay))
            return Match {
                i, d.end + 1, TemporalType::Time, timeOfDay(d.value, s.entry(d.end).value)};
        return Match {i, d.end, TemporalType::Date, d.value};
    }
    if (f & Holiday) {
        const DatePart d = holiday(s, j, m);
        if (!d.isValid())
            return {};
        return Match {i, d.end, TemporalType::Date, d.value};
    }
    if ((f & Month) && s.isCapitalised(j)) {
        if (s.isNumber(j + 1) || (s.word(j + 1) == u"." && s.isNumber(j + 2)))
            return {}; // "last Oct. 23": the date stands on its own
        const int month = s.entry(j).value;
        const Values::Direction direction = isBackward(m) ? Values::Direction::Before
            : isForward(m)                                ? Values::Direction::After
                                                          : Values::Direction::Nearest;
        return Match {i, j + 1, TemporalType::Date,
            anchored ? Values::month(Values::yearOfMonth(s.anchor, month, direction), month)
                     : QString()};
    }
    if (f & Season) {
        return Match {i, j + 1, TemporalType::Date,
            anchored ? Values::season(s.anchor, s.entry(j).value, m) : QString()};
    }
    if ((f & PartOfDay) && !(f & RelativeDay)) {
        const int part = s.entry(j).value;
        int offset = 0;
        if (isBackward(m))
            offset = -1;
        else if (isForward(m))
            offset = 1;
        if (m == ModifierKind::Past || m == ModifierKind::Coming || m == ModifierKind::Following)
            return {};
        return Match {i, j + 1, TemporalType::Time,
            anchored ? timeOfDay(Values::day(s.anchor.addDays(offset)), part) : QString()};
    }
    return {};
}

} // namespace

int countAt(const Scan &s, int i, double *value)
{
    if (!s.inside(i))
        return 0;
    if (s.isNumber(i)) {
        const Amount a = parseAmount(s.word(i));
        if (!a.ok || a.power != 0)
            return 0;
        *value = a.value;
        if (s.word(i + 1) == u"1/2") {
            *value += 0.5;
            return 2;
        }
        return 1;
    }
    const quint32 f = s.flags(i);
    if (f & Article) {
        if (s.has(i + 1, Vague)) {
            *value = -1;
            return s.is(i + 2, u"of") ? 3 : 2; // "a few", "a couple of"
        }
        if (s.has(i + 1, NumberWord) && !s.has(i + 1, Article)) {
            *value = s.entry(i + 1).value; // "a dozen"
            return 2;
        }
        *value = 1;
        return 1;
    }
    if (f & Vague) {
        *value = -1;
        return 1;
    }
    if (s.kind(i) != TokenKind::Word)
        return 0;
    const int n = numberWordValue(s.word(i));
    if (n < 0)
        return 0;
    *value = n;
    return 1;
}

Match matchRelative(const Scan &s, int i)
{
    const quint32 f = s.flags(i);
    const bool anchored = s.anchor.isValid();
    if (f & The)
        return afterThe(s, i);
    if (f & Approx) {
        // "nearly three years ago", "about two weeks": the hedge is part of the expression.
        double count = 0;
        const int n = countAt(s, i + 1, &count);
        if (n == 0)
            return {};
        // Only a date keeps its hedge ("nearly three years ago"); TimeML marks a hedged stretch
        // of time without it ("about [five hours]").
        Match m = countedUnit(s, i + 1, n, count);
        if (m.isValid() && m.type == TemporalType::Date)
            m.begin = i;
        return m;
    }
    if (f & Modifier)
        return modified(s, i);
    if (f & RelativeDay) {
        const QString date = anchored ? Values::day(s.anchor.addDays(s.entry(i).value)) : QString();
        if (f & PartOfDay) // tonight
            return Match {i, i + 1, TemporalType::Time, timeOfDay(date, s.entry(i).value)};
        if (s.has(i + 1, PartOfDay) && !s.has(i + 1, RelativeDay))
            return Match {i, i + 2, TemporalType::Time, timeOfDay(date, s.entry(i + 1).value)};
        return Match {i, i + 1, TemporalType::Date, date};
    }
    if ((f & Reference) && s.entry(i).value == 0)
        return Match {i, i + 1, TemporalType::Date, u"PRESENT_REF"_s};
    if (s.is(i, u"future")
        && (s.is(i - 1, u"near") || s.is(i - 1, u"foreseeable") || s.is(i - 1, u"in")))
        return Match {i, i + 1, TemporalType::Date, u"FUTURE_REF"_s};
    if ((f & Ordinal) && s.has(i + 1, Quarter) && !s.has(i - 1, Article)) {
        Match m = afterThe(s, i - 1);
        if (m.isValid())
            m.begin = i;
        return m;
    }
    if ((f & Season) && s.isNumber(i + 1) && s.word(i + 1).size() == 4) {
        const int y = s.word(i + 1).toInt();
        if (y >= 1000)
            return Match {i, i + 2, TemporalType::Date,
                Values::year(y) + u'-' + seasonCode(s.entry(i).value)};
    }
    double count = 0;
    if (const int n = countAt(s, i, &count); n > 0 && s.has(i + n + 1, Ago))
        return countedUnit(s, i, n, count);
    return {};
}

Match matchDuration(const Scan &s, int i)
{
    const quint32 f = s.flags(i);
    if (f & Every) {
        double count = 1;
        int j = i + 1;
        if (const int n = countAt(s, j, &count); n > 0 && !s.has(j, Article))
            j += n;
        else if (s.has(j, Ordinal) && s.entry(j).value == 2 && s.has(j + 1, Unit)) {
            count = 2; // "every second week"
            ++j;
        }
        if (s.has(j, Unit))
            return Match {i, j + 1, TemporalType::Set, durationValue(s.entry(j).unit, count)};
        if (s.has(j, Weekday))
            return Match {
                i, j + 1, TemporalType::Set, u"XXXX-WXX-"_s + QString::number(s.entry(j).value)};
        if (s.has(j, PartOfDay) && !s.has(j, RelativeDay))
            return Match {i, j + 1, TemporalType::Set, u"T"_s + partOfDayCode(s.entry(j).value)};
        return {};
    }
    if ((f & SetWord) && s.word(i).front().isLower())
        return Match {i, i + 1, TemporalType::Set, durationValue(s.entry(i).unit, 1)};
    double count = 0;
    const int n = countAt(s, i, &count);
    if (n == 0)
        return {};
    // "16-hour", "three-day": the adjective form, glued by a hyphen.
    if (n == 1 && s.word(i + 1) == u"-" && s.touching(i) && s.touching(i + 1)) {
        const QStringView unitWord = hyphenPart(s.word(i + 2), 0);
        if (hyphenPart(s.word(i + 2), 1) == u"old")
            return {}; // "6-year-old" is an age, which TimeML leaves alone
        const LexEntry e = lookup(unitWord);
        if ((e.flags & Unit) && !(e.flags & Plural))
            return Match {i, i + 3, TemporalType::Duration, durationValue(e.unit, count)};
        return {};
    }
    return countedUnit(s, i, n, count);
}

Match matchHyphenated(const Scan &s, int i)
{
    const QStringView w = s.word(i);
    const QStringView head = hyphenPart(w, 0);
    const QStringView second = hyphenPart(w, 1);
    if (head.size() == w.size() || second.isEmpty())
        return {};
    const LexEntry first = lookup(head);
    const LexEntry next = lookup(second);
    const bool anchored = s.anchor.isValid();
    // "mid-March", "late-November", "post-1959", "mid-1990s".
    if ((first.flags & Modifier) || head == u"pre" || head == u"post") {
        if (!hyphenPart(w, 2).isEmpty())
            return {};
        if ((next.flags & Month) && second.front().isUpper()) {
            const int m = next.value;
            return Match {i, i + 1, TemporalType::Date,
                anchored ? Values::month(Values::yearOfMonth(s.anchor, m), m)
                         : u"XXXX-"_s + QString::number(m).rightJustified(2, u'0')};
        }
        if (second.size() == 4 && second.toInt() >= 1000 && second.toInt() < 2100)
            return Match {i, i + 1, TemporalType::Date, second.toString()};
        if (second.size() == 5 && second.endsWith(u"0s") && second.first(4).toInt() >= 1000)
            return Match {i, i + 1, TemporalType::Date, second.first(3).toString()};
        return {};
    }
    // "third-quarter"
    if ((first.flags & Ordinal) && (next.flags & Quarter) && first.value <= 4) {
        return Match {i, i + 1, TemporalType::Date,
            anchored ? Values::quarter(s.anchor.year(), first.value) : QString()};
    }
    // "three-year", "one-day", "five-hour-long", "ten-year-old"
    int count = numberWordValue(head);
    if (count < 0)
        return {};
    if (hyphenPart(w, 2) == u"old")
        return {};
    if ((next.flags & Unit) && !(next.flags & Plural) && !(next.flags & Ordinal))
        return Match {i, i + 1, TemporalType::Duration, durationValue(next.unit, count)};
    return {};
}

} // namespace Parallax::Temporal
