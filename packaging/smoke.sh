#!/usr/bin/env bash
# Build the bundle (build.sh) and check that it runs: --version, doctor, --benchmark-startup
# and demo (PDFs) from the bundle, offscreen, on a temporary data folder; that the SVG window
# icon renders; that every Qt library the bundle needs is inside it; that the desktop files
# validate and install.sh installs; that the bundle is under 250 MB.
#
#   packaging/smoke.sh [--clean]     # arguments go to build.sh
#   SMOKE_SKIP_BUILD=1 packaging/smoke.sh   # check the bundle already in packaging/dist
#
# Exits non-zero at the first failure and says which step failed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUNDLE="$HERE/dist/workshop-app"
APP="$BUNDLE/workshop-app"
LIMIT_MB=250
APP_ID=org.workshopapp.WorkshopApp

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { printf '\n== smoke: %s\n' "$*"; }

if [[ "${SMOKE_SKIP_BUILD:-0}" != 1 ]]; then
    "$HERE/build.sh" "$@" || fail "build.sh exited with $?"
fi
[[ -x "$APP" ]] || fail "$APP is missing"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
DATA="$TMP/data"
export QT_QPA_PLATFORM=offscreen
unset WORKSHOP_APP_DATA_DIR
cd "$TMP"  # away from the checkout: everything must come from the bundle

# run NAME CMD...: run a command from the bundle with a time limit; output to $TMP/NAME.out
run() {
    local name="$1"
    shift
    local shown="${*/#$BUNDLE/<bundle>}"
    shown="${shown//$'\n'/ }"
    echo "+ ${shown:0:160}"
    local code=0
    timeout 300 "$@" >"$TMP/$name.out" 2>&1 || code=$?
    sed 's/^/  | /' "$TMP/$name.out"
    [[ $code -eq 0 ]] || fail "$name exited with $code"
}

step "--version"
run version "$APP" --version
want="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/workshop_app/__init__.py")"
grep -qx "workshop-app $want" "$TMP/version.out" || fail "--version does not say 'workshop-app $want'"

step "doctor"
run doctor "$APP" --data-dir "$DATA" doctor
grep -q "fonts: .* in $BUNDLE/" "$TMP/doctor.out" || fail "doctor did not find the fonts inside the bundle"

step "--benchmark-startup"
run benchmark "$APP" --data-dir "$DATA" --benchmark-startup
grep -q '^startup_ms=[0-9][0-9]*$' "$TMP/benchmark.out" || fail "--benchmark-startup printed no startup_ms=N"

step "demo (the sample workshop's PDFs: reportlab, fonts and sample data in the bundle)"
run demo "$APP" --data-dir "$DATA" demo --out "$TMP/demo"
pdfs=$(find "$TMP/demo" -name '*.pdf' | wc -l)
[[ $pdfs -gt 0 ]] || fail "demo wrote no PDF"
echo "  $pdfs PDF files"

step "window icon: the SVG renders (imageformats/qsvg, iconengines/qsvgicon and libQt6Svg bundled)"
# The bundle runs "-c CODE" like python -c (packaging/launcher.py).
run icon "$APP" -c '
import sys
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication
from workshop_app.resources import icons_dir
app = QApplication(sys.argv[:1])
icon = QIcon(str(icons_dir() / "workshop-app.svg"))
formats = sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats())
size = icon.pixmap(64, 64).size()
print("image formats:", " ".join(formats), "| icon pixmap:", size.width(), "x", size.height())
sys.exit(0 if size.width() == 64 and "svg" in formats else 1)
'

if command -v ldd >/dev/null; then
    step "shared libraries: Qt, PySide6 and Python resolve inside the bundle"
    missing=$(find "$BUNDLE/_internal" -name '*.so*' -type f -print0 \
        | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 -n1 ldd 2>/dev/null \
        | grep 'not found' | grep -E 'libQt6|libpyside|libshiboken|libicu|libpython' | sort -u || true)
    [[ -z "$missing" ]] || fail "libraries missing from the bundle: $missing"
    others=$(find "$BUNDLE/_internal" -name '*.so*' -type f -print0 \
        | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 -n1 ldd 2>/dev/null \
        | grep 'not found' | awk '{print $1}' | sort -u | tr '\n' ' ' || true)
    echo "  ok${others:+ (left to the desktop, absent on this machine: $others)}"
fi

step "desktop integration files"
for f in "share/applications/$APP_ID.desktop" "share/metainfo/$APP_ID.metainfo.xml" \
         "share/icons/hicolor/scalable/apps/$APP_ID.svg" "install.sh"; do
    [[ -f "$BUNDLE/$f" ]] || fail "$f is missing from the bundle"
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$BUNDLE/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
    echo "  desktop-file-validate: ok"
else
    echo "  desktop-file-validate not installed (apt-get install desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml" | sed 's/^/  | /' \
        || fail "appstreamcli validate"
else
    echo "  appstreamcli not installed (apt-get install appstream): skipped"
fi
run install "$BUNDLE/install.sh" "$TMP/prefix"
[[ -x "$TMP/prefix/bin/workshop-app" ]] || fail "install.sh did not link bin/workshop-app"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$TMP/prefix/share/applications/$APP_ID.desktop" \
        || fail "desktop-file-validate (the installed .desktop file)"
fi
run installed-version "$TMP/prefix/bin/workshop-app" --version

step "size"
bytes=$(du -sb "$BUNDLE" | cut -f1)
mb=$((bytes / 1000000))
echo "  $(du -sh "$BUNDLE" | cut -f1) on disk, $mb MB ($bytes bytes); limit $LIMIT_MB MB"
[[ $bytes -lt $((LIMIT_MB * 1000000)) ]] || fail "the bundle is $mb MB, over $LIMIT_MB MB"

printf '\nSMOKE PASSED: bundle %s MB, %s\n' "$mb" "$(cat "$TMP/benchmark.out")"
