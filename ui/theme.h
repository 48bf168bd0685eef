// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Parallax {

// Light or dark window: the system's palette, or one of Parallax's own.
enum class ColorScheme { System, Light, Dark };

namespace Theme {

// The scheme in force: --dark on the command line, then PARALLAX_DARK (1: dark, 0: light),
// then the one chosen in Preferences.
ColorScheme effectiveScheme(ColorScheme chosen, bool darkArgument, const QString &darkVariable);
// Applies it to the application; System puts back the palette and style the window started with.
void apply(ColorScheme scheme);
bool isDark();

} // namespace Theme
} // namespace Parallax
