#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# Runs a test program on a real X server (Xvfb) with Qt's xcb platform, for what the
# offscreen platform cannot do (drag and drop). Without xvfb-run: a failure in CI
# (scripts/install-deps.sh installs it), a skip (exit 77) elsewhere.
if ! command -v xvfb-run >/dev/null 2>&1; then
    if [ -n "${CI:-}" ]; then
        echo "CI must provide xvfb-run (scripts/install-deps.sh: xvfb, xauth)" >&2
        exit 1
    fi
    echo "SKIP: xvfb-run is not installed (Debian packages xvfb and xauth)"
    exit 77
fi
QT_QPA_PLATFORM=xcb exec xvfb-run -a "$@"
