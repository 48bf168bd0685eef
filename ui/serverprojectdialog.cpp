// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprojectdialog.h"

#include "storage/serveraddress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax {

ServerProjectDialog::ServerProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_user(new QLineEdit)
    , m_problemLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Open Server Project"));
    m_address->setObjectName(u"address"_s);
    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_database->setObjectName(u"database"_s);
    m_user->setObjectName(u"user"_s);
    m_address->setPlaceholderText(u"postgresql://mara@db.example.org/varn"_s);
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(u'x') * 56);
    m_host->setPlaceholderText(tr("this computer (the default socket)"));
    m_host->setToolTip(tr("A host name or address, or the folder of the server's socket "
                          "(starting with /)"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database->setPlaceholderText(tr("required"));
    const QString login = qEnvironmentVariable("USER");
    m_user->setPlaceholderText(
        login.isEmpty() ? tr("your login name") : tr("your login name (%1)").arg(login));

    auto *intro = new QLabel(tr("Paste the address your administrator gave you, or fill in "
                                "the fields below."));
    intro->setWordWrap(true);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(line);
    form->addRow(tr("&Host or socket folder:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    auto *password = new QLabel(tr("Parallax asks for the password when the server wants one "
                                   "and does not store it; PGPASSWORD and ~/.pgpass are tried "
                                   "first."));
    password->setWordWrap(true);
    password->setForegroundRole(QPalette::PlaceholderText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setObjectName(u"problem"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(password);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textEdited, this, &ServerProjectDialog::addressEdited);
    // A pasted password leaves the field once the address is in: it is not for the screen.
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        if (!m_password.isEmpty() && m_problem.isEmpty())
            m_address->setText(displayedUri());
    });
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ServerProjectDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerProjectDialog::fieldsEdited);
    fieldsEdited();
    m_address->setFocus();
}

QLineEdit *ServerProjectDialog::field(const char *name) const
{
    return findChild<QLineEdit *>(QString::fromLatin1(name));
}

void ServerProjectDialog::setUri(const QString &uri)
{
    m_address->setText(uri);
    addressEdited();
}

namespace {

ServerAddress fromFields(const QString &host, int port, const QString &database,
    const QString &user, const QString &password, const QMap<QString, QString> &options)
{
    ServerAddress a;
    a.host = host.trimmed();
    a.port = port > 0 ? port : -1;
    a.database = database.trimmed();
    a.user = user.trimmed();
    a.password = password;
    a.options = options;
    return a;
}

} // namespace

QString ServerProjectDialog::uri() const
{
    return fromFields(
        m_host->text(), m_port->value(), m_database->text(), m_user->text(), m_password, m_options)
        .uri();
}

QString ServerProjectDialog::displayedUri() const
{
    return fromFields(
        m_host->text(), m_port->value(), m_database->text(), m_user->text(), {}, m_options)
        .display();
}

void ServerProjectDialog::fieldsEdited()
{
    const QSignalBlocker blocker(m_address);
    m_address->setText(displayedUri());
    showProblem(
        m_database->text().trimmed().isEmpty() ? tr("Name the project's database.") : QString());
}

void ServerProjectDialog::addressEdited()
{
    const QString text = m_address->text().trimmed();
    auto parsed = ServerAddress::parse(text);
    if (!parsed) {
        showProblem(text.isEmpty() ? tr("Name the project's database.") : parsed.error());
        return;
    }
    const ServerAddress &a = parsed.value();
    const QSignalBlocker host(m_host);
    const QSignalBlocker port(m_port);
    const QSignalBlocker database(m_database);
    const QSignalBlocker user(m_user);
    m_host->setText(a.host);
    m_port->setValue(a.port > 0 ? a.port : 0);
    m_database->setText(a.database);
    m_user->setText(a.user);
    m_password = a.password;
    m_options = a.options;
    showProblem({},
        m_password.isEmpty() ? QString()
                             : tr("The password in the address is used for this connection "
                                  "only; it is not shown or stored."));
}

void ServerProjectDialog::showProblem(const QString &problem, const QString &note)
{
    m_problem = problem;
    m_problemLabel->setText(problem.isEmpty() ? note : problem);
    m_problemLabel->setVisible(!m_problemLabel->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

} // namespace Parallax
