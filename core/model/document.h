// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/labels.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Parallax {

// What the annotators find in a text. Inside the annotators, positions are UTF-16 offsets into the
// document text (what QString indexes). They become code points only where they leave the core:
// JSON, the database, exports.
struct TextRange
{
    qint32 start = 0;
    qint32 end = 0;

    bool isValid() const { return end > start; }
    qint32 length() const { return end - start; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// A named-entity mention, in text order.
struct EntityMention
{
    TextRange range;
    EntityType type = EntityType::Person;
    float confidence = 1.0f;
    int entity = -1; // index into AnalyzedDocument::entities once mentions are linked
};

// Dates, times, amounts of money and percentages, with a normalised value where it can be known:
// dates "2025-11-24", "2025-11", "2025", "2025-W48"; times "2025-11-24T09:30" or "T09:30";
// durations "P3D", "PT2H"; money "EUR 12000000"; percentages "40%". Empty when not known
// (a weekday with no publication date to anchor it, say).
struct TemporalExpression
{
    TextRange range;
    TemporalType type = TemporalType::Date;
    QString value;
    float confidence = 1.0f;
};

struct Quote
{
    TextRange content; // the quoted words, without the quotation marks
    QuoteKind kind = QuoteKind::Direct;
    TextRange cue; // "said", "told reporters", "according to"; invalid when there is none
    TextRange
        speaker; // the speaker as written: a name, "she", "the minister"; invalid when unknown
    // The named mention the speaker resolves to (a pronoun or role noun resolved to an earlier
    // person): an index into the mentions passed to the extractor, or -1 when not resolved.
    int speakerMention = -1;
    float confidence = 1.0f;
};

// One named entity of a document (or of a story, across documents): its mentions are linked.
struct Entity
{
    QString name; // the fullest form among the mentions ("Kaja Kallas", "European Union")
    EntityType type = EntityType::Person;
    QStringList aliases;
};

} // namespace Parallax
