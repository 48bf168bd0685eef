// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace Parallax::Cli {

enum ExitCode { Success = 0, UserError = 1, UsageError = 2 };

// True when the arguments (without the program name) ask for a headless subcommand rather than
// the window: a known subcommand name, --help or --version.
bool wantsCommandLine(const QStringList &arguments);

// Runs a subcommand; arguments exclude the program name. Results go to out, messages for a
// person to err (one line per problem, prefixed "parallax: ").
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Parallax::Cli
