#!/usr/bin/env bash
# DigitPad against the PyTorch peer (../shared/peers/torch_seed_cnn.py, Debian python3-torch), like
# for like and in one run: for the seed and the default architecture, both sides train one epoch
# of the same 60,000 MNIST images (batch 32, Adam, 2 threads, no augmentation), then read the
# 10,000 test images and time single images. The two alternate over PAIRS pairs (which goes first
# alternates too), and every pair is printed with the median ratio and its range.
# Each pair also trains both sides on AVX2 only, what a CPU without AVX-512 gets: DigitPad's
# portable binary on its AVX2 kernel (the plain run takes the kernel the CPU has), PyTorch with
# its own kernels (ATen, oneDNN, OpenBLAS) capped at AVX2. And it trains DigitPad once more with
# the bundled model's augmentation (shifts, rotations, scales, elastic distortions) against the
# plain PyTorch epoch, which has none, so that row shows what augmenting costs.
# DigitPad warms up on 512 images before its timed epoch; its latency runs from strokes to
# probabilities (preprocessing included), PyTorch's is the model alone. Peak resident memory is
# each whole process's: datasets, training and evaluation.
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

# The peer as it is, with its process's peak resident memory printed after it.
run_torch_once() {
  /usr/bin/python3 - "$peer" "$data" 1 2 "$1" >"$out/$3-$1-$2.txt" <<'PY'
import resource, runpy, sys
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
print(f"peak_rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
PY
}
# oneDNN's cap is the one that changes PyTorch's speed; the others keep the rest of it to AVX2 too.
run_torch() {
  run_torch_once "$1" "$2" torch
  ATEN_CPU_CAPABILITY=avx2 ONEDNN_MAX_CPU_ISA=AVX2 DNNL_MAX_CPU_ISA=AVX2 OPENBLAS_CORETYPE=Haswell \
    run_torch_once "$1" "$2" torch-avx2
}
ours() { "$build/bin/digitpad-cli" bench --data "$data" --arch "$1" --train-images 60000 --json "$out/$3-$1-$2.json" "${@:4}" >/dev/null; }
run_ours() {
  ours "$1" "$2" ours
  DIGITPAD_MATRIX_KERNEL=avx2 ours "$1" "$2" avx2
  ours "$1" "$2" augmented --augment
}

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
            "latency": float(re.search(r"latency_ms ([\d.]+)", text).group(1)),  # s per 1000 = ms per run
            "memory": float(re.search(r"peak_rss_mb (\d+)", text).group(1))}

def our_figures(path):
    document = json.load(open(path))
    r = document["results"][0]
    return {"train": r["train_images_per_second"], "infer": r["inference_images_per_second"],
            "latency": r["latency_median_ms"], "memory": r["peak_rss_mb"], "kernel": document["matrix_kernel"]}

# (row, DigitPad's run, PyTorch's run, figure, higher is better)
rows = [("training, images/s", "ours", "torch", "train", True),
        ("training, both on AVX2", "avx2", "torch-avx2", "train", True),
        ("training, augmented", "augmented", "torch", "train", True),
        ("batch inference, images/s", "ours", "torch", "infer", True),
        ("single-image latency, ms", "ours", "torch", "latency", False),
        ("peak resident memory, MB", "ours", "torch", "memory", False)]
print(f"DigitPad's matrix kernel on this CPU: {our_figures(f'{out}/ours-seed-1.json')['kernel']}")
for arch in ("seed", "default"):
    print(f"\n{arch} CNN, {pairs} alternating pairs (ratio = how many times faster, or leaner, DigitPad is)")
    print(f"{'figure':28} {'pair':>4} {'DigitPad':>10} {'PyTorch':>10} {'ratio':>7}")
    for name, run, peer_run, key, higher_is_better in rows:
        ratios = []
        for p in range(1, pairs + 1):
            ours = our_figures(f"{out}/{run}-{arch}-{p}.json")[key]
            theirs = torch_figures(f"{out}/{peer_run}-{arch}-{p}.txt")[key]
            ratio = ours / theirs if higher_is_better else theirs / ours
            ratios.append(ratio)
            print(f"{name:28} {p:>4} {ours:10.2f} {theirs:10.2f} {ratio:7.2f}")
        print(f"{name:28} {'':>4} {'':>10} {'median':>10} {statistics.median(ratios):7.2f}"
              f"  ({min(ratios):.2f}-{max(ratios):.2f})")
PY
