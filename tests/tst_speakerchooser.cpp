// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/speakerchooser.h"

#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;

class TestSpeakerChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersAndFilters();
    void keysChooseKindAndNobody();
};

namespace {
QList<EntityRecord> entities()
{
    auto record = [](qint64 id, const QString &name, const QString &type, int mentions,
                      const QStringList &aliases = {}) {
        EntityRecord e;
        e.id = id;
        e.name = name;
        e.type = type;
        e.mentions = mentions;
        e.aliases = aliases;
        return e;
    };
    return {record(1, u"Ilse Marrow"_s, u"PERSON"_s, 2),
        record(2, u"Tomas Brandt"_s, u"PERSON"_s, 9, {u"Foreign Minister Brandt"_s}),
        record(3, u"Orsava"_s, u"LOC"_s, 20),
        record(4, u"Northern Basin Commission"_s, u"ORG"_s, 5),
        record(5, u"Lena Okafor"_s, u"PERSON"_s, 5)};
}

QStringList visible(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden())
            out.append(list->item(row)->text().section(u"   "_s, 0, 0));
    }
    return out;
}
} // namespace

void TestSpeakerChooser::ordersAndFilters()
{
    SpeakerChooser dialog(nullptr, entities(), {1, QuoteKind::Direct});
    // Nobody first, then people and bodies by mentions (places are no speakers), ties by name.
    QCOMPARE(visible(dialog.list()),
        (QStringList {u"No speaker"_s, u"Tomas Brandt"_s, u"Lena Okafor"_s,
            u"Northern Basin Commission"_s, u"Ilse Marrow"_s}));
    QCOMPARE(dialog.choice().entityId, 1); // the current speaker is highlighted
    QCOMPARE(dialog.choice().kind, QuoteKind::Direct);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.filter()->hasFocus());
    // Two letters find her; an alias counts.
    if (qEnvironmentVariableIsSet("KEEP_SHOT"))
        dialog.grab().save(u"/tmp/speakerchooser-1.png"_s);
    QTest::keyClicks(dialog.filter(), u"ok"_s);
    QCOMPARE(visible(dialog.list()), QStringList {u"Lena Okafor"_s});
    if (qEnvironmentVariableIsSet("KEEP_SHOT"))
        dialog.grab().save(u"/tmp/speakerchooser-2.png"_s);
    QCOMPARE(dialog.choice().entityId, 5);
    dialog.filter()->clear();
    QTest::keyClicks(dialog.filter(), u"foreign"_s);
    QCOMPARE(dialog.choice().entityId, 2);
    // Arrow keys move the highlight while the filter keeps the focus.
    dialog.filter()->clear();
    QTest::keyClicks(dialog.filter(), u"a"_s); // Brandt, Okafor, Basin, Marrow (and nobody)
    QCOMPARE(dialog.choice().entityId, 2);
    QTest::keyClick(dialog.filter(), Qt::Key_Down);
    QCOMPARE(dialog.choice().entityId, 5);
    QTest::keyClick(dialog.filter(), Qt::Key_Up);
    QCOMPARE(dialog.choice().entityId, 2);
    QTest::keyClick(dialog.filter(), Qt::Key_Up); // "No speaker" matches "a" too
    QCOMPARE(dialog.choice().entityId, 0);
    QTest::keyClick(dialog.filter(), Qt::Key_Up); // the top stays the top
    QCOMPARE(dialog.choice().entityId, 0);
    QTest::keyClick(dialog.filter(), Qt::Key_Down);
    QVERIFY(dialog.filter()->hasFocus());
    QTest::keyClick(dialog.filter(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice().entityId, 2);
}

void TestSpeakerChooser::keysChooseKindAndNobody()
{
    SpeakerChooser dialog(nullptr, entities(), {2, QuoteKind::Direct});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The mnemonics, typed where the focus is (the filter, which keeps it).
    QTest::keyClick(dialog.filter(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(dialog.choice().kind, QuoteKind::Indirect);
    QTest::keyClick(dialog.filter(), Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog.choice().kind, QuoteKind::Partial);
    QVERIFY(dialog.filter()->hasFocus());
    QTest::keyClicks(dialog.filter(), u"no speaker"_s);
    QCOMPARE(dialog.choice().entityId, 0);
    // Nothing matches: no one is chosen, never a hidden row.
    dialog.filter()->clear();
    QTest::keyClicks(dialog.filter(), u"zzz"_s);
    QCOMPARE(visible(dialog.list()), QStringList {});
    QCOMPARE(dialog.choice().entityId, 0);
    QTest::keyClick(dialog.filter(), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestSpeakerChooser)
#include "tst_speakerchooser.moc"
