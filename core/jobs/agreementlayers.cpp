// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/agreementlayers.h"

#include "annotate/tokenizer.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/curationstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Parallax::AgreementLayers {

QString curatedLayer()
{
    return u"(curated)"_s;
}

QString labelOf(const Annotation &annotation, const QString &tagName)
{
    switch (annotation.kind) {
    case AnnotationKind::Tag:
        return tagName.isEmpty() ? u"tag"_s : tagName;
    case AnnotationKind::Quote:
        return u"quote"_s;
    default:
        return annotation.label;
    }
}

Result<QList<AnnotationListing>> analystAnnotations(
    Project &project, const AgreementSelection &selection)
{
    auto rows = AnnotationStore(project).listing(selection.storyId, selection.articleId);
    if (!rows)
        return Error {rows.error()};
    QList<AnnotationListing> out;
    for (AnnotationListing &row : rows.value()) {
        const Annotation &a = row.annotation;
        const bool kind = selection.kind
            ? a.kind == *selection.kind
            : (a.kind == AnnotationKind::Entity || a.kind == AnnotationKind::Quote
                || a.kind == AnnotationKind::Tag);
        if (kind && a.origin == Origin::Manual && a.status != ReviewStatus::Rejected
            && !a.analyst.isEmpty()
            && (selection.analysts.isEmpty() || selection.analysts.contains(a.analyst)))
            out.append(std::move(row));
    }
    return out;
}

Result<QList<Agreement::ArticleLayers>> load(Project &project, const AgreementSelection &selection)
{
    ArticleStore articles(project);
    QList<qint64> ids;
    if (selection.articleId > 0) {
        auto found = articles.contains(selection.articleId);
        if (!found)
            return Error {found.error()};
        if (!found.value())
            return Error {u"no article %1"_s.arg(selection.articleId)};
        ids.append(selection.articleId);
    } else {
        auto pairs = articles.articlesByStory(selection.storyId);
        if (!pairs)
            return Error {pairs.error()};
        for (const auto &[story, article] : pairs.value()) {
            if (!ids.contains(article))
                ids.append(article);
        }
    }
    auto rows = analystAnnotations(project, selection);
    if (!rows)
        return Error {rows.error()};
    QMap<qint64, QList<const AnnotationListing *>> byArticle;
    for (const AnnotationListing &row : std::as_const(rows.value()))
        byArticle[row.annotation.articleId].append(&row);

    QMap<qint64, QList<CuratedAnnotation>> curatedByArticle;
    if (selection.withCurated) {
        auto curated = CurationStore(project).list(selection.storyId, selection.articleId);
        if (!curated)
            return Error {curated.error()};
        for (const CuratedAnnotation &c : std::as_const(curated.value())) {
            if (selection.kind
                    ? c.kind == *selection.kind
                    : (c.kind == AnnotationKind::Entity || c.kind == AnnotationKind::Quote
                        || c.kind == AnnotationKind::Tag))
                curatedByArticle[c.articleId].append(c);
        }
    }

    QList<Agreement::ArticleLayers> out;
    for (const qint64 id : std::as_const(ids)) {
        // An article no analyst marked was not coded (or not yet): it says nothing of agreement.
        if (!byArticle.contains(id) && !curatedByArticle.contains(id) && selection.articleId == 0)
            continue;
        auto article = articles.article(id);
        if (!article)
            return Error {article.error()};
        Agreement::ArticleLayers layers;
        layers.articleId = id;
        layers.title = article->title;
        const CodePointMap map(article->body);
        layers.length = map.codePointLength();
        for (const Token &t : Tokenizer::tokenize(article->body))
            layers.tokens.append({map.toCodePoint(t.start), map.toCodePoint(t.end)});
        for (const QString &analyst : selection.analysts)
            layers.units.insert(analyst, {});
        for (const AnnotationListing *row : byArticle.value(id)) {
            const Annotation &a = row->annotation;
            if (a.span.end <= a.span.start || a.anchor == AnchorState::Orphaned)
                continue;
            layers.units[a.analyst].append(Agreement::Unit {
                a.span.start, a.span.end - a.span.start, labelOf(a, row->tagName)});
        }
        if (selection.withCurated) {
            QList<Agreement::Unit> &units = layers.units[curatedLayer()];
            for (const CuratedAnnotation &c : curatedByArticle.value(id)) {
                Annotation as;
                as.kind = c.kind;
                as.label = c.label;
                if (c.span.end > c.span.start)
                    units.append(Agreement::Unit {c.span.start, c.span.end - c.span.start,
                        labelOf(as, c.kind == AnnotationKind::Tag ? c.label : QString())});
            }
        }
        out.append(layers);
    }
    return out;
}

Result<Agreement::Report> measure(Project &project, const AgreementSelection &selection)
{
    auto layers = load(project, selection);
    if (!layers)
        return Error {layers.error()};
    QStringList analysts = selection.analysts;
    if (!analysts.isEmpty() && selection.withCurated)
        analysts.append(curatedLayer());
    return Agreement::measure(layers.value(), analysts);
}

} // namespace Parallax::AgreementLayers
