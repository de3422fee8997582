#include "cli.h"
#include "mainwindow.h"
#include "policyreader.h"

#include <QApplication>
#include <QDebug>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARTE_VERSION));
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

    QApplication app(argc, argv);
    installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/charte.svg")));

    arguments.removeFirst();
    const bool quitAfterStartup = arguments.removeAll(QStringLiteral("--quit-after-startup")) > 0;
    if (arguments.size() > 1 || (!arguments.isEmpty() && arguments.first().startsWith(u'-'))) {
        return Cli::run({QStringLiteral("charte"), arguments.first()});
    }

    MainWindow window;
    if (arguments.isEmpty()) {
        window.showDefaultCharter();
    } else {
        // Read before showing anything, so a bad file is one line on standard error.
        Expected<Policy> policy = PolicyReader::readFile(arguments.first());
        if (!policy) {
            qCritical().noquote() << "charte:" << policy.error();
            return Cli::UsageOrInput;
        }
        window.adopt(std::move(policy).value(), arguments.first());
    }
    window.show();

    if (quitAfterStartup) {
        // After the first paint: the event loop has processed the show and expose events.
        QTimer::singleShot(0, &app, [&app] { QTimer::singleShot(0, &app, &QCoreApplication::quit); });
    }
    return app.exec();
}
