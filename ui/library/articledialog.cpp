// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledialog.h"

#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Parallax {

ArticleDialog::ArticleDialog(const ArticleMetadata &metadata, QWidget *parent)
    : QDialog(parent)
    , m_original(metadata)
    , m_title(new QLineEdit(metadata.title))
    , m_outlet(new QLineEdit(metadata.outlet))
    , m_author(new QLineEdit(metadata.author))
    , m_published(new QLineEdit(metadata.published))
    , m_url(new QLineEdit(metadata.url))
    , m_language(new QLineEdit(metadata.language))
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Article Details"));
    m_title->setObjectName(u"title"_s);
    m_outlet->setObjectName(u"outlet"_s);
    m_author->setObjectName(u"author"_s);
    m_published->setObjectName(u"published"_s);
    m_url->setObjectName(u"url"_s);
    m_language->setObjectName(u"language"_s);
    m_published->setPlaceholderText(tr("YYYY-MM-DD, or a date and time"));
    m_url->setPlaceholderText(u"https://"_s);
    m_language->setPlaceholderText(tr("two letters: en, de, fr…"));
    m_language->setMaxLength(3);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"problem"_s);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Date:"), m_published);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ArticleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ArticleDialog::reject);
    for (QLineEdit *edit : {m_title, m_outlet, m_author, m_published, m_url, m_language})
        connect(edit, &QLineEdit::textChanged, this, &ArticleDialog::check);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    check();
    m_title->setFocus();
    m_title->selectAll();
}

QLineEdit *ArticleDialog::field(const char *name) const
{
    return findChild<QLineEdit *>(QString::fromLatin1(name));
}

ArticleMetadata ArticleDialog::metadata() const
{
    return {m_title->text().trimmed(), m_outlet->text().trimmed(), m_author->text().trimmed(),
        m_published->text().trimmed(), m_url->text().trimmed(),
        m_language->text().trimmed().toLower()};
}

QString ArticleDialog::problem(const ArticleMetadata &m)
{
    if (m.title.isEmpty())
        return tr("An article needs a title.");
    if (!m.published.isEmpty() && !QDate::fromString(m.published, Qt::ISODate).isValid()
        && !QDateTime::fromString(m.published, Qt::ISODate).isValid())
        return tr("\u201C%1\u201D is not a date as YYYY-MM-DD (or a date and time, "
                  "2026-11-24T08:30+01:00).")
            .arg(m.published);
    static const QRegularExpression language(u"^[a-z]{2,3}$"_s);
    if (!m.language.isEmpty() && !language.match(m.language).hasMatch())
        return tr("\u201C%1\u201D is not a language code (two letters, as en or de).")
            .arg(m.language);
    if (!m.url.isEmpty()) {
        const QUrl url(m.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return tr("\u201C%1\u201D is not a web address (https://…).").arg(m.url);
    }
    return {};
}

void ArticleDialog::check()
{
    const QString why = problem(metadata());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ArticleDialog::accept()
{
    if (!problem(metadata()).isEmpty())
        return;
    QDialog::accept();
}

// Escape on changed fields asks, as the note editor does: typing is not thrown away by reflex.
void ArticleDialog::reject()
{
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Keep the changes to this article?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        accept();
    else if (answer == QMessageBox::Discard)
        QDialog::reject();
}

} // namespace Parallax
