// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax {

// An annotation read from a file (W3C JSON-LD or brat), before it is checked against a project.
struct IncomingAnnotation
{
    QString ref; // how the file names it ("T3", the annotation's IRI), for the report
    Annotation annotation; // the span is what the file says; no row ids yet
    bool hasPosition = false; // the file gave start and end (code points)
    bool hasQuote = false; // the file gave the exact text
    QString entityName; // the linked entity (a quote's: its speaker), found or made on import
    QString entityType;
    QString tagName; // a tag annotation's code-book tag, found or made on import
    QList<IncomingAnnotation> children; // a quote's cue and speaker
    QString problem; // set when the file's record cannot be used: it is refused with this reason
};

// The annotations a file holds for one article, and what identifies that article.
struct IncomingArticle
{
    QString source; // how the file names the article (its IRI, the brat .txt), for the report
    QString contentHash; // Importer::contentHash() of its text, when the file tells
    QString url; // the article's web address, when the file tells
    QList<IncomingAnnotation> annotations;
};

struct ImportRefusal
{
    QString annotation; // e.g. "T3 (PERSON “Ilse Marrow” at 120–131)"
    QString reason;
    int count = 1; // annotations refused together, e.g. all of an article not in the project
};

// What importing one file did.
struct AnnotationImportReport
{
    QString file;
    QString error; // the whole file was refused: unreadable, or not an annotation file
    int imported = 0;
    int reanchored = 0; // of those imported: found by quote and context, flagged for review
    int alreadyPresent = 0; // identical annotations were there already: not added again
    int learned = 0; // of those imported: a person's accepted names the project's model learned
    QString learningError; // learning failed; the import itself stands
    QList<ImportRefusal> refusals;

    int refused() const;
    bool ok() const { return error.isEmpty() && refusals.isEmpty(); }
};

namespace AnnotationImport {

// The files importFile() (jobs/interchangeimport.h) reads among paths: *.jsonld, *.json and *.ann
// files as given, and those found in folders (recursively), sorted.
QStringList expandPaths(const QStringList &paths);

// The Parallax entity label of a type name other tools use (PER, Person, GPE, ...), or empty.
QString entityLabel(const QString &typeName);

} // namespace AnnotationImport
} // namespace Parallax
