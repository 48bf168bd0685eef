// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationjob.h"

#include "annotate/annotationjson.h"
#include "annotate/annotator.h"
#include "annotate/ner/nermodel.h"
#include "jobs/entitylearning.h"
#include "jobs/tagtraining.h"
#include "model/anchoring.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "util/textoffsets.h"
#include "util/workpool.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// Articles analysed per task batch: enough to keep the pool's threads busy, few enough that a
// cancelled job waits for little.
constexpr qsizetype kBatch = 16;

struct Group
{
    qint64 storyId = 0; // 0: articles in no story
    QList<qint64> articles;
};

QString key(AnnotationKind kind, const QString &label, qsizetype start, qsizetype end)
{
    return u"%1|%2|%3|%4"_s.arg(enumName(kind), label).arg(start).arg(end);
}

} // namespace

AnnotationJob::AnnotationJob(Project &project)
    : m_project(project)
{ }

Result<AnnotationSummary> AnnotationJob::run(qint64 storyId, qint64 articleId)
{
    if (m_project.isReadOnly())
        return Error {u"the project is read-only"_s};
    auto model = Annotator::defaultModel();
    if (!model)
        return Error {model.error()};
    ArticleStore articles(m_project);
    AnnotationStore annotations(m_project);
    EntityStore entityStore(m_project);

    // Articles grouped by story, so each story's entities are linked across its articles.
    QList<Group> groups;
    if (articleId > 0) {
        auto story = articles.firstStoryOf(articleId);
        if (!story)
            return Error {story.error()};
        if (!story->has_value())
            return Error {u"there is no article %1 in this project"_s.arg(articleId)};
        groups.append(Group {story->value(), {articleId}});
    } else {
        auto ordered = articles.articlesByStory(storyId);
        if (!ordered)
            return Error {ordered.error()};
        for (const auto &[story, article] : std::as_const(ordered.value())) {
            if (groups.isEmpty() || groups.last().storyId != story)
                groups.append(Group {story, {}});
            groups.last().articles.append(article);
        }
        if (storyId > 0 && groups.isEmpty())
            return Error {u"story %1 has no articles, or does not exist"_s.arg(storyId)};
    }

    int total = 0;
    for (const Group &g : std::as_const(groups))
        total += int(g.articles.size());
    AnnotationSummary summary;
    // The project's own layer of the entity model, learned from its analysts' decisions.
    auto learned = ProjectEntityModel::load(m_project, *model.value());
    if (!learned)
        return Error {learned.error()};
    const Ner::WeightDelta *delta = learned->delta();
    // Code-book tags from the analyst's own tagging in the project; none until a tag has
    // TagSuggester::kMinExamples examples.
    auto tags = trainTagSuggester(m_project);
    if (!tags)
        return Error {tags.error()};
    const QString annotatorName = Annotator::kName.toString();
    const QString annotatorVersion = learned->annotatorVersion();
    summary.corrections = learned->corrections();
    summary.annotatorVersion = annotatorVersion;

    for (const Group &group : std::as_const(groups)) {
        Annotator annotator(model.value());
        // Linked entity -> its row, for the whole story: a record keeps one row while its name and
        // type settle over the articles.
        QHash<int, qint64> entityRows;
        // Articles are analysed on the pool's threads, a batch ahead of the one being linked and
        // written here: analysis depends on no other article, linking needs the ones before it
        // and the connection is this thread's.
        struct Input
        {
            QString text;
            QDate published;
            QList<EntityDecision> decisions; // the analyst's, which the proposals respect
        };
        const std::shared_ptr<const NerModel> shared = model.value();
        const auto analyse = [shared, delta](const Input &in) {
            return Annotator::prepareOnThisThread(
                shared, in.text, in.published, delta, in.decisions);
        };
        qsizetype next = 0;
        QFuture<AnalyzedDocument> ahead;
        QList<qint64> aheadIds;
        const auto launch = [&]() -> Result<void> {
            QList<Input> inputs;
            aheadIds.clear();
            for (; next < group.articles.size() && inputs.size() < kBatch; ++next) {
                const qint64 id = group.articles.at(next);
                auto article = articles.article(id);
                if (!article)
                    return Error {article.error()};
                auto present
                    = annotations.forArticle(id, article->body, AnnotationStore::Verify::No);
                if (!present)
                    return Error {present.error()};
                inputs.append(Input {article->body,
                    QDate::fromString(article->published.left(10), Qt::ISODate),
                    entityDecisions(present.value(), article->body)});
                aheadIds.append(id);
            }
            ahead = inputs.isEmpty() ? QFuture<AnalyzedDocument>()
                                     : QtConcurrent::mapped(workPool(), std::move(inputs), analyse);
            return {};
        };
        // A job that stops early leaves no analysis running behind it.
        const auto settle = qScopeGuard([&] { ahead.waitForFinished(); });
        if (auto r = launch(); !r)
            return Error {r.error()};
        while (!aheadIds.isEmpty()) {
            QFuture<AnalyzedDocument> current = ahead;
            const QList<qint64> currentIds = aheadIds;
            if (auto r = launch(); !r)
                return Error {r.error()};
            current.waitForFinished();
            for (qsizetype i = 0; i < currentIds.size(); ++i) {
                if (m_cancel && m_cancel->load()) {
                    summary.cancelled = true;
                    return summary;
                }
                const qint64 id = currentIds.at(i);
                AnalyzedDocument doc = current.resultAt(int(i));
                annotator.link(&doc);
                const CodePointMap map(doc.text);

                auto transaction = m_project.transaction();
                if (!transaction.isActive())
                    return Error {transaction.error()};
                // The entities whose proposals go, and those this article's proposals use: the only
                // ones that may be left with no annotation.
                auto touched = annotations.removeProposals(id, m_keepEdited);
                // One time for the article's proposals, created and modified alike, so that an
                // edit shows as modified <> created (AnnotationStore::removeProposals).
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (!touched)
                    return Error {touched.error()};
                QList<qint64> maybeUnused = std::move(touched).value();
                // What the analyst already decided on (or made by hand) is not proposed again.
                // Unreviewed proposals still there after the removal are someone else's, which
                // this role may not remove (row-level security on a server), or edited ones
                // kept: not proposed a second time either, and counted apart.
                QSet<QString> decided;
                QSet<QString> othersProposals;
                auto present = annotations.forArticle(id, doc.text, AnnotationStore::Verify::No);
                if (!present)
                    return Error {present.error()};
                for (const Annotation &a : std::as_const(present.value())) {
                    const QString k = key(a.kind, a.label, a.span.start, a.span.end);
                    if (a.origin == Origin::Automatic && a.status == ReviewStatus::Proposed)
                        othersProposals.insert(k);
                    else
                        decided.insert(k);
                }
                const auto alreadyThere = [&](const QString &k) {
                    if (decided.contains(k)) {
                        ++summary.kept;
                        return true;
                    }
                    if (othersProposals.contains(k)) {
                        ++summary.left;
                        return true;
                    }
                    return false;
                };

                auto rowFor = [&](int entity) -> Result<qint64> {
                    if (entity < 0)
                        return qint64(0);
                    if (const auto it = entityRows.constFind(entity); it != entityRows.constEnd())
                        return it.value();
                    const Entity &linked = annotator.entities().at(entity);
                    auto row = entityStore.findOrCreate(
                        group.storyId, enumName(linked.type), linked.name, linked.aliases);
                    if (row) {
                        entityRows.insert(entity, row.value());
                        maybeUnused.append(row.value());
                    }
                    return row;
                };
                auto propose = [&](AnnotationKind kind, const QString &label,
                                   const TextRange &range, double confidence, qint64 entity,
                                   qint64 parent, const QString &value) -> Result<qint64> {
                    Annotation a;
                    a.articleId = id;
                    a.parentId = parent;
                    a.kind = kind;
                    a.label = label;
                    a.value = value;
                    a.span = Anchoring::makeSpan(
                        doc.text, map, map.toCodePoint(range.start), map.toCodePoint(range.end));
                    if (parent == 0 && alreadyThere(key(kind, label, a.span.start, a.span.end)))
                        return qint64(0);
                    a.origin = Origin::Automatic;
                    a.annotator = annotatorName;
                    a.annotatorVersion = annotatorVersion;
                    a.created = a.modified = now;
                    a.confidence = confidence;
                    a.status = ReviewStatus::Proposed;
                    a.entityId = entity;
                    ++summary.proposals;
                    return annotations.insert(a);
                };

                for (const EntityMention &m : doc.mentions) {
                    auto entity = rowFor(m.entity);
                    if (!entity)
                        return Error {entity.error()};
                    if (auto r = propose(AnnotationKind::Entity, enumName(m.type), m.range,
                            m.confidence, entity.value(), 0, {});
                        !r)
                        return Error {r.error()};
                }
                for (const TemporalExpression &t : doc.temporals) {
                    if (auto r = propose(AnnotationKind::Entity, enumName(t.type), t.range,
                            t.confidence, 0, 0, t.value);
                        !r)
                        return Error {r.error()};
                }
                for (const Quote &q : doc.quotes) {
                    auto quote = propose(
                        AnnotationKind::Quote, enumName(q.kind), q.content, q.confidence, 0, 0, {});
                    if (!quote)
                        return Error {quote.error()};
                    if (quote.value() == 0)
                        continue; // decided before: its cue and speaker stay as they were
                    if (q.cue.isValid()) {
                        if (auto r = propose(
                                AnnotationKind::Cue, {}, q.cue, q.confidence, 0, quote.value(), {});
                            !r)
                            return Error {r.error()};
                    }
                    if (q.speaker.isValid()) {
                        const int entity
                            = q.speakerMention >= 0 && q.speakerMention < doc.mentions.size()
                            ? doc.mentions.at(q.speakerMention).entity
                            : -1;
                        auto row = rowFor(entity);
                        if (!row)
                            return Error {row.error()};
                        if (auto r = propose(AnnotationKind::Speaker, {}, q.speaker, q.confidence,
                                row.value(), quote.value(), {});
                            !r)
                            return Error {r.error()};
                    }
                }
                if (tags->tagCount() > 0) {
                    for (const Sentence &sentence : std::as_const(doc.sentences)) {
                        if (sentence.size() <= 0)
                            continue;
                        const TextRange range {doc.tokens[sentence.tokenStart].start,
                            doc.tokens[sentence.tokenEnd - 1].end};
                        QStringList entities;
                        for (const EntityMention &m : std::as_const(doc.mentions)) {
                            if (m.range.start < range.start || m.range.end > range.end)
                                continue;
                            auto row = rowFor(m.entity);
                            entities += TagSuggester::entityFeatures(
                                enumName(m.type), row ? row.value() : 0);
                        }
                        const auto suggestion = tags->suggest(
                            QStringView(doc.text).mid(range.start, range.length()), entities);
                        if (!suggestion)
                            continue;
                        Annotation a;
                        a.articleId = id;
                        a.kind = AnnotationKind::Tag;
                        a.label = suggestion->tagName;
                        a.tagId = suggestion->tagId;
                        a.span = Anchoring::makeSpan(doc.text, map, map.toCodePoint(range.start),
                            map.toCodePoint(range.end));
                        if (alreadyThere(key(a.kind, a.label, a.span.start, a.span.end)))
                            continue;
                        a.origin = Origin::Automatic;
                        a.annotator = annotatorName;
                        a.annotatorVersion = annotatorVersion;
                        a.created = a.modified = now;
                        a.confidence = suggestion->confidence;
                        a.status = ReviewStatus::Proposed;
                        ++summary.proposals;
                        if (auto r = annotations.insert(a); !r)
                            return Error {r.error()};
                    }
                }
                // Entities left with no annotation (their proposals were replaced) go.
                if (auto r = entityStore.removeUnused(maybeUnused); !r)
                    return Error {r.error()};
                if (auto r = transaction.commit(); !r)
                    return Error {r.error()};
                ++summary.articles;
                if (m_onProgress)
                    m_onProgress(summary.articles, total);
            }
        }
        // The names and types the story settled on.
        auto transaction = m_project.transaction();
        if (!transaction.isActive())
            return Error {transaction.error()};
        auto mayChange = entityStore.mayChangeEntities();
        if (!mayChange)
            return Error {mayChange.error()};
        const bool mayChangeEntities = mayChange.value();
        // Once per story, whatever else left an entity with no annotation.
        if (auto r = entityStore.removeUnused(group.storyId); !r)
            return Error {r.error()};
        for (auto it = entityRows.cbegin(); it != entityRows.cend(); ++it) {
            const Entity &linked = annotator.entities().at(it.key());
            auto row = entityStore.entity(it.value());
            if (!row)
                continue; // removed with its last proposal
            EntityRecord record = row.value();
            record.name = linked.name;
            record.type = enumName(linked.type);
            for (const QString &alias : linked.aliases) {
                if (!record.aliases.contains(alias))
                    record.aliases.append(alias);
            }
            if (record == row.value())
                continue; // as annotating it before settled it
            // Renaming an entity is a curator's on a server (an analyst only adds them); hers
            // keep the names they were found under, for a curator's run to settle.
            if (!mayChangeEntities) {
                ++summary.unsettled;
                continue;
            }
            if (auto r = entityStore.update(record); !r)
                return Error {r.error()};
        }
        if (auto r = transaction.commit(); !r)
            return Error {r.error()};
    }
    return summary;
}

} // namespace Parallax
