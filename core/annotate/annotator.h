// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/linking/entitylinker.h"
#include "annotate/ner/labels.h"
#include "annotate/tokenizer.h"
#include "model/document.h"
#include "util/result.h"

#include <memory>

namespace Parallax {

class NerModel;
class NerTagger;
namespace Ner {
class WeightDelta;
struct SpanConstraint;
} // namespace Ner

// What the analyst decided about a name in a text (UTF-16 range): that it is an entity of this
// type (accepted, corrected, made by hand), or that it is not (rejected).
struct EntityDecision
{
    TextRange range;
    EntityType type = EntityType::Person;
    bool rejected = false;
};

// Everything the annotators found in one text. Ranges are UTF-16 offsets into text.
struct AnalyzedDocument
{
    QString text;
    QDate published;
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntityMention> mentions; // in text order; entity indexes point into the linker's entities
    QList<TemporalExpression> temporals;
    QList<Quote> quotes; // speakerMention indexes point into mentions
};

// The whole automatic pipeline: tokens and sentences, entities, dates and amounts, quotes with
// their speakers, and linking of mentions to entities. One Annotator per thread; the model is
// shared. Documents analysed by the same Annotator share one entity linker, so a story's
// articles link their mentions to the same records (call resetEntities() between stories).
class Annotator
{
public:
    static constexpr QStringView kName = u"parallax-annotator";
    static QString version(); // changes whenever a component's output may change

    explicit Annotator(std::shared_ptr<const NerModel> model);
    ~Annotator();
    Q_DISABLE_COPY_MOVE(Annotator)

    // The shipped model, loaded once per process.
    static Result<std::shared_ptr<const NerModel>> defaultModel();

    // A project's layer of the entity model (jobs/entitylearning.h), null for the shipped model
    // alone. Not owned; it must outlive the Annotator's use of it.
    void setDelta(const Ner::WeightDelta *delta);

    // The analyst's decisions on tokens: the runs of tokens each covers (a range that cuts a
    // token takes all of it); decisions covering no token are left out. A decision also holds
    // for the other runs of the same words in the text, unless a capitalised word next to one
    // makes it part of a longer name or the analyst decided on it herself: one name, one
    // reading within an article, which is what fixes a corrected name's repeats.
    static QList<Ner::SpanConstraint> constraints(
        QStringView text, const QList<Token> &tokens, const QList<EntityDecision> &decisions);

    // prepare() then link().
    AnalyzedDocument analyze(const QString &text, const QDate &published);
    // Everything but the linking: tokens, sentences, entity mentions (entity -1), dates and
    // amounts, quotes. It depends on no other document, so documents may be prepared on several
    // threads at once (one Annotator each) and in any order.
    // With decisions, their spans constrain the decoding (a kept span is proposed as it is, a
    // rejected one not again) and steer the evidence for the document's other mentions, so
    // that a corrected name corrects its repeats.
    AnalyzedDocument prepare(
        const QString &text, const QDate &published, const QList<EntityDecision> &decisions = {});
    // prepare() of several texts (without decisions), the same documents as one prepare() each.
    // Each annotator runs over all the texts before the next starts: for short articles, one
    // article's tokenizer, tagger, dates and quotes evicted each other's tables from the cache,
    // which cost a third more time than the same text as one long article.
    struct Text
    {
        QString text;
        QDate published;
    };
    QList<AnalyzedDocument> prepare(const QList<Text> &texts);
    // Links the document's mentions to the entities of the documents linked before it by this
    // Annotator: documents are linked one after the other, in order.
    void link(AnalyzedDocument *doc);
    // prepare() on this thread's own Annotator for the model, kept for the thread's life: for
    // the worker threads of a pool.
    static AnalyzedDocument prepareOnThisThread(const std::shared_ptr<const NerModel> &model,
        const QString &text, const QDate &published, const Ner::WeightDelta *delta = nullptr,
        const QList<EntityDecision> &decisions = {});

    const QList<Entity> &entities() const { return m_linker.entities(); }
    void resetEntities() { m_linker = EntityLinker(); }

private:
    // prepare()'s steps, in this order.
    static void tokenize(AnalyzedDocument *doc);
    void tagEntities(AnalyzedDocument *doc, const QList<EntityDecision> &decisions);
    static void tagDates(AnalyzedDocument *doc);
    static void extractQuotes(AnalyzedDocument *doc);

    std::shared_ptr<const NerModel> m_model;
    std::unique_ptr<NerTagger> m_tagger;
    EntityLinker m_linker;
    QList<EntitySpan> m_spans; // reused between documents
};

} // namespace Parallax
