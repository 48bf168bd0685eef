// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Parallax {

struct DecodedText
{
    QString text; // line endings normalised to \n, byte order mark removed
    QString
        encoding; // the encoding the bytes were read as, e.g. "UTF-8", "UTF-16LE", "windows-1252"
};

namespace TextDecoder {

enum class Hint { None, Html };

// Turns the bytes of a file into text. UTF-8 (with or without BOM) and UTF-16/UTF-32 with BOM are
// read as such; other bytes are run through a charset detector (uchardet) and converted with
// iconv; for HTML a <meta charset> declaration is honoured first. Binary data (NUL bytes without a
// UTF-16 BOM, known binary signatures, many control characters), empty input and text that no
// detector can place are refused with a message that starts with displayName.
Result<DecodedText> decode(
    const QByteArray &bytes, const QString &displayName, Hint hint = Hint::None);

} // namespace TextDecoder
} // namespace Parallax
