// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "command.h"
#include "storage/accounts.h"
#include "storage/project.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

const QCommandLineOption kRole(
    u"role"_s, u"The account's role: viewer, analyst or curator."_s, u"ROLE"_s);
const QCommandLineOption kPasswordFile(u"password-file"_s,
    u"Read the new account's password from the first line of FILE (never from the command "
    "line, where other users could see it)."_s,
    u"FILE"_s);

Result<QString> readPassword(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"%1: cannot be read (%2)"_s.arg(path, file.errorString())};
    const QString password = QString::fromUtf8(file.readLine()).trimmed();
    if (password.isEmpty())
        return Error {u"%1: the first line holds no password"_s.arg(path)};
    return password;
}

int cmdUsers(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    const QString action = positional(parser, 1, u"ACTION (add, list, set-role or remove)"_s);
    const QStringList expected {u"add"_s, u"list"_s, u"set-role"_s, u"remove"_s};
    if (!expected.contains(action))
        throw UsageFailure {
            u"unknown action '%1'; use add, list, set-role or remove"_s.arg(action)};
    const QString name = action == "list"_L1 ? QString() : positional(parser, 2, u"NAME"_s);
    QString role;
    if (action == "add"_L1) {
        expectPositionals(parser, 3);
        if (!parser.isSet(kRole))
            throw UsageFailure {u"add needs --role viewer|analyst|curator"_s};
        role = parser.value(kRole);
    } else if (action == "set-role"_L1) {
        role = positional(parser, 3, u"ROLE"_s);
        expectPositionals(parser, 4);
    } else {
        expectPositionals(parser, action == "list"_L1 ? 2 : 3);
    }
    QString password;
    if (parser.isSet(kPasswordFile)) {
        auto read = readPassword(parser.value(kPasswordFile));
        if (!read)
            return fail(err, read.error());
        password = read.value();
    }

    auto project = Project::open(path);
    if (!project)
        return fail(err, project.error());
    ProjectAccounts accounts(*project.value());
    if (action == "list"_L1) {
        auto list = accounts.list();
        if (!list)
            return fail(err, list.error());
        if (jsonWanted(parser)) {
            QJsonArray array;
            for (const Account &a : list.value())
                array.append(QJsonObject {{u"name"_s, a.name}, {u"role"_s, a.role}});
            printJson(out, QJsonObject {{u"accounts"_s, array}});
        } else {
            for (const Account &a : list.value())
                out << a.name << "  " << a.role << Qt::endl;
        }
        return Success;
    }
    Result<void> done = action == "add"_L1 ? accounts.add(name, role, password)
        : action == "set-role"_L1          ? accounts.setRole(name, role)
                                           : accounts.remove(name);
    if (!done)
        return fail(err, u"%1: %2"_s.arg(project.value()->path(), done.error()));
    if (action == "add"_L1)
        out << "Added " << name << " as " << role << Qt::endl;
    else if (action == "set-role"_L1)
        out << name << " is now " << role << Qt::endl;
    else
        out << "Removed " << name << Qt::endl;
    return Success;
}

} // namespace

QList<Command> userCommands()
{
    return {
        {u"users"_s,
            u"users PROJECT add NAME --role ROLE [--password-file FILE] | list | set-role NAME "
            "ROLE | remove NAME"_s,
            u"Manage the accounts of a server project."_s,
            u"PROJECT is a postgresql:// address. Accounts are PostgreSQL roles; the server "
            u"enforces\n"
            u"what each role may do: a viewer reads; an analyst imports and annotates, and "
            u"changes\n"
            u"only her own annotations; a curator changes everyone's and the code book. Only the\n"
            u"project's administrator (the role that created it) manages accounts."_s,
            [](QCommandLineParser &p) {
                p.addOption(kRole);
                p.addOption(kPasswordFile);
                p.addOption(formatOption());
            },
            cmdUsers},
    };
}

} // namespace Parallax::Cli
