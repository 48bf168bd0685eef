// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

namespace Parallax::PlainTextParser {

// Reads an optional metadata header: "Title:", "Outlet:", "Author:", "Date:", "URL:" and
// "Language:" lines (any order, case-insensitive keys) ending in a blank line. Without such a
// header the whole text is the body, untouched. The title then defaults to the first line.
ArticleDraft parse(const QString &text);

// Splits "Key: value" header lines off the start of text into draft; returns the number of
// UTF-16 units the header occupies (0 when text does not open with a complete header).
qsizetype readHeader(const QString &text, ArticleDraft *draft);

// Sets the field a header key names (title, outlet, author, date, url, language and their
// synonyms); false for an unknown key.
bool setField(ArticleDraft *draft, QStringView key, const QString &value);

// The first non-empty line, when it is short enough to be a headline.
QString firstLineTitle(const QString &body);

} // namespace Parallax::PlainTextParser
