// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "model/readercolors.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

const QString kVersionKey = u"settings/version"_s;

} // namespace

Settings::Settings()
{
    const int stored = m_settings.value(kVersionKey, 0).toInt();
    if (stored < 1) {
        // Before version 1 the analyst's name lived under "user/name".
        if (m_settings.contains(u"user/name"_s) && !m_settings.contains(u"analyst/name"_s))
            m_settings.setValue(u"analyst/name"_s, m_settings.value(u"user/name"_s));
        m_settings.remove(u"user/name"_s);
    }
    if (stored != kVersion)
        m_settings.setValue(kVersionKey, kVersion);
}

QString Settings::analystName() const
{
    const QString name = storedAnalystName();
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

QString Settings::storedAnalystName() const
{
    return m_settings.value(u"analyst/name"_s).toString();
}

void Settings::setAnalystName(const QString &name)
{
    m_settings.setValue(u"analyst/name"_s, name.trimmed());
}

QFont Settings::readingFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    const QString stored = m_settings.value(u"reader/font"_s).toString();
    if (!stored.isEmpty())
        font.fromString(stored);
    return font;
}

void Settings::setReadingFont(const QFont &font)
{
    m_settings.setValue(u"reader/font"_s, font.toString());
}

bool Settings::linkedScrolling() const
{
    return m_settings.value(u"reader/linkedScrolling"_s, true).toBool();
}

void Settings::setLinkedScrolling(bool linked)
{
    m_settings.setValue(u"reader/linkedScrolling"_s, linked);
}

ColorScheme Settings::colorScheme() const
{
    const QString stored = m_settings.value(u"window/colorScheme"_s).toString();
    if (stored == "light"_L1)
        return ColorScheme::Light;
    if (stored == "dark"_L1)
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void Settings::setColorScheme(ColorScheme scheme)
{
    m_settings.setValue(u"window/colorScheme"_s,
        scheme == ColorScheme::Light      ? u"light"_s
            : scheme == ColorScheme::Dark ? u"dark"_s
                                          : u"system"_s);
}

QString Settings::exportFolder() const
{
    return m_settings.value(u"export/folder"_s).toString();
}

void Settings::setExportFolder(const QString &folder)
{
    m_settings.setValue(u"export/folder"_s, folder);
}

QStringList Settings::colorTypes()
{
    return {u"PERSON"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s, u"DATE"_s, u"TIME"_s, u"MONEY"_s,
        u"PERCENT"_s, u"QUOTE"_s};
}

QColor Settings::defaultTypeColor(const QString &type, bool darkPalette)
{
    // The reading pane's own colours for a light or a dark page.
    QPalette palette;
    palette.setColor(QPalette::Base, darkPalette ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
    palette.setColor(QPalette::Text, darkPalette ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black));
    const ReaderColors colors = ReaderColors::forPalette(palette);
    if (type == "QUOTE"_L1)
        return colors.quote;
    const qsizetype index = colorTypes().indexOf(type);
    return index >= 0 && size_t(index) < colors.entity.size() ? colors.entity[size_t(index)]
                                                              : colors.tagFallback;
}

QColor Settings::typeColor(const QString &type, bool darkPalette) const
{
    const QString key = u"colors/%1/%2"_s.arg(darkPalette ? u"dark"_s : u"light"_s, type);
    const QColor stored(m_settings.value(key).toString());
    return stored.isValid() ? stored : defaultTypeColor(type, darkPalette);
}

void Settings::setTypeColor(const QString &type, const QColor &color, bool darkPalette)
{
    // A colour chosen for one palette is kept for that palette only.
    m_settings.setValue(
        u"colors/%1/%2"_s.arg(darkPalette ? u"dark"_s : u"light"_s, type), color.name());
}

void Settings::resetTypeColors()
{
    m_settings.remove(u"colors"_s);
}

} // namespace Parallax
