// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace Parallax {

// Edit > Preferences: the analyst's name (recorded with every manual annotation and review),
// the reading font, linked scrolling, light or dark, and the highlight colours.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Writes the choices to the settings.
    void apply();

    QLineEdit *analystEdit() const { return m_analyst; }
    QCheckBox *linkedScrollingBox() const { return m_linked; }
    QComboBox *colorSchemeBox() const { return m_scheme; }

private:
    void showColor(const QString &type);

    QLineEdit *m_analyst;
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QCheckBox *m_linked;
    QComboBox *m_scheme;
    QHash<QString, QToolButton *> m_colorButtons;
    QHash<QString, QColor> m_colors;
    bool m_dark = false;
};

} // namespace Parallax
