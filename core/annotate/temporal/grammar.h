// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/temporal/scan.h"
#include "annotate/temporal/values.h"

// The date and time grammar, split in two: absolute dates, clock times and the entry point
// (grammar.cpp); expressions relative to the publication date, durations and sets
// (relative.cpp). Every matcher takes the token where an expression might start and returns an
// invalid Match quickly when it does not.
namespace Parallax::Temporal {

// Any date, time, duration, set, amount of money or percentage starting at token i.
Match matchAt(const Scan &s, int i);

// Whether a bare weekday in this sentence looks forward: "will meet on Monday".
bool futureSentence(const Scan &s);

// The tense of the clause around token i, from the nearest tense cue within a few tokens:
// 1 future ("will", "'ll", "scheduled"), -1 past ("said", "met", any -ed verb), 0 unknown.
int tenseNear(const Scan &s, int i);

// grammar.cpp
struct DatePart
{
    int end = -1; // token after the date
    QString value; // empty when it cannot be known (a relative date with no anchor)
    bool isValid() const { return end >= 0; }
};
DatePart absoluteDate(const Scan &s, int i); // "Nov. 24, 2025", "24 November", "2025-11-24", ...
DatePart weekdayDate(const Scan &s, int i, ModifierKind modifier); // "Monday", "Monday, Nov. 24"
QString timeOfDay(const QString &date, int part); // "2025-11-24TMO", or empty
// A holiday at i ("Christmas", "Thanksgiving Day", "Easter Sunday"), in the year the tense
// points to (a modifier, "last" or "next", takes precedence).
DatePart holiday(const Scan &s, int i, ModifierKind modifier);

// relative.cpp
Match matchRelative(const Scan &s, int i); // the/last/next/this..., today, now, "two weeks ago"
Match matchDuration(const Scan &s, int i); // "two days", "48 hours", "three-year", sets
Match matchHyphenated(const Scan &s, int i); // "mid-March", "three-year", "third-quarter"
// A count written in digits or words ("48", "two", "twenty-five", "a"): tokens used, or 0.
int countAt(const Scan &s, int i, double *value);

} // namespace Parallax::Temporal
