// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>
#include <QTest>

// What a test needs from the machine (a browser, a database server, a tool). In CI
// (CI set) the project's scripts install it, so its absence is a failure; elsewhere
// the test is skipped, saying what is missing. A macro, because QFAIL and QSKIP must
// return from the test function itself.
#define CHARTE_REQUIRE(available, whyNot)                                                          \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            const QString charteWhyNot = (whyNot);                                                 \
            if (!qEnvironmentVariableIsEmpty("CI"))                                                \
                QFAIL(qPrintable(QStringLiteral("CI must provide this (scripts/install-deps.sh): ") + \
                                 charteWhyNot));                                                   \
            QSKIP(qPrintable(charteWhyNot));                                                       \
        }                                                                                          \
    } while (false)
