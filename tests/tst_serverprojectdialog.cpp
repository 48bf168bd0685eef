// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File › Open Server Project's dialog: the libpq address it builds from the fields, and the
// fields it fills from an address pasted whole. No server needed.
#include "serverprojectdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestServerProjectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsBuildTheUri_data();
    void fieldsBuildTheUri();
    void pastedUriFillsTheFields();
    void noDatabaseNoOpen();
};

namespace {

QPushButton *openButton(ServerProjectDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
}

} // namespace

void TestServerProjectDialog::fieldsBuildTheUri_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("uri");
    QTest::newRow("host, port and user") << u"db.example.org"_s << 5433 << u"varn"_s << u"mara"_s
                                         << u"postgresql://mara@db.example.org:5433/varn"_s;
    QTest::newRow("default port, login name") << u"db.example.org"_s << 0 << u"varn"_s << QString()
                                              << u"postgresql://db.example.org/varn"_s;
    QTest::newRow("socket folder") << u"/run/postgresql"_s << 0 << u"varn"_s << u"mara"_s
                                   << u"postgresql://mara@/varn?host=/run/postgresql"_s;
    QTest::newRow("this computer")
        << QString() << 0 << u"varn"_s << QString() << u"postgresql:///varn"_s;
    QTest::newRow("IPv6 and odd names") << u"::1"_s << 5432 << u"lake varn"_s << u"ines@home"_s
                                        << u"postgresql://ines%40home@[::1]:5432/lake%20varn"_s;
}

void TestServerProjectDialog::fieldsBuildTheUri()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, uri);
    ServerProjectDialog dialog;
    dialog.show();
    QTest::keyClicks(dialog.field("host"), host);
    dialog.portField()->setValue(port);
    QTest::keyClicks(dialog.field("database"), database);
    QTest::keyClicks(dialog.field("user"), user);
    QCOMPARE(dialog.uri(), uri);
    // The address line follows the fields, as the analyst sees it.
    QCOMPARE(dialog.field("address")->text(), uri);
    QVERIFY(openButton(dialog)->isEnabled());
}

void TestServerProjectDialog::pastedUriFillsTheFields()
{
    ServerProjectDialog dialog;
    dialog.show();
    QLineEdit *address = dialog.field("address");
    address->setFocus();
    QTest::keyClicks(
        address, u"postgresql://ilse:s%C3%ABcret@db.example.org:6543/varn?sslmode=require"_s);
    QCOMPARE(dialog.field("host")->text(), u"db.example.org"_s);
    QCOMPARE(dialog.portField()->value(), 6543);
    QCOMPARE(dialog.field("database")->text(), u"varn"_s);
    QCOMPARE(dialog.field("user")->text(), u"ilse"_s);
    // The password goes to the connection, nowhere else; the other parameters are kept.
    QCOMPARE(
        dialog.uri(), u"postgresql://ilse:s%C3%ABcret@db.example.org:6543/varn?sslmode=require"_s);
    QCOMPARE(
        dialog.displayedUri(), u"postgresql://ilse@db.example.org:6543/varn?sslmode=require"_s);
    QVERIFY(openButton(dialog)->isEnabled());
    // Leaving the field takes the password off the screen.
    QTest::keyClick(address, Qt::Key_Return);
    QCOMPARE(address->text(), dialog.displayedUri());
    // A field changed after the paste changes the address, keeping what it does not show.
    dialog.field("database")->selectAll();
    QTest::keyClicks(dialog.field("database"), u"kessling"_s);
    QCOMPARE(dialog.uri(),
        u"postgresql://ilse:s%C3%ABcret@db.example.org:6543/kessling?sslmode=require"_s);
    // A recent project's address (no password) fills the fields the same way.
    dialog.setUri(u"postgresql://mara@/varn?host=/tmp/pg"_s);
    QCOMPARE(dialog.field("host")->text(), u"/tmp/pg"_s);
    QCOMPARE(dialog.portField()->value(), 0);
    QCOMPARE(dialog.uri(), u"postgresql://mara@/varn?host=/tmp/pg"_s);
}

void TestServerProjectDialog::noDatabaseNoOpen()
{
    ServerProjectDialog dialog;
    dialog.show();
    QVERIFY(!openButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.field("host"), u"db.example.org"_s);
    QVERIFY(!openButton(dialog)->isEnabled());
    QVERIFY(dialog.problem().contains(u"database"_s));
    QLineEdit *address = dialog.field("address");
    address->clear();
    QTest::keyClicks(address, u"postgresql://db.example.org:notaport/varn"_s);
    QVERIFY(!openButton(dialog)->isEnabled());
    QVERIFY2(dialog.problem().contains(u"'notaport' is not a port number"_s),
        qPrintable(dialog.problem()));
    address->clear();
    QTest::keyClicks(address, u"db.example.org/varn"_s);
    QVERIFY(!openButton(dialog)->isEnabled());
    QVERIFY2(dialog.problem().contains(u"postgresql://"_s), qPrintable(dialog.problem()));
}

QTEST_MAIN(TestServerProjectDialog)
#include "tst_serverprojectdialog.moc"
