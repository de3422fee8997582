#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# Builds the Debian package from BUILD_DIR (default build/) with CPack, installs it,
# and runs the installed program as a user would: --version, new, check, a window
# start (offscreen), plus desktop-file-validate and appstreamcli validate on the
# installed desktop entry and metainfo. Run by scripts/test.sh when CI=true.
#
# As root (CI) the package goes into this machine with `apt-get install ./charte_*.deb`,
# which also proves its dependencies resolve; otherwise (or with
# CHARTE_PACKAGE_ROOT=throwaway) it is unpacked into a throwaway root.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== package: cpack -G DEB =="
(cd "$build_dir" && cpack -G DEB -B "$work/package" >/dev/null)
deb="$(ls "$work"/package/charte_*.deb)"
dpkg-deb --field "$deb" Package Version Depends Recommends

if [ "$(id -u)" -eq 0 ] && [ "${CHARTE_PACKAGE_ROOT:-system}" = "system" ]; then
    echo "== package: apt-get install $deb =="
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >/dev/null
    prefix=/usr
else
    echo "== package: unpacked into a throwaway root =="
    dpkg-deb --extract "$deb" "$work/root"
    prefix="$work/root/usr"
fi
charte="$prefix/bin/charte"

# From a folder outside the source tree, with settings kept out of the user's.
cd "$work"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen
expected="charte $(sed -n 's/^#define CHARTE_VERSION "\(.*\)"$/\1/p' "$build_dir/generated/charteversion.h")"
actual="$("$charte" --version)"
if [ "$actual" != "$expected" ]; then
    echo "package-check: '$charte --version' says '$actual', expected '$expected'" >&2
    exit 1
fi
"$charte" new --template typical -o site.charte.json
"$charte" check site.charte.json
"$charte" --quit-after-startup site.charte.json
desktop-file-validate "$prefix/share/applications/org.charte.Charte.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/org.charte.Charte.metainfo.xml"
echo "package-check: $(basename "$deb") installs and runs ($actual)"
