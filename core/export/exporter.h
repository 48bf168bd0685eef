// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"

#include <QStringList>

namespace Parallax {

// What an export wrote.
struct ExportSummary
{
    QStringList files; // every file written, in the order written
    int articles = 0;
    int annotations = 0; // a quote counts once, with its cue and speaker
    // Left out because their text is no longer where they point and could not be re-anchored.
    int orphaned = 0;
    QStringList warnings; // for a person, e.g. spans a format could not carry
};

} // namespace Parallax
