#!/usr/bin/env bash
# DigitPad against the PyTorch peer (../shared/peers/torch_seed_cnn.py, Debian python3-torch), like
# for like and in one run: for the seed and the default architecture, both sides train one epoch
# of the same 60,000 MNIST images (batch 32, Adam, 2 threads, no augmentation), then read the
# 10,000 test images and time single images. The two alternate over PAIRS pairs (which goes first
# alternates too), and every pair is printed with the median ratio and its range.
# DigitPad warms up on 512 images before its timed epoch; its latency runs from strokes to
# probabilities (preprocessing included), PyTorch's is the model alone.
# A benchmark: minutes, never part of the default test run.
# usage: tests/benchmarks/compare_with_pytorch.sh [MNIST_DIR] [BUILD_DIR] [PAIRS]
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-data/mnist}
build=${2:-build}
pairs=${3:-3}
peer=../shared/peers/torch_seed_cnn.py
[ -f "$peer" ] || { echo "missing $peer (the shared/ folder beside this repo)" >&2; exit 1; }
if ! /usr/bin/python3 -c "import torch" 2>/dev/null; then
  echo "installing python3-torch (Debian)"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq python3-torch; else sudo apt-get install -y -qq python3-torch; fi
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run_torch() { /usr/bin/python3 "$peer" "$data" 1 2 "$1" >"$out/torch-$1-$2.txt"; }
run_ours() { "$build/bin/digitpad-cli" bench --data "$data" --arch "$1" --train-images 60000 --json "$out/ours-$1-$2.json" >/dev/null; }

for arch in seed default; do
  for pair in $(seq 1 "$pairs"); do
    echo "== $arch, pair $pair of $pairs"
    if [ $((pair % 2)) -eq 1 ]; then run_torch "$arch" "$pair"; run_ours "$arch" "$pair"
    else run_ours "$arch" "$pair"; run_torch "$arch" "$pair"; fi
  done
done

/usr/bin/python3 - "$out" "$pairs" <<'PY'
import json, re, statistics, sys
out, pairs = sys.argv[1], int(sys.argv[2])

def torch_figures(path):
    text = open(path).read()
    return {"train": float(re.search(r"img/s (\d+)", text).group(1)),
            "infer": 10000 / float(re.search(r"infer_10k_s ([\d.]+)", text).group(1)),
            "latency": float(re.search(r"latency_ms ([\d.]+)", text).group(1))}  # s per 1000 = ms per run

def our_figures(path):
    r = json.load(open(path))["results"][0]
    return {"train": r["train_images_per_second"], "infer": r["inference_images_per_second"],
            "latency": r["latency_median_ms"]}

rows = [("training, images/s", "train", True), ("batch inference, images/s", "infer", True),
        ("single-image latency, ms", "latency", False)]
for arch in ("seed", "default"):
    print(f"\n{arch} CNN, {pairs} alternating pairs (ratio = how many times faster DigitPad is)")
    print(f"{'figure':28} {'pair':>4} {'DigitPad':>10} {'PyTorch':>10} {'ratio':>7}")
    for name, key, higher_is_better in rows:
        ratios = []
        for p in range(1, pairs + 1):
            ours = our_figures(f"{out}/ours-{arch}-{p}.json")[key]
            theirs = torch_figures(f"{out}/torch-{arch}-{p}.txt")[key]
            ratio = ours / theirs if higher_is_better else theirs / ours
            ratios.append(ratio)
            print(f"{name:28} {p:>4} {ours:10.2f} {theirs:10.2f} {ratio:7.2f}")
        print(f"{name:28} {'':>4} {'':>10} {'median':>10} {statistics.median(ratios):7.2f}"
              f"  ({min(ratios):.2f}-{max(ratios):.2f})")
PY
