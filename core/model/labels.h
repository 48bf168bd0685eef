// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Parallax {

// The kinds of what the annotators find, with the names JSON, the database and the exports use.
// They live here, below storage and the engines, because every layer names them.

enum class EntityType : quint8 { Person, Organisation, Location, Misc };
constexpr int kEntityTypeCount = 4;

enum class TemporalType : quint8 { Date, Time, Duration, Set, Money, Percent };

enum class QuoteKind : quint8 {
    Direct, // a whole utterance in quotation marks, or introduced by a colon
    Partial, // a few quoted words inside the reporter's own sentence
    Indirect, // reported speech: "X said that ...", "according to X, ..."
};

// PERSON, ORG, LOC, MISC; DATE, TIME, DURATION, SET, MONEY, PERCENT; direct, partial, indirect.
QString enumName(EntityType type);
QString enumName(TemporalType type);
QString enumName(QuoteKind kind);

} // namespace Parallax
