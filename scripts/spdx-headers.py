#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
"""Puts the project's SPDX licence line at the top of every source file that lacks it.

    scripts/spdx-headers.py           add the lines (a second run changes nothing)
    scripts/spdx-headers.py --check   list the files that lack it; exit 1 if any

Source files are the tracked C++, CMake, JavaScript, shell and Python files (git
ls-files; a checkout without git is walked instead). Test inputs whose bytes matter
(tests/data, the fuzzing corpora) and generated or vendored folders are left alone.
The line goes first, or after a "#!" line and a Python coding line.
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

LICENCE = "SPDX-License-Identifier: Apache-2.0"
COPYRIGHT = "SPDX-FileCopyrightText: The Charte developers"

SLASH_COMMENT = {".cpp", ".h", ".hpp", ".cc", ".js", ".mjs", ".cjs"}
HASH_COMMENT = {".cmake", ".sh", ".py"}
HASH_COMMENT_NAMES = {"CMakeLists.txt"}
# Templates configured by CMake keep the comment style of what they become.
TEMPLATE_SUFFIX = ".in"

SKIPPED_FOLDERS = (
    "tests/data/",
    "tests/fuzz/corpus/",
    "tests/fuzz/regressions/",
    "tests/fuzz/dictionaries/",
)
SKIPPED_PARTS = {"node_modules", ".git"}


def comment_prefix(path: Path, first_line: str):
    """'//' or '#' for a source file, None for anything else."""
    name = path.name
    if name.endswith(TEMPLATE_SUFFIX):
        name = name[: -len(TEMPLATE_SUFFIX)]
    suffix = Path(name).suffix
    if name in HASH_COMMENT_NAMES or suffix in HASH_COMMENT:
        return "#"
    if suffix in SLASH_COMMENT:
        return "//"
    # Extensionless scripts (.ci/run): shell or Python by their "#!" line.
    if not suffix and first_line.startswith("#!") and ("sh" in first_line or "python" in first_line):
        return "#"
    return None


def source_files(root: Path):
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root, check=True,
                                capture_output=True).stdout.decode().split("\0")
        candidates = [root / name for name in listed if name]
    except (OSError, subprocess.CalledProcessError):
        candidates = []
        for folder, subfolders, files in os.walk(root):
            subfolders[:] = [s for s in subfolders
                             if s not in SKIPPED_PARTS and not s.startswith("build")]
            candidates += [Path(folder) / f for f in files]
    for path in sorted(candidates):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(SKIPPED_FOLDERS) or SKIPPED_PARTS & set(path.parts):
            continue
        if not path.is_file() or path.is_symlink():
            continue
        yield path, relative


def has_licence(text: str) -> bool:
    return LICENCE in "\n".join(text.splitlines()[:5])


def with_header(text: str, prefix: str) -> str:
    lines = text.splitlines(keepends=True)
    at = 0
    if lines and lines[0].startswith("#!"):
        at = 1
    if prefix == "#" and len(lines) > at and "coding" in lines[at] and lines[at].startswith("#"):
        at += 1
    header = [f"{prefix} {LICENCE}\n", f"{prefix} {COPYRIGHT}\n"]
    return "".join(lines[:at] + header + lines[at:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="list the files without the licence line and exit 1 if any")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the checkout (default: this script's)")
    arguments = parser.parse_args()

    lacking = []
    for path, relative in source_files(arguments.root):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # not a text source file
        prefix = comment_prefix(path, text.split("\n", 1)[0])
        if prefix is None or has_licence(text):
            continue
        lacking.append(relative)
        if not arguments.check:
            path.write_text(with_header(text, prefix), encoding="utf-8")

    if arguments.check:
        for relative in lacking:
            print(f"{relative}: no '{LICENCE}' line")
        if lacking:
            print(f"spdx-headers: {len(lacking)} file(s) lack the licence line "
                  f"(run scripts/spdx-headers.py)", file=sys.stderr)
        return 1 if lacking else 0
    print(f"spdx-headers: added the licence line to {len(lacking)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
