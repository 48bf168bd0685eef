// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/reportdata.h"

#include "export/selection.h"

#include "model/anchoring.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax {

namespace {

template<typename T>
QList<T> pick(const QList<T> &values, const QList<qsizetype> &indexes)
{
    QList<T> picked;
    for (qsizetype i : indexes) {
        if (i < values.size())
            picked.append(values.at(i));
    }
    return picked;
}

bool allEqual(const QStringList &texts)
{
    return std::all_of(
        texts.cbegin(), texts.cend(), [&](const QString &t) { return t == texts.constFirst(); });
}

} // namespace

const ReportArticle *ReportData::article(qint64 articleId) const
{
    for (const ReportArticle &a : articles) {
        if (a.article.id == articleId)
            return &a;
    }
    return nullptr;
}

QString ReportData::sourceName(qint64 articleId) const
{
    const ReportArticle *a = article(articleId);
    if (!a)
        return u"article %1"_s.arg(articleId);
    return a->article.outlet.isEmpty() ? a->article.title : a->article.outlet;
}

QString ReportData::tagName(qint64 tagId) const
{
    return tags.value(tagId).name;
}

int ReportData::annotationCount() const
{
    int count = 0;
    for (const ReportArticle &a : articles) {
        count += int(std::count_if(a.annotations.cbegin(), a.annotations.cend(), [](const auto &x) {
            return x.kind != AnnotationKind::Speaker && x.kind != AnnotationKind::Cue;
        }));
    }
    return count;
}

QString ReportData::title() const
{
    if (!isSingleArticle())
        return story.name;
    return articles.isEmpty() ? QString() : articles.constFirst().article.title;
}

QString ReportData::kindName() const
{
    return isSingleArticle() ? u"Article report"_s : u"Comparison dossier"_s;
}

StoredComparison restrictComparison(StoredComparison c, const QList<qint64> &articleIds)
{
    const QSet<qint64> keep(articleIds.cbegin(), articleIds.cend());
    QList<qsizetype> columns; // indexes into c.articleIds that stay
    for (qsizetype i = 0; i < c.articleIds.size(); ++i) {
        if (keep.contains(c.articleIds.at(i)))
            columns.append(i);
    }
    if (columns.size() == c.articleIds.size())
        return c;

    QSet<qint64> keptAlignments;
    QList<StoredAlignment> alignments;
    for (const StoredAlignment &a : std::as_const(c.alignments)) {
        QList<qsizetype> members;
        for (qsizetype m = 0; m < a.members.size(); ++m) {
            if (keep.contains(a.members.at(m).articleId))
                members.append(m);
        }
        if (members.size() < 2)
            continue;
        StoredAlignment kept = a;
        kept.members = pick(a.members, members);
        kept.differences.clear();
        for (const StoredDifference &d : a.differences) {
            StoredDifference dk {d.kind, pick(d.texts, members), pick(d.spans, members)};
            if (!allEqual(dk.texts))
                kept.differences.append(dk);
        }
        keptAlignments.insert(a.id);
        alignments.append(kept);
    }
    c.alignments = alignments;

    QList<ReviewItem> items;
    for (const ReviewItem &item : std::as_const(c.items)) {
        if (item.alignmentId == 0) {
            if (!item.spans.isEmpty() && keep.contains(item.spans.constFirst().articleId))
                items.append(item);
            continue;
        }
        if (!keptAlignments.contains(item.alignmentId))
            continue;
        QList<qsizetype> members;
        for (qsizetype m = 0; m < item.spans.size(); ++m) {
            if (keep.contains(item.spans.at(m).articleId))
                members.append(m);
        }
        ReviewItem kept = item;
        kept.spans = pick(item.spans, members);
        kept.texts = pick(item.texts, members);
        kept.wordSpans = pick(item.wordSpans, members);
        if (kept.spans.size() >= 2 && !allEqual(kept.texts))
            items.append(kept);
    }
    c.items = items;

    QList<StoredEntityCoverage> entities;
    for (StoredEntityCoverage e : std::as_const(c.entities)) {
        e.mentions = pick(e.mentions, columns);
        e.articleIds.removeIf([&](qint64 id) { return !keep.contains(id); });
        if (!e.articleIds.isEmpty())
            entities.append(e);
    }
    c.entities = entities;
    QList<StoredSpeakerCoverage> speakers;
    for (StoredSpeakerCoverage s : std::as_const(c.speakers)) {
        s.quotes = pick(s.quotes, columns);
        s.words = pick(s.words, columns);
        if (std::any_of(s.quotes.cbegin(), s.quotes.cend(), [](int n) { return n > 0; }))
            speakers.append(s);
    }
    c.speakers = speakers;
    c.articleIds = pick(c.articleIds, columns);
    return c;
}

} // namespace Parallax
