#!/usr/bin/env bash
# The pen's path as a second opinion (a benchmark, not a test):
#   tests/benchmarks/pen_path.sh [build] [model.dpm] [pen-drawings.json]
# Style set A (seed 1, hasty: where the weight is to be chosen), hasty set B (seed 2) and, when
# given, people's pen drawings (measured only), each read as one digit by the image model, by the
# pen-path model, and by the two together at weights 0.25, 0.5 and 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
model=${2:-}
pen=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/make-style-set" "$work/style-a.json" 240 1 --hasty > /dev/null
"$build/tests/make-style-set" "$work/hasty-b.json" 60 2 --hasty > /dev/null
args=()
[ -n "$model" ] && args=(--model "$model")
"$build/tests/bench-pen-path" "${args[@]}" "$work/style-a.json" "$work/hasty-b.json" ${pen:+"$pen"}
