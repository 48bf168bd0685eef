// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "annotate/annotator.h"
#include "annotate/ner/nermodel.h"
#include "command.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

const QCommandLineOption kHelp(QStringList {u"h"_s, u"help"_s}, u"Show this help."_s);

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = [] {
        std::map<QString, Command> all;
        for (const QList<Command> &group : {projectCommands(), annotateCommands(),
                 compareCommands(), exportCommands(), agreementCommands(), userCommands()}) {
            for (const Command &command : group)
                all.emplace(command.name, command);
        }
        return all;
    }();
    return table;
}

QString overview()
{
    QString text = u"Usage: parallax [PROJECT]            open the window\n"
                   "       parallax COMMAND [ARGS...]     run a command without a window\n\n"
                   "Commands:\n"_s;
    for (const auto &[name, command] : commands())
        text += u"  %1 %2\n"_s.arg(name, -18).arg(command.summary);
    text
        += u"\nRun 'parallax COMMAND --help' for a command's options.\n"
           "Exit status: 0 on success, 1 when the input or project was refused, 2 for a usage error.\n"_s;
    return text;
}

QString commandHelp(const QString &name, const Command &command, QCommandLineParser &parser)
{
    QString text = u"Usage: parallax %1\n\n%2\n\n%3\n"_s.arg(
        command.synopsis, command.summary, command.details);
    // Option lines come from the parser, without its own usage line.
    const QString options = parser.helpText().section(u"Options:"_s, 1);
    if (!options.isEmpty())
        text += u"\nOptions:"_s + options;
    Q_UNUSED(name)
    return text;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (commands().contains(first) || first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1
        || first == "--version"_L1)
        return true;
    // Anything that cannot be a project to open in the window is a mistyped command.
    if (first.startsWith(u'-'))
        return first != "--screenshot"_L1 && first != "--sample"_L1 && first != "--dark"_L1;
    return !QFileInfo::exists(first) && !first.endsWith(u".parallax"_s) && !first.contains(u'/');
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == "--help"_L1 || arguments.first() == "-h"_L1
        || arguments.first() == "help"_L1) {
        if (arguments.size() >= 2 && commands().contains(arguments.at(1)))
            return run({arguments.at(1), u"--help"_s}, out, err);
        out << overview();
        return arguments.isEmpty() ? UsageError : Success;
    }
    if (arguments.first() == "--version"_L1) {
        out << "parallax " << PARALLAX_VERSION << " (Qt " << qVersion() << "; annotator "
            << Annotator::version() << ", entity model format " << NerModel::kFormatVersion << ")"
            << Qt::endl;
        return Success;
    }
    const auto it = commands().find(arguments.first());
    if (it == commands().end()) {
        err << "parallax: unknown command '" << arguments.first()
            << "'. Run 'parallax --help' for the list." << Qt::endl;
        return UsageError;
    }
    const Command &command = it->second;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(kHelp);
    if (command.options)
        command.options(parser);
    if (!parser.parse(QStringList {u"parallax"_s} + arguments.mid(1))) {
        err << "parallax " << it->first << ": " << parser.errorText() << Qt::endl
            << "Usage: parallax " << command.synopsis << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(kHelp)) {
        out << commandHelp(it->first, command, parser);
        return Success;
    }
    try {
        return command.run(parser, out, err);
    } catch (const UsageFailure &failure) {
        err << "parallax " << it->first << ": " << failure.message << Qt::endl
            << "Usage: parallax " << command.synopsis << Qt::endl;
        return UsageError;
    }
}

} // namespace Parallax::Cli
