// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Parallax::Roles {

// Every custom item-data role of the window's models, in one place.
enum : int {
    AnnotationId = Qt::UserRole + 100,
    ArticleId,
    EntityId,
    TagId,
    Kind, // AnnotationKind as int
    Status, // ReviewStatus as int
    Origin, // Origin as int
    Label, // entity type, tag name, quote kind
    SpanStart, // code points
    SpanEnd,
    SortKey,
    ReviewItemId,
    ReviewStatus, // ReviewItemStatus as int
    ReviewKind, // a DifferenceKind name, "only-quote" or "only-sentence"
    ComparisonGroup, // an alignment id, or minus the item's id when found in one article only
    StoryId, // the library's story rows (and the story of an article row)
    IsStory, // bool: a story row of the library, not an article
    ToReview, // bool: an article of the library with proposals left to review
};

} // namespace Parallax::Roles
