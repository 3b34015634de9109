#!/bin/sh
# The launcher of the Linux bundle: the bundle's "workshop-app", what the menu entry and the
# workshop-app command run (install.sh links PREFIX/bin/workshop-app to it).
#
# The program in lib/ was built against the build machine's GNU C library (glibc) and cannot
# start on an older one: the loader would only print "version `GLIBC_2.xx' not found" to a
# terminal nobody sees. lib/glibc-required holds the newest glibc version any file of the bundle
# needs (written by packaging/linux_bundle.py at build time). When this system's glibc is older,
# say so (a dialog when one can be shown, and on stderr, naming the distributions the bundle
# runs on) and exit 3; else run lib/workshop-app with all the arguments.
set -u

# Where the bundle is, also when started through a symbolic link (PREFIX/bin/workshop-app).
self=$0
while [ -L "$self" ]; do
    link=$(readlink "$self") || break
    case $link in
        /*) self=$link ;;
        *) self=$(dirname "$self")/$link ;;
    esac
done
HERE=$(cd "$(dirname "$self")" && pwd -P)
PROGRAM=$HERE/lib/workshop-app
FLOOR_FILE=$HERE/lib/glibc-required

# major.minor of a version string such as "glibc 2.36" or "ldd (Debian GLIBC 2.36-9) 2.36".
version_of() {
    printf '%s\n' "$1" | sed -n 's/.*[^0-9.]\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p;s/^\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' | head -n 1
}

# true when version $1 is older than version $2 (both major.minor)
older() {
    a_major=${1%%.*} a_minor=${1#*.} b_major=${2%%.*} b_minor=${2#*.}
    [ "$a_major" -lt "$b_major" ] || { [ "$a_major" -eq "$b_major" ] && [ "$a_minor" -lt "$b_minor" ]; }
}

system_glibc() {
    v=$(getconf GNU_LIBC_VERSION 2>/dev/null) && version_of "$v" && return
    v=$(ldd --version 2>/dev/null | head -n 1) && case $v in *GLIBC* | *"GNU libc"*) version_of "$v" ;; esac
}

# The first release of each distribution whose glibc is at least $1, e.g. "Debian 12". The glibc
# of each release: distribution:release=glibc (oldest first; LTS releases only for Ubuntu).
RELEASES="Debian:10=2.28 Debian:11=2.31 Debian:12=2.36 Debian:13=2.41
Ubuntu:20.04=2.31 Ubuntu:22.04=2.35 Ubuntu:24.04=2.39
Linux_Mint:20=2.31 Linux_Mint:21=2.35 Linux_Mint:22=2.39
Fedora:33=2.32 Fedora:34=2.33 Fedora:35=2.34 Fedora:36=2.35 Fedora:37=2.36 Fedora:38=2.37
Fedora:39=2.38 Fedora:40=2.39 Fedora:41=2.40 Fedora:42=2.41
RHEL/Rocky/AlmaLinux:8=2.28 RHEL/Rocky/AlmaLinux:9=2.34 RHEL/Rocky/AlmaLinux:10=2.39"

runs_on() {
    floor=$1 newer=$2 list="" seen=" "
    for entry in $RELEASES; do
        distro=${entry%%:*} rest=${entry#*:}
        release=${rest%%=*} glibc=${rest#*=}
        case $seen in *" $distro "*) continue ;; esac
        if ! older "$glibc" "$floor"; then
            seen="$seen$distro "
            list="$list${list:+, }$(printf '%s' "$distro" | tr _ ' ') $release $newer"
        fi
    done
    printf '%s' "$list"
}

tell() {
    title=$1 text=$2
    printf '%s\n' "$text" >&2
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        if command -v zenity >/dev/null 2>&1; then
            zenity --error --title="$title" --text="$text" >/dev/null 2>&1
        elif command -v kdialog >/dev/null 2>&1; then
            kdialog --title "$title" --error "$text" >/dev/null 2>&1
        elif command -v notify-send >/dev/null 2>&1; then
            notify-send --urgency=critical "$title" "$text" >/dev/null 2>&1
        fi
    fi
}

need=""
[ -r "$FLOOR_FILE" ] && need=$(version_of "$(cat "$FLOOR_FILE")")
have=$(system_glibc)
if [ -n "$need" ] && [ -n "$have" ] && older "$have" "$need"; then
    case ${LC_ALL:-${LC_MESSAGES:-${LANG:-}}} in
        de*)
            title="Workshop App kann nicht starten"
            distros=$(runs_on "$need" "oder neuer")
            text="Workshop App braucht die GNU-C-Bibliothek (glibc) $need oder neuer; dieses System hat glibc $have.
Die App läuft unter ${distros:-Linux mit glibc $need oder neuer}.
Fragen Sie, wer Ihnen die App gegeben hat, nach einer Fassung für ältere Systeme, oder nutzen Sie ein neueres System." ;;
        fr*)
            title="Workshop App ne peut pas démarrer"
            distros=$(runs_on "$need" "ou plus récent")
            text="Workshop App a besoin de la bibliothèque C GNU (glibc) $need ou plus récente ; ce système a la glibc $have.
L'application fonctionne sous ${distros:-Linux avec glibc $need ou plus récente}.
Demandez à la personne qui vous a donné l'application une version pour systèmes plus anciens, ou utilisez un système plus récent." ;;
        *)
            title="Workshop App cannot start"
            distros=$(runs_on "$need" "or newer")
            text="Workshop App needs the GNU C library (glibc) $need or newer; this system has glibc $have.
It runs on ${distros:-Linux with glibc $need or newer}.
Ask whoever gave you the app for a build for older systems, or use a newer system." ;;
    esac
    tell "$title" "$text"
    exit 3
fi
exec "$PROGRAM" "$@"
