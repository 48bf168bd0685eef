// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QHash>
#include <QList>

// A quote's speaker is one record: an annotation of kind Speaker whose parentId is the quote,
// pointing at the speaker's entity (0 when the words name no known entity) and spanning where the
// article names the speaker (an empty span at the quote's start when it does not). The window,
// the annotator and the imports write it through make(); the reading pane, the Annotations panel,
// the reports and the comparison read it through speakerOfQuote() and name(). A quote's own
// entityId is not a speaker (schema version 4 moved old ones into Speaker records).
namespace Parallax::QuoteSpeaker {

// The Speaker record of quote for entityId, spanning named. An empty named span (the analyst
// chose the speaker from a list) becomes an empty span at the quote's start.
Annotation make(const Annotation &quote, qint64 entityId, const TextSpan &named = {});

// Where the article names entityId for this quote: the nearest of the entity's mentions among
// articleAnnotations outside the quote (rejected ones do not count), else an empty span.
TextSpan nearestMention(
    const Annotation &quote, qint64 entityId, const QList<Annotation> &articleAnnotations);

// Quote id -> index in annotations of its speaker. A rejected speaker names no one; of two, the
// analyst's (manual) one wins, then the later row.
QHash<qint64, qsizetype> speakerOfQuote(const QList<Annotation> &annotations);

// The speaker as shown: the entity's name, else the words as written (articleText is the
// article body, the span is in code points).
QString name(const Annotation &speaker, const QString &entityName, const QString &articleText);

} // namespace Parallax::QuoteSpeaker
