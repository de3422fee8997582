// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "scan/browserscanner.h"
#include "support/required.h"

#include <QString>
#include <QTest>

// Tests that drive Chromium: in CI (CI set) a missing browser is a failure, since the
// project's scripts install it; elsewhere the test is skipped, saying why. A macro,
// because QFAIL and QSKIP must return from the test function itself.
#define CHARTE_REQUIRE_CHROMIUM()                                                                  \
    do {                                                                                           \
        QString whyNoChromium;                                                                     \
        const bool hasChromium = !BrowserScanner::findBrowser(QString(), &whyNoChromium).isEmpty(); \
        CHARTE_REQUIRE(hasChromium,                                                                \
                       QStringLiteral("no Chromium on this machine, the browser scan is not tested: ") + \
                           whyNoChromium);                                                         \
    } while (false)
