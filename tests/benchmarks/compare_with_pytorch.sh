#!/usr/bin/env bash
# Runs the PyTorch peer (../shared/peers/torch_seed_cnn.py, Debian python3-torch, 2 threads) and
# `digitpad-cli bench` on the same data in one run, and prints both with the ratios issue #7 sets
# targets for. A benchmark: minutes, never part of the default test run.
# usage: tests/benchmarks/compare_with_pytorch.sh [MNIST_DIR] [BUILD_DIR] [--full-epoch]
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-data/mnist}
build=${2:-build}
extra=${3:-}
peer=../shared/peers/torch_seed_cnn.py
[ -f "$peer" ] || { echo "missing $peer (the shared/ folder beside this repo)" >&2; exit 1; }
if ! /usr/bin/python3 -c "import torch" 2>/dev/null; then
  echo "installing python3-torch (Debian)"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq python3-torch; else sudo apt-get install -y -qq python3-torch; fi
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "== PyTorch peer (seed CNN, 1 epoch, 2 threads)"
/usr/bin/python3 "$peer" "$data" 1 2 | tee "$out/torch.txt"
echo "== digitpad-cli bench"
"$build/bin/digitpad-cli" bench --data "$data" --json "$out/bench.json" $extra
/usr/bin/python3 - "$out/torch.txt" "$out/bench.json" <<'PY'
import json, re, sys
torch = open(sys.argv[1]).read()
ours = {r["architecture"]: r for r in json.load(open(sys.argv[2]))["results"]}
torch_train = float(re.search(r"img/s (\d+)", torch).group(1))
torch_infer = 10000 / float(re.search(r"infer_10k_s ([\d.]+)", torch).group(1))
torch_latency = float(re.search(r"latency_ms ([\d.]+)", torch).group(1))  # seconds per 1000 = ms per run
seed = ours["seed"]
print()
print(f"{'figure':44} {'DigitPad':>12} {'PyTorch':>12} {'ratio':>8}  target")
rows = [
    ("seed training images/s", seed["train_images_per_second"], torch_train, ">= 1.0"),
    ("seed batch inference images/s", seed["inference_images_per_second"], torch_infer, ""),
    ("seed single drawing latency ms (median)", seed["latency_median_ms"], torch_latency, "<= 1.0"),
]
for name, a, b, target in rows:
    print(f"{name:44} {a:12.2f} {b:12.2f} {a / b:8.2f}  {target}")
if "full_epoch_peak_rss_mb" in seed:
    print(f"{'seed peak RSS of a full-data epoch, MB':44} {seed['full_epoch_peak_rss_mb']:12.0f} {'':>12} {'':>8}  <= 600")
for arch, r in ours.items():
    print(f"{arch}: p99 latency {r['latency_p99_ms']:.3f} ms, accuracy after the run {r['test_accuracy_after_run']:.4f}")
PY
