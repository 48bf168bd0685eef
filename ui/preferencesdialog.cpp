// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_analyst(new QLineEdit)
    , m_font(new QFontComboBox)
    , m_size(new QSpinBox)
    , m_linked(new QCheckBox(tr("Scroll the reading panes together")))
    , m_scheme(new QComboBox)
{
    setWindowTitle(tr("Preferences"));
    Settings settings;
    m_dark = palette().color(QPalette::Base).lightness() < 128;

    m_analyst->setText(settings.analystName());
    m_analyst->setToolTip(
        tr("Recorded with every annotation you make and every proposal you review"));
    const QFont font = settings.readingFont();
    m_font->setCurrentFont(font);
    m_size->setRange(6, 48);
    m_size->setValue(qRound(font.pointSizeF()));
    m_size->setSuffix(tr(" pt"));
    m_linked->setChecked(settings.linkedScrolling());
    m_scheme->addItem(tr("As the system"), int(ColorScheme::System));
    m_scheme->addItem(tr("Light"), int(ColorScheme::Light));
    m_scheme->addItem(tr("Dark"), int(ColorScheme::Dark));
    m_scheme->setCurrentIndex(m_scheme->findData(int(settings.colorScheme())));
    m_scheme->setToolTip(tr("PARALLAX_DARK=1 or --dark at start-up take precedence"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_analyst);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_size);
    auto *fontLabel = new QLabel(tr("Reading &font:"));
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);
    form->addRow(QString(), m_linked);
    form->addRow(tr("&Colours:"), m_scheme);

    auto *colors = new QGroupBox(
        tr("Highlight colours (%1 palette)").arg(m_dark ? tr("dark") : tr("light")));
    auto *grid = new QGridLayout(colors);
    int i = 0;
    for (const QString &type : Settings::colorTypes()) {
        auto *button = new QToolButton;
        button->setText(type);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setMinimumWidth(110);
        m_colorButtons.insert(type, button);
        m_colors.insert(type, settings.typeColor(type, m_dark));
        showColor(type);
        connect(button, &QToolButton::clicked, this, [this, type] {
            const QColor chosen
                = QColorDialog::getColor(m_colors.value(type), this, tr("Colour for %1").arg(type));
            if (chosen.isValid()) {
                m_colors.insert(type, chosen);
                showColor(type);
            }
        });
        grid->addWidget(button, i / 3, i % 3);
        ++i;
    }
    auto *reset = new QPushButton(tr("Default Colours"));
    grid->addWidget(reset, (i + 2) / 3, 0, 1, 3, Qt::AlignLeft);
    connect(reset, &QPushButton::clicked, this, [this] {
        for (const QString &type : Settings::colorTypes()) {
            m_colors.insert(type, Settings::defaultTypeColor(type, m_dark));
            showColor(type);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(colors);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::showColor(const QString &type)
{
    QPixmap swatch(16, 16);
    swatch.fill(m_colors.value(type));
    m_colorButtons.value(type)->setIcon(QIcon(swatch));
}

void PreferencesDialog::apply()
{
    Settings settings;
    settings.setAnalystName(m_analyst->text());
    QFont font = m_font->currentFont();
    font.setPointSize(m_size->value());
    settings.setReadingFont(font);
    settings.setLinkedScrolling(m_linked->isChecked());
    settings.setColorScheme(ColorScheme(m_scheme->currentData().toInt()));
    for (auto it = m_colors.cbegin(); it != m_colors.cend(); ++it) {
        if (it.value() != Settings::defaultTypeColor(it.key(), m_dark))
            settings.setTypeColor(it.key(), it.value(), m_dark);
    }
}

} // namespace Parallax
