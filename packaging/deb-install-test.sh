#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Phenomap .deb on a CLEAN Debian 12 (a debootstrap minbase chroot) and checks that
# it installs with the dependencies it declares, starts, and integrates with the desktop.
#
# NOT run in CI and not part of ctest: it needs root (debootstrap, chroot, mount), a reachable
# Debian mirror, and several minutes (debootstrap of the minbase system once, then ~110 MB of
# Phenomap's dependencies per run). Run it by hand before a release and keep its output.
#
# Last run: 2026-11-28 04:49 UTC on a Debian 12 host, phenomap_0.1.0_amd64.deb from a Release build
# (cpack -G DEB): apt installed it with 173 packages on the clean minbase system; 42 PASS, 0 FAIL.
#
# Usage, as root, from the checkout:
#   packaging/deb-install-test.sh [--deb FILE | --build DIR] [--root DIR] [--base DIR]
#                                 [--mirror URL] [--log FILE] [--keep]
#
#   --deb FILE    the package to test (default: the newest build*/phenomap_*.deb of the checkout)
#   --build DIR   first configure a Release build in DIR (tests off), build it and `cpack -G DEB`
#   --root DIR    the chroot of this run (default /srv/deb-test); deleted and made again each run
#   --base DIR    cached clean system (default /srv/deb-test-base), made once with
#                 `debootstrap --variant=minbase bookworm` and copied for each run, so that every
#                 run starts from the same untouched Debian 12
#   --mirror URL  Debian mirror (default: the first deb.debian.org URI in /etc/apt/sources.list*,
#                 else http://deb.debian.org/debian); security updates come from debian-security
#   --log FILE    also write the output to FILE (default /srv/deb-test.log)
#   --keep        leave the chroot in place afterwards (the mounts are always undone)
#
# What it checks, one PASS/FAIL line each; the exit status is the number of failures:
#   package   dpkg-deb -I/-c: Depends (from dpkg-shlibdeps plus the explicit ones), the installed
#             files (binary, .desktop, metainfo, MIME type, SVG icon, gzipped man page), no file
#             outside /usr
#   install   `apt-get install --no-install-recommends ./phenomap_*.deb` on the clean system, so the
#             declared Depends alone must be enough; `ldd` finds every library
#   run       as an ordinary user: --version, --help, demo, info, import of a CSV (GDAL + PROJ),
#             analyse, export --pdf (fonts, offscreen painting), the window on the offscreen
#             platform for 10 s (exit 124 from timeout = still running, no missing library or
#             plugin), and the built-in demo written where the man page says
#   desktop   after installing what a desktop has (shared-mime-info, desktop-file-utils,
#             xdg-utils, appstream, man-db) and reinstalling the package: the dpkg triggers
#             updated the MIME and desktop databases; `xdg-mime query filetype` gives
#             application/x-phenomap-project for a project by name and by content (magic);
#             `xdg-mime query default` gives be.brussels.Phenomap.desktop (double-click opens
#             Phenomap); desktop-file-validate and appstreamcli validate accept the installed
#             files; `man phenomap` renders
set -u

DEB="" BUILD="" ROOT=/srv/deb-test BASE=/srv/deb-test-base MIRROR="" LOG=/srv/deb-test.log KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
    --deb) DEB=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --root) ROOT=$2; shift 2 ;;
    --base) BASE=$2; shift 2 ;;
    --mirror) MIRROR=$2; shift 2 ;;
    --log) LOG=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h | --help) sed -n '3,/^set -u/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "deb-install-test.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

[ "$(id -u)" -eq 0 ] || { echo "deb-install-test.sh: run as root (debootstrap, chroot, mount)" >&2; exit 2; }
case "$ROOT" in /|/usr|/srv|/tmp|"") echo "deb-install-test.sh: refusing --root '$ROOT'" >&2; exit 2 ;; esac
SOURCE=$(cd "$(dirname "$0")/.." && pwd)
exec > >(tee "$LOG") 2>&1

FAILURES=0
pass() { echo "PASS  $1"; }
fail() { echo "FAIL  $1"; FAILURES=$((FAILURES + 1)); }
step() { echo; echo "=== $1"; }

# --- the package --------------------------------------------------------------------------------
if [ -n "$BUILD" ]; then
    step "Building a Release package in $BUILD"
    cmake -S "$SOURCE" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPHENOMAP_BUILD_TESTS=OFF || exit 1
    cmake --build "$BUILD" || exit 1
    (cd "$BUILD" && cpack -G DEB) || exit 1
    DEB=$(ls -t "$BUILD"/phenomap_*.deb | head -n 1)
fi
if [ -z "$DEB" ]; then
    DEB=$(ls -t "$SOURCE"/build*/phenomap_*.deb "$SOURCE"/build/*/phenomap_*.deb 2>/dev/null | head -n 1)
fi
[ -f "$DEB" ] || { echo "deb-install-test.sh: no .deb found; give --deb FILE or --build DIR" >&2; exit 2; }
DEB=$(readlink -f "$DEB")
echo "Package: $DEB"
echo "Date:    $(date -u '+%Y-%m-%d %H:%M UTC'), host $(. /etc/os-release; echo "$PRETTY_NAME")"

step "Package metadata and contents"
dpkg-deb -I "$DEB"
CONTENTS=$(dpkg-deb -c "$DEB" | awk '{print $6}')
echo "$CONTENTS"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libgdal32 libsqlite3-0 libsodium23 libssl3 libstdc++6 libc6; do
    if echo "$DEPENDS" | grep -q "\b$lib\b"; then pass "Depends names $lib"; else fail "Depends names $lib"; fi
done
for f in ./usr/bin/phenomap ./usr/share/applications/be.brussels.Phenomap.desktop \
    ./usr/share/metainfo/be.brussels.Phenomap.metainfo.xml ./usr/share/mime/packages/be.brussels.Phenomap.xml \
    ./usr/share/icons/hicolor/scalable/apps/be.brussels.Phenomap.svg ./usr/share/man/man1/phenomap.1.gz \
    ./usr/share/doc/phenomap/PROVENANCE.md ./usr/share/doc/phenomap/copyright; do
    if echo "$CONTENTS" | grep -qx "$f"; then pass "package holds $f"; else fail "package holds $f"; fi
done
if echo "$CONTENTS" | grep -v '^\./$' | grep -qv '^\./usr/'; then fail "every file is under /usr"; else pass "every file is under /usr"; fi

# --- a clean Debian 12 ----------------------------------------------------------------------------
if [ -z "$MIRROR" ]; then
    MIRROR=$(grep -rhoE 'https?://deb\.debian\.org/debian/?' /etc/apt/sources.list /etc/apt/sources.list.d 2>/dev/null | head -n 1)
    MIRROR=${MIRROR:-http://deb.debian.org/debian}
fi
MIRROR=${MIRROR%/}
SECURITY=${MIRROR%/debian}/debian-security
if [ ! -x "$BASE/usr/bin/apt-get" ]; then
    step "debootstrap --variant=minbase bookworm $BASE $MIRROR"
    command -v debootstrap >/dev/null || apt-get install -y debootstrap || exit 1
    rm -rf "$BASE"
    debootstrap --variant=minbase bookworm "$BASE" "$MIRROR" || { echo "debootstrap failed" >&2; exit 1; }
fi

step "Fresh copy of the clean system in $ROOT"
rm -rf "$ROOT"
cp -a "$BASE" "$ROOT" || exit 1
MOUNTS=()
cleanup() {
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2>/dev/null; done
    [ "$KEEP" -eq 1 ] || rm -rf "$ROOT"
}
trap cleanup EXIT
for m in proc sys dev dev/pts; do
    case $m in
    proc) mount -t proc proc "$ROOT/proc" ;;
    sys) mount -t sysfs sys "$ROOT/sys" ;;
    *) mount --bind "/$m" "$ROOT/$m" ;;
    esac && MOUNTS+=("$ROOT/$m")
done
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
cat >"$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $SECURITY bookworm-security main
EOF
cp "$DEB" "$ROOT/tmp/phenomap.deb"

inroot() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
inroot useradd --create-home --shell /bin/bash analyst
USERSPEC="$(inroot id -u analyst):$(inroot id -g analyst)"
asuser() { chroot --userspec="$USERSPEC" "$ROOT" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/analyst \
    USER=analyst LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime-analyst "$@"; }
inroot install -d -m 0700 -o analyst -g analyst /tmp/runtime-analyst

# --- install with the declared dependencies only ------------------------------------------------
step "apt-get install --no-install-recommends ./phenomap.deb"
inroot apt-get update -q || exit 1
if inroot apt-get install -y -q --no-install-recommends /tmp/phenomap.deb; then
    pass "apt-get installs the package and its Depends on a clean Debian 12"
else
    fail "apt-get installs the package and its Depends on a clean Debian 12"
    exit "$FAILURES"
fi
MISSING=$(inroot ldd /usr/bin/phenomap | grep 'not found')
if [ -z "$MISSING" ]; then pass "ldd finds every library"; else fail "ldd finds every library: $MISSING"; fi

# --- run -------------------------------------------------------------------------------------------
step "Running phenomap as an ordinary user"
expect() { # expect NAME EXPECTED-EXIT GREP-PATTERN -- COMMAND...
    local name=$1 code=$2 pattern=$3 out rc
    shift 4
    out=$(asuser "$@" 2>&1)
    rc=$?
    echo "\$ $*  -> exit $rc"
    echo "$out" | head -n 12 | sed 's/^/    /'
    if [ "$rc" -eq "$code" ] && { [ -z "$pattern" ] || echo "$out" | grep -qE "$pattern"; } &&
        ! echo "$out" | grep -qE 'error while loading shared libraries|Could not (load|find) the Qt platform plugin|cannot open shared object'; then
        pass "$name"
    else
        fail "$name"
    fi
}
expect "phenomap --version" 0 '^phenomap [0-9]+\.[0-9]+\.[0-9]+$' -- phenomap --version
expect "phenomap --help" 0 'Usage: phenomap' -- phenomap --help
expect "phenomap demo writes a project" 0 'Wrote 20000 synthetic incidents' -- phenomap demo --out /tmp/d.gpkg
expect "phenomap info reads it" 0 'SYNTHETIC' -- phenomap info /tmp/d.gpkg
printf 'ref;lon;lat;datum;feit\nT1;4,3517;50,8466;05/11/2024;Drugs\nT2;4,37;50,83;06/11/2024;Drugs\n' >"$ROOT/tmp/partner.csv"
chmod 644 "$ROOT/tmp/partner.csv"
expect "phenomap import of a CSV (GDAL, PROJ)" 0 '"inserted": 2' -- phenomap import /tmp/d.gpkg /tmp/partner.csv --source "PZ Test" --json
expect "phenomap analyse --method gi" 0 'Method: gi' -- phenomap analyse /tmp/d.gpkg --method gi --cell 250
expect "phenomap export --pdf (fonts, offscreen painting)" 0 'Wrote a' -- phenomap export /tmp/d.gpkg --pdf /tmp/d.pdf --lang fr
if [ "$(head -c 5 "$ROOT/tmp/d.pdf" 2>/dev/null)" = "%PDF-" ]; then pass "the briefing is a PDF"; else fail "the briefing is a PDF"; fi
expect "the window starts on a project (timeout 10 s -> 124)" 124 '' -- \
    env QT_QPA_PLATFORM=offscreen timeout 10 phenomap /tmp/d.gpkg
expect "the window starts on the built-in demo (timeout 20 s -> 124)" 124 '' -- \
    env QT_QPA_PLATFORM=offscreen timeout 20 phenomap
if [ -f "$ROOT/home/analyst/.local/share/Phenomap/Phenomap/demo.gpkg" ]; then
    pass "the built-in demo is in ~/.local/share/Phenomap/Phenomap/demo.gpkg (as the man page says)"
else
    fail "the built-in demo is in ~/.local/share/Phenomap/Phenomap/demo.gpkg: $(cd "$ROOT/home/analyst" && find . -name 'demo.gpkg')"
fi

# --- desktop integration ---------------------------------------------------------------------------
step "Desktop tools, then the package again: dpkg triggers"
inroot apt-get install -y -q --no-install-recommends shared-mime-info desktop-file-utils xdg-utils \
    libfile-mimeinfo-perl appstream man-db >/dev/null || fail "installing the desktop tools"
REINSTALL=$(inroot apt-get install -y -q --reinstall --no-install-recommends /tmp/phenomap.deb 2>&1)
echo "$REINSTALL" | grep -i 'trigger'
for t in shared-mime-info desktop-file-utils man-db; do
    if echo "$REINSTALL" | grep -q "Processing triggers for $t"; then pass "dpkg trigger of $t ran"; else fail "dpkg trigger of $t ran"; fi
done
if [ -f "$ROOT/usr/share/mime/application/x-phenomap-project.xml" ]; then pass "MIME database knows application/x-phenomap-project"; else fail "MIME database knows application/x-phenomap-project"; fi
if grep -q '^application/x-phenomap-project=.*be\.brussels\.Phenomap\.desktop' "$ROOT/usr/share/applications/mimeinfo.cache" 2>/dev/null; then
    pass "desktop database maps the project type to be.brussels.Phenomap.desktop"
else
    fail "desktop database maps the project type to be.brussels.Phenomap.desktop"
fi
inroot cp /tmp/d.gpkg /tmp/project-without-extension
inroot chmod 644 /tmp/project-without-extension
expect "xdg-mime: a project by its name" 0 '^application/x-phenomap-project$' -- xdg-mime query filetype /tmp/d.gpkg
expect "xdg-mime: a project by its content (GPKG magic)" 0 '^application/x-phenomap-project$' -- \
    xdg-mime query filetype /tmp/project-without-extension
expect "xdg-mime: double-click opens Phenomap" 0 '^be\.brussels\.Phenomap\.desktop$' -- \
    xdg-mime query default application/x-phenomap-project
expect "desktop-file-validate accepts the installed .desktop file" 0 '' -- \
    desktop-file-validate /usr/share/applications/be.brussels.Phenomap.desktop
expect "appstreamcli validate accepts the installed metainfo" 0 '' -- \
    appstreamcli validate --no-net /usr/share/metainfo/be.brussels.Phenomap.metainfo.xml
expect "man phenomap renders" 0 'phenomap analyse PROJECT' -- env MANWIDTH=100 man -P cat phenomap

echo
if [ "$FAILURES" -eq 0 ]; then echo "All checks passed."; else echo "$FAILURES check(s) failed."; fi
exit "$FAILURES"
