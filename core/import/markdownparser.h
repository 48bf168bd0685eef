// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"

namespace Parallax::MarkdownParser {

// Reads a Markdown article with cmark (CommonMark). Metadata comes from a YAML-style front matter
// block (--- key: value ---) or a plain "Key: value" header; otherwise a leading level-one heading
// is the title. The body is the rendered text: markup removed, link texts kept, one paragraph per
// block, list items one per line.
ArticleDraft parse(const QString &text);

} // namespace Parallax::MarkdownParser
