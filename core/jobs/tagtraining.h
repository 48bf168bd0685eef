// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/tagsuggester.h"
#include "util/result.h"

namespace Parallax {

class Project;

// A tag suggester trained on the project's tagging as it is now: the passages the analyst
// tagged, the rejected suggestions and the other sentences of the articles she tagged in (as
// "no tag").
Result<TagSuggester> trainTagSuggester(Project &project);

} // namespace Parallax
