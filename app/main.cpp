// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Progress chatter stays out of scripts' stderr; QT_LOGGING_RULES can turn it back on.
    QLoggingCategory::setFilterRules(u"parallax.*.debug=false\nparallax.*.info=false"_s);
    QCoreApplication::setOrganizationName(u"Parallax"_s);
    QCoreApplication::setApplicationName(u"Parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));

    // Subcommands run headless and never need a display.
    if (Parallax::Cli::wantsCommandLine(arguments)) {
        // A PDF report lays out text, which takes fonts and so a QGuiApplication; never a display.
        std::unique_ptr<QCoreApplication> app;
        if (arguments.constFirst() == "export"_L1) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // Without a desktop session QStandardPaths warns about XDG_RUNTIME_DIR, which scripts
            // would read as an error; nothing here uses that folder.
            static QtMessageHandler previous = nullptr;
            previous = qInstallMessageHandler(
                [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                    if (!message.startsWith("QStandardPaths: XDG_RUNTIME_DIR"_L1))
                        previous(type, context, message);
                });
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Parallax::Cli::run(arguments, out, err);
    }

    // --screenshot FILE renders the window to a PNG and quits (for docs and visual checks).
    QString screenshot;
    if (const qsizetype at = arguments.indexOf(u"--screenshot"_s);
        at >= 0 && at + 1 < arguments.size()) {
        screenshot = arguments.at(at + 1);
        arguments.remove(at, 2);
    }

    // --size WxH: the window's size in a screenshot (1400x860 unless given).
    QSize screenshotSize(1400, 860);
    if (const qsizetype at = arguments.indexOf(u"--size"_s); at >= 0 && at + 1 < arguments.size()) {
        const QStringList parts = arguments.at(at + 1).split(u'x');
        if (parts.size() == 2 && parts[0].toInt() > 0 && parts[1].toInt() > 0)
            screenshotSize = QSize(parts[0].toInt(), parts[1].toInt());
        arguments.remove(at, 2);
    }

#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QTextStream(stderr)
            << "parallax: no display to open the window on. Run a command instead "
               "(see 'parallax --help'), or start the window inside a desktop session.\n";
        return Parallax::Cli::UserError;
    }
#endif

    // --sample opens the bundled sample project (made on first use).
    const bool sample = arguments.removeAll(u"--sample"_s) > 0;
    // --dark forces a dark palette, to check how the window looks in one.
    const bool dark = arguments.removeAll(u"--dark"_s) > 0;

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Parallax"_s);
    QApplication::setDesktopFileName(u"org.parallax.Parallax"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.parallax.Parallax.svg"_s));
    // --dark, then PARALLAX_DARK, then the choice made in Preferences.
    Parallax::Theme::apply(Parallax::Theme::effectiveScheme(
        Parallax::Settings().colorScheme(), dark, qEnvironmentVariable("PARALLAX_DARK")));
    // The user's language where Parallax has it, else English (which supplies the plural forms).
    QTranslator translator;
    if (translator.load(QLocale(), u"parallax"_s, u"_"_s, u":/i18n"_s)
        || translator.load(u"parallax_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    auto window = std::make_unique<Parallax::MainWindow>();
    if (!screenshot.isEmpty()) {
        window->resize(screenshotSize);
        window->resetLayout();
    }
    window->show();
    if (sample)
        window->openSampleProject();
    else
        window->openInitialProject(arguments.value(0));
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(300, window.get(), [&window, screenshot] {
            const bool saved = window->grab().save(screenshot);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
