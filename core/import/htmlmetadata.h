// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads an article page's metadata for HtmlParser. Internal to the import code.

#include "model/article.h"

#include <gumbo.h>

namespace Parallax::HtmlMetadata {

// Fills title, outlet, author, url, published (raw, as found) and language of draft, taking each
// from the first source that has it: JSON-LD, OpenGraph and article:* meta tags, other meta tags,
// <time datetime> in the article, a byline, <link rel=canonical>, <title>, the article's <h1> and
// <html lang>. html is the <html> element; articleRoot the element the body will be read from,
// nullptr when there is none.
//
// Returns the byline block found in the page, which the body must leave out, or nullptr.
const GumboNode *read(const GumboNode *html, const GumboNode *articleRoot, ArticleDraft &draft);

} // namespace Parallax::HtmlMetadata
