// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void defaults();
    void roundTrip();
    void migratesOlderSettings();
    void preferencesDialogApplies();
    void colorSchemeChoice();
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ParallaxTest"_s);
    QCoreApplication::setApplicationName(u"ParallaxTest"_s);
}

void TestSettings::defaults()
{
    Settings settings;
    QVERIFY(settings.linkedScrolling());
    QCOMPARE(settings.analystName(), qEnvironmentVariable("USER"));
    // Every type has distinct light and dark colours, and the light ones are light.
    for (const QString &type : Settings::colorTypes()) {
        QVERIFY(settings.typeColor(type, false).isValid());
        QVERIFY(settings.typeColor(type, false) != settings.typeColor(type, true));
    }
    // The defaults are the reading pane's, so the legend, the panes and the dialog agree.
    QVERIFY(settings.typeColor(u"PERSON"_s, false) != settings.typeColor(u"ORG"_s, false));
    QCOMPARE(QSettings().value(u"settings/version"_s).toInt(), Settings::kVersion);
}

void TestSettings::roundTrip()
{
    {
        Settings settings;
        settings.setAnalystName(u"  Mara Quillen "_s);
        settings.setLinkedScrolling(false);
        settings.setTypeColor(u"ORG"_s, QColor(u"#ffcc00"_s), false);
        QFont font(u"DejaVu Serif"_s, 15);
        settings.setReadingFont(font);
    }
    Settings again;
    QCOMPARE(again.analystName(), u"Mara Quillen"_s);
    QVERIFY(!again.linkedScrolling());
    QCOMPARE(again.typeColor(u"ORG"_s, false), QColor(u"#ffcc00"_s));
    QCOMPARE(again.typeColor(u"ORG"_s, true), Settings::defaultTypeColor(u"ORG"_s, true));
    QCOMPARE(again.readingFont().pointSize(), 15);
    again.resetTypeColors();
    QCOMPARE(again.typeColor(u"ORG"_s, false), Settings::defaultTypeColor(u"ORG"_s, false));
}

void TestSettings::migratesOlderSettings()
{
    QSettings().setValue(u"user/name"_s, u"Jonas Ebbe"_s);
    Settings settings;
    QCOMPARE(settings.analystName(), u"Jonas Ebbe"_s);
    QVERIFY(!QSettings().contains(u"user/name"_s));
    QCOMPARE(QSettings().value(u"settings/version"_s).toInt(), Settings::kVersion);
}

void TestSettings::preferencesDialogApplies()
{
    PreferencesDialog dialog;
    dialog.analystEdit()->setText(u"Dana Okoro"_s);
    dialog.linkedScrollingBox()->setChecked(false);
    dialog.apply();
    Settings settings;
    QCOMPARE(settings.analystName(), u"Dana Okoro"_s);
    QVERIFY(!settings.linkedScrolling());
}

void TestSettings::colorSchemeChoice()
{
    QCOMPARE(Settings().colorScheme(), ColorScheme::System);
    // Chosen in Preferences with the keyboard, as an analyst would.
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *scheme = dialog.colorSchemeBox();
    scheme->setFocus();
    QTest::keyClick(scheme, Qt::Key_End);
    QCOMPARE(scheme->currentText(), tr("Dark"));
    dialog.apply();
    QCOMPARE(Settings().colorScheme(), ColorScheme::Dark);

    // --dark wins, then PARALLAX_DARK, then the setting.
    QCOMPARE(Theme::effectiveScheme(ColorScheme::Light, true, u"0"_s), ColorScheme::Dark);
    QCOMPARE(Theme::effectiveScheme(ColorScheme::System, false, u"1"_s), ColorScheme::Dark);
    QCOMPARE(Theme::effectiveScheme(ColorScheme::Dark, false, u"0"_s), ColorScheme::Light);
    QCOMPARE(Theme::effectiveScheme(ColorScheme::Dark, false, QString()), ColorScheme::Dark);
    // Applied, the palette is dark; System puts the starting one back.
    const QColor base = QApplication::palette().color(QPalette::Base);
    Theme::apply(ColorScheme::Dark);
    QVERIFY(Theme::isDark());
    Theme::apply(ColorScheme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Base), base);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
