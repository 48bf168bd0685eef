// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "util/result.h"

namespace Parallax::HtmlParser {

// Parses a saved article page with gumbo (HTML5). Metadata comes from JSON-LD NewsArticle,
// OpenGraph and article:* meta tags, <meta name=author>, <time datetime>, bylines, <link
// rel=canonical> and <html lang>; the body is the main article text without navigation, scripts,
// styles, share bars or comments, paragraphs separated by blank lines. Fails (message starting
// with displayName) when no article text can be found.
Result<ArticleDraft> parse(const QString &html, const QString &displayName);

} // namespace Parallax::HtmlParser
