// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/curationcommands.h"

#include "edit/projectsession.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/curationstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

using namespace Qt::StringLiterals;

namespace Parallax {

CurationCommand::CurationCommand(ProjectSession *session, qint64 articleId, const QString &text,
    const QList<CuratedAnnotation> &removed, const QList<CuratedAnnotation> &added)
    : SessionCommand(session, text)
    , m_removed(removed)
    , m_added(added)
{
    m_articleId = articleId;
}

Result<void> CurationCommand::apply()
{
    CurationStore store(m_session->project());
    for (const CuratedAnnotation &a : std::as_const(m_removed)) {
        if (auto r = expectChanged(store.remove(a.id), 1); !r)
            return r;
    }
    for (CuratedAnnotation &a : m_added) {
        auto id = store.insert(a);
        if (!id)
            return Error {id.error()};
        a.id = id.value();
    }
    return {};
}

Result<void> CurationCommand::revert()
{
    CurationStore store(m_session->project());
    for (const CuratedAnnotation &a : std::as_const(m_added)) {
        if (auto r = expectChanged(store.remove(a.id), 1); !r)
            return r;
    }
    for (const CuratedAnnotation &a : std::as_const(m_removed)) {
        if (auto r = store.insert(a); !r)
            return Error {r.error()};
    }
    return {};
}

// Applied: the added rows must be there (undo removes them) and the removed ones gone (undo
// stores them under their ids); not applied, the other way round.
Result<bool> CurationCommand::rowsPresent() const
{
    CurationStore store(m_session->project());
    QList<qint64> added;
    QList<qint64> removed;
    for (const CuratedAnnotation &a : m_added)
        added.append(a.id);
    for (const CuratedAnnotation &a : m_removed)
        removed.append(a.id);
    auto addedThere = store.countExisting(added);
    auto removedThere = store.countExisting(removed);
    if (!addedThere)
        return Error {addedThere.error()};
    if (!removedThere)
        return Error {removedThere.error()};
    if (isApplied())
        return addedThere.value() == added.size() && removedThere.value() == 0;
    return addedThere.value() == 0 && removedThere.value() == removed.size();
}

void CurationCommand::notify()
{
    Q_EMIT m_session->curatedChanged(m_articleId);
}

namespace Curation {
namespace {

Result<QList<Annotation>> annotations(ProjectSession *session, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Error {QObject::tr("choose an analyst's annotation to take over")};
    AnnotationStore store(session->project());
    QList<Annotation> out;
    for (const qint64 id : ids) {
        auto a = store.annotation(id);
        if (!a)
            return Error {a.error()};
        if (!out.isEmpty() && a->articleId != out.first().articleId)
            return Error {QObject::tr("the annotations are in different articles")};
        out.append(a.value());
    }
    return out;
}

Result<QList<CuratedAnnotation>> curated(ProjectSession *session, const QList<qint64> &ids)
{
    CurationStore store(session->project());
    QList<CuratedAnnotation> out;
    for (const qint64 id : ids) {
        auto a = store.annotation(id);
        if (!a)
            return Error {a.error()};
        out.append(a.value());
    }
    return out;
}

Result<void> run(ProjectSession *session, qint64 articleId, const QString &text,
    const QList<qint64> &replacing, const QList<CuratedAnnotation> &added)
{
    auto removed = curated(session, replacing);
    if (!removed)
        return Error {removed.error()};
    return session->execute(new CurationCommand(session, articleId, text, removed.value(), added));
}

} // namespace

CuratedAnnotation fromAnnotation(const Annotation &annotation, const QString &curator)
{
    CuratedAnnotation c;
    c.articleId = annotation.articleId;
    c.kind = annotation.kind;
    c.label = annotation.label;
    c.span = annotation.span;
    c.entityId = annotation.entityId;
    c.tagId = annotation.tagId;
    c.sourceId = annotation.id;
    c.sourceAnalyst = annotation.analyst;
    c.curator = curator;
    return c;
}

Result<void> accept(
    ProjectSession *session, const QList<qint64> &annotationIds, const QList<qint64> &replacing)
{
    auto from = annotations(session, annotationIds);
    if (!from)
        return Error {from.error()};
    QList<CuratedAnnotation> added;
    for (const Annotation &a : std::as_const(from.value()))
        added.append(fromAnnotation(a, session->analyst()));
    const QString text = from->size() == 1
        ? QObject::tr("Accept %1's version").arg(from->first().analyst)
        : QObject::tr("Accept %n annotation(s)", nullptr, int(from->size()));
    return run(session, from->first().articleId, text, replacing, added);
}

Result<void> merge(
    ProjectSession *session, const QList<qint64> &annotationIds, const QList<qint64> &replacing)
{
    auto from = annotations(session, annotationIds);
    if (!from)
        return Error {from.error()};
    CuratedAnnotation merged = fromAnnotation(from->first(), session->analyst());
    qint64 start = merged.span.start;
    qint64 end = merged.span.end;
    QStringList analysts;
    for (const Annotation &a : std::as_const(from.value())) {
        start = std::min<qint64>(start, a.span.start);
        end = std::max<qint64>(end, a.span.end);
        if (!analysts.contains(a.analyst))
            analysts.append(a.analyst);
    }
    auto article = ArticleStore(session->project()).article(merged.articleId);
    if (!article)
        return Error {article.error()};
    merged.span = Anchoring::makeSpan(article->body, CodePointMap(article->body), start, end);
    merged.sourceId = from->size() == 1 ? merged.sourceId : 0;
    merged.sourceAnalyst = analysts.join(u", "_s);
    return run(session, merged.articleId, QObject::tr("Merge the analysts' versions"), replacing,
        {merged});
}

Result<void> remove(ProjectSession *session, const QList<qint64> &curatedIds)
{
    auto removed = curated(session, curatedIds);
    if (!removed)
        return Error {removed.error()};
    if (removed->isEmpty())
        return {};
    return session->execute(new CurationCommand(session, removed->first().articleId,
        QObject::tr("Remove from the curated layer"), removed.value(), {}));
}

Result<void> edit(
    ProjectSession *session, qint64 curatedId, const QString &label, qint64 start, qint64 end)
{
    auto before = curated(session, {curatedId});
    if (!before)
        return Error {before.error()};
    CuratedAnnotation after = before->first();
    auto article = ArticleStore(session->project()).article(after.articleId);
    if (!article)
        return Error {article.error()};
    const qint64 length = Offsets::codePointLength(article->body);
    if (start < 0 || end <= start || end > length)
        return Error {QObject::tr("the span %1–%2 is not within the article (%3 characters)")
                          .arg(start)
                          .arg(end)
                          .arg(length)};
    after.id = 0;
    after.label = label;
    after.span = Anchoring::makeSpan(article->body, CodePointMap(article->body), start, end);
    after.sourceId = 0;
    after.sourceAnalyst.clear();
    after.curator = session->analyst();
    after.modified = {};
    return session->execute(new CurationCommand(session, after.articleId,
        QObject::tr("Edit the curated annotation"), before.value(), {after}));
}

} // namespace Curation
} // namespace Parallax
