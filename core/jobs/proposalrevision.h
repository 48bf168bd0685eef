// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "util/result.h"

#include <QDate>
#include <QList>

namespace Parallax {

class Project;
namespace Ner {
class WeightDelta;
} // namespace Ner

// What an analyst's decision on a name changes in the rest of its article (docs/learning.md):
// the article is decoded again with all of its decisions as constraints (constrained Viterbi),
// and where the new reading differs from the open proposals at the other runs of the decided
// words, the open proposals there follow it. Fixing one "Kessling" fixes its repeats at once,
// within the same undo step as the decision. Nothing the analyst decided or made is touched.
struct ProposalRevision
{
    QList<Annotation> remove; // open proposals the new reading no longer has (as read)
    QList<Annotation> add; // proposals it has that are not there yet (id 0)

    bool isEmpty() const { return remove.isEmpty() && add.isEmpty(); }
};

struct RevisionInput
{
    qint64 articleId = 0;
    QString text;
    QDate published;
    // The article's annotations as they are once the decision is made (the decided ones with
    // their new status or span; a new manual name with id 0).
    QList<Annotation> annotations;
    // The spans (code points) of the names just decided: their words' other runs are where the
    // proposals may change.
    QList<TextSpan> decided;
    const Ner::WeightDelta *delta = nullptr; // the project's layer of the model, or none
    QString annotatorVersion; // for the provenance of added proposals
};

// The revision for one decision; empty when the new reading agrees with the open proposals.
// Takes a few milliseconds for an article of news (one decoding).
Result<ProposalRevision> reviseProposals(const RevisionInput &input);

// The same, reading the article, its annotations and the project's layer of the model; the
// caller hands the annotations as they will be after the decision.
Result<ProposalRevision> reviseProposals(Project &project, qint64 articleId,
    const QList<Annotation> &annotationsAfter, const QList<TextSpan> &decided);

} // namespace Parallax
