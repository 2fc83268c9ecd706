#!/usr/bin/env bash
# What each matrix kernel of the same portable binary gives: AVX-512 (the default on a CPU that has
# it), AVX2 + FMA and baseline x86-64, forced with DIGITPAD_MATRIX_KERNEL. Each pair runs
# `digitpad-cli bench --train-images IMAGES` once on every kernel, the order rotating from pair to
# pair, and the medians and ranges are printed with each kernel's ratio to the fastest one.
# A kernel the CPU lacks falls back to the best it has, and is then reported under that name.
# A benchmark: minutes, never part of the default test run.
# usage: tests/benchmarks/compare_kernels.sh [MNIST_DIR] [BUILD_DIR] [PAIRS] [IMAGES]
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-data/mnist}
build=${2:-build}
pairs=${3:-3}
images=${4:-3000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

kernels=(avx512 avx2 baseline)
for pair in $(seq 1 "$pairs"); do
  echo "== pair $pair of $pairs"
  for i in 0 1 2; do
    kernel=${kernels[$(((i + pair - 1) % 3))]}
    DIGITPAD_MATRIX_KERNEL=$kernel "$build/bin/digitpad-cli" bench --data "$data" --train-images "$images" \
      --json "$out/$kernel-$pair.json" >/dev/null
  done
done

/usr/bin/python3 - "$out" <<'PY'
import glob, json, statistics, sys
runs = {}
for path in sorted(glob.glob(f"{sys.argv[1]}/*.json")):
    document = json.load(open(path))
    for r in document["results"]:
        runs.setdefault(document["matrix_kernel"], {}).setdefault(r["architecture"], []).append(r)
figures = [("training, images/s", "train_images_per_second", True),
           ("batch inference, images/s", "inference_images_per_second", True),
           ("single drawing, median ms", "latency_median_ms", False)]
kernels = [k for k in ("avx512", "avx2-fma", "baseline") if k in runs]
number = lambda value, key: f"{value:.3f}" if key.endswith("_ms") else f"{value:,.0f}"
print(f"{'figure: median (range) share of fastest':36}" + "".join(f"{k:>28}" for k in kernels))
for arch in ("seed", "default"):
    for name, key, higher in figures:
        medians = {k: statistics.median(r[key] for r in runs[k][arch]) for k in kernels}
        best = max(medians.values()) if higher else min(medians.values())
        cells = []
        for k in kernels:
            values = [r[key] for r in runs[k][arch]]
            ratio = medians[k] / best if higher else best / medians[k]
            cells.append(f"{number(medians[k], key)} ({number(min(values), key)}-{number(max(values), key)}) {ratio:.2f}")
        print(f"{arch + ' ' + name:36}" + "".join(f"{c:>28}" for c in cells))
print("(the last figure in each cell: that kernel's speed as a share of the fastest one's)")
PY
