#!/bin/sh
# Builds the Debian package the way the README says (cpack -G DEB in the build folder), runs
# lintian on it, and checks that every Qt plugin the programs load at run time comes from a
# package the .deb depends on (dpkg-shlibdeps only sees the libraries linked at build time).
#
#     packaging/check-deb.sh [BUILD_DIR]      # default: build
#
# Needs dpkg-dev and lintian (apt-get install lintian). Exit status: 0 when lintian reports no
# error and no plugin package is missing from Depends. Not part of ctest: it takes a minute or two.
set -eu

build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
cd "$build"
build=$(pwd)

echo "== cpack -G DEB"
rm -f shopdesk_*.deb
cpack -G DEB >/dev/null
deb=$(ls shopdesk_*.deb | head -n 1)
echo "$deb"

echo "== lintian"
status=0
lintian --info "$deb" | tee lintian.log || true
if grep -q '^E: ' lintian.log; then
    echo "lintian reports errors" >&2
    status=1
fi
echo "lintian: $(grep -c '^E: ' lintian.log || true) error(s), $(grep -c '^W: ' lintian.log || true) warning(s)"

echo "== what the programs load"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The window on a new shop, rendered offscreen (the platform plugin differs from a desktop's, which
# comes with libqt6gui6 as the offscreen one does), with settings and data in a throw-away home.
HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen \
    LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld" \
    "$build/bin/shopdesk" --db "$work/s.shopdesk" --screenshot "$work/s.png" --geometry 800x600 >/dev/null 2>&1 || true
HOME="$work" QT_QPA_PLATFORM=offscreen LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ldcli" \
    "$build/bin/shopdesk-cli" --db "$work/s.shopdesk" check >/dev/null 2>&1 || true
missing=0
for lib in $(cat "$work"/ld* | sed -n 's/.*calling init: //p' | sort -u); do
    pkg=$(dpkg -S "$lib" 2>/dev/null | head -n 1 | cut -d: -f1) || pkg=""
    case "$lib" in
    */qt6/plugins/*)
        if [ -z "$pkg" ]; then
            echo "plugin $lib: no package"
        elif echo ", $depends," | grep -q "[ ,|]$pkg[ ,(|]"; then
            echo "plugin $lib: $pkg (in Depends)"
        else
            echo "plugin $lib: $pkg NOT in Depends" >&2
            missing=1
        fi
        ;;
    esac
done
[ "$missing" = 0 ] || status=1
exit "$status"
