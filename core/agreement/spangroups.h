// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax::Agreement {

// One layer's span, as the curation view sets the layers side by side.
struct LayerSpan
{
    QString layer; // an analyst, or the curated layer
    qint64 id = 0; // the row (an annotation, or a curated annotation)
    qint64 begin = 0; // code points
    qint64 end = 0;
    QString label;
};

// Spans of the layers that overlap one another (directly or through a third), in text order.
struct SpanGroup
{
    qint64 begin = 0;
    qint64 end = 0;
    QList<LayerSpan> spans; // by begin, then layer
    // Every analyst marked it, once, with the same extent and label.
    bool agreed = false;

    QList<LayerSpan> of(const QString &layer) const;
};

// The spans grouped by overlap; agreed is judged over the analysts named (other layers, such as
// the curated one, are carried along but do not count).
QList<SpanGroup> groupSpans(QList<LayerSpan> spans, const QStringList &analysts);

} // namespace Parallax::Agreement
