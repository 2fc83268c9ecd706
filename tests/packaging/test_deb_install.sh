#!/usr/bin/env bash
# Builds the .deb with CPack, installs it into a scratch root with dpkg, runs what it installed
# (CLI version, a prediction with the bundled model, the GUI offscreen for a few seconds),
# validates the desktop entry and AppStream metainfo, then uninstalls and checks nothing is left.
# usage: test_deb_install.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB >/dev/null
deb=$(ls -t digitpad_"$version"_*.deb | head -n 1)
[ -f "$deb" ] || fail "cpack made no .deb"
echo "built $deb"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6gui6 libqt6core6 zlib1g libstdc++6; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# Dependencies live on the host, not in the scratch root: that is what --force-depends skips.
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless -i "$deb" >/dev/null
bin=$root/usr/bin

"$bin/digitpad-cli" --version | grep -qx "digitpad-cli $version" || fail "installed digitpad-cli --version"
echo '{"strokes": [[[100, 20], [98, 120], [97, 220]]]}' >"$root/one.json"
prediction=$("$bin/digitpad-cli" predict --strokes "$root/one.json")
grep -q '"digit":1' <<<"$prediction" || fail "bundled model read a straight stroke as: $prediction"

set +e
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$root/config" timeout 4 "$bin/digitpad"
status=$?
set -e
[ "$status" -eq 124 ] || fail "installed GUI exited early with status $status"

desktop-file-validate "$root/usr/share/applications/io.github.digitpad.DigitPad.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.digitpad.DigitPad.metainfo.xml" >/dev/null \
  || fail "appstreamcli rejects the metainfo"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/io.github.digitpad.DigitPad.svg" ] || fail "no scalable icon"

dpkg --root="$root" --force-not-root --force-script-chrootless -r digitpad >/dev/null
left=$( { find "$root/usr" -type f 2>/dev/null || true; } | wc -l)
[ "$left" -eq 0 ] || fail "uninstall left $left files: $(find "$root/usr" -type f)"
echo "PASS: .deb installs, runs, validates and uninstalls cleanly"
