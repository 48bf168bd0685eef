// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Parallax::Theme {
namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return palette;
}

struct Startup
{
    QString style;
    QPalette palette;
    bool changed = false;
};

// What the system gave the application, recorded before the first change.
Startup &startup()
{
    static Startup s {QApplication::style()->name(), QApplication::palette(), false};
    return s;
}

} // namespace

ColorScheme effectiveScheme(ColorScheme chosen, bool darkArgument, const QString &darkVariable)
{
    if (darkArgument)
        return ColorScheme::Dark;
    if (darkVariable == "1"_L1)
        return ColorScheme::Dark;
    if (darkVariable == "0"_L1)
        return ColorScheme::Light;
    return chosen;
}

void apply(ColorScheme scheme)
{
    Startup &system = startup();
    if (scheme == ColorScheme::System && !system.changed)
        return;
    system.changed = true;
    switch (scheme) {
    case ColorScheme::System:
        QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        break;
    case ColorScheme::Light:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace Parallax::Theme
