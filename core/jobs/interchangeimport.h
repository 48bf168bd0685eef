// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/annotationimport.h"

namespace Parallax {

class Project;

namespace AnnotationImport {

// Reads a W3C Web Annotation JSON-LD file, or a brat .ann file with its .txt beside it, and
// imports its annotations onto the project's articles (see importIncoming()).
AnnotationImportReport importFile(Project &project, const QString &path);

// Finds each article (JSON-LD: by content hash, then by web address; brat: by the .txt's
// content hash) and checks each annotation against its text: the text at the position must be
// the quoted text. An annotation whose position does not hold its quote is placed only where
// the quote with its prefix and suffix occurs exactly once (flagged re-anchored); otherwise it
// is refused with the reason. A quote is refused with its cue and speaker. Annotations
// identical to one the article has (same kind, label and span; for notes, same text) are not
// added again. What is accepted is inserted in one transaction.
AnnotationImportReport importIncoming(
    Project &project, const QString &file, const QList<IncomingArticle> &articles);

} // namespace AnnotationImport
} // namespace Parallax
