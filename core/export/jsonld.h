// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/annotationimport.h"
#include "export/selection.h"
#include "util/result.h"

#include <QJsonObject>

namespace Parallax::JsonLd {

// W3C Web Annotation Data Model, JSON-LD serialisation (docs/interchange.md has the mapping).
// Parallax's own fields (status, origin, confidence, annotator, ...) are in the "px" namespace.
inline constexpr QStringView kContext = u"http://www.w3.org/ns/anno.jsonld";
inline constexpr QStringView kNamespace = u"urn:parallax:ns:";

// A stable name for an article's text: "urn:parallax:article:" and its content hash.
QString articleIri(const Article &article);

// One annotation, with its quote's cue and speaker as SpecificResource bodies.
QJsonObject annotation(const ExportedArticle &article, const ExportedAnnotation &exported);

// An AnnotationCollection whose first (embedded) AnnotationPage holds every annotation.
QJsonObject collection(const ExportSelection &selection);

// Reads an AnnotationCollection (with embedded pages), an AnnotationPage, a single Annotation or
// a JSON array of them. Annotations are grouped by their target's source. A record that cannot
// be used comes back with its problem set, to be reported; path names the file in errors.
Result<QList<IncomingArticle>> read(const QByteArray &json, const QString &path);

} // namespace Parallax::JsonLd
