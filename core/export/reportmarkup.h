// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/readercolors.h"
#include "model/storedcomparison.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace Parallax {

struct ReportData;
struct ReportArticle;

// What every report format marks in an article's text, worked out once: the HTML, PDF and
// Markdown writers differ only in how they draw it.
struct Highlight
{
    enum class Kind : quint8 { Entity, Quote, Cue, Tag, Note };
    Kind kind = Kind::Entity;
    qsizetype start = 0; // UTF-16 into the article body
    qsizetype end = 0;
    qint64 annotationId = 0;
    bool proposed = false;
    QString cssClass; // "ent person", "quote", "cue", "tag", "note"
    QColor color; // the strong colour: outlines, bands, legend swatches
    QColor fill; // the tint as it looks on white paper (opaque); invalid for none
    QString title; // one line for a tooltip: "Person: Ilse Marrow (proposed)"
    QString badge; // a quote's speaker, a tag's name
    int note = 0; // the number of its note in ArticleMarkup::notes, 0 for none
};

struct NoteEntry
{
    int number = 0;
    QString passage; // the annotated words, shortened
    QString about; // what the note is attached to: "Note", "Quote", "Person", a tag's name
    QString text;
    QString analyst;
};

struct ArticleMarkup
{
    QList<Highlight> highlights; // by start, longer first
    QList<NoteEntry> notes; // in text order
};

ArticleMarkup articleMarkup(
    const ReportData &data, const ReportArticle &article, const ReaderColors &colors);

struct LegendEntry
{
    Highlight::Kind kind = Highlight::Kind::Entity;
    QString cssClass;
    QString name;
    QColor color;
    QColor fill;
};
// The kinds of highlight the report shows, in the window's order; tags that occur, by name.
QList<LegendEntry> legend(const ReportData &data, const ReaderColors &colors);

// The CSS class of an entity label ("person", "org", ... "percent") and its name for people.
QString entityClass(const QString &label);
QString entityTypeName(const QString &label);
QString differenceName(DifferenceKind kind);
QString reviewStatusName(ReviewItemStatus status);
QString reviewStatusClass(ReviewItemStatus status);
// A review item's kind for people: a difference's name, "Quote only here", "Statement only here".
QString reviewKindName(const QString &kind);
// A DifferenceKind from its database name ("number"), or nothing.
std::optional<DifferenceKind> differenceKind(const QString &name);
// A colour blended onto white at alpha/255, as a print shows a translucent tint.
QColor onPaper(const QColor &color, int alpha);

// A member of an aligned group cut into plain runs and differing words, for the side-by-side
// tables. A difference with no words in this member leaves a gap marker where they would be.
struct AlignedPiece
{
    QString text;
    int difference = -1; // index into the alignment's differences; -1 for unchanged words
    bool gap = false; // the member lacks the difference's words here (text is empty)
};
QList<AlignedPiece> alignedPieces(const StoredAlignment &alignment, int member);
// The text on one line, cut at a word to at most maxLength characters with an ellipsis.
QString shorten(const QString &text, int maxLength);

} // namespace Parallax
