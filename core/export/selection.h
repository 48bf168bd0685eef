// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "model/annotation.h"
#include "model/article.h"
#include "util/result.h"

#include <QList>

namespace Parallax {

// An annotation as an export writes it: with the names its row ids point at, and a quote's cue
// and speaker.
struct ExportedAnnotation
{
    Annotation annotation;
    QString entityName; // the linked entity (a quote's: its speaker), or empty
    QString entityType;
    QString tagName; // the code-book tag of a tag annotation, as it is named now
    QList<ExportedAnnotation> children; // a quote's cue and speaker
};

struct ExportedArticle
{
    Article article;
    QList<ExportedAnnotation> annotations; // in text order
};

// The articles and annotations an export carries, chosen by the options.
struct ExportSelection
{
    Story story; // id 0 when articles were chosen without a story
    QList<ExportedArticle> articles;
    int orphaned = 0; // left out: their text is no longer where they point
    int annotationCount() const;
};

namespace ExportSelector {

// The layer an annotation belongs to: entities (PERSON, ORG, LOC, MISC), dates (DATE, TIME,
// DURATION, SET and the amounts MONEY, PERCENT), quotes, tags, notes. A quote's cue and speaker
// belong to quotes.
ExportLayer layerOf(const Annotation &annotation);

// Whether an annotation (with its children) is exported under these options: its layer is
// chosen; rejected ones never are; proposals only with includeProposals (manual annotations are
// always exported); notes only with includeNotes.
bool isIncluded(const Annotation &annotation, const ExportOptions &options);

} // namespace ExportSelector
} // namespace Parallax
