// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <array>

namespace Parallax {

// The reading pane's colours, also used by the reports so that a printed dossier marks things as
// the window does. Two hand-picked sets (after Okabe and Ito's colour-blind-safe
// palette) rather than one derived set, because a tint that reads well under black text on white
// turns muddy under light text on dark grey; the set follows the palette's base lightness.
struct ReaderColors
{
    // Strong colours per entity layer (ArticleView::Layer order, Person to Percent): for
    // legends, outlines and proposal underlines. Tints are these at tintAlpha.
    std::array<QColor, 8> entity;
    int tintAlpha = 0;
    int proposedTintAlpha = 0;
    QColor quote; // underline band, margin bar
    QColor quoteTint;
    QColor note;
    QColor tagFallback; // a tag label with no code-book colour
    QColor outline; // highlightEntity()
    QColor badgeBackground;
    QColor badgeText;
    QColor marginBackground;
    // The comparison: spans aligned with another article, differing words inside them, spans
    // only this article has, and the connectors between panes.
    QColor aligned;
    QColor differing;
    QColor unmatched;
    bool dark = false;

    static ReaderColors forPalette(const QPalette &palette);
    // The light set, on white paper.
    static ReaderColors forPrint();
    // The entity colour for an annotation label (PERSON, ORG, LOC, MISC, DATE, TIME, MONEY,
    // PERCENT and their synonyms): an index into entity. Unknown labels are miscellaneous.
    static size_t entityIndex(const QString &label);
    QColor tint(const QColor &strong, bool proposed) const;
    // Other names (MISC) are hatched, not only tinted: under deuteranopia and protanopia their
    // pink and the Places' green turn the same grey-beige (docs/window.md), and a pattern is
    // seen whatever the colour vision.
    static constexpr size_t kHatchedEntity = 3;
    static Qt::BrushStyle hatch() { return Qt::BDiagPattern; }
};

} // namespace Parallax
