// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving modal dialogs from a test: exec() blocks the test's code, so a timer started before
// the dialog opens acts on it from inside its event loop.

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Parallax::Testing {

// Calls act with the next modal widget other than previous, once it is shown. Gives up after
// a few hundred event-loop turns so a dialog that never opens fails the test, not hangs it,
// and once previous (the dialog a question would come from) has closed.
inline void onNextModal(std::function<void(QWidget *)> act, QWidget *previous = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto turns = std::make_shared<int>(0);
    const QPointer<QWidget> from = previous;
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        // Giving up comes first: once previous is gone, a modal that shows now belongs to a
        // later test, and act may refer to the finished test's locals.
        if (++*turns > 500 || (previous && (!from || !from->isVisible()))) {
            timer->deleteLater();
            timer->stop();
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        // A progress dialog (connecting to a server) is waited through, not acted on.
        if (modal && modal != previous && modal->isVisible()
            && !qobject_cast<QProgressDialog *>(modal)) {
            timer->deleteLater();
            timer->stop();
            act(modal);
        }
    });
    timer->start();
}

// Clicks the button of a dialog whose text (without its mnemonic) is label.
inline bool clickButton(QWidget *dialog, const QString &label)
{
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == label) {
            button->click();
            return true;
        }
    }
    return false;
}

// Closes a dialog the test left open (the code before a fix may not close it) so the test
// reaches its assertions.
inline void closeIfOpen(QWidget *dialog)
{
    if (auto *d = qobject_cast<QDialog *>(dialog); d && d->isVisible())
        d->done(QDialog::Rejected);
}

// Types text into the next modal editor, then presses key (with modifiers); a question about
// unsaved text that follows is answered with answer.
inline void typeInNextEditor(const QString &text, Qt::Key key, Qt::KeyboardModifiers modifiers,
    const QString &answer = QString())
{
    onNextModal([=](QWidget *dialog) {
        QWidget *edit = dialog->findChild<QPlainTextEdit *>();
        if (!edit)
            edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        // What the analyst types replaces what the editor held.
        if (auto *line = qobject_cast<QLineEdit *>(edit))
            line->selectAll();
        else
            static_cast<QPlainTextEdit *>(edit)->selectAll();
        QTest::keyClicks(edit, text);
        if (!answer.isEmpty())
            onNextModal([answer](QWidget *box) { QVERIFY(clickButton(box, answer)); }, dialog);
        QTest::keyClick(edit, key, modifiers);
        closeIfOpen(dialog);
    });
}

} // namespace Parallax::Testing
