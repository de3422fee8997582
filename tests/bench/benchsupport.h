// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

// Shared by the benchmarks: median-of-N timers (documents come from policygenerator.h).
namespace Bench {

// Process CPU time of every thread, in milliseconds. On this shared 2-core machine
// wall time can measure the neighbours, and a step that uses both cores would hide
// half of its work.
inline double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Median of `runs` calls as measured by `nowMs`. `untimed` runs after each call
// outside the measurement (freeing what the call built, so neither side pays for it
// and memory does not grow from run to run).
inline double medianBy(const std::function<double()> &nowMs, int runs,
                       const std::function<void()> &work, const std::function<void()> &untimed)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = nowMs();
        work();
        times.push_back(nowMs() - start);
        if (untimed)
            untimed();
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Median wall time, in milliseconds.
inline double medianMs(int runs, const std::function<void()> &work,
                       const std::function<void()> &untimed = {})
{
    QElapsedTimer timer;
    timer.start();
    return medianBy([&timer] { return double(timer.nsecsElapsed()) / 1e6; }, runs, work, untimed);
}

// Median process CPU time, in milliseconds.
inline double medianCpuMs(int runs, const std::function<void()> &work,
                          const std::function<void()> &untimed = {})
{
    return medianBy(processCpuMs, runs, work, untimed);
}

} // namespace Bench
