#!/bin/sh
# Install this workshop-app bundle for the current user (or under PREFIX), so that it shows in
# the desktop's application menu. Run from the unpacked bundle:
#
#   ./install.sh                 # into ~/.local (no root needed)
#   sudo ./install.sh /usr/local # for every user of the machine
#   ./install.sh --uninstall [PREFIX]
#
# The bundle is copied to PREFIX/lib/workshop-app; PREFIX/bin/workshop-app links to it; the
# .desktop file, AppStream metainfo and icon go to PREFIX/share.
set -eu

APP_ID=org.workshopapp.WorkshopApp
uninstall=0
if [ "${1:-}" = "--uninstall" ]; then
    uninstall=1
    shift
fi
PREFIX="${1:-$HOME/.local}"
HERE="$(cd "$(dirname "$0")" && pwd)"
LIBDIR="$PREFIX/lib/workshop-app"
DESKTOP="$PREFIX/share/applications/$APP_ID.desktop"
METAINFO="$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
ICON="$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$PREFIX/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
    fi
}

if [ "$uninstall" = 1 ]; then
    rm -rf "$LIBDIR"
    rm -f "$PREFIX/bin/workshop-app" "$DESKTOP" "$METAINFO" "$ICON"
    refresh
    echo "workshop-app removed from $PREFIX (your workshops and backups are kept)"
    exit 0
fi

if [ ! -x "$HERE/workshop-app" ] || [ ! -d "$HERE/share" ]; then
    echo "install.sh: run me from the workshop-app bundle folder" >&2
    exit 1
fi

mkdir -p "$PREFIX/bin" "$PREFIX/lib" "$(dirname "$DESKTOP")" "$(dirname "$METAINFO")" "$(dirname "$ICON")"
if [ "$HERE" != "$LIBDIR" ]; then
    rm -rf "$LIBDIR.new"
    cp -R "$HERE" "$LIBDIR.new"
    rm -rf "$LIBDIR"
    mv "$LIBDIR.new" "$LIBDIR"
fi
ln -sf "$LIBDIR/workshop-app" "$PREFIX/bin/workshop-app"
# Absolute paths: PREFIX/bin may not be on the PATH the desktop session starts programs with.
sed -e "s|^Exec=workshop-app|Exec=\"$LIBDIR/workshop-app\"|" \
    -e "s|^TryExec=workshop-app|TryExec=$LIBDIR/workshop-app|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DESKTOP"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$ICON"
refresh
echo "workshop-app installed in $LIBDIR; start it from the application menu or as $PREFIX/bin/workshop-app"
