// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/temporal/lexicon.h"

#include <QDate>
#include <QString>

// TIMEX3 value normalisation: formatting and the arithmetic of relative expressions.
namespace Parallax::Temporal::Values {

QString day(QDate date); // 2025-11-24
QString month(int year, int month); // 2025-11
QString year(int year); // 2025
QString week(QDate date); // 2025-W48 (ISO week, with the ISO week-numbering year)
QString quarter(int year, int quarter); // 2025-Q3

// Where to look for a weekday or month relative to the anchor.
enum class Direction { OnOrBefore, OnOrAfter, Before, After, Nearest };

QDate weekday(QDate anchor, int isoWeekday, Direction direction);

// The year of a month-and-day written without one: the occurrence nearest to the anchor
// (within six months), so "Dec. 28" in a January article is last December.
int yearOfMonth(QDate anchor, int month, Direction direction = Direction::Nearest);

// The value of a period shifted by count units from the anchor, at the unit's granularity:
// days give a date, weeks an ISO week, months a month, and so on ("two weeks ago" -> 2025-W46).
QString shifted(QDate anchor, TimeUnit unit, int count);

// A season of the year ("2025-SP"); season 0-3 as in the lexicon.
QString season(QDate anchor, int season, ModifierKind modifier);

} // namespace Parallax::Temporal::Values
