// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// What a consent library's configuration script hands to the library, learnt by
// running the script in an empty JavaScript engine (QJSEngine) whose only globals
// are stubs of the libraries: CookieConsent.run(…), klaro.setup(…), the klaroConfig
// variable (var, let, const or window.klaroConfig), tarteaucitron.init(…),
// tarteaucitron.user.*, tarteaucitron.job and tarteaucitron.services. There is no
// network (XMLHttpRequest and fetch throw, import() is refused), no DOM and no
// timers.
//
// Values come back as JSON, in the script's key order, with what JSON cannot hold
// marked: a RegExp as {"$regexp": source, "flags": flags}; functions are left out.
struct JsCapture
{
    struct Call
    {
        QString target; // "CookieConsent.run", "klaroConfig", "tarteaucitron.job", …
        QJsonValue value;
    };
    QList<Call> calls;

    // The value of the first call to target, or Undefined.
    QJsonValue first(const QString &target) const;
    bool has(const QString &target) const;
};

// A hostile file (an endless loop, a huge allocation, a getter that never returns)
// is stopped: a watchdog thread interrupts the engine (QJSEngine::setInterrupted)
// when the time runs out or when the process grew by more than the memory bound.
// The engine has no heap limit of its own, so the bound is measured on the process
// (resident size on Linux); the few built-ins that can allocate a huge block in one
// native call (typed arrays, String.prototype.repeat/padStart/padEnd,
// Array.prototype.fill/join, Array(n)) are removed or bounded before the script
// runs, so nothing large is allocated between two checks.
namespace JsConfigSandbox {
struct Limits
{
    // A second in all, Charte's start included: configurations run in milliseconds.
    int milliseconds = 500;
    qint64 memoryBytes = qint64(64) << 20;
};

// The engine notices an interruption on loop back-edges only: a script that recurses
// through try/catch without ever looping (f calls f in its try and in its catch)
// runs on, uninterruptible. A process that can afford it (the command line) asks
// for this last resort: if the script still runs a second after the interruption,
// the message goes to standard error and the process exits with status 2. Without
// it such a script blocks the calling thread.
void setExitWhenStuck(bool exit);

struct Script
{
    QString text;
    QString name; // for messages
};

// Runs the scripts one after the other in the same engine (tarteaucitron's service
// list reads what the site's setup set). Fails with one line naming the script and,
// when known, the line: a syntax error, an exception, a blocked network call, or a
// limit reached (the limits cover all the scripts together).
Expected<JsCapture> run(const QList<Script> &scripts, const Limits &limits);
inline Expected<JsCapture> run(const QString &script, const QString &sourceName,
                               const Limits &limits = Limits())
{
    return run({Script{script, sourceName}}, limits);
}
} // namespace JsConfigSandbox
