// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylearning.h"

#include "annotate/ner/nermodel.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/modelstore.h"
#include "storage/project.h"
#include "util/textoffsets.h"

#include <QCryptographicHash>

#include <algorithm>
#include <tuple>

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
// Part of a contribution's fingerprint: raised when the learning step changes, so that an
// article's contribution is made again at its next decision.
constexpr qint32 kPolicyVersion = 1;

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
    ModelStore store(project);
    auto stored = store.entityModel();
    if (!stored)
        return Error {stored.error()};
    auto contributions = store.contributions();
    if (!contributions)
        return Error {contributions.error()};
    const auto unreadable = [&](const QString &why) {
        return Error {u"%1: the project's entity model cannot be read (%2); Annotate › Reset "
                      "Learned Entities starts it again"_s.arg(project.path(), why)};
    };
    const auto read = [&](const QByteArray &bytes) -> Result<Ner::WeightDelta> {
        auto delta = Ner::WeightDelta::fromBytes(bytes);
        if (!delta)
            return unreadable(delta.error());
        if (delta->hashBits() != model.firstPassHashBits())
            return Error {
                u"%1: the project's entity model was learned on another shipped model; "
                "Annotate › Reset Learned Entities starts it again"_s.arg(project.path())};
        return delta;
    };
    ProjectEntityModel out;
    out.m_corrections = stored->corrections;
    *out.m_delta = Ner::WeightDelta(model.firstPassHashBits());
    if (!stored->delta.isEmpty()) {
        auto base = read(stored->delta);
        if (!base)
            return Error {base.error()};
        *out.m_delta = std::move(base).value();
    }
    QList<Ner::WeightDelta> learned;
    for (const StoredContribution &c : std::as_const(contributions.value())) {
        out.m_corrections += c.decisions;
        if (c.delta.isEmpty())
            continue;
        auto delta = read(c.delta);
        if (!delta)
            return Error {delta.error()};
        learned.append(std::move(delta).value());
    }
    out.m_delta->addDelta(combineContributions(learned, model.firstPassHashBits()), 1);
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

Ner::WeightDelta combineContributions(const QList<Ner::WeightDelta> &contributions, int hashBits)
{
    // bucket and label -> the sum of the contributions' weights and how many have one
    QHash<quint64, std::pair<qint64, int>> weights;
    for (const Ner::WeightDelta &c : contributions) {
        const QList<quint32> buckets = c.buckets();
        for (const quint32 bucket : buckets) {
            const qint32 *w = c.row(bucket);
            for (int y = 0; y < Ner::kLabelCount; ++y) {
                if (w[y] == 0)
                    continue;
                auto &[sum, count] = weights[quint64(bucket) << 8 | quint64(y)];
                sum += w[y];
                ++count;
            }
        }
    }
    // In bucket order, so that the same contributions give the same bytes whatever their order.
    QList<quint64> keys = weights.keys();
    std::sort(keys.begin(), keys.end());
    Ner::WeightDelta out(hashBits);
    for (const quint64 key : std::as_const(keys)) {
        const auto [sum, count] = weights.value(key);
        if (const qint32 mean = qint32(sum / count); mean != 0)
            out.update(quint32(key >> 8), int(key & 0xff), mean);
    }
    return out;
}

QByteArray decisionFingerprint(const QList<EntityDecision> &decisions)
{
    QList<EntityDecision> sorted = decisions;
    std::sort(sorted.begin(), sorted.end(), [](const EntityDecision &a, const EntityDecision &b) {
        return std::tuple(a.range.start, a.range.end, int(a.type), a.rejected)
            < std::tuple(b.range.start, b.range.end, int(b.type), b.rejected);
    });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto put = [&hash](qint32 v) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
    };
    put(kPolicyVersion);
    for (const EntityDecision &d : std::as_const(sorted)) {
        put(d.range.start);
        put(d.range.end);
        put(qint32(d.type));
        put(d.rejected ? 1 : 0);
    }
    return hash.result().toHex();
}

Result<LearningOutcome> learnFromArticle(Project &project, qint64 articleId)
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
    ModelStore store(project);
    auto previous = store.contribution(articleId);
    if (!previous)
        return Error {previous.error()};
    const QList<EntityDecision> decided = entityDecisions(annotations.value(), article->body);
    const QByteArray fingerprint = decisionFingerprint(decided);

    LearningOutcome outcome;
    // Made again only when the decisions changed: an edit of a quote or a note says nothing new.
    // An article with no decision, before and now, writes nothing: an edit elsewhere in it (a
    // tag, a note) must not commit under the window's open reads.
    const bool none = decided.isEmpty() && previous->decisions == 0;
    if (!none && (decided.size() != previous->decisions || fingerprint != previous->fingerprint)) {
        outcome.changed = true;
        StoredContribution contribution;
        contribution.articleId = articleId;
        contribution.decisions = int(decided.size());
        contribution.fingerprint = fingerprint;
        if (!decided.isEmpty()) {
            QList<Token> tokens;
            QList<Sentence> sentences;
            Tokenizer::tokenize(article->body, &tokens);
            Tokenizer::splitSentences(article->body, tokens, &sentences);
            const std::vector<quint32> masks = Ner::constraintMasks(
                Annotator::constraints(article->body, tokens, decided), int(tokens.size()));
            // On the shipped model alone, so that the contribution is a function of the
            // article's decisions, whatever was learned elsewhere and in whatever order.
            NerTagger tagger(*model.value());
            Ner::WeightDelta delta(model.value()->firstPassHashBits());
            outcome.wrongTokens
                = learnFromDocument(tagger, article->body, tokens, sentences, masks, &delta);
            if (!delta.isEmpty())
                contribution.delta = delta.toBytes();
        }
        if (auto r = store.setContribution(contribution); !r)
            return Error {r.error()};
    }
    auto learned = ProjectEntityModel::load(project, *model.value());
    if (!learned)
        return Error {learned.error()};
    outcome.corrections = learned->corrections();
    if (auto r = transaction.commit(); !r)
        return Error {r.error()};
    return outcome;
}

Result<void> resetEntityModel(Project &project)
{
    auto transaction = project.transaction();
    if (!transaction.isActive())
        return Error {transaction.error()};
    if (auto r = ModelStore(project).clear(); !r)
        return r;
    return transaction.commit();
}

} // namespace Parallax
