// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

class QCommandLineParser;
class QJsonObject;
class QTextStream;

namespace Parallax {
class Project;
}

namespace Parallax::Cli {

// A headless subcommand. Each feature defines its commands in its own file and lists them in a
// function below; cli.cpp dispatches.
struct Command
{
    QString name;
    QString synopsis; // after "parallax "
    QString summary; // one line for the overview
    QString details; // paragraphs for --help
    std::function<void(QCommandLineParser &)> options;
    std::function<int(QCommandLineParser &, QTextStream &out, QTextStream &err)> run;
};

QList<Command> projectCommands(); // new, import, list, search, show

// annotate (annotatecommand.cpp), listed with the annotation commands.
int cmdAnnotate(QCommandLineParser &parser, QTextStream &out, QTextStream &err);
void annotateOptions(QCommandLineParser &parser);
QList<Command> annotateCommands(); // train-ner, eval
QList<Command> compareCommands(); // compare (comparecommand.cpp)
QList<Command> exportCommands(); // export, import-annotations (exportcommand.cpp)
QList<Command> agreementCommands(); // agreement (agreementcommand.cpp)
QList<Command> userCommands(); // users (userscommand.cpp)

// compare PROJECT (compareproject.cpp): compares a story's articles and stores the comparison and
// its review items in the project. Reads --story (a name or an id; optional when the project has
// one story) and --format, which the calling command must define.
int cmdCompareProject(
    QCommandLineParser &parser, const QString &path, QTextStream &out, QTextStream &err);

// Thrown by the helpers below for a usage error (exit 2); caught by the dispatcher.
struct UsageFailure
{
    QString message;
};

const QCommandLineOption &formatOption(); // --format text|json

// Prints "parallax: message" to err and returns the user-error exit code (1).
int fail(QTextStream &err, const QString &message);
// fail() for a command that writes, on a project it may only read: a file it cannot write, or a
// server project whose account is a viewer.
int failReadOnly(QTextStream &err, const Project &project);
// A .parallax file, any SQLite file, or a server project's postgresql:// address: what
// 'annotate' and 'compare' take as a project.
bool isProjectFile(const QString &path);
bool jsonWanted(const QCommandLineParser &parser);
QString positional(const QCommandLineParser &parser, int index, const QString &what);
void expectPositionals(const QCommandLineParser &parser, int count);
void printJson(QTextStream &out, const QJsonObject &object);

} // namespace Parallax::Cli
