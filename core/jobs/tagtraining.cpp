// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtraining.h"

#include "annotate/tokenizer.h"
#include "model/document.h"
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
        QList<TextRange> tagged; // UTF-16
        for (; i < all.size() && all[i].articleId == articleId; ++i) {
            const Annotation &a = all[i];
            const qsizetype start = map.toUtf16(a.span.start);
            const qsizetype end = map.toUtf16(a.span.end);
            const QStringView passage = QStringView(body).mid(start, end - start);
            if (a.status == ReviewStatus::Rejected) {
                suggester.add(passage, 0);
            } else {
                suggester.add(passage, a.tagId, a.label);
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
                suggester.add(QStringView(body).mid(start, end - start), 0);
        }
    }
    return suggester;
}

} // namespace Parallax
