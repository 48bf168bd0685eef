// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

namespace Parallax::SampleProject {

// The story the bundled sample articles are filed under.
QString storyName();

// Creates a project at path holding the bundled sample story (three invented reports of one
// invented meeting), annotated: entities, dates and quotes as proposals to review. Refuses to
// overwrite an existing file.
Result<void> create(const QString &path);

} // namespace Parallax::SampleProject
