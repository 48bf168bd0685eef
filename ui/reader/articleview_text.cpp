// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleView: what its tooltips say about the annotations under the pointer.
#include "reader/articleview.h"

#include "reader/articleview_p.h"

#include "model/quotespeaker.h"

using namespace Qt::StringLiterals;

namespace Parallax {

using namespace ReaderDetail;

QString ArticleView::marginToolTipAt(int y) const
{
    collectVisible(QRect(0, y, viewport()->width(), 1));
    QStringList parts;
    for (const Visible &v : m_visible) {
        const Annotation &a = m_annotations.at(v.annotation);
        if (!v.opens)
            continue;
        if (a.kind == AnnotationKind::Quote || a.kind == AnnotationKind::Note || !a.note.isEmpty())
            parts << describe(a);
    }
    return parts.join(u"\n\n"_s);
}

qint64 ArticleView::quoteAtMargin(int y) const
{
    collectVisible(QRect(0, y, viewport()->width(), 1));
    for (const Visible &v : m_visible) {
        const Annotation &a = m_annotations.at(v.annotation);
        if (v.opens && a.kind == AnnotationKind::Quote)
            return a.id;
    }
    return 0;
}

QString ArticleView::toolTipAt(qsizetype utf16Position) const
{
    QStringList parts;
    m_index.forEachOverlapping(utf16Position, utf16Position + 1, [&](const SpanIndex::Entry &e) {
        const Annotation &a = m_annotations.at(e.value);
        if (isDrawn(a))
            parts.prepend(describe(a)); // innermost first
    });
    return parts.join(u"\n\n"_s);
}

QString ArticleView::speakerOf(int quoteIndex) const
{
    const qsizetype speaker = m_speakerOfQuote.value(m_annotations.at(quoteIndex).id, -1);
    if (speaker < 0)
        return {};
    const Annotation &s = m_annotations.at(speaker);
    return QuoteSpeaker::name(s, m_entityNames.value(s.entityId), m_text);
}

QString ArticleView::speakerBadge(qint64 quoteId) const
{
    const auto it = m_byId.constFind(quoteId);
    const QString speaker = it == m_byId.constEnd() ? QString() : speakerOf(it.value());
    return speaker.isEmpty() ? tr("unattributed") : speaker;
}

// A person's name that does not fit shows its last word, usually the surname ("Ardelan"); an
// organisation's shows its beginning ("Northern Basin C…"), as its last word ("Commission")
// would name any of them.
QString ArticleView::shownBadge(qint64 quoteId, const QFontMetricsF &metrics, qreal room) const
{
    QString speaker = speakerBadge(quoteId);
    if (metrics.horizontalAdvance(speaker) <= room)
        return speaker;
    if (speakerIsPerson(quoteId))
        speaker = speaker.section(u' ', -1);
    else if (speaker.startsWith(u"the "_s, Qt::CaseInsensitive))
        speaker = speaker.mid(4); // "The Northern Basin Commission" as written
    return metrics.elidedText(speaker, Qt::ElideRight, room);
}

// The quote's speaker is a person: its entity is named as a person somewhere in the article,
// or, with no entity, a person's name is inside the speaker's words.
bool ArticleView::speakerIsPerson(qint64 quoteId) const
{
    const qsizetype index = m_speakerOfQuote.value(quoteId, -1);
    if (index < 0)
        return false;
    const Annotation &speaker = m_annotations.at(index);
    for (const Annotation &a : m_annotations) {
        if (a.kind != AnnotationKind::Entity || a.status == ReviewStatus::Rejected
            || entityLayer(a.label) != Layer::Person)
            continue;
        if (speaker.entityId != 0
                ? a.entityId == speaker.entityId
                : a.span.start < speaker.span.end && speaker.span.start < a.span.end)
            return true;
    }
    return false;
}

QString ArticleView::describe(const Annotation &a) const
{
    QStringList lines;
    const QString mention = a.span.exact.isEmpty()
        ? Offsets::midCodePoints(m_text, a.span.start, a.span.end)
        : a.span.exact;
    switch (a.kind) {
    case AnnotationKind::Entity:
        lines << tr("Entity: %1").arg(a.label);
        lines << m_entityNames.value(a.entityId, mention);
        if (!a.value.isEmpty())
            lines << tr("Value: %1").arg(a.value);
        break;
    case AnnotationKind::Quote: {
        lines << (a.label.isEmpty() ? tr("Quote") : tr("Quote: %1").arg(a.label));
        const QString speaker = speakerOf(int(m_byId.value(a.id)));
        lines << (speaker.isEmpty() ? tr("Speaker: unattributed") : tr("Speaker: %1").arg(speaker));
        break;
    }
    case AnnotationKind::Cue:
        lines << tr("Speech cue: %1").arg(mention);
        break;
    case AnnotationKind::Speaker:
        lines << tr("Speaker: %1").arg(mention);
        break;
    case AnnotationKind::Tag:
        lines << tr("Tag: %1").arg(a.label);
        break;
    case AnnotationKind::Note:
        lines << tr("Note");
        break;
    }
    QString status = a.status == ReviewStatus::Proposed ? tr("Proposed")
        : a.status == ReviewStatus::Accepted            ? tr("Accepted")
                                                        : tr("Rejected");
    if (a.origin == Origin::Automatic)
        status = tr("%1, confidence %2%").arg(status).arg(qRound(a.confidence * 100));
    lines << status;
    if (!a.note.isEmpty())
        lines << tr("Note: %1").arg(a.note);
    return lines.join(u'\n');
}

} // namespace Parallax
