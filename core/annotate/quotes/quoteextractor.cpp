// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: being replaced by the real extractor.
#include "quoteextractor.h"

namespace Parallax::QuoteExtractor {

QList<Quote> extract(
    QStringView, const QList<Token> &, const QList<Sentence> &, const QList<EntityMention> &)
{
    return {};
}

} // namespace Parallax::QuoteExtractor
