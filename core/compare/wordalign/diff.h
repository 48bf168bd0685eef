// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace Parallax::Compare {

struct WordMatch
{
    int a = 0; // index into the first sequence
    int b = 0; // index into the second
    friend bool operator==(const WordMatch &, const WordMatch &) = default;
};

// The words two sequences of interned word ids share in order (a longest common subsequence, or
// close to one on long inputs), as index pairs increasing in both. Common prefix and suffix are
// stripped first; a middle small enough is solved exactly, a larger one is cut at words that
// occur exactly once on each side (patience anchors) and solved piece by piece, and a piece still
// too large after that is left unmatched, so the cost stays bounded whatever the input.
std::vector<WordMatch> matchWords(std::span<const int> a, std::span<const int> b);

} // namespace Parallax::Compare
