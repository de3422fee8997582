// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
// The Consents page on a big consent log (make_consentlog writes one): opens it in the
// main window, offscreen, at 1180x800, and measures what a privacy officer waits for —
// the first chart, a lookup, a whole verify — and, all along, how late the GUI
// thread's event loop got (a 10 ms timer: its worst delay is the longest the page
// stood still). Ends with the peak memory of the process.
//
//   QT_QPA_PLATFORM=offscreen bench_consentspage STORE [--find ID] [--no-verify] [--screenshots DIR]
#include "consentspage.h"
#include "interfacelanguage.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {

// The worst lateness of a 10 ms timer on the GUI thread since the last reset.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, m_clock.restart() - 10);
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 takeWorst()
    {
        const qint64 worst = m_worst;
        m_worst = 0;
        return worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// CPU time the calling thread has used, in ms: what the GUI thread itself spent, whatever
// the neighbours on the machine make the clock say.
qint64 threadCpuMs()
{
    QFile stat(QStringLiteral("/proc/thread-self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
    return fields.size() > 12 ? (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / 100 : -1;
}

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    return QStringLiteral("unknown");
}

// Clicks and waits for the page's answer; the time in ms, or -1.
qint64 timed(ConsentsPage &page, QPushButton *button, int timeoutMs = 3'600'000)
{
    QSignalSpy done(&page, &ConsentsPage::finishedWork);
    QElapsedTimer clock;
    clock.start();
    button->click();
    return done.wait(timeoutMs) ? clock.elapsed() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_consentspage STORE [--find ID] [--no-verify] [--screenshots DIR]\n");
        return 2;
    }
    const auto option = [&](const char *name) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString shots = option("--screenshots");
    QStandardPaths::setTestModeEnabled(true); // the language choice goes to a test settings file

    StallMeter stalls;
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    window.resize(1180, 800);
    window.showPage(QStringLiteral("consents"));
    window.show();
    auto *page = window.findChild<ConsentsPage *>();
    page->setStoreSpec(args.at(1));
    std::printf("window shown: %lld ms\n", static_cast<long long>(clock.elapsed()));
    stalls.takeWorst();

    auto *open = page->findChild<QPushButton *>(QStringLiteral("openConsentStore"));
    const qint64 cpuBefore = threadCpuMs();
    const qint64 opened = timed(*page, open);
    const auto status = [&] { return page->findChild<QLabel *>(QStringLiteral("consentStatus"))->text(); };
    std::printf("open to first chart and totals: %lld ms (GUI thread at most %lld ms late, %lld ms of CPU on it) — %s\n",
                static_cast<long long>(opened), static_cast<long long>(stalls.takeWorst()),
                static_cast<long long>(threadCpuMs() - cpuBefore), qPrintable(status()));
    if (!shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("consents-10m-en.png")));

    if (const QString id = option("--find"); !id.isEmpty()) {
        page->findChild<QLineEdit *>(QStringLiteral("consentId"))->setText(id);
        const qint64 found = timed(*page, page->findChild<QPushButton *>(QStringLiteral("findConsent")));
        std::printf("lookup of one consent id: %lld ms (GUI thread at most %lld ms late) — %s\n",
                    static_cast<long long>(found), static_cast<long long>(stalls.takeWorst()), qPrintable(status()));
        if (!shots.isEmpty())
            window.grab().save(QDir(shots).filePath(QStringLiteral("consents-10m-find-en.png")));
    }

    if (!shots.isEmpty()) {
        InterfaceLanguage language(nullptr, QFileInfo(QStringLiteral(CHARTE_EXECUTABLE)).path());
        language.setChoice(QStringLiteral("fr"));
        const qint64 again = timed(*page, open);
        std::printf("open again in French: %lld ms\n", static_cast<long long>(again));
        window.grab().save(QDir(shots).filePath(QStringLiteral("consents-10m-fr.png")));
        language.setChoice(QStringLiteral("en"));
        stalls.takeWorst();
    }

    if (!args.contains(QStringLiteral("--no-verify"))) {
        auto *verify = page->findChild<QPushButton *>(QStringLiteral("verifyConsents"));
        if (!shots.isEmpty())
            QTimer::singleShot(20'000, page, [&] { window.grab().save(QDir(shots).filePath(QStringLiteral("consents-10m-verifying.png"))); });
        const qint64 cpuBeforeVerify = threadCpuMs();
        const qint64 verified = timed(*page, verify);
        std::printf("verify: %lld ms (GUI thread at most %lld ms late, %lld ms of CPU on it) — %s\n",
                    static_cast<long long>(verified), static_cast<long long>(stalls.takeWorst()),
                    static_cast<long long>(threadCpuMs() - cpuBeforeVerify),
                    qPrintable(page->findChild<QLabel *>(QStringLiteral("verifyResult"))->text().left(120)));
    }
    std::printf("peak memory (VmHWM): %s\n", qPrintable(peakMemory()));
    return 0;
}
