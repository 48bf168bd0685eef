// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/commands.h"
#include "model/curation.h"

namespace Parallax {

// One change to an article's curated layer: curated rows taken out and rows put in, as one
// undo step in one transaction. Redo stores the rows again under the ids they first got.
class CurationCommand : public SessionCommand
{
public:
    CurationCommand(ProjectSession *session, qint64 articleId, const QString &text,
        const QList<CuratedAnnotation> &removed, const QList<CuratedAnnotation> &added);
    const QList<CuratedAnnotation> &added() const { return m_added; }

    Result<bool> rowsPresent() const override;

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    void notify() override;

private:
    QList<CuratedAnnotation> m_removed; // with their row ids
    QList<CuratedAnnotation> m_added; // row ids once stored
};

// What the curation view does, each one undo step on the session's stack. The curator is the
// session's analyst. The rows replaced are curated rows the new version takes the place of.
namespace Curation {

// The curated copy of an analyst's annotation.
CuratedAnnotation fromAnnotation(const Annotation &annotation, const QString &curator);

// Takes these analysts' annotations (of one article) into the curated layer as they are.
Result<void> accept(ProjectSession *session, const QList<qint64> &annotationIds,
    const QList<qint64> &replacing = {});
// One curated annotation over all of them (from the first begin to the last end), with the label
// of the first: where analysts marked one thing in parts or with different extents.
Result<void> merge(ProjectSession *session, const QList<qint64> &annotationIds,
    const QList<qint64> &replacing = {});
Result<void> remove(ProjectSession *session, const QList<qint64> &curatedIds);
// Another label or extent (code points) for a curated annotation: the curator's own version.
Result<void> edit(
    ProjectSession *session, qint64 curatedId, const QString &label, qint64 start, qint64 end);

} // namespace Curation
} // namespace Parallax
