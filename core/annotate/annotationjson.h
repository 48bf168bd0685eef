// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/annotator.h"

#include <QHash>
#include <QJsonObject>

class QIODevice;

namespace Parallax {

struct ArticleDraft;

namespace AnnotationJson {

// One document of 'parallax annotate --format json'. Offsets are code points into "text".
// Entity ids are "e" + a number that names one entity in every document annotated together.
// Money and percentages are entities of their own, one per value; amountIds carries their
// numbering from document to document. Dates, times, durations and sets are listed under "dates".
QJsonObject document(const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds);

// The same document, written to device as QJsonDocument(document(...)).toJson(Indented) prints
// it, each line indented by depth more levels (four spaces each) and without the last newline,
// so that it can stand in an array of a larger document. Each entity, date and quote is made and
// written in turn rather than the whole object first: a long text's tree and printout took
// several times the memory of its analysis.
void write(QIODevice *device, int depth, const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds);

} // namespace AnnotationJson
} // namespace Parallax
