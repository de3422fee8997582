#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# Builds the libFuzzer harnesses of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (build-fuzz/, -DCHARTE_FUZZ=ON), and runs each for
# FUZZ_SECONDS (default 30) on a temporary copy of its seed corpus and regression
# inputs, so the repository's corpus never grows during CI. Exits non-zero on any
# finding (crash, sanitizer report, broken property, timeout, memory limit) and says
# where the input is and how to keep it as a regression.
#
#   scripts/fuzz.sh                        # every harness, 30 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh lifetime markdown
#
# FUZZ_TIMEOUT (default 20) is the seconds one input may take before it counts as
# a finding; JOBS (default 2) is the build's parallelism.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${FUZZ_SECONDS:-30}"
timeout="${FUZZ_TIMEOUT:-20}"
fuzz_dir="$root/tests/fuzz"

CHARTE_FUZZ_DEPS=1 "$root/scripts/install-deps.sh"

if (($#)); then
    harnesses=("$@")
else
    harnesses=()
    for source in "$fuzz_dir"/fuzz_*.cpp; do
        name="$(basename "$source" .cpp)"
        harnesses+=("${name#fuzz_}")
    done
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
fi
echo "== fuzzing: building ${#harnesses[@]} harnesses with clang in $build_dir =="
CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHARTE_FUZZ=ON -DCHARTE_BUILD_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
targets=()
for harness in "${harnesses[@]}"; do targets+=(--target "fuzz_$harness"); done
cmake --build "$build_dir" -j "${JOBS:-2}" "${targets[@]}"

work="$(mktemp -d "${TMPDIR:-/tmp}/charte-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT
findings="$build_dir/findings"
mkdir -p "$findings"
failed=()
for harness in "${harnesses[@]}"; do
    corpus="$work/$harness"
    mkdir -p "$corpus"
    for folder in corpus regressions; do
        if [ -d "$fuzz_dir/$folder/$harness" ]; then
            find "$fuzz_dir/$folder/$harness" -type f -exec cp -t "$corpus" {} +
        fi
    done
    options=(-max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048
             -artifact_prefix="$findings/$harness-" -print_final_stats=1)
    if [ -f "$fuzz_dir/dictionaries/$harness.dict" ]; then
        options+=(-dict="$fuzz_dir/dictionaries/$harness.dict")
    fi
    log="$findings/$harness.log"
    echo "-- fuzz_$harness for ${seconds}s (log: $log)"
    status=0
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build_dir/tests/fuzz/fuzz_$harness" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    speed="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    if [ "$status" -eq 0 ]; then
        echo "   no finding (${runs:-?} inputs run, ${speed:-?} per second)"
        continue
    fi
    failed+=("$harness")
    echo "   FINDING (exit $status):"
    grep -E 'ERROR: |runtime error|fuzz property violated|^SUMMARY|Test unit written to' "$log" | head -n 20 | sed 's/^/   /'
    artifact="$(grep -o 'Test unit written to .*' "$log" | tail -n 1 | sed 's/^Test unit written to //')"
    if [ -n "$artifact" ]; then
        echo "   crashing input: $artifact"
        echo "   replay it:      $build_dir/tests/fuzz/fuzz_$harness $artifact"
        echo "   keep it (after the fix): cp $artifact tests/fuzz/regressions/$harness/<what-it-is>"
    fi
done

if ((${#failed[@]})); then
    echo "fuzz: FAILED, findings in ${failed[*]} (${seconds}s each; inputs and logs in $findings; $((SECONDS / 60)) min)"
    exit 1
fi
echo "fuzz: passed, ${#harnesses[@]} harnesses ran ${seconds}s each without a finding ($((SECONDS / 60)) min with the build)"
