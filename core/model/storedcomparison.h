// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/comparison.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax {

// A story's comparison as the project keeps it: article ids instead of document indexes and
// code point spans (with their quote and context) instead of UTF-16 ranges.

// The analyst's verdict on a review item. Names: open, confirmed, acceptable, dismissed.
enum class ReviewItemStatus : quint8 {
    Open,
    Confirmed, // a real discrepancy between the sources
    Acceptable, // an acceptable paraphrase
    Dismissed, // not a difference worth reporting (a comparison mistake)
};
QString enumName(ReviewItemStatus status);
bool enumFromName(const QString &text, ReviewItemStatus *status);

struct StoredSpan
{
    qint64 articleId = 0;
    TextSpan span; // code points, with exact/prefix/suffix
};

struct StoredDifference
{
    DifferenceKind kind = DifferenceKind::Wording;
    QStringList texts; // one per member; "" where a member lacks the words
    QList<StoredSpan> spans; // one per member; a span with start == end where it lacks them
};

struct StoredAlignment
{
    qint64 id = 0;
    AlignmentKind kind = AlignmentKind::Sentence;
    double similarity = 0.0;
    QList<StoredSpan> members; // in the story's article order
    QList<StoredDifference> differences;
};

// What the analyst reviews: one per difference inside an aligned group, and one per quote or
// sentence found in only one source ("only-quote", "only-sentence").
struct ReviewItem
{
    qint64 id = 0;
    qint64 storyId = 0;
    qint64 alignmentId = 0; // 0 for an item found in only one source
    QString kind; // a DifferenceKind name, "only-quote" or "only-sentence"
    QList<StoredSpan> spans; // the aligned members, or the one unmatched span
    QStringList texts; // the differing words per member (empty for only-in-one items)
    // Where those words are, per member (start == end where a member lacks them); empty for
    // only-in-one items.
    QList<StoredSpan> wordSpans;
    // What matches an item across recomputations: its kind, article ids, span texts and
    // differing words, never row ids or offsets alone.
    QString fingerprint;
    ReviewItemStatus status = ReviewItemStatus::Open;
    qint64 tagId = 0; // a code-book tag, or 0
    QString note;
    QString analyst; // who last reviewed it
    QDateTime modified;
    // The latest comparison no longer finds it; kept because the analyst had reviewed it.
    bool stale = false;
    // Raised by every review of it, which checks it is still the one it read; and who made the
    // last (the analyst's name in a file, the role on a server).
    int version = 1;
    QString changedBy;
};

struct StoredEntityCoverage
{
    QString name;
    QString type; // PERSON, ORG, LOC, MISC
    QList<qint64> articleIds; // articles that mention it
    QList<int> mentions; // per article of StoredComparison::articleIds
};

struct StoredSpeakerCoverage
{
    QString name;
    qint64 entityId = 0; // 0 when the speaker was not resolved to an entity
    QList<int> quotes; // per article of StoredComparison::articleIds
    QList<int> words;
};

struct StoredComparison
{
    qint64 storyId = 0;
    QList<qint64> articleIds; // the story's articles compared, in story order
    QDateTime computed;
    QString comparerVersion;
    QList<StoredAlignment> alignments;
    QList<ReviewItem> items; // in alignment order, then only-in-one items, then stale ones
    QList<StoredEntityCoverage> entities;
    QList<StoredSpeakerCoverage> speakers;
};

} // namespace Parallax
