#!/usr/bin/env bash
# Build the bundle (build.sh) and check that it runs: --version, doctor, --benchmark-startup
# and demo (PDFs) from the bundle, offscreen, on a temporary data folder; that the launcher and
# its glibc floor are there; that the SVG window icon renders; that every Qt library the bundle
# needs is inside it, the xcb libraries of Qt's X11 plugin too; that it opens its window on an
# X server (Xvfb, when installed) with the WM_CLASS the desktop file names; that no library
# looks for libraries in the build machine's folders; that the desktop files validate and
# install.sh installs; that the bundle is under 250 MB.
#
#   packaging/smoke.sh [--clean]     # arguments go to build.sh
#   SMOKE_SKIP_BUILD=1 packaging/smoke.sh   # check the bundle already in packaging/dist
#   SMOKE_BUNDLE=DIR packaging/smoke.sh     # check the bundle in DIR (no build)
#
# Exits non-zero at the first failure and says which step failed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUNDLE="${SMOKE_BUNDLE:-$HERE/dist/workshop-app}"
APP="$BUNDLE/workshop-app"          # the launcher (packaging/linux/workshop-app.sh)
PROGRAM="$BUNDLE/lib/workshop-app"  # what PyInstaller built
INTERNAL="$BUNDLE/lib/_internal"
LIMIT_MB=250
APP_ID=org.workshopapp.WorkshopApp

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { printf '\n== smoke: %s\n' "$*"; }

# Qt's X11 platform plugin (platforms/libqxcb.so and libQt6XcbQpa) needs the xcb utility
# libraries below. Desktops without Qt apps often lack them (Qt 6.5+ needs libxcb-cursor0, which
# GNOME installs do not have): without them Qt aborts ("could not load the Qt platform plugin
# xcb") before any window, so the bundle must carry them.
XCB_BUNDLED="libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1
libxcb-render-util.so.0 libxcb-util.so.1 libxcb-xkb.so.1 libxkbcommon-x11.so.0 libxkbcommon.so.0"
# ...and these it takes from the system: libxcb.so.1 (PyInstaller leaves it out on purpose: the
# desktop's libGL and Xlib load the system's, and two libxcb in one process break the connection;
# every X11 or XWayland session has it), libGL/libEGL (the graphics driver's own) and glibc (the
# launcher checks its version). Every other library the plugin needs must be in the bundle.
XCB_FROM_SYSTEM="libxcb.so.1 libGL.so.1 libEGL.so.1 libOpenGL.so.0 libGLX.so.0 libc.so.6 libm.so.6
libpthread.so.0 libdl.so.2 librt.so.1"

if [[ -n "${SMOKE_BUNDLE:-}" ]]; then
    :  # a bundle built elsewhere
elif [[ "${SMOKE_SKIP_BUILD:-0}" != 1 ]]; then
    "$HERE/build.sh" "$@" || fail "build.sh exited with $?"
fi
[[ -x "$APP" ]] || fail "$APP is missing"

TMP="$(mktemp -d)"
PIDS=()  # processes started here (Xvfb, the app), ended on exit
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT
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

step "launcher and glibc floor"
head -n 1 "$APP" | grep -qx '#!/bin/sh' || fail "the bundle's workshop-app is not the launcher script"
[[ -x "$PROGRAM" ]] || fail "lib/workshop-app (the program) is missing"
floor="$(cat "$BUNDLE/lib/glibc-required" 2>/dev/null || true)"
[[ "$floor" =~ ^[0-9]+\.[0-9]+$ ]] || fail "lib/glibc-required does not hold a glibc version: '$floor'"
echo "  the bundle needs glibc $floor or newer; this machine has $(getconf GNU_LIBC_VERSION 2>/dev/null || echo '?')"

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

step "pack pictures print (Pillow without its AVIF, colour-management and Tk parts; reportlab)"
run pictures "$APP" -c '
import io, sys
from PIL import Image
from reportlab.platypus import SimpleDocTemplate
from workshop_app.model.pictures import PICTURE_FORMATS
from workshop_app.plans.markdown import picture
flowables = []
for number, kind in enumerate(sorted(PICTURE_FORMATS)):
    data = io.BytesIO()  # a colour of its own: reportlab stores the same picture once
    Image.new("RGB", (40, 30), (200, 40 * number, 30)).save(data, kind.upper())
    flowable = picture(data.getvalue())
    if flowable is None:
        sys.exit(f"a {kind} picture does not print")
    flowables.append(flowable)
SimpleDocTemplate(sys.argv[1]).build(flowables)
print("printed:", " ".join(sorted(PICTURE_FORMATS)))
' "$TMP/pictures.pdf"
images=$(grep -ac '/Subtype /Image' "$TMP/pictures.pdf" || true)
[[ $images -ge 5 ]] || fail "the PDF of pack pictures holds $images images, not 5"

step "printing: Qt's CUPS plugin loads (the Wrap-up page lists the printers through QtPrintSupport)"
echo "+ QT_DEBUG_PLUGINS=1 <bundle>/workshop-app -c '<QPrinterInfo.availablePrinterNames()>'"
code=0
QT_DEBUG_PLUGINS=1 timeout 300 "$APP" -c '
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
print("printers:", QPrinterInfo.availablePrinterNames())
' >"$TMP/printers.out" 2>&1 || code=$?
grep -E '^printers:|cupsprintersupport.so" loaded|[Cc]annot load' "$TMP/printers.out" | sed 's/^/  | /'
[[ $code -eq 0 ]] || fail "printers exited with $code"
grep -q 'libcupsprintersupport.so" loaded library' "$TMP/printers.out" \
    || fail "Qt's CUPS print-support plugin did not load"

step "no symbolic links (a copy onto a FAT or exFAT stick keeps the size)"
links=$(find "$BUNDLE" -type l | head -5)
[[ -z "$links" ]] || fail "symbolic links in the bundle: $links"
echo "  ok"

if command -v ldd >/dev/null; then
    step "shared libraries: Qt, PySide6 and Python resolve inside the bundle"
    missing=$(find "$INTERNAL" -name '*.so*' -type f -print0 \
        | LD_LIBRARY_PATH="$INTERNAL" xargs -0 -n1 ldd 2>/dev/null \
        | grep 'not found' | grep -E 'libQt6|libpyside|libshiboken|libicu|libpython' | sort -u || true)
    [[ -z "$missing" ]] || fail "libraries missing from the bundle: $missing"
    others=$(find "$INTERNAL" -name '*.so*' -type f -print0 \
        | LD_LIBRARY_PATH="$INTERNAL" xargs -0 -n1 ldd 2>/dev/null \
        | grep 'not found' | awk '{print $1}' | sort -u | tr '\n' ' ' || true)
    echo "  ok${others:+ (left to the desktop, absent on this machine: $others)}"
fi

step "xcb libraries: those Qt's X11 plugin needs are inside the bundle"
XCB_PLUGIN="$INTERNAL/PySide6/Qt/plugins/platforms/libqxcb.so"
[[ -e "$XCB_PLUGIN" ]] || fail "the xcb platform plugin is missing: $XCB_PLUGIN"
in_bundle() { [[ -n "$(find "$INTERNAL" -name "$1" -print -quit)" ]]; }
missing=""
for lib in $XCB_BUNDLED; do
    in_bundle "$lib" || missing="$missing $lib"
done
if command -v readelf >/dev/null; then
    for elf in "$XCB_PLUGIN" "$INTERNAL/PySide6/Qt/lib/libQt6XcbQpa.so.6"; do
        [[ -e "$elf" ]] || fail "missing from the bundle: ${elf#"$BUNDLE/"}"
        for lib in $(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p'); do
            case " ${XCB_FROM_SYSTEM//$'\n'/ } $missing " in *" $lib "*) continue ;; esac
            in_bundle "$lib" || missing="$missing $lib"
        done
    done
else
    echo "  readelf not installed (binutils): checked the list above only"
fi
[[ -z "$missing" ]] || fail "xcb libraries missing from the bundle (Qt cannot open a window without them):$missing"
echo "  ok: $(echo $XCB_BUNDLED) in the bundle; from the system: libxcb.so.1, libGL, glibc"

if command -v Xvfb >/dev/null; then
    step "a window on an X server (Xvfb): the xcb plugin loads, the main window opens and paints"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$TMP/display" 2>"$TMP/xvfb.log" &
    PIDS+=($!)
    for _ in $(seq 100); do [[ -s "$TMP/display" ]] && break; sleep 0.1; done
    [[ -s "$TMP/display" ]] || fail "Xvfb did not start: $(cat "$TMP/xvfb.log")"
    display=":$(head -n 1 "$TMP/display")"
    # --benchmark-startup shows the main window and quits once it is painted.
    run window env -u WAYLAND_DISPLAY DISPLAY="$display" QT_QPA_PLATFORM=xcb \
        "$APP" --data-dir "$DATA" --benchmark-startup
    grep -q '^startup_ms=[0-9][0-9]*$' "$TMP/window.out" || fail "no window was painted on the X server"
    wm_class="$(sed -n 's/^StartupWMClass=//p' "$BUNDLE/share/applications/$APP_ID.desktop")"
    [[ -n "$wm_class" ]] || fail "the desktop file has no StartupWMClass"
    if command -v xdotool >/dev/null; then
        # The desktop matches the window to its menu entry and icon by this WM_CLASS.
        env -u WAYLAND_DISPLAY DISPLAY="$display" QT_QPA_PLATFORM=xcb \
            "$APP" --data-dir "$DATA" >"$TMP/gui.out" 2>&1 &
        PIDS+=($!)
        window=$(DISPLAY="$display" timeout 60 xdotool search --sync --onlyvisible --class "^$wm_class\$" \
            2>/dev/null | head -n 1 || true)
        [[ -n "$window" ]] || { sed 's/^/  | /' "$TMP/gui.out"; fail "no window with WM_CLASS $wm_class (StartupWMClass) opened"; }
        echo "  window $window has WM_CLASS $wm_class, as the desktop file's StartupWMClass says"
        kill "${PIDS[-1]}"
    else
        echo "  xdotool not installed: the window's WM_CLASS was not compared with StartupWMClass"
    fi
else
    echo "  Xvfb not installed (apt-get install xvfb): no window opened, only offscreen checks"
fi

if command -v readelf >/dev/null; then
    step "no library looks for libraries in the build machine's folders (RPATH/RUNPATH)"
    outside=$(find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
        | xargs -0 -n1 readelf -d 2>/dev/null | sed -n 's/.*(R[UN]*PATH).*\[\(.*\)\]$/\1/p' \
        | tr ':' '\n' | grep -v '^\$ORIGIN\|^\${ORIGIN}' | sort -u || true)
    [[ -z "$outside" ]] || fail "RPATH/RUNPATH outside the bundle: $outside"
    echo "  ok"
fi
if grep -rqlF "$ROOT/" "$BUNDLE"; then
    fail "files name the checkout $ROOT: $(grep -rlF "$ROOT/" "$BUNDLE" | head -5)"
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
