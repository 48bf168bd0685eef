// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/readercolors.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Parallax {

ReaderColors ReaderColors::forPalette(const QPalette &palette)
{
    ReaderColors c;
    const QColor base = palette.color(QPalette::Base);
    c.dark = base.lightness() < 128;
    if (!c.dark) {
        c.entity = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xCC, 0x79, 0xA7), QColor(0xE8, 0xD8, 0x20), QColor(0x17, 0xBE, 0xCF),
            QColor(0xD5, 0x5E, 0x00), QColor(0x8C, 0x6D, 0x31)};
        // Quiet: entities are context, the text is what is read.
        c.tintAlpha = 48;
        c.proposedTintAlpha = 24;
        c.quote = QColor(0x5B, 0x4B, 0xB7);
        c.quoteTint = QColor(0x5B, 0x4B, 0xB7, 14);
        c.note = QColor(0xC8, 0x8A, 0x00);
        c.tagFallback = QColor(0x60, 0x60, 0x60);
        c.badgeBackground = QColor(0xEC, 0xE9, 0xF8);
        c.badgeText = QColor(0x3A, 0x2E, 0x85);
    } else {
        c.entity = {QColor(0x5D, 0xA9, 0xF6), QColor(0xF5, 0xB0, 0x41), QColor(0x3C, 0xCB, 0x9A),
            QColor(0xE3, 0x9A, 0xC8), QColor(0xED, 0xE1, 0x5B), QColor(0x4D, 0xD8, 0xE6),
            QColor(0xFF, 0x8A, 0x50), QColor(0xC9, 0xA8, 0x6A)};
        c.tintAlpha = 56;
        c.proposedTintAlpha = 28;
        c.quote = QColor(0xA9, 0x9B, 0xFF);
        c.quoteTint = QColor(0xA9, 0x9B, 0xFF, 18);
        c.note = QColor(0xFF, 0xC8, 0x45);
        c.tagFallback = QColor(0xB0, 0xB0, 0xB0);
        c.badgeBackground = QColor(0x3A, 0x35, 0x5C);
        c.badgeText = QColor(0xDD, 0xD6, 0xFF);
    }
    // Slate for "the same in another source", vermilion for "only here", and ink for the words
    // that differ: amber read as an organisation or an amount, and every hue of the palette
    // is taken by an entity type; ink differs from them all by lightness, which colour-blind
    // readers see as well as anyone.
    c.aligned = c.dark ? QColor(0x8F, 0xA8, 0xC8) : QColor(0x4A, 0x6A, 0x8C);
    c.differing = c.dark ? QColor(0xF2, 0xF2, 0xF2) : QColor(0x1A, 0x1A, 0x1A);
    c.unmatched = c.dark ? QColor(0xFF, 0x7A, 0x5C) : QColor(0xC0, 0x39, 0x2B);
    // Not the palette's highlight: that blue would read as a Person tint.
    c.outline = c.dark ? QColor(0xFF, 0x5C, 0x8A) : QColor(0xD0, 0x10, 0x4C);
    // The margin sits one step off the text background so badges read as apart from the text.
    c.marginBackground = c.dark ? base.lighter(118) : base.darker(104);
    return c;
}

ReaderColors ReaderColors::forPrint()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return forPalette(palette);
}

size_t ReaderColors::entityIndex(const QString &label)
{
    static const QHash<QString, size_t> indexes = {{u"PERSON"_s, 0}, {u"PER"_s, 0}, {u"ORG"_s, 1},
        {u"LOC"_s, 2}, {u"GPE"_s, 2}, {u"MISC"_s, 3}, {u"DATE"_s, 4}, {u"DURATION"_s, 4},
        {u"SET"_s, 4}, {u"TIME"_s, 5}, {u"MONEY"_s, 6}, {u"PERCENT"_s, 7}};
    return indexes.value(label, 3);
}

QColor ReaderColors::tint(const QColor &strong, bool proposed) const
{
    QColor t = strong;
    t.setAlpha(proposed ? proposedTintAlpha : tintAlpha);
    return t;
}

} // namespace Parallax
