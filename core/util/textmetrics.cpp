// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/textmetrics.h"

#include <QCryptographicHash>
#include <QList>

namespace Parallax::TextMetrics {

QString contentHash(const QString &body)
{
    const QString folded = body.normalized(QString::NormalizationForm_C).simplified();
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int countWords(const QString &body)
{
    // Code points, not UTF-16 units: a letter outside the Basic Multilingual Plane is a letter.
    const QList<uint> chars = body.toUcs4();
    const auto isDigitAt = [&chars](qsizetype i) {
        return i >= 0 && i < chars.size() && QChar::isDigit(char32_t(chars.at(i)));
    };
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (QChar::isLetterOrNumber(c)) {
            if (!inWord)
                ++words;
            inWord = true;
            continue;
        }
        if (!inWord)
            continue;
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing: // a combining accent, an Arabic vowel mark, a virama
        case QChar::Mark_SpacingCombining: // a Devanagari vowel sign
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (c) {
        case U'\'':
        case U'\u2019': // "won't"
        case U'-':
        case U'\u2010':
        case U'\u2011': // "well-known"
        case U'\u00AD': // a soft hyphen
        case U'\u200C':
        case U'\u200D': // zero-width (non-)joiners inside Persian or Indic words
            continue;
        case U'.':
        case U',': // "3.5", "12,000"
            if (isDigitAt(i - 1) && isDigitAt(i + 1))
                continue;
            break;
        default:
            break;
        }
        inWord = false;
    }
    return words;
}

} // namespace Parallax::TextMetrics
