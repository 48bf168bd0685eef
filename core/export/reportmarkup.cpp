// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportmarkup.h"

#include "export/reportdata.h"
#include "model/quotespeaker.h"
#include "util/textoffsets.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

// Entity colour slots (ReaderColors::entityIndex) to CSS classes and names, in the window's order.
constexpr std::array<const char16_t *, 8> kEntityClasses
    = {u"person", u"org", u"loc", u"misc", u"date", u"time", u"money", u"percent"};
constexpr std::array<const char16_t *, 8> kEntityNames = {u"Person", u"Organisation", u"Place",
    u"Other name", u"Date", u"Time", u"Amount", u"Percentage"};

QString mentionText(const ReportArticle &article, const CodePointMap &map, const TextSpan &span)
{
    if (!span.exact.isEmpty())
        return span.exact;
    const qsizetype from = map.toUtf16(span.start);
    return article.article.body.mid(from, map.toUtf16(span.end) - from);
}

QColor tagColor(const ReportData &data, const Annotation &a, const ReaderColors &colors)
{
    QColor color = data.tags.value(a.tagId).color;
    if (!color.isValid()) {
        for (const Tag &t : data.tags) {
            if (t.name == a.label)
                color = t.color;
        }
    }
    return color.isValid() ? color : colors.tagFallback;
}

QString tagLabel(const ReportData &data, const Annotation &a)
{
    const QString name = data.tagName(a.tagId);
    return name.isEmpty() ? a.label : name;
}

} // namespace

QString entityClass(const QString &label)
{
    return QString::fromUtf16(kEntityClasses.at(ReaderColors::entityIndex(label)));
}

QString entityTypeName(const QString &label)
{
    return QString::fromUtf16(kEntityNames.at(ReaderColors::entityIndex(label)));
}

QString differenceName(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::Synonym:
        return u"Synonym"_s;
    case DifferenceKind::Wording:
        return u"Wording"_s;
    case DifferenceKind::Omission:
        return u"Omission"_s;
    case DifferenceKind::Addition:
        return u"Addition"_s;
    case DifferenceKind::Number:
        return u"Number"_s;
    case DifferenceKind::Date:
        return u"Date"_s;
    case DifferenceKind::Name:
        return u"Name"_s;
    case DifferenceKind::Negation:
        return u"Negation"_s;
    case DifferenceKind::Attribution:
        return u"Attribution"_s;
    }
    return {};
}

QString reviewStatusName(ReviewItemStatus status)
{
    switch (status) {
    case ReviewItemStatus::Open:
        return u"Open"_s;
    case ReviewItemStatus::Confirmed:
        return u"Confirmed"_s;
    case ReviewItemStatus::Acceptable:
        return u"Acceptable paraphrase"_s;
    case ReviewItemStatus::Dismissed:
        return u"Dismissed"_s;
    }
    return {};
}

QString reviewStatusClass(ReviewItemStatus status)
{
    switch (status) {
    case ReviewItemStatus::Open:
        return u"open"_s;
    case ReviewItemStatus::Confirmed:
        return u"confirmed"_s;
    case ReviewItemStatus::Acceptable:
        return u"acceptable"_s;
    case ReviewItemStatus::Dismissed:
        return u"dismissed"_s;
    }
    return {};
}

std::optional<DifferenceKind> differenceKind(const QString &name)
{
    static const QHash<QString, DifferenceKind> kinds = {{u"synonym"_s, DifferenceKind::Synonym},
        {u"wording"_s, DifferenceKind::Wording}, {u"omission"_s, DifferenceKind::Omission},
        {u"addition"_s, DifferenceKind::Addition}, {u"number"_s, DifferenceKind::Number},
        {u"date"_s, DifferenceKind::Date}, {u"name"_s, DifferenceKind::Name},
        {u"negation"_s, DifferenceKind::Negation}, {u"attribution"_s, DifferenceKind::Attribution}};
    const auto it = kinds.constFind(name);
    if (it == kinds.cend())
        return std::nullopt;
    return *it;
}

QString reviewKindName(const QString &kind)
{
    if (kind == "only-quote"_L1)
        return u"Quote only here"_s;
    if (kind == "only-sentence"_L1)
        return u"Statement only here"_s;
    const std::optional<DifferenceKind> k = differenceKind(kind);
    return k ? differenceName(*k) : kind;
}

QColor onPaper(const QColor &color, int alpha)
{
    const auto mix = [alpha](int c) {
        return (c * alpha + 255 * (255 - alpha)) / 255;
    };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

QString shorten(const QString &text, int maxLength)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxLength)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', maxLength - 1);
    if (cut < maxLength / 2)
        cut = maxLength - 1;
    if (cut > 0 && simple.at(cut - 1).isHighSurrogate())
        --cut;
    return simple.left(cut) + u'…';
}

ArticleMarkup articleMarkup(
    const ReportData &data, const ReportArticle &article, const ReaderColors &colors)
{
    ArticleMarkup markup;
    const CodePointMap map(article.article.body);
    QHash<qint64, QString> speakers; // quote id -> speaker
    const QHash<qint64, qsizetype> speakerOf = QuoteSpeaker::speakerOfQuote(article.annotations);
    for (auto it = speakerOf.cbegin(); it != speakerOf.cend(); ++it) {
        const Annotation &s = article.annotations.at(it.value());
        speakers.insert(it.key(),
            QuoteSpeaker::name(s, data.entityNames.value(s.entityId), article.article.body));
    }

    for (const Annotation &a : article.annotations) {
        if (a.kind == AnnotationKind::Speaker)
            continue;
        Highlight h;
        h.annotationId = a.id;
        h.start = map.toUtf16(a.span.start);
        h.end = map.toUtf16(a.span.end);
        h.proposed = a.status == ReviewStatus::Proposed;
        const QString words = mentionText(article, map, a.span);
        QString about;
        switch (a.kind) {
        case AnnotationKind::Entity: {
            const size_t slot = ReaderColors::entityIndex(a.label);
            h.kind = Highlight::Kind::Entity;
            h.cssClass = u"ent "_s + QString::fromUtf16(kEntityClasses.at(slot));
            h.color = colors.entity.at(slot);
            h.fill = onPaper(h.color, h.proposed ? colors.proposedTintAlpha : colors.tintAlpha);
            about = QString::fromUtf16(kEntityNames.at(slot));
            const QString name = data.entityNames.value(a.entityId);
            h.title = about + u": "_s + (name.isEmpty() ? words : name);
            if (!a.value.isEmpty())
                h.title += u" = "_s + a.value;
            break;
        }
        case AnnotationKind::Quote:
            h.kind = Highlight::Kind::Quote;
            h.cssClass = u"quote"_s;
            h.color = colors.quote;
            h.fill = onPaper(colors.quote, colors.quoteTint.alpha());
            h.badge = speakers.value(a.id);
            about = u"Quote"_s;
            h.title = h.badge.isEmpty() ? u"Quote, unattributed"_s : u"Quote: "_s + h.badge;
            if (h.badge.isEmpty())
                h.badge = u"unattributed"_s;
            break;
        case AnnotationKind::Cue:
            h.kind = Highlight::Kind::Cue;
            h.cssClass = u"cue"_s;
            h.color = colors.quote;
            about = u"Cue"_s;
            h.title = u"Cue of a quote"_s;
            break;
        case AnnotationKind::Tag:
            h.kind = Highlight::Kind::Tag;
            h.cssClass = u"tag"_s;
            h.color = tagColor(data, a, colors);
            h.fill = onPaper(h.color, colors.proposedTintAlpha);
            h.badge = tagLabel(data, a);
            about = h.badge;
            h.title = u"Tag: "_s + h.badge;
            break;
        case AnnotationKind::Note:
            h.kind = Highlight::Kind::Note;
            h.cssClass = u"note"_s;
            h.color = colors.note;
            about = u"Note"_s;
            h.title = u"Note"_s;
            break;
        case AnnotationKind::Speaker:
            break;
        }
        if (h.proposed)
            h.title += u" (proposed)"_s;
        if (!a.note.isEmpty()) {
            h.note = int(markup.notes.size()) + 1;
            markup.notes.append({h.note, shorten(words, 90), about, a.note, a.analyst});
        }
        markup.highlights.append(h);
    }
    std::stable_sort(markup.highlights.begin(), markup.highlights.end(),
        [](const Highlight &a, const Highlight &b) {
            return a.start != b.start ? a.start < b.start : a.end > b.end;
        });
    return markup;
}

QList<LegendEntry> legend(const ReportData &data, const ReaderColors &colors)
{
    QSet<size_t> entitySlots;
    bool quotes = false;
    bool notes = false;
    QMap<QString, QColor> tags; // by name
    for (const ReportArticle &article : data.articles) {
        for (const Annotation &a : article.annotations) {
            switch (a.kind) {
            case AnnotationKind::Entity:
                entitySlots.insert(ReaderColors::entityIndex(a.label));
                break;
            case AnnotationKind::Quote:
                quotes = true;
                break;
            case AnnotationKind::Tag:
                tags.insert(tagLabel(data, a), tagColor(data, a, colors));
                break;
            case AnnotationKind::Note:
                notes = true;
                break;
            default:
                break;
            }
        }
    }
    QList<LegendEntry> entries;
    for (size_t slot = 0; slot < kEntityClasses.size(); ++slot) {
        if (entitySlots.contains(slot)) {
            entries.append(
                {Highlight::Kind::Entity, u"ent "_s + QString::fromUtf16(kEntityClasses.at(slot)),
                    QString::fromUtf16(kEntityNames.at(slot)), colors.entity.at(slot),
                    onPaper(colors.entity.at(slot), colors.tintAlpha)});
        }
    }
    if (quotes) {
        entries.append({Highlight::Kind::Quote, u"quote"_s, u"Quote, with its speaker"_s,
            colors.quote, onPaper(colors.quote, colors.quoteTint.alpha())});
    }
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        entries.append({Highlight::Kind::Tag, u"tag"_s, u"Tag: "_s + it.key(), it.value(),
            onPaper(it.value(), colors.proposedTintAlpha)});
    }
    if (notes)
        entries.append({Highlight::Kind::Note, u"note"_s, u"Analyst's note"_s, colors.note, {}});
    return entries;
}

QList<AlignedPiece> alignedPieces(const StoredAlignment &alignment, int member)
{
    QList<AlignedPiece> pieces;
    if (member < 0 || member >= alignment.members.size())
        return pieces;
    const StoredSpan &m = alignment.members.at(member);
    const QString &text = m.span.exact;
    const CodePointMap map(text);
    const qsizetype length = map.codePointLength();
    struct Cut
    {
        qsizetype from; // code points into the member's text
        qsizetype to;
        int difference;
    };
    QList<Cut> cuts;
    for (qsizetype d = 0; d < alignment.differences.size(); ++d) {
        const StoredDifference &diff = alignment.differences.at(d);
        if (member >= diff.spans.size() || diff.spans.at(member).articleId != m.articleId)
            continue;
        const TextSpan &s = diff.spans.at(member).span;
        const qsizetype from = std::clamp(s.start - m.span.start, qsizetype(0), length);
        const qsizetype to = std::clamp(s.end - m.span.start, from, length);
        cuts.append({from, to, int(d)});
    }
    std::sort(cuts.begin(), cuts.end(), [](const Cut &a, const Cut &b) {
        return a.from != b.from ? a.from < b.from : a.to > b.to;
    });
    qsizetype at = 0;
    for (const Cut &c : std::as_const(cuts)) {
        if (c.from < at)
            continue; // overlaps a difference already cut out
        if (c.from > at)
            pieces.append({text.mid(map.toUtf16(at), map.toUtf16(c.from) - map.toUtf16(at)), -1});
        pieces.append({text.mid(map.toUtf16(c.from), map.toUtf16(c.to) - map.toUtf16(c.from)),
            c.difference, c.from == c.to});
        at = c.to;
    }
    if (at < length)
        pieces.append({text.mid(map.toUtf16(at)), -1});
    return pieces;
}

} // namespace Parallax
