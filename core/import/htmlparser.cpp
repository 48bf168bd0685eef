// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: being replaced by the real implementation.
#include "htmlparser.h"

using namespace Qt::StringLiterals;

namespace Parallax::HtmlParser {

Result<ArticleDraft> parse(const QString &, const QString &displayName)
{
    return Error {displayName + u": HTML import is not available yet"_s};
}

} // namespace Parallax::HtmlParser
