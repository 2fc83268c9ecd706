#!/usr/bin/env bash
# DigitPad against the PyTorch peer (tests/benchmarks/pytorch_peer.py; the python3 that has torch,
# Debian's python3-torch unless PYTHON names another), like for like and in one run: for the seed
# and the default architecture, both sides train one epoch of the same 60,000 MNIST images
# (batch 32, Adam, no augmentation), then read the 10,000 test images and time single images.
# At each thread count both sides are pinned to the same cores (taskset -c 0..N-1) and told to use
# N threads. The two alternate over PAIRS pairs (which goes first alternates too), and every pair
# is printed with the median ratio and its range. The peer is named first: its PyTorch version
# and the CPU kernels it runs on (its CPU capability, oneDNN, BLAS).
# Unless --training-only, each pair also trains both sides on AVX2 only, what a CPU without
# AVX-512 gets: DigitPad's portable binary on its AVX2 kernel (the plain run takes the kernel the
# CPU has), PyTorch with its own kernels (ATen, oneDNN, OpenBLAS) capped at AVX2. And it trains
# DigitPad once more with the bundled model's augmentation (shifts, rotations, scales, elastic
# distortions) against the plain PyTorch epoch, which has none, so that row shows what
# augmenting costs.
# DigitPad warms up on 512 images before its timed epoch; its latency runs from strokes to
# probabilities (preprocessing included), PyTorch's is the model alone. Peak resident memory is
# each whole process's: datasets, training and evaluation.
# A benchmark: minutes, never part of the default test run.
# usage: tests/benchmarks/compare_with_pytorch.sh [--threads "2 8"] [--pairs N] [--arch seed|default]
#                                                  [--training-only] [MNIST_DIR] [BUILD_DIR] [PAIRS]
#   (defaults: 2 threads, 3 pairs, both architectures, data/mnist, build)
set -euo pipefail
cd "$(dirname "$0")/../.."
threads=(2) archs=(seed default) extra=yes positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) read -r -a threads <<<"$2"; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    --arch) archs=("$2"); shift 2 ;;
    --training-only) extra=no; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) positional+=("$1"); shift ;;
  esac
done
data=${positional[0]:-data/mnist}
build=${positional[1]:-build}
pairs=${pairs:-${positional[2]:-3}}
py=${PYTHON:-/usr/bin/python3}
peer=tests/benchmarks/pytorch_peer.py
if ! "$py" -c "import torch" 2>/dev/null; then
  echo "installing python3-torch (Debian)"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq python3-torch; else sudo apt-get install -y -qq python3-torch; fi
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The peer, named: its version and the CPU kernels it picked on this machine.
"$py" - <<'PY' | tee "$out/peer.txt"
import re, torch
config = torch.__config__.show()
def find(pattern):
    m = re.search(pattern, config)
    return m.group(1).strip() if m else "unknown"
capability = find(r"CPU capability usage: *(\S+)")
onednn = find(r"(?:MKL-DNN|oneDNN)[^v]*v([\d.]+)")
blas = find(r"BLAS_INFO=([^,\s]+)")
mkldnn = "on" if torch.backends.mkldnn.is_available() else "off"
print(f"peer: PyTorch {torch.__version__}; CPU capability {capability}; oneDNN {onednn} ({mkldnn}); BLAS {blas}")
PY
echo "DigitPad: $("$build/bin/digitpad-cli" --version 2>/dev/null | head -1), $(nproc) cores here, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"

# Both sides on cores 0..N-1 of this machine.
pinned() { taskset -c "0-$((threads_now - 1))" "$@"; }

# The peer as it is, with its process's peak resident memory printed after it.
run_torch_once() {
  pinned "$py" - "$peer" "$data" 1 "$threads_now" "$1" >"$out/$3-$1-$2-t$threads_now.txt" <<'PY'
import resource, runpy, sys
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
print(f"peak_rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
PY
}
# oneDNN's cap is the one that changes PyTorch's speed; the others keep the rest of it to AVX2 too.
run_torch() {
  run_torch_once "$1" "$2" torch
  [ "$extra" = yes ] || return 0
  ATEN_CPU_CAPABILITY=avx2 ONEDNN_MAX_CPU_ISA=AVX2 DNNL_MAX_CPU_ISA=AVX2 OPENBLAS_CORETYPE=Haswell \
    run_torch_once "$1" "$2" torch-avx2
}
ours() {
  pinned "$build/bin/digitpad-cli" bench --data "$data" --arch "$1" --train-images 60000 --threads "$threads_now" \
    --json "$out/$3-$1-$2-t$threads_now.json" "${@:4}" >/dev/null
}
run_ours() {
  ours "$1" "$2" ours
  [ "$extra" = yes ] || return 0
  DIGITPAD_MATRIX_KERNEL=avx2 ours "$1" "$2" avx2
  ours "$1" "$2" augmented --augment
}

for threads_now in "${threads[@]}"; do
  for arch in "${archs[@]}"; do
    for pair in $(seq 1 "$pairs"); do
      echo "== $arch, $threads_now threads, pair $pair of $pairs"
      if [ $((pair % 2)) -eq 1 ]; then run_torch "$arch" "$pair"; run_ours "$arch" "$pair"
      else run_ours "$arch" "$pair"; run_torch "$arch" "$pair"; fi
    done
  done
done

"$py" - "$out" "$pairs" "$extra" "${threads[*]}" "${archs[*]}" <<'PY'
import json, re, statistics, sys
out, pairs, extra = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "yes"
thread_counts, archs = sys.argv[4].split(), sys.argv[5].split()

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
            "latency": r["latency_median_ms"], "reading": r["reading_median_ms"], "memory": r["peak_rss_mb"],
            "kernel": document["matrix_kernel"], "threads": r["threads"]}

# (row, DigitPad's run, PyTorch's run, figure, higher is better)
rows = [("training, images/s", "ours", "torch", "train", True),
        ("training, both on AVX2", "avx2", "torch-avx2", "train", True),
        ("training, augmented", "augmented", "torch", "train", True),
        ("batch inference, images/s", "ours", "torch", "infer", True),
        ("single-image latency, ms", "ours", "torch", "latency", False),
        ("peak resident memory, MB", "ours", "torch", "memory", False)]
if not extra:
    rows = [r for r in rows if r[1] == "ours"]
print()
print(open(f"{out}/peer.txt").read().strip())
first = our_figures(f"{out}/ours-{archs[0]}-1-t{thread_counts[0]}.json")
print(f"DigitPad's matrix kernel on this CPU: {first['kernel']}")
summary = []
for t in thread_counts:
    for arch in archs:
        print(f"\n{arch} CNN, {t} threads on {t} pinned cores, {pairs} alternating pairs "
              f"(ratio = how many times faster, or leaner, DigitPad is)")
        print(f"{'figure':28} {'pair':>4} {'DigitPad':>10} {'PyTorch':>10} {'ratio':>7}")
        for name, run, peer_run, key, higher_is_better in rows:
            ratios = []
            for p in range(1, pairs + 1):
                ours = our_figures(f"{out}/{run}-{arch}-{p}-t{t}.json")
                theirs = torch_figures(f"{out}/{peer_run}-{arch}-{p}-t{t}.txt")[key]
                ratio = ours[key] / theirs if higher_is_better else theirs / ours[key]
                ratios.append(ratio)
                print(f"{name:28} {p:>4} {ours[key]:10.2f} {theirs:10.2f} {ratio:7.2f}")
            print(f"{name:28} {'':>4} {'':>10} {'median':>10} {statistics.median(ratios):7.2f}"
                  f"  ({min(ratios):.2f}-{max(ratios):.2f})")
            if key == "train" and run == "ours":
                summary.append((t, arch, statistics.median(ratios), min(ratios), max(ratios)))
        readings = [our_figures(f"{out}/ours-{arch}-{p}-t{t}.json")["reading"] for p in range(1, pairs + 1)]
        print(f"{'a drawing read (6 views), ms':28} {'':>4} {statistics.median(readings):10.3f}")
print("\ntraining, DigitPad / PyTorch (median of the pairs, range), a row per thread count:")
for t, arch, median, low, high in summary:
    print(f"  {t:>3} threads  {arch:8} {median:5.2f}x  ({low:.2f}-{high:.2f})")
PY
