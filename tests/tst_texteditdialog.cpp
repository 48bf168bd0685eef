// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor for typed text: Escape, Cancel and the close button never drop changed text
// without asking, Ctrl+Enter saves, a long note wraps.
#include "modalhelpers.h"
#include "widgets/texteditdialog.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

class TestTextEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeOnChangedTextAsks_data();
    void escapeOnChangedTextAsks();
    void escapeOnUntouchedTextCloses();
    void closeButtonAsksToo();
    void ctrlEnterSaves_data();
    void ctrlEnterSaves();
    void longNoteWraps();
};

void TestTextEditDialog::escapeOnChangedTextAsks_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("result");
    QTest::addColumn<bool>("open");
    QTest::newRow("save") << u"Save"_s << int(QDialog::Accepted) << false;
    QTest::newRow("discard") << u"Discard"_s << int(QDialog::Rejected) << false;
    QTest::newRow("keep editing") << u"Keep Editing"_s << -1 << true;
}

void TestTextEditDialog::escapeOnChangedTextAsks()
{
    QFETCH(QString, answer);
    QFETCH(int, result);
    QFETCH(bool, open);
    TextEditDialog dialog(
        nullptr, u"Note"_s, u"Note:"_s, u"Draft"_s, TextEditDialog::Mode::MultiLine);
    int finished = -1;
    connect(&dialog, &QDialog::finished, this, [&finished](int r) { finished = r; });
    dialog.open();
    QPlainTextEdit *edit = dialog.plainTextEdit();
    QVERIFY(edit);
    QTest::keyClicks(edit, u" on the envoy's words"_s);
    bool asked = false;
    onNextModal(
        [&](QWidget *box) {
            asked = qobject_cast<QMessageBox *>(box) != nullptr;
            QVERIFY(clickButton(box, answer));
        },
        &dialog);
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(asked);
    QCOMPARE(dialog.isVisible(), open);
    QCOMPARE(finished, result);
    // Whatever the answer, the text is still there to read until the dialog is gone.
    QCOMPARE(dialog.text(), u"Draft on the envoy's words"_s);
}

void TestTextEditDialog::escapeOnUntouchedTextCloses()
{
    TextEditDialog dialog(
        nullptr, u"Note"_s, u"Note:"_s, u"Draft"_s, TextEditDialog::Mode::MultiLine);
    dialog.open();
    bool asked = false;
    onNextModal(
        [&](QWidget *box) {
            asked = true;
            closeIfOpen(box);
        },
        &dialog);
    QTest::keyClick(dialog.plainTextEdit(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!asked);
}

void TestTextEditDialog::closeButtonAsksToo()
{
    TextEditDialog dialog(
        nullptr, u"Rename Entity"_s, u"Name:"_s, u"Marrow"_s, TextEditDialog::Mode::SingleLine);
    dialog.open();
    QTest::keyClicks(dialog.lineEdit(), u"Ilse"_s); // replaces the selected name
    onNextModal([](QWidget *box) { QVERIFY(clickButton(box, u"Keep Editing"_s)); }, &dialog);
    QVERIFY(!dialog.close());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.text(), u"Ilse"_s);
}

void TestTextEditDialog::ctrlEnterSaves_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("key");
    QTest::newRow("note, Return") << int(TextEditDialog::Mode::MultiLine) << int(Qt::Key_Return);
    QTest::newRow("note, keypad Enter")
        << int(TextEditDialog::Mode::MultiLine) << int(Qt::Key_Enter);
    QTest::newRow("name") << int(TextEditDialog::Mode::SingleLine) << int(Qt::Key_Return);
}

void TestTextEditDialog::ctrlEnterSaves()
{
    QFETCH(int, mode);
    QFETCH(int, key);
    TextEditDialog dialog(nullptr, u"Note"_s, u"Note:"_s, {}, TextEditDialog::Mode(mode));
    dialog.open();
    QWidget *edit = dialog.plainTextEdit() ? static_cast<QWidget *>(dialog.plainTextEdit())
                                           : dialog.lineEdit();
    QTest::keyClicks(edit, u"Check the figure"_s);
    QTest::keyClick(edit, Qt::Key(key), Qt::ControlModifier);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.text(), u"Check the figure"_s); // no newline typed on the way
}

void TestTextEditDialog::longNoteWraps()
{
    TextEditDialog dialog(nullptr, u"Note"_s, u"Note:"_s, {}, TextEditDialog::Mode::MultiLine);
    dialog.resize(420, 300);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPlainTextEdit *edit = dialog.plainTextEdit();
    QCOMPARE(edit->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QString note;
    for (int i = 0; i < 12; ++i)
        note += u"The Ledger gives forty percent where the Courier gives twelve points. "_s;
    edit->setPlainText(note);
    QCoreApplication::processEvents();
    const QTextLayout *layout = edit->document()->firstBlock().layout();
    QVERIFY(layout);
    QVERIFY2(layout->lineCount() > 5, qPrintable(QString::number(layout->lineCount())));
    QCOMPARE(edit->horizontalScrollBar()->maximum(), 0); // nothing hides past the right edge
}

QTEST_MAIN(TestTextEditDialog)
#include "tst_texteditdialog.moc"
