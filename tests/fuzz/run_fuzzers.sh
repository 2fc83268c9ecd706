#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer, and
# runs each for a bounded time from the seed corpus under tests/fuzz/corpus. Any crash, leak,
# hang (over 10 s on one input) or sanitizer report fails the run.
# usage: tests/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${2:-build-fuzz}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DDIGITPAD_FUZZ=ON -DDIGITPAD_SANITIZE=ON -DDIGITPAD_BUILD_GUI=OFF -DDIGITPAD_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target fuzz_idx fuzz_model fuzz_classic fuzz_image fuzz_strokes fuzz_onnx

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for target in idx model classic image strokes onnx; do
  work=$(mktemp -d)
  cp tests/fuzz/corpus/$target/* "$work/" 2>/dev/null || true
  echo "fuzzing $target for ${seconds}s"
  "$build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(case $target in model | onnx) echo 400000 ;; *) echo 200000 ;; esac)" -print_final_stats=1 "$work" 2>"$build/fuzz_$target.log" \
    || { tail -n 60 "$build/fuzz_$target.log"; echo "FAIL: fuzz_$target found a problem" >&2; exit 1; }
  grep -E "stat::number_of_executed_units|Done" "$build/fuzz_$target.log" | head -n 2
  rm -rf "$work"
done
echo "fuzzing: 6 passed, 0 failed"
