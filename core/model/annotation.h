// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Parallax {

enum class AnnotationKind { Entity, Quote, Cue, Speaker, Tag, Note };
enum class ReviewStatus { Proposed, Accepted, Rejected };
enum class Origin { Automatic, Manual };
// Whether the stored span still matches the article text (see Anchoring).
enum class AnchorState { Ok, Reanchored, Orphaned };

QString enumName(AnnotationKind kind);
QString enumName(ReviewStatus status);
QString enumName(Origin origin);
QString enumName(AnchorState state);
bool enumFromName(const QString &text, AnnotationKind *kind);
bool enumFromName(const QString &text, ReviewStatus *status);
bool enumFromName(const QString &text, Origin *origin);
bool enumFromName(const QString &text, AnchorState *state);

// W3C Web Annotation selector pair: TextPositionSelector (start, end in code points) and
// TextQuoteSelector (exact, prefix, suffix).
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString exact;
    QString prefix;
    QString suffix;

    bool operator==(const TextSpan &) const = default;
};

struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 parentId = 0; // a quote's cue and speaker point at the quote
    AnnotationKind kind = AnnotationKind::Entity;
    QString label; // entity type, tag name, quote kind
    QString value; // normalised value of a date, time or amount; empty otherwise
    TextSpan span;
    Origin origin = Origin::Manual;
    QString annotator; // automatic: annotator name
    QString annotatorVersion; // automatic: annotator version
    QString analyst; // manual: who made it (kept when reviewed); automatic: who reviewed it
    double confidence = 1.0;
    ReviewStatus status = ReviewStatus::Accepted;
    QString note;
    qint64 entityId = 0;
    qint64 tagId = 0;
    AnchorState anchor = AnchorState::Ok;
    QDateTime created;
    QDateTime modified;
    // Raised by every edit, which checks it is still the one it read (no lost update), and who
    // made the last edit: the analyst's name in a file, the role on a server.
    int version = 1;
    QString changedBy;

    bool operator==(const Annotation &) const = default;
};

} // namespace Parallax
