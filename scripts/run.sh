#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# Installs what is missing, builds Release into build/ and starts Charte, with the
# given arguments or on the embedded default charter.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
BUILD_TYPE=Release "$root/scripts/build.sh"
exec "$root/build/charte" "$@"
