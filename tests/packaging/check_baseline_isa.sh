#!/usr/bin/env bash
# The installed programs must start on any x86-64 CPU: only the matrix product's AVX2 and
# AVX-512 kernels, chosen at run time, may hold AVX instructions. Disassembles each binary and fails on any
# VEX-encoded instruction (AVX, AVX2, FMA: mnemonics starting with "v") in another function.
# usage: check_baseline_isa.sh BINARY...
set -euo pipefail
[ "$(uname -m)" = x86_64 ] || { echo "not x86-64: nothing to check"; exit 0; }
status=0
for binary in "$@"; do
  offenders=$(objdump -d --no-show-raw-insn -C "$binary" | awk '
    /^[0-9a-f]+ <.*>:$/ { fn = $0; sub(/^[0-9a-f]+ </, "", fn); sub(/>:$/, "", fn); next }
    $2 ~ /^v[a-z0-9]+$/ && $2 !~ /^(verr|verw)$/ {
      if (fn !~ /DigitPadEigenAvx(2|512)::|digitpad::avx(2|512)::/) bad[fn] = $2
    }
    END { for (f in bad) print bad[f] " in " f }')
  disassembly=$(objdump -d --no-show-raw-insn -C "$binary")
  kernel=$(grep -c 'vfmadd' <<<"$disassembly" || true)
  wide=$(grep -c 'vfmadd.*%zmm' <<<"$disassembly" || true)
  if [ -n "$offenders" ]; then
    echo "FAIL: $binary has AVX instructions outside the run-time-selected kernel:"
    echo "$offenders" | head -20
    status=1
  elif [ "$kernel" -eq 0 ] || [ "$wide" -eq 0 ]; then
    echo "FAIL: $binary lacks a matrix kernel ($kernel FMA instructions, $wide of them on AVX-512 registers)"
    status=1
  else
    echo "ok: $binary (AVX only in the run-time-selected kernels: $kernel FMA instructions, $wide on AVX-512 registers)"
  fi
done
exit $status
