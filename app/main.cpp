// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(u"Parallax"_s);
    QCoreApplication::setApplicationName(u"Parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));

    // Subcommands run headless and never need a display.
    if (Parallax::Cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Parallax::Cli::run(arguments, out, err);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Parallax"_s);
    QApplication::setDesktopFileName(u"org.parallax.Parallax"_s);
    auto window = std::make_unique<Parallax::MainWindow>();
    window->show();
    window->openInitialProject(arguments.value(0));
    return app.exec();
}
