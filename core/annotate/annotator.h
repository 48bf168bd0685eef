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

    // prepare() then link().
    AnalyzedDocument analyze(const QString &text, const QDate &published);
    // Everything but the linking: tokens, sentences, entity mentions (entity -1), dates and
    // amounts, quotes. It depends on no other document, so documents may be prepared on several
    // threads at once (one Annotator each) and in any order.
    AnalyzedDocument prepare(const QString &text, const QDate &published);
    // Links the document's mentions to the entities of the documents linked before it by this
    // Annotator: documents are linked one after the other, in order.
    void link(AnalyzedDocument *doc);
    // prepare() on this thread's own Annotator for the model, kept for the thread's life: for
    // the worker threads of a pool.
    static AnalyzedDocument prepareOnThisThread(
        const std::shared_ptr<const NerModel> &model, const QString &text, const QDate &published);

    const QList<Entity> &entities() const { return m_linker.entities(); }
    void resetEntities() { m_linker = EntityLinker(); }

private:
    std::shared_ptr<const NerModel> m_model;
    std::unique_ptr<NerTagger> m_tagger;
    EntityLinker m_linker;
    QList<EntitySpan> m_spans; // reused between documents
};

} // namespace Parallax
