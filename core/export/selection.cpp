// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selection.h"

#include "model/anchoring.h"
#include "util/textoffsets.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Parallax {

int ExportSelection::annotationCount() const
{
    int count = 0;
    for (const ExportedArticle &a : articles)
        count += int(a.annotations.size());
    return count;
}

namespace ExportSelector {
namespace {

bool isDateLabel(const QString &label)
{
    static const QSet<QString> labels {
        u"DATE"_s, u"TIME"_s, u"DURATION"_s, u"SET"_s, u"MONEY"_s, u"PERCENT"_s};
    return labels.contains(label);
}

} // namespace

ExportLayer layerOf(const Annotation &annotation)
{
    switch (annotation.kind) {
    case AnnotationKind::Entity:
        return isDateLabel(annotation.label) ? ExportLayer::Dates : ExportLayer::Entities;
    case AnnotationKind::Quote:
    case AnnotationKind::Cue:
    case AnnotationKind::Speaker:
        return ExportLayer::Quotes;
    case AnnotationKind::Tag:
        return ExportLayer::Tags;
    case AnnotationKind::Note:
        return ExportLayer::Notes;
    }
    return ExportLayer::Entities;
}

bool isIncluded(const Annotation &annotation, const ExportOptions &options)
{
    if (annotation.status == ReviewStatus::Rejected)
        return false;
    if (!options.includeProposals && annotation.status == ReviewStatus::Proposed
        && annotation.origin == Origin::Automatic)
        return false;
    if (annotation.kind == AnnotationKind::Note && !options.includeNotes)
        return false;
    return options.layers.contains(layerOf(annotation));
}

} // namespace ExportSelector
} // namespace Parallax
