// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Parallax::Temporal {

// What a word can be in a time or amount expression. A word may be several things at once
// ("second" is an ordinal and a unit, "a" is an article that counts as one).
enum LexFlag : quint32 {
    Month = 1u << 0,
    Weekday = 1u << 1,
    NumberWord = 1u << 2, // one, twelve, a, an, dozen
    Ordinal = 1u << 3, // first, third, twenty-first
    Unit = 1u << 4, // hour(s), day(s), week(s), ...
    RelativeDay = 1u << 5, // today, yesterday, tomorrow, tonight
    Modifier = 1u << 6, // last, next, this, past, early, mid, ...
    Season = 1u << 7,
    PartOfDay = 1u << 8, // morning, afternoon, evening, night
    TimeWord = 1u << 9, // noon, midnight, midday
    SetWord = 1u << 10, // daily, weekly, annually
    Ago = 1u << 11,
    Meridiem = 1u << 12, // a.m., pm
    TimeZone = 1u << 13, // GMT, EST, ...
    Approx = 1u << 14, // about, nearly, almost, some
    Every = 1u << 15, // every, each
    Reference = 1u << 16, // now, currently, recently, future, past
    Multiplier = 1u << 17, // thousand, million, bn
    PercentWord = 1u << 18, // percent, pct
    The = 1u << 19,
    YearContext = 1u << 20, // prepositions after which a bare 1900-2099 is a year
    FutureCue = 1u << 21, // will, shall, 'll, scheduled
    Vague = 1u << 22, // few, several, many, couple
    Plural = 1u << 23, // units: "days" rather than "day"
    Article = 1u << 24, // a, an
    Quarter = 1u << 25, // quarter (as a period of the year)
    PastCue = 1u << 26, // was, said, met: irregular past tenses (regular ones end in -ed)
    Holiday = 1u << 27, // Christmas, Thanksgiving: value is the holiday's index
};

enum class TimeUnit : quint8 {
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century
};

enum class ModifierKind : quint8 {
    None,
    Last,
    Next,
    This,
    Past,
    Coming,
    Previous,
    Following,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    Recent,
    Same,
};

struct LexEntry
{
    quint32 flags = 0;
    // Month 1-12, ISO weekday 1-7, a number word's value, an ordinal's value, a relative day's
    // offset, a time word's hour, a multiplier's power of ten, a season 0-3, a part of day 0-3.
    qint32 value = 0;
    TimeUnit unit = TimeUnit::None;
    ModifierKind modifier = ModifierKind::None;
};

// Case-insensitive lookup of a word (ASCII letters only; a trailing period as in "Nov." or
// "a.m." is part of the key where it matters and ignored otherwise). Returns an empty entry for
// the great majority of words, cheaply.
LexEntry lookup(QStringView word);

// The ISO 8601 suffixes of seasons and parts of day, indexed by LexEntry::value.
QStringView seasonCode(int season);
QStringView partOfDayCode(int part);

// "P" duration designator for count units ("P3D", "PT2H", "P10Y"); count < 0 means unknown ("X").
QString durationValue(TimeUnit unit, double count);

} // namespace Parallax::Temporal
