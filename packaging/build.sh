#!/usr/bin/env bash
# Build the one-folder app bundle with PyInstaller: packaging/dist/workshop-app/
#
#   packaging/build.sh            # reuse packaging/build/venv when it exists
#   packaging/build.sh --clean    # start from a fresh venv and an empty PyInstaller work folder
#
# Environment: PYTHON (default python3, 3.11+ built with a shared libpython),
# PYINSTALLER (pip requirement, default "pyinstaller>=6.10,<7").
# Prints the bundle's size (du -sh) and "bundle_size_mb=N" last; exits non-zero on any failure.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUILD="$HERE/build"
DIST="$HERE/dist"
VENV="$BUILD/venv"
PYTHON="${PYTHON:-python3}"
PYINSTALLER="${PYINSTALLER:-pyinstaller>=6.10,<7}"
BUNDLE="$DIST/workshop-app"

if [[ "${1:-}" == "--clean" ]]; then
    rm -rf "$BUILD" "$DIST"
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--clean]" >&2
    exit 2
fi
mkdir -p "$BUILD"

step() { printf '\n== %s\n' "$*"; }

if [[ ! -x "$VENV/bin/python" ]]; then
    step "creating the build venv in $VENV"
    "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"

step "installing the project (not editable) and PyInstaller"
"$PY" -m pip install --quiet --disable-pip-version-check "$ROOT" "$PYINSTALLER"
# The same version number is already installed on a rebuild: force the current sources in.
"$PY" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$ROOT"
"$PY" -m PyInstaller --version | sed 's/^/PyInstaller /'

step "running PyInstaller on packaging/workshop-app.spec"
# Run from the build folder, never the checkout: the spec must pick up the installed
# package (with workshop_app/_data), not the source tree.
cd "$BUILD"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" "$HERE/workshop-app.spec"

if [[ ! -e "$BUNDLE/workshop-app" && ! -e "$BUNDLE/workshop-app.exe" ]]; then
    echo "build.sh: PyInstaller finished but $BUNDLE/workshop-app is missing" >&2
    exit 1
fi

step "bundle size"
du -sh "$BUNDLE"
echo "bundle_size_mb=$(du -sm "$BUNDLE" | cut -f1)"
