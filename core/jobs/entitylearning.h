// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/annotator.h"
#include "annotate/ner/adaptation.h"
#include "model/annotation.h"
#include "util/result.h"

#include <memory>

namespace Parallax {

class NerModel;
class NerTagger;
class Project;

// A project's layer of the entity model: a delta learned from the analysts' decisions on top of
// the shipped weights, which stay untouched, so another project is not affected (see
// docs/learning.md). It is the stored base (what a project before format 11 learned) and the
// combination of every article's contribution, each made from the article's current decisions.
class ProjectEntityModel
{
public:
    // The project's layer, or none (corrections() 0) when it learned nothing. A stored delta
    // that does not fit the shipped model is an error naming the project.
    static Result<ProjectEntityModel> load(Project &project, const NerModel &model);

    // Null when there is nothing to add to the shipped weights.
    const Ner::WeightDelta *delta() const { return m_delta->isEmpty() ? nullptr : m_delta.get(); }
    int corrections() const { return m_corrections; }
    // The annotator's version in a proposal's provenance: the shipped one, with the number of
    // decisions the project's model learned from ("1.3+project.12").
    QString annotatorVersion() const;

private:
    std::shared_ptr<Ner::WeightDelta> m_delta = std::make_shared<Ner::WeightDelta>();
    int m_corrections = 0;
};

// The analyst's entity decisions among an article's annotations (UTF-16 ranges into text):
// accepted and manual names of the recogniser's types are kept spans, rejected ones negative
// evidence; open proposals, dates and amounts say nothing.
QList<EntityDecision> entityDecisions(const QList<Annotation> &annotations, const QString &text);

// The learning policy on one document, shared by learnFromArticle() and bench/bench_learning:
// mistake-driven steps with the masks (Ner::constraintMasks of the decisions) as the target,
// until the document decodes as the analyst decided or a few passes are spent. Returns how
// many tokens were wrong before the first step.
int learnFromDocument(NerTagger &tagger, QStringView text, const QList<Token> &tokens,
    const QList<Sentence> &sentences, const std::vector<quint32> &masks, Ner::WeightDelta *delta);

// The project's delta from its articles' contributions: for each feature and label, the mean
// of the contributions that moved it. A sum would count a name corrected in ten articles ten
// times over, each of whose steps alone turned it (it cost 0.4 and 1.1 points of F1 on the
// documents not corrected, docs/learning.md). Independent of the contributions' order.
Ner::WeightDelta combineContributions(const QList<Ner::WeightDelta> &contributions, int hashBits);

// Identifies an article's decisions (in any order) and the learning step's version.
QByteArray decisionFingerprint(const QList<EntityDecision> &decisions);

struct LearningOutcome
{
    int wrongTokens = 0; // tokens the model labelled against the decisions before learning
    int corrections = 0; // decisions the project's model holds afterwards
    bool changed = false; // the article's decisions were not those it had learned from
};

// Makes the article's contribution to the project's model again from its current decisions
// (a few mistake-driven steps with its decisions as constraints, on the shipped model), when
// they changed since it was made: after a decision, and after its undo or redo, which so also
// takes back what was learned. In one transaction on the project's connection. Call it on a
// worker thread with a connection of its own: it takes a few milliseconds
// (bench/bench_learning).
Result<LearningOutcome> learnFromArticle(Project &project, qint64 articleId);

// Back to the shipped model: the project's layer (its base and every article's contribution)
// is removed.
Result<void> resetEntityModel(Project &project);

} // namespace Parallax
