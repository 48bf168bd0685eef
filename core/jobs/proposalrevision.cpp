// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposalrevision.h"

#include "annotate/annotator.h"
#include "annotate/ner/adaptation.h"
#include "annotate/ner/nermodel.h"
#include "jobs/entitylearning.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

bool isRecogniserLabel(const QString &label)
{
    for (int t = 0; t < kEntityTypeCount; ++t) {
        if (label == enumName(EntityType(t)))
            return true;
    }
    return false;
}

bool overlaps(const TextRange &a, const TextRange &b)
{
    return a.start < b.end && b.start < a.end;
}

} // namespace

Result<ProposalRevision> reviseProposals(const RevisionInput &in)
{
    ProposalRevision out;
    if (in.decided.isEmpty() || in.text.isEmpty())
        return out;
    auto model = Annotator::defaultModel();
    if (!model)
        return Error {model.error()};

    const CodePointMap map(in.text);
    const auto utf16 = [&](const TextSpan &s) {
        return TextRange {qint32(map.toUtf16(s.start)), qint32(map.toUtf16(s.end))};
    };
    const QList<EntityDecision> decisions = entityDecisions(in.annotations, in.text);
    if (decisions.isEmpty())
        return out;
    const AnalyzedDocument doc
        = Annotator::prepareOnThisThread(model.value(), in.text, in.published, in.delta, decisions);

    // Where the proposals may change: the token runs of the names just decided and their other
    // runs in the article, as the decoder's constraints find them (Annotator::constraints).
    QList<EntityDecision> just;
    for (const TextSpan &s : in.decided) {
        const TextRange r = utf16(s);
        for (const EntityDecision &d : decisions) {
            if (d.range == r)
                just.append(d);
        }
    }
    QList<TextRange> zones;
    for (const Ner::SpanConstraint &c : Annotator::constraints(in.text, doc.tokens, just)) {
        zones.append({doc.tokens.at(c.tokenStart).start, doc.tokens.at(c.tokenEnd - 1).end});
    }
    const auto inZone = [&](const TextRange &r) {
        for (const TextRange &z : std::as_const(zones)) {
            if (overlaps(r, z))
                return true;
        }
        return false;
    };

    // The open proposals of names in the zones, kept where the new reading has them.
    QList<bool> matched(doc.mentions.size(), false);
    for (const Annotation &a : in.annotations) {
        if (a.kind != AnnotationKind::Entity || a.status != ReviewStatus::Proposed
            || a.origin != Origin::Automatic || a.anchor == AnchorState::Orphaned || a.id == 0
            || !isRecogniserLabel(a.label))
            continue;
        const TextRange r = utf16(a.span);
        if (!inZone(r))
            continue;
        bool kept = false;
        for (qsizetype i = 0; i < doc.mentions.size() && !kept; ++i) {
            const EntityMention &m = doc.mentions.at(i);
            if (m.range == r && enumName(m.type) == a.label) {
                matched[i] = true;
                kept = true;
            }
        }
        if (!kept)
            out.remove.append(a);
    }

    // The names the new reading has there that no annotation holds yet.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < doc.mentions.size(); ++i) {
        const EntityMention &m = doc.mentions.at(i);
        if (matched.at(i) || !inZone(m.range))
            continue;
        const QString label = enumName(m.type);
        const TextSpan span = Anchoring::makeSpan(
            in.text, map, map.toCodePoint(m.range.start), map.toCodePoint(m.range.end));
        bool there = false;
        qint64 entity = 0;
        for (const Annotation &a : in.annotations) {
            if (a.kind != AnnotationKind::Entity)
                continue;
            const bool removed = std::any_of(out.remove.cbegin(), out.remove.cend(),
                [&](const Annotation &r) { return r.id == a.id; });
            if (removed)
                continue;
            // The same reading there already, or a span the analyst decided on herself (a
            // rejection is her answer for that span, not a question to ask again).
            if (a.span.start == span.start && a.span.end == span.end
                && (a.label == label || a.status != ReviewStatus::Proposed
                    || a.origin == Origin::Manual))
                there = true;
            // The same words read as the same type elsewhere in the article: the same entity,
            // the analyst's own first.
            if (a.label == label && a.span.exact == span.exact && a.entityId != 0
                && a.status != ReviewStatus::Rejected
                && (entity == 0 || a.status != ReviewStatus::Proposed))
                entity = a.entityId;
        }
        if (there)
            continue;
        Annotation a;
        a.articleId = in.articleId;
        a.kind = AnnotationKind::Entity;
        a.label = label;
        a.span = span;
        a.origin = Origin::Automatic;
        a.annotator = Annotator::kName.toString();
        a.annotatorVersion = in.annotatorVersion;
        a.confidence = m.confidence;
        a.status = ReviewStatus::Proposed;
        a.entityId = entity;
        a.created = a.modified = now;
        out.add.append(a);
    }
    return out;
}

Result<ProposalRevision> reviseProposals(Project &project, qint64 articleId,
    const QList<Annotation> &annotationsAfter, const QList<TextSpan> &decided)
{
    if (decided.isEmpty())
        return ProposalRevision {};
    auto model = Annotator::defaultModel();
    if (!model)
        return Error {model.error()};
    auto article = ArticleStore(project).article(articleId);
    if (!article)
        return Error {article.error()};
    auto learned = ProjectEntityModel::load(project, *model.value());
    if (!learned)
        return Error {learned.error()};
    RevisionInput in;
    in.articleId = articleId;
    in.text = article->body;
    in.published = QDate::fromString(article->published.left(10), Qt::ISODate);
    in.annotations = annotationsAfter;
    in.decided = decided;
    in.delta = learned->delta();
    in.annotatorVersion = learned->annotatorVersion();
    return reviseProposals(in);
}

} // namespace Parallax
