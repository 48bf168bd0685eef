// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QColor>
#include <QFont>
#include <QSettings>
#include <QStringList>

namespace Parallax {

// Typed access to the user's settings. The stored settings carry a version, and older ones are
// brought forward once when read.
class Settings
{
public:
    static constexpr int kVersion = 1;

    Settings();

    QString analystName() const; // defaults to the login name
    QString storedAnalystName() const; // empty until the analyst gave her name
    void setAnalystName(const QString &name);

    QFont readingFont() const;
    void setReadingFont(const QFont &font);

    bool linkedScrolling() const;
    void setLinkedScrolling(bool linked);

    ColorScheme colorScheme() const; // System at first
    void setColorScheme(ColorScheme scheme);

    // Where the last export was saved; empty at first.
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

    // Highlight colour of an entity type (PERSON, ORG, LOC, MISC, DATE, TIME, MONEY, PERCENT) or of
    // quotes ("QUOTE"); the default depends on whether the palette is dark.
    QColor typeColor(const QString &type, bool darkPalette) const;
    void setTypeColor(const QString &type, const QColor &color, bool darkPalette);
    void resetTypeColors();
    static QStringList colorTypes();
    static QColor defaultTypeColor(const QString &type, bool darkPalette);

private:
    mutable QSettings m_settings;
};

} // namespace Parallax
