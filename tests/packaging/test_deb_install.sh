#!/usr/bin/env bash
# Builds the .deb with CPack, installs it into a scratch root with dpkg, runs what it installed
# (CLI version, a prediction with the bundled model, evaluation and training on the MNIST copy
# the package carries, from an empty folder with no network, the GUI offscreen for a few
# seconds), validates the desktop entry and AppStream metainfo, then uninstalls and checks
# nothing is left.
# usage: test_deb_install.sh BUILD_DIR VERSION [SOURCE_DIR]
set -euo pipefail
build=$1
version=$2
source=${3:-$(cd "$(dirname "$0")/../.." && pwd)}
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB >/dev/null
deb=$(ls -t digitpad_"$version"_*.deb | head -n 1)
[ -f "$deb" ] || fail "cpack made no .deb"
size=$(stat -c %s "$deb")
echo "built $deb ($((size / 1024)) KiB)"
[ "$size" -lt $((20 * 1024 * 1024)) ] || fail "the .deb is $size bytes, over 20 MB"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6gui6 libqt6core6 zlib1g libstdc++6 libdnnl2 libonnx1 libprotobuf libgomp1; do
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

# The package carries MNIST, byte for byte the pinned files, and its notices.
share=$root/usr/share/digitpad/mnist
while read -r sum name; do
  [ -f "$share/$name.gz" ] || fail "the package lacks $name.gz"
  [ "$(gzip -dc "$share/$name.gz" | sha256sum | cut -d' ' -f1)" = "$sum" ] || fail "$name.gz is not the pinned MNIST"
done <"$source/packaging/mnist.sha256"
for credit in "CC BY-SA 3.0" LeCun BSD-3-Clause Apache-2.0 LGPL-3.0 MPL-2.0; do
  grep -q "$credit" "$root/usr/share/doc/digitpad/NOTICE" || fail "NOTICE lacks $credit"
done

# An installed user trains and evaluates with no --data, no checkout and no network.
work=$(mktemp -d)
offline=()
if unshare --net true 2>/dev/null; then offline=(unshare --net); else echo "note: no network namespace; running with network"; fi
evaluation=$(cd "$work" && "${offline[@]}" "$bin/digitpad-cli" eval) || fail "installed eval without --data failed"
accuracy=$(sed -n 's/^accuracy \([0-9.]*\) on 10000 test images\( (.*)\)\{0,1\}$/\1/p' <<<"$evaluation")
[ -n "$accuracy" ] || fail "installed eval printed no accuracy on the 10,000 test images: $evaluation"
awk -v a="$accuracy" 'BEGIN { exit !(a > 0.99) }' || fail "bundled model scored $accuracy on the installed MNIST"
echo "installed eval: accuracy $accuracy"
(cd "$work" && "${offline[@]}" "$bin/digitpad-cli" train --epochs 1 --limit 2000 --out m.dpm >train.log 2>&1) ||
  fail "installed train failed: $(cat "$work/train.log")"
[ -s "$work/m.dpm" ] || fail "installed train wrote no model"
"$bin/digitpad-cli" eval --model "$work/m.dpm" --limit 1000 >/dev/null || fail "the model trained by the package does not load"
rm -rf "$work"

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
