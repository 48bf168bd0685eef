// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycomparison.h"

#include "model/quotespeaker.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/entitystore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// The names the annotation job stores in an annotation's label (see AnnotationJson).
constexpr std::array<std::pair<QStringView, EntityType>, 4> kEntityTypes {{
    {u"PERSON", EntityType::Person},
    {u"ORG", EntityType::Organisation},
    {u"LOC", EntityType::Location},
    {u"MISC", EntityType::Misc},
}};
constexpr std::array<std::pair<QStringView, TemporalType>, 6> kTemporalTypes {{
    {u"DATE", TemporalType::Date},
    {u"TIME", TemporalType::Time},
    {u"DURATION", TemporalType::Duration},
    {u"SET", TemporalType::Set},
    {u"MONEY", TemporalType::Money},
    {u"PERCENT", TemporalType::Percent},
}};
constexpr std::array<std::pair<QStringView, QuoteKind>, 3> kQuoteKinds {{
    {u"direct", QuoteKind::Direct},
    {u"partial", QuoteKind::Partial},
    {u"indirect", QuoteKind::Indirect},
}};

template<typename Enum, size_t N>
std::optional<Enum> lookup(
    const std::array<std::pair<QStringView, Enum>, N> &table, const QString &name)
{
    for (const auto &[text, value] : table) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

// Whether the comparison may use the annotation: the analyst did not reject it and its span
// still holds its text.
bool usable(const Annotation &a)
{
    return a.status != ReviewStatus::Rejected && a.anchor != AnchorState::Orphaned
        && a.span.end > a.span.start;
}

} // namespace

Result<StoryCompareInput> storyCompareInput(Project &project, qint64 storyId)
{
    ArticleStore articleStore(project);
    auto stories = articleStore.stories();
    if (!stories)
        return Error {stories.error()};
    const auto story = std::find_if(
        stories->cbegin(), stories->cend(), [storyId](const Story &s) { return s.id == storyId; });
    if (story == stories->cend())
        return Error {u"there is no story %1 in this project"_s.arg(storyId)};
    const QString storyName = story->name;

    StoryCompareInput result;
    auto ids = articleStore.storyArticles(storyId);
    if (!ids)
        return Error {ids.error()};
    result.articleIds = ids.value();
    if (result.articleIds.size() < 2)
        return Error {
            u"the story '%1' has %2 article(s); a comparison needs two at least"_s.arg(storyName)
                .arg(result.articleIds.size())};

    EntityStore entityStore(project);
    auto entities = entityStore.entities(storyId);
    if (!entities)
        return Error {entities.error()};
    QHash<qint64, int> entityIndex;
    const auto addEntity = [&](const EntityRecord &record) {
        Entity entity;
        entity.name = record.name;
        entity.type = lookup(kEntityTypes, record.type).value_or(EntityType::Misc);
        entity.aliases = record.aliases;
        entityIndex.insert(record.id, int(result.input.entities.size()));
        result.input.entities.append(entity);
        result.entityIds.append(record.id);
    };
    for (const EntityRecord &record : entities.value())
        addEntity(record);
    // An annotation may point at an entity of another story the article is also filed under.
    const auto indexOf = [&](qint64 entityId) -> int {
        if (entityId <= 0)
            return -1;
        if (const auto it = entityIndex.constFind(entityId); it != entityIndex.constEnd())
            return it.value();
        auto record = entityStore.entity(entityId);
        if (!record)
            return -1;
        addEntity(record.value());
        return int(result.input.entities.size()) - 1;
    };

    ArticleStore articles(project);
    AnnotationStore annotations(project);
    QSet<QString> labels;
    for (qint64 articleId : std::as_const(result.articleIds)) {
        auto article = articles.article(articleId);
        if (!article)
            return Error {article.error()};
        CompareDocument doc;
        doc.text = article->body;
        doc.label = !article->outlet.isEmpty() ? article->outlet
            : !article->title.isEmpty()        ? article->title
                                               : u"#%1"_s.arg(articleId);
        if (labels.contains(doc.label)) // two reports of one outlet
            doc.label += u" (#%1)"_s.arg(articleId);
        labels.insert(doc.label);

        auto stored = annotations.reanchor(articleId, doc.text);
        if (!stored)
            return Error {stored.error()};
        const CodePointMap map(doc.text);
        const auto range = [&map](const TextSpan &span) {
            return TextRange {qint32(map.toUtf16(span.start)), qint32(map.toUtf16(span.end))};
        };
        // Quotes first, so their cue and speaker (which follow in no particular order) find them.
        QHash<qint64, qsizetype> quoteAt;
        for (const Annotation &a : stored.value()) {
            if (!usable(a) || a.kind != AnnotationKind::Quote || a.parentId != 0)
                continue;
            CompareQuote quote;
            quote.content = range(a.span);
            quote.kind = lookup(kQuoteKinds, a.label).value_or(QuoteKind::Direct);
            quoteAt.insert(a.id, doc.quotes.size());
            doc.quotes.append(quote);
        }
        // The speaker the window shows (QuoteSpeaker): a speaker the article does not name
        // keeps its entity and an invalid (empty) range "as written".
        const QHash<qint64, qsizetype> speakerOf = QuoteSpeaker::speakerOfQuote(stored.value());
        for (auto it = speakerOf.cbegin(); it != speakerOf.cend(); ++it) {
            const Annotation &s = stored->at(it.value());
            const auto at = quoteAt.constFind(it.key());
            if (s.anchor == AnchorState::Orphaned || at == quoteAt.constEnd())
                continue; // its words are gone, or its quote was rejected
            CompareQuote &quote = doc.quotes[at.value()];
            quote.speaker = range(s.span);
            quote.speakerEntity = indexOf(s.entityId);
            quote.speakerChosen = s.origin == Origin::Manual;
        }
        for (const Annotation &a : stored.value()) {
            if (!usable(a))
                continue;
            if (a.kind == AnnotationKind::Cue) {
                const auto it = quoteAt.constFind(a.parentId);
                if (it == quoteAt.constEnd())
                    continue; // its quote was rejected
                doc.quotes[it.value()].cue = range(a.span);
            } else if (a.kind == AnnotationKind::Entity) {
                if (const auto type = lookup(kEntityTypes, a.label)) {
                    EntityMention mention;
                    mention.range = range(a.span);
                    mention.type = *type;
                    mention.confidence = float(a.confidence);
                    mention.entity = indexOf(a.entityId);
                    doc.mentions.append(mention);
                } else if (const auto temporal = lookup(kTemporalTypes, a.label)) {
                    TemporalExpression expression;
                    expression.range = range(a.span);
                    expression.type = *temporal;
                    expression.value = a.value;
                    expression.confidence = float(a.confidence);
                    doc.temporals.append(expression);
                }
            }
        }
        result.input.documents.append(doc);
    }
    return result;
}

Result<RecomputeSummary> compareStory(Project &project, qint64 storyId, const Comparer &comparer)
{
    return compareStory(project, storyId, comparer, nullptr, {});
}

Result<RecomputeSummary> compareStory(Project &project, qint64 storyId, const Comparer &comparer,
    const std::atomic_bool *cancel, const std::function<void(int done, int total)> &progress)
{
    constexpr int kStages = 3;
    const auto stage = [&](int done) -> Result<void> {
        if (progress)
            progress(done, kStages);
        if (cancel && cancel->load())
            return Error {u"the comparison was cancelled; the story's stored one is unchanged"_s};
        return {};
    };
    if (project.isReadOnly())
        return Error {u"the project is read-only"_s};
    auto built = storyCompareInput(project, storyId);
    if (!built)
        return Error {built.error()};
    if (auto r = stage(1); !r)
        return Error {r.error()};
    const StoryCompareInput &story = built.value();
    const Comparison comparison = comparer.compare(story.input);
    if (auto r = stage(2); !r)
        return Error {r.error()};

    auto transaction = project.transaction();
    if (!transaction.isActive())
        return Error {transaction.error()};
    auto summary = ComparisonStore(project).save(
        storyId, story.articleIds, story.input, comparison, Comparer::version(), story.entityIds);
    if (!summary)
        return summary;
    if (auto r = transaction.commit(); !r)
        return Error {r.error()};
    if (progress)
        progress(kStages, kStages);
    return summary;
}

const Comparer &sharedComparer()
{
    static const Comparer comparer;
    return comparer;
}

} // namespace Parallax
