// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparison.h"
#include "storage/comparisonstore.h"
#include "util/result.h"

#include <QList>

#include <atomic>
#include <functional>

namespace Parallax {

class Project;

// A story's articles as the comparison sees them, built from the project's annotations.
struct StoryCompareInput
{
    CompareInput input;
    QList<qint64> articleIds; // per document: the article, in story order
    QList<qint64> entityIds; // per entity of input: its entity row
};

// Reads the story's articles (in story order) and their annotations that were not rejected (and
// whose text is still where it was): quotes with their cue and speaker, entity mentions, dates and
// amounts; the story's entities; each article's outlet as its label. Needs two articles at least.
Result<StoryCompareInput> storyCompareInput(Project &project, qint64 storyId);

// Compares the story's articles and stores the comparison and its review items in one
// transaction, keeping the analyst's verdicts on items found again. The comparison is computed
// before the write transaction opens, so other writers are not held up by it.
Result<RecomputeSummary> compareStory(Project &project, qint64 storyId, const Comparer &comparer);
// The same as a background job: cancel is looked at between the stages (a cancelled comparison
// stores nothing and fails), progress is told the stages done of three (read, compared, stored).
Result<RecomputeSummary> compareStory(Project &project, qint64 storyId, const Comparer &comparer,
    const std::atomic_bool *cancel, const std::function<void(int done, int total)> &progress);

// One comparer for the whole process, loaded on first use (the comparer is thread-safe).
const Comparer &sharedComparer();

} // namespace Parallax
