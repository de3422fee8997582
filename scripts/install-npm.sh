#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# Installs the browser-test packages pinned in tests/e2e/package-lock.json, when
# they are missing or older than the lockfile.
set -euo pipefail
cd "$(dirname "$0")/../tests/e2e"
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    echo "install-npm: npm ci in tests/e2e"
    npm ci --no-audit --no-fund --loglevel=error
fi
