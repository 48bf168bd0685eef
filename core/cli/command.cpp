// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "cli.h"
#include "storage/project.h"
#include "util/databasefiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {

const QCommandLineOption &formatOption()
{
    static const QCommandLineOption option(
        u"format"_s, u"Output format: text (default) or json."_s, u"FORMAT"_s, u"text"_s);
    return option;
}

int fail(QTextStream &err, const QString &message)
{
    err << "parallax: " << message << Qt::endl;
    return UserError;
}

int failReadOnly(QTextStream &err, const Project &project)
{
    if (Project::isServerLocation(project.path()))
        return fail(err,
            u"%1: this account may only read the project (a viewer's); its administrator can "
            "make it an analyst's with 'parallax users URI set-role NAME analyst'"_s.arg(
                project.path()));
    return fail(
        err, u"%1: the project file is read-only"_s.arg(QDir::toNativeSeparators(project.path())));
}

bool jsonWanted(const QCommandLineParser &parser)
{
    const QString format = parser.value(formatOption());
    if (format != "text"_L1 && format != "json"_L1)
        throw UsageFailure {u"unknown --format '%1' (use text or json)"_s.arg(format)};
    return format == "json"_L1;
}

QString positional(const QCommandLineParser &parser, int index, const QString &what)
{
    const QStringList args = parser.positionalArguments();
    if (index >= args.size())
        throw UsageFailure {u"missing %1"_s.arg(what)};
    return args.at(index);
}

void expectPositionals(const QCommandLineParser &parser, int count)
{
    if (parser.positionalArguments().size() > count)
        throw UsageFailure {
            u"unexpected argument '%1'"_s.arg(parser.positionalArguments().at(count))};
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

bool isProjectFile(const QString &path)
{
    if (path.endsWith(u".parallax"_s) || DatabaseFiles::isInUse(path)
        || Project::isServerLocation(path))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace Parallax::Cli
