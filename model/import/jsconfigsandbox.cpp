// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "import/jsconfigsandbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJSEngine>
#include <QJSValueIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

#include <unistd.h>

namespace {

std::atomic<bool> exitWhenStuck{false};


// The process's resident size, or -1 where it cannot be read (outside Linux).
qint64 residentBytes()
{
    std::FILE *statm = std::fopen("/proc/self/statm", "r");
    if (!statm)
        return -1;
    long long size = 0;
    long long resident = 0;
    const int read = std::fscanf(statm, "%lld %lld", &size, &resident);
    std::fclose(statm);
    return read == 2 ? qint64(resident) * qint64(sysconf(_SC_PAGESIZE)) : -1;
}

// Interrupts the engine when the time runs out or the process grows past the bound.
// It runs on its own thread because an endless loop never gives the engine's thread
// back; QJSEngine::setInterrupted is meant to be called from another thread.
class Watchdog
{
public:
    enum class Reason { None, Time, Memory };

    Watchdog(QJSEngine &engine, const JsConfigSandbox::Limits &limits, const QString &name)
        : m_engine(engine), m_limits(limits), m_name(name), m_baseline(residentBytes()),
          m_thread([this] { watch(); })
    {
    }
    ~Watchdog() { stop(); }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    Reason reason() const { return m_reason.load(); }

private:
    void watch()
    {
        using namespace std::chrono;
        const auto deadline = steady_clock::now() + milliseconds(m_limits.milliseconds);
        std::unique_lock lock(m_mutex);
        while (!m_stopped) {
            m_wake.wait_for(lock, milliseconds(5));
            if (m_stopped)
                return;
            if (steady_clock::now() >= deadline) {
                interrupt(Reason::Time);
                lastResort(lock);
                return;
            }
            const qint64 now = m_baseline >= 0 ? residentBytes() : -1;
            if (now >= 0 && now - m_baseline > m_limits.memoryBytes) {
                interrupt(Reason::Memory);
                lastResort(lock);
                return;
            }
        }
    }
    // See JsConfigSandbox::setExitWhenStuck.
    void lastResort(std::unique_lock<std::mutex> &lock)
    {
        if (!exitWhenStuck.load())
            return;
        if (m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopped; }))
            return;
        std::fputs(qPrintable(QStringLiteral("charte: ") + m_name + QStringLiteral(": ") +
                              QCoreApplication::translate("JsConfigSandbox", "the configuration could not be interrupted (it recurses "
                                 "without end); stopped") +
                              u'\n'),
                   stderr);
        std::_Exit(2);
    }
    void interrupt(Reason reason)
    {
        m_reason = reason;
        m_engine.setInterrupted(true);
    }

    QJSEngine &m_engine;
    const JsConfigSandbox::Limits m_limits;
    const QString m_name;
    const qint64 m_baseline;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopped = false;
    std::atomic<Reason> m_reason{Reason::None};
    std::thread m_thread; // last: starts once the members it reads exist
};

QString prelude()
{
    QFile file(QStringLiteral(":/import/sandbox-prelude.js"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the JavaScript sandbox's prelude is missing from the resources");
    return QString::fromUtf8(file.readAll());
}

// ES module imports cannot run in a script: `import 'cookieconsent.umd.js'` (the
// library, whose stub is already there) becomes a blank line, and
// `import * as CookieConsent from '…'` a variable bound to the stub. Lines keep
// their numbers for messages.
QString withoutStaticImports(const QString &script)
{
    static const QRegularExpression importLine(
        QStringLiteral(R"(^[ \t]*import\s+(?:(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)\s+from\s+)?)"
                       R"((["'])[^"'\n]*\2[ \t]*;?[ \t]*$)"),
        QRegularExpression::MultilineOption);
    QString out = script;
    qsizetype offset = 0;
    QRegularExpressionMatchIterator it = importLine.globalMatch(script);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const QString replacement =
            name.isEmpty() || name == QLatin1StringView("CookieConsent")
                ? QString()
                : QStringLiteral("var %1 = CookieConsent;").arg(name);
        out.replace(match.capturedStart() + offset, match.capturedLength(), replacement);
        offset += replacement.size() - match.capturedLength();
    }
    return out;
}

// Turns what the script handed over into JSON, running getters as it goes (so it
// runs under the watchdog too). Bounded in depth and in size.
class Capture
{
public:
    explicit Capture(QJSEngine &engine) : m_engine(engine) {}

    QJsonValue value(const QJSValue &value, int depth = 0)
    {
        if (++m_count > MaximumValues || depth > MaximumDepth) {
            m_tooLarge = true;
            return QJsonValue();
        }
        if (m_engine.isInterrupted() || m_engine.hasError())
            return QJsonValue();
        if (value.isBool())
            return value.toBool();
        if (value.isNumber())
            return value.toNumber();
        if (value.isString())
            return value.toString();
        if (value.isNull())
            return QJsonValue(QJsonValue::Null);
        if (value.isUndefined() || value.isCallable() || value.isError())
            return QJsonValue(QJsonValue::Undefined);
        if (value.isRegExp()) {
            return QJsonObject{{QStringLiteral("$regexp"), value.property(QStringLiteral("source")).toString()},
                               {QStringLiteral("flags"), value.property(QStringLiteral("flags")).toString()}};
        }
        if (value.isDate())
            return value.toDateTime().toString(Qt::ISODate);
        if (value.isArray()) {
            QJsonArray array;
            const quint32 length = value.property(QStringLiteral("length")).toUInt();
            for (quint32 i = 0; i < length && !m_tooLarge; ++i) {
                const QJsonValue item = this->value(value.property(i), depth + 1);
                array.append(item.isUndefined() ? QJsonValue(QJsonValue::Null) : item);
            }
            return array;
        }
        if (value.isObject()) {
            QJsonObject object;
            QJSValueIterator it(value);
            while (it.hasNext() && !m_tooLarge) {
                it.next();
                const QJsonValue member = this->value(it.value(), depth + 1);
                if (!member.isUndefined())
                    object.insert(it.name(), member);
            }
            return object;
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    bool tooLarge() const { return m_tooLarge; }

private:
    static constexpr int MaximumDepth = 64;
    static constexpr int MaximumValues = 1'000'000;
    QJSEngine &m_engine;
    int m_count = 0;
    bool m_tooLarge = false;
};

// The line of an exception (QJSEngine sets lineNumber on errors it throws).
QString describe(const QJSValue &error, const QString &sourceName, int lineCount = 0)
{
    // The line in the configuration, not in the stub that threw: the stack's first
    // frame in the script.
    int line = error.property(QStringLiteral("lineNumber")).toInt();
    const QString stack = error.property(QStringLiteral("stack")).toString();
    static const QRegularExpression frame(QStringLiteral("@(.*):(\\d+)$"),
                                          QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator frames = frame.globalMatch(stack);
    while (frames.hasNext()) {
        const QRegularExpressionMatch match = frames.next();
        if (!match.captured(1).endsWith(QLatin1StringView("sandbox-prelude.js"))) {
            line = match.captured(2).toInt();
            break;
        }
        line = 0; // thrown by a stub: its own line means nothing to the user
    }
    // What Charte appends after a bare object is past the file's end: say the end.
    if (lineCount > 0)
        line = std::min(line, lineCount);
    const QString message = error.toString();
    const QString place = line > 0 ? QStringLiteral("%1:%2").arg(sourceName).arg(line) : sourceName;
    static const QRegularExpression blocked(QStringLiteral("CHARTE_BLOCKED (\\w+)"));
    if (const QRegularExpressionMatch match = blocked.match(message); match.hasMatch())
        return place + QStringLiteral(": ") +
               QCoreApplication::translate("JsConfigSandbox", "the configuration calls %1; reading a configuration never goes to the network")
                   .arg(match.captured(1));
    if (message.contains(QLatin1StringView("CHARTE_MEMORY")))
        return place + QStringLiteral(": ") +
               QCoreApplication::translate("JsConfigSandbox", "the configuration builds a value too large for a configuration; stopped");
    return place + QStringLiteral(": ") + QCoreApplication::translate("JsConfigSandbox", "JavaScript error: %1").arg(message);
}

} // namespace

void JsConfigSandbox::setExitWhenStuck(bool exit)
{
    exitWhenStuck = exit;
}

QJsonValue JsCapture::first(const QString &target) const
{
    for (const Call &call : calls) {
        if (call.target == target)
            return call.value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool JsCapture::has(const QString &target) const
{
    return std::any_of(calls.cbegin(), calls.cend(),
                       [&](const Call &call) { return call.target == target; });
}

Expected<JsCapture> JsConfigSandbox::run(const QList<Script> &scripts, const Limits &limits)
{
    const auto fail = [&](const QString &message) { return Expected<JsCapture>::failure(message); };
    const QString firstName = scripts.isEmpty() ? QString() : scripts.first().name;
    // Dynamic import() would make the engine load a module from disk; no configuration
    // needs it. A mention outside code (a comment, a string) is refused too: saying so
    // is clearer than guessing.
    static const QRegularExpression dynamicImport(QStringLiteral(R"((^|[^\w$.])import\s*\()"));
    for (const Script &script : scripts) {
        if (const QRegularExpressionMatch match = dynamicImport.match(script.text); match.hasMatch()) {
            const int line =
                int(QStringView(script.text).left(match.capturedStart()).count(u'\n')) + 1;
            return fail(QStringLiteral("%1:%2: ").arg(script.name).arg(line) +
                        QCoreApplication::translate("JsConfigSandbox", "the configuration loads code with import(); Charte does not run "
                           "code from elsewhere while reading a configuration"));
        }
    }

    QJSEngine engine; // no extensions: no console, no timers, no XMLHttpRequest
    const QJSValue ready = engine.evaluate(prelude(), QStringLiteral("sandbox-prelude.js"));
    if (ready.isError())
        qFatal("the JavaScript sandbox's prelude fails: %s", qPrintable(ready.toString()));

    Watchdog watchdog(engine, limits, firstName);
    const auto stopped = [&](const QString &sourceName) -> std::optional<QString> {
        switch (watchdog.reason()) {
        case Watchdog::Reason::Time:
            return sourceName + QStringLiteral(": ") +
                   QCoreApplication::translate("JsConfigSandbox", "the configuration still ran after %1 ms (an endless loop?); stopped")
                       .arg(limits.milliseconds);
        case Watchdog::Reason::Memory:
            return sourceName + QStringLiteral(": ") +
                   QCoreApplication::translate("JsConfigSandbox", "the configuration used more than %1 MiB of memory; stopped")
                       .arg(limits.memoryBytes >> 20);
        case Watchdog::Reason::None:
            break;
        }
        return std::nullopt;
    };

    for (const Script &script : scripts) {
        // A file that is one object literal (a JSON configuration) is an expression.
        QString code = withoutStaticImports(script.text);
        if (code.trimmed().startsWith(u'{'))
            code = QStringLiteral("__charteCapture('object', (") + code + QStringLiteral("\n));");
        else
            // let and const at the top of a script are not properties of the global
            // object: read klaroConfig from inside the script's own scope.
            code += QStringLiteral("\n;if (typeof klaroConfig !== 'undefined') "
                                   "__charteCapture('klaroConfig', klaroConfig);");
        const QJSValue result = engine.evaluate(code, script.name);
        if (const auto reason = stopped(script.name))
            return fail(*reason);
        if (result.isError())
            return fail(describe(result, script.name, int(script.text.count(u'\n')) + 1));
    }
    const QString sourceName = firstName;
    // Configurations often start the library once the page has loaded.
    const QJSValue handlers = engine.globalObject().property(QStringLiteral("__charteLoadHandlers"));
    const quint32 handlerCount = handlers.property(QStringLiteral("length")).toUInt();
    for (quint32 i = 0; i < handlerCount; ++i) {
        const QJSValue handled = handlers.property(i).call();
        if (const auto reason = stopped(sourceName))
            return fail(*reason);
        if (handled.isError())
            return fail(describe(handled, sourceName));
    }

    JsCapture captured;
    Capture capture(engine);
    const QJSValue calls = engine.globalObject().property(QStringLiteral("__charteCalls"));
    const quint32 callCount = calls.property(QStringLiteral("length")).toUInt();
    for (quint32 i = 0; i < callCount; ++i) {
        const QJSValue call = calls.property(i);
        captured.calls << JsCapture::Call{call.property(0).toString(),
                                          capture.value(call.property(1))};
    }
    // tarteaucitron is configured by assignments to its object, not by a call.
    const QJSValue tarteaucitron = engine.globalObject().property(QStringLiteral("tarteaucitron"));
    for (const char *member : {"user", "job", "services"}) {
        const QJSValue value = tarteaucitron.property(QLatin1StringView(member));
        const bool empty = value.isUndefined() ||
                           (value.isObject() && !value.isArray() && !QJSValueIterator(value).hasNext());
        if (!empty)
            captured.calls << JsCapture::Call{QStringLiteral("tarteaucitron.") + QLatin1StringView(member),
                                              capture.value(value)};
    }
    watchdog.stop();
    if (const auto reason = stopped(sourceName))
        return fail(*reason);
    if (engine.hasError())
        return fail(describe(engine.catchError(), sourceName));
    if (capture.tooLarge())
        return fail(sourceName + QStringLiteral(": ") +
                    QCoreApplication::translate("JsConfigSandbox", "the configuration is nested too deep or holds too many values to read"));
    return captured;
}
