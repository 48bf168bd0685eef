// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreement/agreementreport.h"
#include "model/annotation.h"
#include "storage/annotationstore.h"
#include "util/result.h"

#include <optional>

namespace Parallax {

class Project;

// Which articles, analysts and kinds of annotation agreement is measured over.
struct AgreementSelection
{
    qint64 storyId = 0; // 0: every article of the project (unless articleId is set)
    qint64 articleId = 0; // > 0: this article only
    QStringList analysts; // empty: every analyst with a layer in the selection
    std::optional<AnnotationKind> kind; // Entity, Quote or Tag; none: all three
    // The curated layer as one more layer (named curatedLayer()): each pair with it is how far
    // that analyst agrees with the curated version.
    bool withCurated = false;
};

namespace AgreementLayers {

// The name the curated layer goes by among the analysts' (no analyst's name has brackets).
QString curatedLayer();

// An annotation's label as the measures compare it: an entity's type, a tag's name, "quote".
QString labelOf(const Annotation &annotation, const QString &tagName);

// The annotations that make up the analysts' layers in the selection: their own (manual)
// annotations of the kinds chosen, less the rejected ones, in article and text order.
Result<QList<AnnotationListing>> analystAnnotations(
    Project &project, const AgreementSelection &selection);

// Each analyst's layer on the selected articles: their own (manual) annotations of the kinds
// chosen, less the rejected ones, in code points; the article's tokens in code points too. Of a
// story or the project, only the articles one of the analysts marked something in.
Result<QList<Agreement::ArticleLayers>> load(Project &project, const AgreementSelection &selection);

// The measures over load()'s layers for the selection's analysts.
Result<Agreement::Report> measure(Project &project, const AgreementSelection &selection);

} // namespace AgreementLayers
} // namespace Parallax
