#pragma once

#include "scan/browserscanner.h"

#include <QString>
#include <QTest>

// Tests that drive Chromium: in CI (CI set) a missing browser is a failure, since the
// project's scripts install it; elsewhere the test is skipped, saying why. A macro,
// because QFAIL and QSKIP must return from the test function itself.
#define CHARTE_REQUIRE_CHROMIUM()                                                                  \
    do {                                                                                           \
        QString whyNoChromium;                                                                     \
        if (BrowserScanner::findBrowser(QString(), &whyNoChromium).isEmpty()) {                    \
            if (!qEnvironmentVariableIsEmpty("CI"))                                                \
                QFAIL(qPrintable(QStringLiteral("CI must have Chromium (scripts/install-deps.sh "  \
                                                "installs it): ") +                                \
                                 whyNoChromium));                                                  \
            QSKIP(qPrintable(QStringLiteral("no Chromium on this machine, the browser scan is "    \
                                            "not tested: ") +                                      \
                             whyNoChromium));                                                      \
        }                                                                                          \
    } while (false)
