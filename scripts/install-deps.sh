#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# Installs what building, running and testing Charte needs on Debian 12, and only
# what is missing, so a second run costs a second. Run as root (or with sudo).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkgconf ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev qt6-qpa-plugins qt6-websockets-dev libgl-dev libqt6opengl6-dev
    libcmark-dev libgumbo-dev libsimdjson-dev libpsl-dev publicsuffix libicu-dev
    xvfb xauth fonts-dejavu-core
    chromium poppler-utils wget
    # Packaging and its checks: cpack's dpkg-shlibdeps, the desktop entry, metainfo,
    # file type and manual page validators.
    dpkg-dev desktop-file-utils appstream shared-mime-info groff-base
    qt6-declarative-dev
)
# The consent log: Qt HTTP Server for the service, Qt SQL's SQLite and PostgreSQL drivers
# for its store, and a PostgreSQL server that its tests start themselves.
packages+=(qt6-httpserver-dev libqt6sql6-sqlite libqt6sql6-psql postgresql)
# The PDF hyphenates long words in table cells: libhyphen and its French and English patterns.
packages+=(libhyphen-dev hyphen-fr hyphen-en-us)
# The fuzzing step (scripts/fuzz.sh, run by CI) builds with clang and libFuzzer,
# whose runtime is in libclang-rt-14-dev.
if [ "${CI:-}" = "true" ] || [ "${CHARTE_FUZZ_DEPS:-0}" = "1" ]; then
    packages+=(clang libclang-rt-14-dev)
fi
# Browser tests run node; a machine without it gets Debian's.
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done

if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
