// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

namespace Parallax {

// An annotation of the curated layer: the one version a lead keeps of what the analysts marked
// (docs/agreement.md). It names the analyst's annotation it was taken from, if any, and who
// curated it; it is no analyst's work, so it lives beside the annotations, not among them.
struct CuratedAnnotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    AnnotationKind kind = AnnotationKind::Entity;
    QString label; // entity type, quote kind, or the tag's name
    TextSpan span; // code points, with the quote and its context
    qint64 entityId = 0;
    qint64 tagId = 0;
    qint64 sourceId = 0; // the analyst's annotation taken over; 0 when merged or edited
    QString sourceAnalyst; // whose version it is ("a, b" when merged; empty when edited)
    QString curator;
    QDateTime modified;

    bool operator==(const CuratedAnnotation &) const = default;
};

} // namespace Parallax
