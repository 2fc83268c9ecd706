#!/usr/bin/env bash
# The installed programs must start on any x86-64 CPU: only the matrix product's AVX2 kernel,
# chosen at run time, may hold AVX instructions. Disassembles each binary and fails on any
# VEX-encoded instruction (AVX, AVX2, FMA: mnemonics starting with "v") in another function.
# usage: check_baseline_isa.sh BINARY...
set -euo pipefail
[ "$(uname -m)" = x86_64 ] || { echo "not x86-64: nothing to check"; exit 0; }
status=0
for binary in "$@"; do
  offenders=$(objdump -d --no-show-raw-insn -C "$binary" | awk '
    /^[0-9a-f]+ <.*>:$/ { fn = $0; sub(/^[0-9a-f]+ </, "", fn); sub(/>:$/, "", fn); next }
    $2 ~ /^v[a-z0-9]+$/ && $2 !~ /^(verr|verw)$/ {
      if (fn !~ /DigitPadEigenAvx2::|digitpad::avx2::/) bad[fn] = $2
    }
    END { for (f in bad) print bad[f] " in " f }')
  kernel=$(objdump -d --no-show-raw-insn -C "$binary" | grep -c 'vfmadd' || true)
  if [ -n "$offenders" ]; then
    echo "FAIL: $binary has AVX instructions outside the run-time-selected kernel:"
    echo "$offenders" | head -20
    status=1
  elif [ "$kernel" -eq 0 ]; then
    echo "FAIL: $binary has no AVX2/FMA matrix kernel at all"
    status=1
  else
    echo "ok: $binary (AVX only in the AVX2 kernel, $kernel FMA instructions there)"
  fi
done
exit $status
