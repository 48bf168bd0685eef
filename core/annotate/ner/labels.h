// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/labels.h"

#include <QList>

namespace Parallax {

// An entity found in a text: a half-open range of token indices into the tokens that were tagged.
struct EntitySpan
{
    qint32 tokenStart = 0;
    qint32 tokenEnd = 0;
    EntityType type = EntityType::Person;
    float confidence = 1.0f; // margin of the decision over its best alternative, in [0, 1]

    friend bool operator==(const EntitySpan &a, const EntitySpan &b)
    {
        return a.tokenStart == b.tokenStart && a.tokenEnd == b.tokenEnd && a.type == b.type;
    }
};

namespace Ner {

// BILOU labels: O, then Begin/Inside/Last/Unit for each type. BILOU beats IOB for a linear
// model because the first and last words of names look different from the inner ones.
enum Position : int { Begin = 0, Inside = 1, Last = 2, Unit = 3 };
constexpr int kLabelCount = 1 + 4 * kEntityTypeCount;
constexpr int kOutside = 0;

constexpr int label(EntityType type, Position position)
{
    return 1 + int(type) * 4 + position;
}
constexpr EntityType typeOf(int label)
{
    return EntityType((label - 1) / 4);
}
constexpr Position positionOf(int label)
{
    return Position((label - 1) % 4);
}

// Whether label b may follow label a (a = -1 for the sentence start, b = -1 for its end).
constexpr bool allowed(int a, int b)
{
    const bool open = a > 0 && (positionOf(a) == Begin || positionOf(a) == Inside);
    if (b < 0 || b == kOutside)
        return !open;
    const Position p = positionOf(b);
    if (p == Begin || p == Unit)
        return !open;
    return open && typeOf(a) == typeOf(b);
}

// Spans <-> labels for one sentence of n tokens (token indices relative to the sentence).
void spansToLabels(const QList<EntitySpan> &spans, int offset, int n, quint8 *labels);
void labelsToSpans(const quint8 *labels, int n, int offset, QList<EntitySpan> *out);

} // namespace Ner
} // namespace Parallax
