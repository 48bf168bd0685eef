// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

namespace Parallax {

class CodePointMap;

namespace Anchoring {

constexpr qsizetype kContextLength = 32; // code points of prefix and suffix kept with a span

// Builds the selector pair for code points [start, end) of text.
TextSpan makeSpan(const QString &text, const CodePointMap &map, qsizetype start, qsizetype end);
TextSpan makeSpan(const QString &text, qsizetype start, qsizetype end);

struct Outcome
{
    AnchorState state = AnchorState::Ok;
    TextSpan span; // the span to keep: unchanged when Ok or Orphaned
};

// Checks a stored span against the text. When the position no longer holds the quote, the span
// is moved only if the quote with its full prefix and suffix occurs exactly once; otherwise it is
// reported Orphaned and left where it was, for the analyst to decide.
Outcome verify(const QString &text, const CodePointMap &map, const TextSpan &span);

} // namespace Anchoring
} // namespace Parallax
