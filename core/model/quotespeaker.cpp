// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotespeaker.h"

#include "util/textoffsets.h"

namespace Parallax::QuoteSpeaker {

Annotation make(const Annotation &quote, qint64 entityId, const TextSpan &named)
{
    Annotation s;
    s.articleId = quote.articleId;
    s.parentId = quote.id;
    s.kind = AnnotationKind::Speaker;
    s.entityId = entityId;
    if (named.end > named.start) {
        s.span = named;
    } else {
        s.span.start = quote.span.start;
        s.span.end = quote.span.start;
    }
    return s;
}

TextSpan nearestMention(
    const Annotation &quote, qint64 entityId, const QList<Annotation> &articleAnnotations)
{
    TextSpan best;
    qsizetype bestDistance = -1;
    if (entityId == 0)
        return best;
    for (const Annotation &a : articleAnnotations) {
        if (a.kind != AnnotationKind::Entity || a.entityId != entityId
            || a.status == ReviewStatus::Rejected || a.span.end <= a.span.start)
            continue;
        // A name inside the quote is someone the speaker talks about.
        if (a.span.start < quote.span.end && a.span.end > quote.span.start)
            continue;
        const qsizetype distance = a.span.end <= quote.span.start ? quote.span.start - a.span.end
                                                                  : a.span.start - quote.span.end;
        if (bestDistance < 0 || distance < bestDistance) {
            best = a.span;
            bestDistance = distance;
        }
    }
    return best;
}

QHash<qint64, qsizetype> speakerOfQuote(const QList<Annotation> &annotations)
{
    QHash<qint64, qsizetype> result;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        if (a.kind != AnnotationKind::Speaker || a.parentId == 0
            || a.status == ReviewStatus::Rejected)
            continue;
        const auto it = result.constFind(a.parentId);
        if (it != result.constEnd() && annotations.at(it.value()).origin == Origin::Manual
            && a.origin != Origin::Manual)
            continue;
        result.insert(a.parentId, i);
    }
    return result;
}

QString name(const Annotation &speaker, const QString &entityName, const QString &articleText)
{
    if (!entityName.isEmpty())
        return entityName;
    const QString written = speaker.span.exact.isEmpty()
        ? Offsets::midCodePoints(articleText, speaker.span.start, speaker.span.end)
        : speaker.span.exact;
    return written.simplified();
}

} // namespace Parallax::QuoteSpeaker
