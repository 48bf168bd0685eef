// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax {

// What a comparison reads and what it finds (compare/comparison.h computes it, the comparison
// store keeps it).

// What the comparison aligns: a reported utterance (quote) or any other sentence (claim).
enum class AlignmentKind : quint8 { Quote, Sentence };

// How two aligned spans differ, word by word. JSON and database names: synonym, wording, omission,
// addition, number, date, name, negation, attribution.
enum class DifferenceKind : quint8 {
    Synonym, // "fruitful" / "productive": WordNet synonyms or the same stem
    Wording, // other words changed
    Omission, // words the first member has and a later one lacks
    Addition, // words a later member has and the first one lacks
    Number, // "12" / "15", "twelve" / "15"
    Date, // "Tuesday" / "Wednesday", "24 November" / "25 November"
    Name, // a different person, organisation or place
    Negation, // "will" / "will not"
    Attribution, // another speaker, another cue verb, or a quote in one and paraphrase in another
};

QString enumName(AlignmentKind kind);
QString enumName(DifferenceKind kind);
bool enumFromName(const QString &text, AlignmentKind *kind);
bool enumFromName(const QString &text, DifferenceKind *kind);

// One document as the comparison sees it. Ranges are UTF-16 offsets into text (as everywhere in
// the core); they become code points only in JSON, the database and exports.
struct CompareQuote
{
    TextRange content; // the quoted words
    QuoteKind kind = QuoteKind::Direct;
    TextRange cue; // invalid when there is none
    TextRange speaker; // as written; invalid when unknown
    int speakerEntity = -1; // index into CompareInput::entities, -1 when not resolved
    // The analyst chose the speaker (a manual Speaker record): the entity is no guess, named in
    // the text or not.
    bool speakerChosen = false;
};

struct CompareDocument
{
    QString text;
    QString label; // outlet name, else a file name: what the coverage table calls the document
    QList<CompareQuote> quotes; // any order
    QList<EntityMention> mentions; // entity: index into CompareInput::entities, or -1
    QList<TemporalExpression> temporals;
};

struct CompareInput
{
    QList<CompareDocument> documents;
    QList<Entity> entities; // shared by all documents: the same index is the same entity
};

struct AlignedSpan
{
    int doc = 0; // index into CompareInput::documents
    TextRange range;
};

struct Difference
{
    DifferenceKind kind = DifferenceKind::Wording;
    QStringList texts; // one per member, in member order; "" where a member lacks the words
    QList<TextRange> ranges; // one per member; invalid where a member lacks the words
};

struct Alignment
{
    AlignmentKind kind = AlignmentKind::Sentence;
    double similarity = 0.0; // 0..1
    QList<AlignedSpan> members; // at most one per document, in document order; at least two
    QList<Difference> differences;
};

struct UnmatchedItem
{
    int doc = 0;
    AlignmentKind kind = AlignmentKind::Sentence;
    TextRange range;
};

struct EntityCoverage
{
    QString name;
    EntityType type = EntityType::Person;
    QList<int> docs; // documents that mention the entity, ascending
    QList<int> mentions; // mentions per document, one per CompareInput document
};

// Per document, who is quoted and how much.
struct SpeakerCoverage
{
    QString name; // the entity's name, or the speaker as written when not resolved
    int entity = -1;
    QList<int> quotes; // quotes per document, one per CompareInput document
    QList<int> words; // quoted words per document
};

struct Comparison
{
    QList<Alignment> alignments; // quotes first, then sentences; each in first member's order
    QList<UnmatchedItem> unmatched; // most salient first (quotes, names, numbers, dates)
    QList<EntityCoverage> entities; // by number of documents descending, then name
    QList<SpeakerCoverage> speakers; // by total quotes descending, then name
};

} // namespace Parallax
