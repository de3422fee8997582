#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

// Shared by the benchmarks: a median-of-N timer (documents come from policygenerator.h).
namespace Bench {

// Median wall time of `runs` calls, in milliseconds. `untimed` runs after each call
// outside the measurement (freeing what the call built, so neither side pays for it
// and memory does not grow from run to run).
inline double medianMs(int runs, const std::function<void()> &work,
                       const std::function<void()> &untimed = {})
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (untimed)
            untimed();
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace Bench
