// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/units.h"

namespace Parallax::Compare {

struct Context
{
    const CompareInput &input;
    const Prepared &prepared;
    SynonymCache &synonyms;
};

// The differences inside one aligned group: each member is diffed word by word against the
// first (the pivot), each changed stretch classified, and the changes of several members at the
// same pivot words merged into one Difference with one text per member. Attribution differences
// (speaker, cue verb, quote against paraphrase) come first, then the others in pivot order.
QList<Difference> groupDifferences(Context &context, const std::vector<int> &units);

} // namespace Parallax::Compare
