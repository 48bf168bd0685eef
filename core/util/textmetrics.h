// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the listings and the duplicate check know of an article's text. Here rather than in
// import/ because the article store computes both when it inserts a row.
namespace Parallax::TextMetrics {

// The body's identity: SHA-256 of the text with Unicode normalised (NFC) and white space folded,
// so the same article saved twice, or as HTML and as text, is recognised.
QString contentHash(const QString &body);

// Word count as shown in listings: runs of letters or digits, with the combining marks on them and
// the apostrophes and hyphens inside them ("won't", "well-known"); "3.5" and "12,000" are one word.
int countWords(const QString &body);

} // namespace Parallax::TextMetrics
