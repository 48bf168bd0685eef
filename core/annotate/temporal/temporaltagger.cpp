// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: being replaced by the real tagger.
#include "temporaltagger.h"

namespace Parallax::TemporalTagger {

QList<TemporalExpression> tag(
    QStringView, const QList<Token> &, const QList<Sentence> &, const QDate &)
{
    return {};
}

} // namespace Parallax::TemporalTagger
