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
//
// With EntityNames::Deferred an entity's name and type are written as placeholders (six bytes
// that UTF-8 never holds): files annotated together can be written one by one as they are
// analysed, although a later document may still change an entity's name or type. resolve()
// copies such output with the names and types the entities have by then.
enum class EntityNames { Final, Deferred };
void write(QIODevice *device, int depth, const AnalyzedDocument &doc, const QList<Entity> &entities,
    const ArticleDraft &meta, const QString &source, QHash<QString, int> *amountIds,
    EntityNames names = EntityNames::Final);

// What a placeholder stands for: an entity's name or type, as a JSON string (quoted and escaped
// as write() escapes it) or as plain UTF-8 text.
enum class Placeholder : char { JsonName = 'N', JsonType = 'T', TextName = 'n', TextType = 't' };
QByteArray placeholder(Placeholder kind, int entity);

// Copies from (read from its current position to its end) to device, each placeholder replaced
// by what it stands for among entities. False, with the reason in *error, when from cannot be
// read or device written, or a placeholder names no entity.
bool resolve(QIODevice *from, QIODevice *device, const QList<Entity> &entities, QString *error);

} // namespace AnnotationJson
} // namespace Parallax
