// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylearning.h"

#include "annotate/ner/nermodel.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/modelstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

// The first step, its growth from pass to pass while the article still decodes against the
// analyst, and the most passes. A name the shipped model knows well (a capital "in Kessling")
// needs a large step before one correction turns it; a small step that grows lets the names it
// knows less well move little. Chosen with bench/bench_learning on the first 100 documents of
// CoNLL eng.testa (docs/learning.md), where steps of a constant size either changed nothing
// or cost F1 on the other documents.
constexpr float kRate = 0.2f;
constexpr float kGrowth = 1.5f;
constexpr int kPasses = 6;

bool entityTypeOf(const QString &label, EntityType *type)
{
    for (int t = 0; t < kEntityTypeCount; ++t) {
        if (label == enumName(EntityType(t))) {
            *type = EntityType(t);
            return true;
        }
    }
    return false;
}

} // namespace

Result<ProjectEntityModel> ProjectEntityModel::load(Project &project, const NerModel &model)
{
    auto stored = ModelStore(project).entityModel();
    if (!stored)
        return Error {stored.error()};
    ProjectEntityModel out;
    out.m_corrections = stored->corrections;
    if (stored->delta.isEmpty()) {
        *out.m_delta = Ner::WeightDelta(model.firstPassHashBits());
        return out;
    }
    auto delta = Ner::WeightDelta::fromBytes(stored->delta);
    if (!delta)
        return Error {u"%1: the project's entity model cannot be read (%2); Annotate › Reset "
                      "Learned Entities starts it again"_s.arg(project.path(), delta.error())};
    if (delta->hashBits() != model.firstPassHashBits())
        return Error {u"%1: the project's entity model was learned on another shipped model; "
                      "Annotate › Reset Learned Entities starts it again"_s.arg(project.path())};
    *out.m_delta = std::move(delta).value();
    return out;
}

QString ProjectEntityModel::annotatorVersion() const
{
    if (m_corrections <= 0)
        return Annotator::version();
    return u"%1+project.%2"_s.arg(Annotator::version()).arg(m_corrections);
}

QList<EntityDecision> entityDecisions(const QList<Annotation> &annotations, const QString &text)
{
    const CodePointMap map(text);
    QList<EntityDecision> out;
    for (const Annotation &a : annotations) {
        EntityType type;
        if (a.kind != AnnotationKind::Entity || a.status == ReviewStatus::Proposed
            || a.anchor == AnchorState::Orphaned || !entityTypeOf(a.label, &type))
            continue;
        const TextRange range {qint32(map.toUtf16(a.span.start)), qint32(map.toUtf16(a.span.end))};
        if (range.isValid())
            out.append({range, type, a.status == ReviewStatus::Rejected});
    }
    return out;
}

int learnFromDocument(NerTagger &tagger, QStringView text, const QList<Token> &tokens,
    const QList<Sentence> &sentences, const std::vector<quint32> &masks, Ner::WeightDelta *delta)
{
    int first = 0;
    float rate = kRate;
    for (int pass = 0; pass < kPasses; ++pass, rate *= kGrowth) {
        const int wrong = tagger.learn(text, tokens, sentences, masks, delta, rate);
        if (pass == 0)
            first = wrong;
        if (wrong == 0)
            break;
    }
    return first;
}

Result<LearningOutcome> learnFromArticle(Project &project, qint64 articleId, int decisions)
{
    auto model = Annotator::defaultModel();
    if (!model)
        return Error {model.error()};
    auto transaction = project.transaction();
    if (!transaction.isActive())
        return Error {transaction.error()};
    auto article = ArticleStore(project).article(articleId);
    if (!article)
        return Error {article.error()};
    auto annotations = AnnotationStore(project).forArticle(
        articleId, article->body, AnnotationStore::Verify::No);
    if (!annotations)
        return Error {annotations.error()};
    auto current = ProjectEntityModel::load(project, *model.value());
    if (!current)
        return Error {current.error()};
    const QList<EntityDecision> decided = entityDecisions(annotations.value(), article->body);

    LearningOutcome outcome;
    Ner::WeightDelta delta = current->delta()
        ? *current->delta()
        : Ner::WeightDelta(model.value()->firstPassHashBits());
    if (!decided.isEmpty()) {
        QList<Token> tokens;
        QList<Sentence> sentences;
        Tokenizer::tokenize(article->body, &tokens);
        Tokenizer::splitSentences(article->body, tokens, &sentences);
        const std::vector<quint32> masks = Ner::constraintMasks(
            Annotator::constraints(article->body, tokens, decided), int(tokens.size()));
        NerTagger tagger(*model.value());
        outcome.wrongTokens
            = learnFromDocument(tagger, article->body, tokens, sentences, masks, &delta);
    }
    outcome.corrections = current->corrections() + std::max(decisions, 0);
    StoredEntityModel stored;
    stored.delta = delta.isEmpty() ? QByteArray() : delta.toBytes();
    stored.corrections = outcome.corrections;
    if (auto r = ModelStore(project).setEntityModel(stored); !r)
        return Error {r.error()};
    if (auto r = transaction.commit(); !r)
        return Error {r.error()};
    return outcome;
}

Result<void> resetEntityModel(Project &project)
{
    auto transaction = project.transaction();
    if (!transaction.isActive())
        return Error {transaction.error()};
    if (auto r = ModelStore(project).setEntityModel({}); !r)
        return r;
    return transaction.commit();
}

} // namespace Parallax
