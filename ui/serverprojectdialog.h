// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Parallax {

// Where a server project is: host (or the folder of the server's socket), port, database and
// account, or a postgresql:// address pasted whole. The fields and the address follow each other;
// what the window opens is uri(). No field takes a password: libpq finds it (PGPASSWORD,
// ~/.pgpass, or none on a socket with peer authentication), and the window asks when the server
// wants one. A password inside a pasted address is kept for the connection, never shown.
class ServerProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerProjectDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (a recent project's, say).
    void setUri(const QString &uri);
    // The libpq URI of the fields, with the pasted password if there was one.
    QString uri() const;
    // The same without a password, as the window shows it.
    QString displayedUri() const;
    // Why the fields are no address yet (no database); empty when they are one.
    QString problem() const { return m_problem; }

    QLineEdit *field(const char *name) const;
    QSpinBox *portField() const { return m_port; }

private:
    void fieldsEdited();
    void addressEdited();
    void showProblem(const QString &problem, const QString &note = {});

    QLineEdit *m_address;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QString m_password; // from a pasted address only
    QMap<QString, QString> m_options; // sslmode=... and the like, kept as pasted
    QString m_problem;
};

} // namespace Parallax
