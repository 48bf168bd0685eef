// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Parallax::DateParser {

// Normalises a publication date as found in metadata ("2025-11-24", "2025-11-24T09:30:00+01:00",
// "Mon, 24 Nov 2025 09:30:00 GMT", "24 November 2025", "November 24, 2025", "24.11.2025",
// "2025/11/24") to ISO 8601: "YYYY-MM-DD" when only the day is known, otherwise
// "YYYY-MM-DDTHH:MM:SS" with the offset ("Z" or "+HH:MM") when one is given. Returns an empty
// string for text that is not a date.
QString normalise(const QString &text);

} // namespace Parallax::DateParser
