// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/annotationimport.h"
#include "export/selection.h"
#include "util/result.h"

namespace Parallax::Brat {

// brat rapid annotation tool's standoff format: per article a .txt holding exactly its text and
// an .ann with its annotations, offsets in code points of the .txt (docs/interchange.md).

// "<article id>-<title as a short ASCII slug>", the name of the article's .txt and .ann.
QString baseName(const Article &article);

// The .ann of one article.
QString annotations(const ExportedArticle &article);

// annotation.conf for the folder: the types, relations and attributes the .ann files use, so
// that brat shows them without complaint.
QString configuration(const ExportSelection &selection);

// Reads an .ann and the .txt of the same name beside it. Lines that cannot be used come back as
// annotations with their problem set, to be reported.
Result<IncomingArticle> read(const QString &annPath);

// Notes are one line in brat: backslash, line breaks and tabs are written as \\, \n, \r, \t.
QString escapeNote(const QString &note);
QString unescapeNote(QStringView note);

} // namespace Parallax::Brat
