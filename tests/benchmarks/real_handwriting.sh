#!/usr/bin/env bash
# Real handwriting: how a model reads drawings like people's (a benchmark, not a test).
#   tests/benchmarks/real_handwriting.sh [build] [model.dpm] [pen-drawings.json]
# Makes the style sets with the independent style generator (core/calibration/StyleDigits):
# set A (seed 1, 240 per digit, written hastily: --hasty) is the calibration set `digitpad-cli
# calibrate` fits the temperature on; the hasty set B (seed 2), the careful set B (seed 2) and
# the numbers (seed 3) are only measured. Then prints, for the
# model (default: the bundled one): MNIST test accuracy, MNIST test digits traced onto the pad
# (MNIST=dir if not data/mnist), style set B and the numbers through the canvas's default
# reading, and, when given, real pen drawings (e.g. the shared UCI pendigits
# writers) through the default reading, as single digits, and put together into numbers of 3-4
# (on a line as straight as the styled numbers', then on one drifting by up to 20 %);
# last, how long the model takes to read a drawing as the canvas does (`digitpad-cli bench`).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
model=${2:-}
pen=${3:-}
cli=$build/bin/digitpad-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
model_args=()
[ -n "$model" ] && model_args=(--model "$model")

"$build/tests/make-style-set" "$work/style-a.json" 240 1 --hasty
"$build/tests/make-style-set" "$work/hasty-b.json" 60 2 --hasty
"$build/tests/make-style-set" "$work/style-b.json" 60 2
"$build/tests/make-style-set" "$work/numbers.json" 300 3 --numbers
"$build/tests/make-style-set" "$work/traced.json" 200 1 "--traced-from=${MNIST:-data/mnist}"

echo "== MNIST test set"
"$cli" eval "${model_args[@]}" | sed -n 1,2p
echo "== 2,000 MNIST test digits traced into strokes and drawn with the pad's pen, as single digits"
"$cli" eval "${model_args[@]}" --strokes "$work/traced.json" --mode digit | sed -n 2,3p
echo "== temperature fitted on style set A (what the bundled model carries)"
"$cli" calibrate "${model_args[@]}" --strokes "$work/style-a.json" --out "$work/refit.dpm"
echo "== hasty style set B (600 single digits, never fitted on), canvas's default reading"
"$cli" eval "${model_args[@]}" --strokes "$work/hasty-b.json" | sed -n 2,3p
echo "== careful style set B (600 single digits), canvas's default reading"
"$cli" eval "${model_args[@]}" --strokes "$work/style-b.json" | sed -n 2,3p
echo "== styled numbers (300 of 3-4 digits, gaps from -5% to 40% of the height), canvas's default reading"
"$cli" eval "${model_args[@]}" --strokes "$work/numbers.json" | sed -n 2,4p
echo "== numbers of hasty style set B's digits (1,500 of 3-4, laid out as the styled numbers), canvas's default reading"
"$build/tests/make-style-set" "$work/hasty-numbers.json" 1500 5 "--numbers-from=$work/hasty-b.json"
"$cli" eval "${model_args[@]}" --strokes "$work/hasty-numbers.json" | sed -n 2,4p
if [ -n "$pen" ]; then
  echo "== pen drawings $pen, canvas's default reading (by writer where the file names them)"
  "$cli" eval "${model_args[@]}" --strokes "$pen" | sed -n '2,3p;/^by writer/p'
  echo "== pen drawings, as single digits (--mode digit)"
  "$cli" eval "${model_args[@]}" --strokes "$pen" --mode digit | sed -n 2,3p
  echo "== pen numbers (1,500 of 3-4 of those drawings side by side, laid out as the styled numbers), canvas's default reading"
  "$build/tests/make-style-set" "$work/pen-numbers.json" 1500 4 "--numbers-from=$pen"
  "$cli" eval "${model_args[@]}" --strokes "$work/pen-numbers.json" | sed -n 2,4p
  echo "== the same on a drifting line (each digit up to 20% of the height higher or lower and taller or shorter), canvas's default reading"
  "$build/tests/make-style-set" "$work/pen-drifting.json" 1500 4 "--numbers-from=$pen" --drift=0.2
  "$cli" eval "${model_args[@]}" --strokes "$work/pen-drifting.json" | sed -n 2,4p
fi
echo "== a drawing read as the canvas reads it (every view), on this machine"
"$cli" bench --model "${model:-resources/models/digitpad-default.dpm}" | tail -n 1
