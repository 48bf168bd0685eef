// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/texteditdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextOption>
#include <QVBoxLayout>

namespace Parallax {

TextEditDialog::TextEditDialog(
    QWidget *parent, const QString &title, const QString &label, const QString &text, Mode mode)
    : QDialog(parent)
    , m_label(new QLabel(label))
    , m_original(text)
{
    setWindowTitle(title);
    m_label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TextEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    QWidget *editor = nullptr;
    if (mode == Mode::MultiLine) {
        m_plain = new QPlainTextEdit;
        // A note is prose: it wraps at the editor's edge, between words where it can.
        m_plain->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_plain->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_plain->setTabChangesFocus(true);
        m_plain->setPlainText(text);
        m_plain->moveCursor(QTextCursor::End);
        m_plain->setMinimumSize(m_plain->fontMetrics().averageCharWidth() * 50,
            m_plain->fontMetrics().lineSpacing() * 6);
        editor = m_plain;
    } else {
        m_line = new QLineEdit(text);
        m_line->selectAll();
        m_line->setMinimumWidth(m_line->fontMetrics().averageCharWidth() * 40);
        editor = m_line;
    }
    editor->installEventFilter(this);
    m_label->setBuddy(editor);
    layout->addWidget(editor, 1);
    layout->addWidget(buttons);
    editor->setFocus();
}

QString TextEditDialog::text() const
{
    return m_plain ? m_plain->toPlainText() : m_line->text();
}

bool TextEditDialog::isModified() const
{
    return text() != m_original;
}

bool TextEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TextEditDialog::reject()
{
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    switch (askUnsaved()) {
    case Answer::Save:
        accept();
        break;
    case Answer::Discard:
        QDialog::reject();
        break;
    case Answer::KeepEditing:
        break;
    }
}

TextEditDialog::Answer TextEditDialog::askUnsaved()
{
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Save what you typed?"),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Discarding it cannot be undone."));
    QPushButton *save = box.addButton(QMessageBox::Save);
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == save)
        return Answer::Save;
    if (box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::KeepEditing;
}

std::optional<QString> TextEditDialog::getText(
    QWidget *parent, const QString &title, const QString &label, const QString &text, Mode mode)
{
    TextEditDialog dialog(parent, title, label, text, mode);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

} // namespace Parallax
