// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "values.h"

using namespace Qt::StringLiterals;

namespace Parallax::Temporal::Values {

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString month(int y, int m)
{
    return year(y) + u'-' + QString::number(m).rightJustified(2, u'0');
}

QString year(int y)
{
    return QString::number(y).rightJustified(4, u'0');
}

QString week(QDate date)
{
    int weekYear = 0;
    const int w = date.weekNumber(&weekYear);
    return year(weekYear) + u"-W"_s + QString::number(w).rightJustified(2, u'0');
}

QString quarter(int y, int q)
{
    return year(y) + u"-Q"_s + QString::number(q);
}

QDate weekday(QDate anchor, int isoWeekday, Direction direction)
{
    const int diff = isoWeekday - anchor.dayOfWeek(); // -6 .. 6
    switch (direction) {
    case Direction::OnOrBefore:
        return anchor.addDays(diff <= 0 ? diff : diff - 7);
    case Direction::Before:
        return anchor.addDays(diff < 0 ? diff : diff - 7);
    case Direction::OnOrAfter:
        return anchor.addDays(diff >= 0 ? diff : diff + 7);
    case Direction::After:
        return anchor.addDays(diff > 0 ? diff : diff + 7);
    case Direction::Nearest:
        return anchor.addDays(diff > 3 ? diff - 7 : (diff < -3 ? diff + 7 : diff));
    }
    return anchor;
}

int yearOfMonth(QDate anchor, int m, Direction direction)
{
    const int diff = m - anchor.month(); // -11 .. 11
    switch (direction) {
    case Direction::Before:
        return diff < 0 ? anchor.year() : anchor.year() - 1;
    case Direction::OnOrBefore:
        return diff <= 0 ? anchor.year() : anchor.year() - 1;
    case Direction::After:
        return diff > 0 ? anchor.year() : anchor.year() + 1;
    case Direction::OnOrAfter:
        return diff >= 0 ? anchor.year() : anchor.year() + 1;
    case Direction::Nearest:
        break;
    }
    if (diff > 6)
        return anchor.year() - 1;
    if (diff < -6)
        return anchor.year() + 1;
    return anchor.year();
}

QString shifted(QDate anchor, TimeUnit unit, int count)
{
    switch (unit) {
    case TimeUnit::Second:
    case TimeUnit::Minute:
    case TimeUnit::Hour:
    case TimeUnit::None:
        return {};
    case TimeUnit::Day:
        return day(anchor.addDays(count));
    case TimeUnit::Week:
        return week(anchor.addDays(7 * qint64(count)));
    case TimeUnit::Weekend:
        return week(anchor.addDays(7 * qint64(count))) + u"-WE"_s;
    case TimeUnit::Fortnight:
        return week(anchor.addDays(14 * qint64(count)));
    case TimeUnit::Month: {
        const QDate d = anchor.addMonths(count);
        return month(d.year(), d.month());
    }
    case TimeUnit::Quarter: {
        const int index = anchor.year() * 4 + (anchor.month() - 1) / 3 + count;
        return quarter(index / 4, index % 4 + 1);
    }
    case TimeUnit::Year:
        return year(anchor.year() + count);
    case TimeUnit::Decade:
        return QString::number(anchor.year() / 10 + count);
    case TimeUnit::Century:
        return QString::number(anchor.year() / 100 + count);
    }
    return {};
}

QString season(QDate anchor, int s, ModifierKind modifier)
{
    // Seasons by their (northern) starting month: spring March, summer June, autumn September,
    // winter December. Winter belongs to the year it starts in.
    const int start = 3 + 3 * s;
    auto startOf = [&](int y) {
        return QDate(y, 1, 1).addMonths(start - 1);
    };
    int y = anchor.year();
    if (s == 3 && anchor.month() < 3)
        y -= 1; // January and February are the winter that began last December
    switch (modifier) {
    case ModifierKind::Last:
    case ModifierKind::Past:
    case ModifierKind::Previous:
        // The latest one that is over by the anchor.
        y = anchor.year();
        while (startOf(y).addMonths(3) > anchor)
            --y;
        break;
    case ModifierKind::Next:
    case ModifierKind::Coming:
    case ModifierKind::Following:
        y = anchor.year();
        while (startOf(y) <= anchor)
            ++y;
        break;
    default:
        break;
    }
    return year(y) + u'-' + seasonCode(s);
}

} // namespace Parallax::Temporal::Values
