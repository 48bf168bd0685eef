// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Parallax {

// The one editor for what an analyst types: notes, difference notes, names. It never throws
// typed text away: Escape, the close button or Cancel on changed text ask whether to save it,
// discard it or keep editing (Escape on that question keeps editing, so a second reflexive
// Escape loses nothing). Ctrl+Enter saves; a multi-line text wraps at the editor's width.
class TextEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SingleLine, MultiLine };

    TextEditDialog(QWidget *parent, const QString &title, const QString &label, const QString &text,
        Mode mode);

    QString text() const;
    bool isModified() const;
    QPlainTextEdit *plainTextEdit() const { return m_plain; }
    QLineEdit *lineEdit() const { return m_line; }

    // Runs the dialog: the text to save, or nothing when the analyst cancelled or discarded.
    static std::optional<QString> getText(QWidget *parent, const QString &title,
        const QString &label, const QString &text, Mode mode = Mode::MultiLine);

public Q_SLOTS:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Answer { Save, Discard, KeepEditing };
    Answer askUnsaved();

    QLabel *m_label;
    QPlainTextEdit *m_plain = nullptr;
    QLineEdit *m_line = nullptr;
    QString m_original;
};

} // namespace Parallax
