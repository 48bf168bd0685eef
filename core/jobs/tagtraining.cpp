// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtraining.h"

#include "annotate/tokenizer.h"
#include "model/document.h"
#include "model/labels.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "util/textoffsets.h"

#include <algorithm>

namespace Parallax {

Result<TagSuggester> trainTagSuggester(Project &project)
{
    auto decisions = AnnotationStore(project).tagDecisions();
    if (!decisions)
        return Error {decisions.error()};
    TagSuggester suggester;
    ArticleStore articles(project);
    qsizetype i = 0;
    const QList<Annotation> &all = decisions.value();
    while (i < all.size()) {
        const qint64 articleId = all[i].articleId;
        auto article = articles.article(articleId);
        if (!article)
            return Error {article.error()};
        const QString &body = article->body;
        const CodePointMap map(body);
        // The names of the article, as features of the passages that hold them.
        auto present
            = AnnotationStore(project).forArticle(articleId, body, AnnotationStore::Verify::No);
        if (!present)
            return Error {present.error()};
        QList<std::pair<TextRange, QStringList>> names; // UTF-16
        for (const Annotation &a : std::as_const(present.value())) {
            static const QStringList kNames {enumName(EntityType::Person),
                enumName(EntityType::Organisation), enumName(EntityType::Location),
                enumName(EntityType::Misc)};
            if (a.kind != AnnotationKind::Entity || a.status == ReviewStatus::Rejected
                || !kNames.contains(a.label) || a.anchor == AnchorState::Orphaned)
                continue;
            names.append(
                {TextRange {qint32(map.toUtf16(a.span.start)), qint32(map.toUtf16(a.span.end))},
                    TagSuggester::entityFeatures(a.label, a.entityId)});
        }
        const auto entitiesIn = [&](qsizetype start, qsizetype end) {
            QStringList out;
            for (const auto &[range, features] : std::as_const(names)) {
                if (range.start >= start && range.end <= end)
                    out += features;
            }
            return out;
        };
        QList<TextRange> tagged; // UTF-16
        for (; i < all.size() && all[i].articleId == articleId; ++i) {
            const Annotation &a = all[i];
            const qsizetype start = map.toUtf16(a.span.start);
            const qsizetype end = map.toUtf16(a.span.end);
            const QStringView passage = QStringView(body).mid(start, end - start);
            const QStringList entities = entitiesIn(start, end);
            if (a.status == ReviewStatus::Rejected) {
                suggester.add(passage, 0, {}, entities);
            } else {
                suggester.add(passage, a.tagId, a.label, entities);
                tagged.append({qint32(start), qint32(end)});
            }
        }
        if (tagged.isEmpty())
            continue;
        // What she read and did not tag.
        const QList<Token> tokens = Tokenizer::tokenize(body);
        for (const Sentence &s : Tokenizer::splitSentences(body, tokens)) {
            if (s.size() <= 0)
                continue;
            const qint32 start = tokens[s.tokenStart].start;
            const qint32 end = tokens[s.tokenEnd - 1].end;
            const bool overlaps = std::any_of(tagged.cbegin(), tagged.cend(),
                [&](const TextRange &t) { return t.start < end && start < t.end; });
            if (!overlaps)
                suggester.add(
                    QStringView(body).mid(start, end - start), 0, {}, entitiesIn(start, end));
        }
    }
    return suggester;
}

} // namespace Parallax
