// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/article.h"
#include "util/result.h"

#include <QList>

namespace Parallax::JsonArticleParser {

// Reads a JSON article object ({"title", "outlet", "author", "url", "published", "language",
// "body"}; "text" or "content" for the body, "date" for published, "source" or "publisher" for the
// outlet are accepted too), or an array of them. Refuses invalid JSON and objects without a body,
// naming displayName and where the problem is.
Result<QList<ArticleDraft>> parse(const QByteArray &utf8, const QString &displayName);

} // namespace Parallax::JsonArticleParser
