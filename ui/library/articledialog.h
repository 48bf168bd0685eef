// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/librarystore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Parallax {

// An article's title, outlet, author, date, address and language. The date and the language
// are checked before OK is taken: a date the reports could not sort, or a language code no
// annotator knows, is said at once, not found later in an export.
class ArticleDialog : public QDialog
{
    Q_OBJECT

public:
    ArticleDialog(const ArticleMetadata &metadata, QWidget *parent = nullptr);

    ArticleMetadata metadata() const;
    bool isModified() const { return metadata() != m_original; }
    QLineEdit *field(const char *name) const;

    // Why the fields cannot be stored as they are; empty when they can.
    static QString problem(const ArticleMetadata &metadata);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void check();

    ArticleMetadata m_original;
    QLineEdit *m_title;
    QLineEdit *m_outlet;
    QLineEdit *m_author;
    QLineEdit *m_published;
    QLineEdit *m_url;
    QLineEdit *m_language;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Parallax
