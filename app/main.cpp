// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "charteversion.h"
#include "cli.h"
#include "mainwindow.h"
#include "startpage.h"
#include "format/policyreader.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARTE_VERSION));
    // The installed desktop entry's id (packaging/): Wayland compositors and docks
    // match the window to its entry and icon by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.charte.Charte"));
}

void installTranslations(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("charte"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Cli::wantsCommandLine(arguments) && Cli::needsGuiApplication(arguments)) {
        // QPdfWriter orders the embedded fonts by hash: a fixed seed makes the same
        // document give the same bytes on every run, as every export does.
        QHashSeed::setDeterministicGlobalSeed();
        // Fonts need a QGuiApplication; the offscreen platform keeps it display-free.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslations(app);
        return Cli::run(arguments);
    }
    if (Cli::wantsCommandLine(arguments)) {
        // No QApplication: the command line must work without a display.
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Cli::run(arguments);
    }

    QStringList files = arguments.mid(1);
    const bool quitAfterStartup = files.removeAll(QStringLiteral("--quit-after-startup")) > 0;
    // Qt's own options (-platform, -style …) are consumed by QApplication below.
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const QString &argument) { return argument.startsWith(u'-'); }),
                files.end());
    if (files.size() > 1) {
        fprintf(stderr, "charte: %s\n",
                qUtf8Printable(QCoreApplication::translate("main", "expected at most one FILE to open")));
        return Cli::UsageOrInput;
    }
    // Read the file before any window exists, so a bad file is one line on
    // standard error, even without a display.
    std::optional<Policy> initial;
    if (!files.isEmpty()) {
        Expected<Policy> policy = PolicyReader::readFile(files.first());
        if (!policy) {
            fprintf(stderr, "charte: %s\n", qUtf8Printable(policy.error()));
            return Cli::UsageOrInput;
        }
        initial = std::move(policy).value();
    }

    QApplication app(argc, argv);
    // No installTranslations here: the window's InterfaceLanguage installs the
    // catalogues the user chose (and switches them live).
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/charte.svg")));

    MainWindow window;
    if (initial)
        window.adopt(std::move(*initial), files.first());
    else if (auto *start = window.findChild<StartPage *>(); !start || !start->restoreSession())
        window.showDefaultCharter(); // first start, or reopening turned off
    window.show();

    // After a crash, offer what the autosave kept, over the visible window. A smoke
    // run must never wait on a dialog, so it asks only when the answer is scripted.
    if (!quitAfterStartup || qEnvironmentVariableIsSet("CHARTE_RECOVERY_ANSWER"))
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });

    if (quitAfterStartup) {
        // After the first paint: the event loop has processed the show and expose events.
        // exit(), not quit(): quit() closes the windows first, and a modified
        // document would then wait for an answer to "save the changes?".
        QTimer::singleShot(
            0, &app, [&app] { QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); }); });
    }
    return app.exec();
}
