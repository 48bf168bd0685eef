// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Server projects in the window: File › Open Server Project, the password prompt, the title and
// the status bar's account, and the editing actions of a project the account may only read.
#include "mainwindow.h"

#include "edit/projectsession.h"
#include "serverprojectdialog.h"
#include "storage/accounts.h"
#include "storage/project.h"
#include "storage/serveraddress.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Parallax {

void MainWindow::openServerProjectDialog()
{
    ServerProjectDialog dialog(this);
    // The last server project, to change a field of rather than type again.
    for (const QAction *recent : m_recentMenu->actions()) {
        if (const QString path = recent->data().toString(); Project::isServerLocation(path)) {
            dialog.setUri(path);
            break;
        }
    }
    if (dialog.exec() == QDialog::Accepted)
        openProject(dialog.uri());
}

namespace {

// What a connection attempt on a worker thread found, read once its thread has finished.
struct Attempt
{
    bool opened = false;
    QString error;
};

} // namespace

std::optional<Result<std::unique_ptr<Project>>> MainWindow::connectInBackground(
    const ServerAddress &address)
{
    // libpq blocks until the server answers, or for connect_timeout (10 s) when a host does not:
    // the worker waits through it, the window keeps painting and offers Cancel. The project is
    // then opened again here, on the thread that uses it (a connection belongs to the thread
    // that opened it), which is quick once the server has just answered.
    const QString uri = address.uri();
    auto attempt = std::make_shared<Attempt>();
    QThread *worker = QThread::create([uri, attempt] {
        auto project = Project::open(uri);
        attempt->opened = project.ok();
        if (!project)
            attempt->error = project.error();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_connecting.removeAll(nullptr);
    m_connecting.append(worker);

    QProgressDialog busy(tr("Connecting to %1…").arg(address.display()), tr("Cancel"), 0, 0, this);
    busy.setObjectName(u"connecting"_s);
    busy.setWindowTitle(tr("Open Server Project"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setAutoClose(false);
    busy.setAutoReset(false);
    busy.setMinimumDuration(kConnectingShownAfter);
    QEventLoop loop;
    bool cancelled = false;
    connect(&busy, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    worker->start();
    busy.setValue(0); // starts the wait before the dialog shows
    loop.exec();
    QApplication::restoreOverrideCursor();
    if (cancelled)
        return std::nullopt; // the worker gives up by itself, at libpq's timeout
    if (!attempt->opened)
        return Result<std::unique_ptr<Project>> {Error {attempt->error}};
    return Project::open(uri);
}

Result<std::unique_ptr<Project>> MainWindow::openOnServer(const QString &uri)
{
    auto address = ServerAddress::parse(uri);
    if (!address)
        return Error {address.error()};
    ServerAddress attempt = address.value();
    auto connected = connectInBackground(attempt);
    if (!connected)
        return Error {QString()};
    auto opened = std::move(connected).value();
    while (!opened) {
        const ConnectProblem problem = connectProblem(opened.error());
        if (problem == ConnectProblem::Other)
            return opened;
        const QString who = attempt.user.isEmpty() ? qEnvironmentVariable("USER") : attempt.user;
        const QString where = attempt.host.startsWith(u'/') || attempt.host.isEmpty()
            ? tr("the server on this computer")
            : attempt.host;
        const QString question = problem == ConnectProblem::PasswordMissing
            ? tr("The project %1 on %2 asks for a password.\n\nPassword of %3:")
            : tr("The server did not accept the password of %3 for the project %1 on %2.\n\n"
                 "Password of %3:");
        bool ok = false;
        // Kept in memory for this window's connections (a worker's too), never in the settings.
        const QString password = QInputDialog::getText(this, tr("Password"),
            question.arg(attempt.database, where, who), QLineEdit::Password, {}, &ok);
        if (!ok)
            return opened;
        attempt.password = password;
        connected = connectInBackground(attempt);
        if (!connected)
            return Error {QString()};
        opened = std::move(connected).value();
    }
    return opened;
}

QString MainWindow::projectTitle() const
{
    if (!m_session)
        return tr("Parallax");
    const QString path = project()->path();
    if (!Project::isServerLocation(path)) {
        return QFileInfo(path).completeBaseName()
            + (project()->isReadOnly() ? tr(" (read-only)") : QString());
    }
    auto address = ServerAddress::parse(path);
    if (!address)
        return project()->path();
    const ServerAddress &a = address.value();
    // The account the server took (libpq's default is the login name), as psql's prompt names a
    // socket: [local].
    auto account = ProjectAccounts(*project()).current();
    const QString user = account ? account->name : a.user;
    const QString host = a.host.isEmpty() || a.host.startsWith(u'/') ? u"[local]"_s : a.host;
    QString title = u"%1@%2/%3"_s.arg(user, host, a.database);
    if (project()->isReadOnly())
        title += u" — "_s + tr("read-only (viewer)");
    return title;
}

void MainWindow::showAccess()
{
    if (!m_accessLabel) {
        m_accessLabel = new QLabel;
        m_accessLabel->setObjectName(u"access"_s);
        statusBar()->addPermanentWidget(m_accessLabel);
    }
    QString text;
    QString tip;
    if (m_session && Project::isServerLocation(project()->path())) {
        auto account = ProjectAccounts(*project()).current();
        const QString role = account && !account->role.isEmpty() ? account->role : tr("no role");
        if (project()->isReadOnly()) {
            text = tr("read-only (viewer)");
            tip = tr("%1 may read and search this project and export from it, not change it. "
                     "The project's administrator gives another role with 'parallax users'.")
                      .arg(account ? account->name : tr("This account"));
        } else {
            text = tr("%1 (%2)").arg(account ? account->name : QString(), role);
            tip = tr("Connected to %1 as %2").arg(project()->path(), text);
        }
    } else if (m_session && project()->isReadOnly()) {
        text = tr("read-only");
        tip = tr("%1 cannot be written: you can read and search it, but changes cannot be saved.")
                  .arg(project()->path());
    }
    m_accessLabel->setText(text);
    m_accessLabel->setToolTip(tip);
    m_accessLabel->setVisible(!text.isEmpty());
    if (m_session && project()->isReadOnly())
        statusBar()->showMessage(tip);
}

void MainWindow::updateEditActions()
{
    const bool editable = canEdit();
    for (QAction *action : std::as_const(m_editActions)) {
        const auto need = m_actionNeeds.constFind(action);
        const bool allowed = need == m_actionNeeds.cend() || project()->may(need.value());
        action->setEnabled(editable && allowed && (!m_taskActions.contains(action) || !isBusy()));
    }
    updateLibraryActions();
}

} // namespace Parallax
