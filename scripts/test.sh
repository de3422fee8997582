#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# Installs what is missing, builds, and runs every test with ctest; exits non-zero
# on any failure. With CI=true (or CHARTE_PACKAGE_PASS=1) the Debian package is built,
# installed and run (scripts/package-check.sh). With CI=true (or CHARTE_SANITIZE_PASS=1)
# the whole suite runs a second time in a build with AddressSanitizer and
# UndefinedBehaviorSanitizer, then every fuzzing harness runs for FUZZ_SECONDS
# (default 30) each (scripts/fuzz.sh; also with CHARTE_FUZZ_PASS=1).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/install-npm.sh"

export QT_QPA_PLATFORM=offscreen
jobs="${JOBS:-2}"

BUILD_DIR="$root/build" BUILD_TYPE=Release "$root/scripts/build.sh" -DCHARTE_WERROR=ON
ctest --test-dir "$root/build" --output-on-failure -j "$jobs"

if [ "${CI:-}" = "true" ] || [ "${CHARTE_PACKAGE_PASS:-0}" = "1" ]; then
    echo "== the Debian package, installed and run from its files (scripts/package-check.sh) =="
    BUILD_DIR="$root/build" "$root/scripts/package-check.sh"
fi

if [ "${CI:-}" = "true" ] || [ "${CHARTE_SANITIZE_PASS:-0}" = "1" ]; then
    echo "== the same suite with AddressSanitizer and UndefinedBehaviorSanitizer =="
    BUILD_DIR="$root/build-asan" BUILD_TYPE=Debug "$root/scripts/build.sh" \
        -DCHARTE_WERROR=ON -DCHARTE_SANITIZE=ON -DCHARTE_BUILD_BENCHMARKS=OFF
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir "$root/build-asan" --output-on-failure -j "$jobs"
fi

if [ "${CI:-}" = "true" ] || [ "${CHARTE_FUZZ_PASS:-0}" = "1" ]; then
    echo "== fuzzing: each harness for ${FUZZ_SECONDS:-30}s with libFuzzer, ASan and UBSan =="
    "$root/scripts/fuzz.sh"
fi
