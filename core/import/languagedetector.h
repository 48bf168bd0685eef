// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Parallax::LanguageDetector {

// ISO 639-1 code of the text's language ("en", "de", ...), or an empty string when the text is
// too short or the guess is not confident. Uses libexttextcat's n-gram fingerprints; only the
// first few kilobytes are looked at. Thread-safe.
QString detect(const QString &text);

} // namespace Parallax::LanguageDetector
