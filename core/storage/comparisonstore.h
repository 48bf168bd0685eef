// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/comparison.h"
#include "model/storedcomparison.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace Parallax {

class Project;

// What storing a recomputed comparison did to the story's review queue.
struct RecomputeSummary
{
    int articles = 0;
    int alignments = 0;
    int items = 0; // review items the comparison found: added + kept
    int added = 0; // found for the first time, open
    int kept = 0; // found again: status, tag, note, analyst and time kept
    int stale = 0; // no longer found, kept because the analyst had reviewed, tagged or noted them
    int removed = 0; // no longer found and still open with no tag or note: deleted
};

// A story's comparison and review queue in the project. Writes join the caller's transaction.
class ComparisonStore
{
public:
    explicit ComparisonStore(Project &project);

    // Replaces the story's comparison (alignments, differences, coverage) and brings its review
    // items up to date. articleIds gives the article of each CompareInput document (same
    // order); entityIds the entity row of each CompareInput entity (may be empty). Ranges are
    // converted to code points against each document's text. An item whose fingerprint is
    // found again keeps its row, status, tag, note, analyst and time; a new one is open; one not
    // found again is deleted while still open with no tag or note, otherwise flagged stale.
    Result<RecomputeSummary> save(qint64 storyId, const QList<qint64> &articleIds,
        const CompareInput &input, const Comparison &comparison, const QString &comparerVersion,
        const QList<qint64> &entityIds = {});

    // The stored comparison; computed is invalid when the story was never compared.
    Result<StoredComparison> load(qint64 storyId);
    // In alignment order, then only-in-one items, then stale ones.
    Result<QList<ReviewItem>> items(qint64 storyId);
    Result<ReviewItem> item(qint64 id);
    // How many of these review items exist.
    Result<int> countExistingItems(const QList<qint64> &ids);
    // The analyst's verdict (tagId 0: no tag). Fails when the item is gone.
    // Returns the rows changed: 0 when the item is gone (recomputed away, or removed elsewhere).
    // With the version read before (not 0), changes nothing (0 rows) when someone else reviewed
    // the item since; raises the version either way.
    Result<int> setReview(qint64 id, ReviewItemStatus status, qint64 tagId, const QString &note,
        const QString &analyst, const QDateTime &modified, int version = 0);

    // What identifies an item across recomputations: its kind and, per member, the article, the
    // member's text and the differing words (whitespace and case normalised), hashed.
    // occurrence > 1 tells apart identical items of one story (a sentence repeated).
    static QString fingerprint(const QString &kind, const QList<StoredSpan> &spans,
        const QStringList &texts, int occurrence = 1);

private:
    Result<QList<ReviewItem>> readItems(const QString &where, qint64 key);

    QSqlDatabase m_db;
    QString m_changedBy; // Project::analyst()
};

} // namespace Parallax
