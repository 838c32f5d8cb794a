#!/usr/bin/env bash
# What emulation costs (exercise E11.3), measured without Docker on one amd64 Linux machine:
#   (a) a cold build (empty build cache) for GOARCH=amd64 and for GOARCH=arm64: cross-compiling costs the same;
#   (b) the same CPU-bound benchmark (BenchmarkInfo) run natively and as an arm64 test binary under qemu-aarch64;
#   (c) optional: a build run by an arm64 Go toolchain under qemu-aarch64, what `docker buildx build` does for arm64
#       with Dockerfile.emulated. Set ARM64_GOROOT to an arm64 Go tree of the same version; Debian's `go` command
#       is dynamically linked, so its arm64 C library goes in the same tree (QEMU_LD_PREFIX). On Debian:
#         dpkg --add-architecture arm64 && apt-get update
#         apt-get download golang-1.19-go:arm64 golang-1.19-src libc6:arm64
#         mkdir -p /tmp/go-arm64 && for f in golang-1.19-*.deb libc6_*_arm64.deb; do dpkg-deb -x "$f" /tmp/go-arm64; done
#         ARM64_GOROOT=/tmp/go-arm64/usr/lib/go-1.19 scripts/measure-emulation.sh
# Needs go and qemu-aarch64 (Debian: apt-get install -y golang-go qemu-user); no binfmt registration, no network.
# Usage: scripts/measure-emulation.sh [runs]   (3 runs by default, the median is reported; (c) runs once,
# EMULATED_RUNS=3 to repeat it)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-3}
command -v go >/dev/null 2>&1 || { echo "measure-emulation: go not found (Debian: apt-get install -y golang-go)" >&2; exit 1; }
command -v qemu-aarch64 >/dev/null 2>&1 || { echo "measure-emulation: qemu-aarch64 not found (Debian: apt-get install -y qemu-user)" >&2; exit 1; }
[ "$(uname -m)" = x86_64 ] || { echo "measure-emulation: written for an amd64 (x86_64) machine, this one is $(uname -m)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Standard library only: nothing to download, and the installed toolchain is the one measured.
export GOPROXY=off GOTOOLCHAIN=local GOFLAGS= CGO_ENABLED=0 GOOS=linux

# Seconds spent by a command (its output discarded); stops the script if the command fails.
elapsed() {
  local start end
  start=$(date +%s.%N)
  if ! "$@" >/dev/null; then
    echo "measure-emulation: failed: $*" >&2
    return 1
  fi
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

# Median of numbers read one per line.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ns/op of BenchmarkInfo, one line per -test.count run, from a test binary's output.
ns_per_op() {
  awk '/^BenchmarkInfo/ { for (i = 1; i <= NF; i++) if ($i == "ns/op") print $(i - 1) }'
}

echo "machine : $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) CPU, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "go      : $(go version)"
echo "qemu    : $(qemu-aarch64 --version | head -n1)"
echo "date    : $(date -u '+%Y-%m-%d %H:%M UTC'), $runs runs each"
echo

echo "(a) cold build, go build -trimpath (standard library compiled too)"
declare -A build_median
for arch in amd64 arm64; do
  times=()
  for i in $(seq "$runs"); do
    times+=("$(elapsed env GOARCH="$arch" GOCACHE="$work/cache-$arch-$i" go build -trimpath -o "$work/go-api-$arch" .)")
  done
  build_median[$arch]=$(printf '%s\n' "${times[@]}" | median)
  echo "    GOARCH=$arch : ${times[*]} s (median ${build_median[$arch]} s)"
done
file_machine() { od -An -tx2 -j18 -N2 "$1" | tr -d ' '; }
echo "    ELF e_machine: amd64 0x$(file_machine "$work/go-api-amd64"), arm64 0x$(file_machine "$work/go-api-arm64") (0x003e x86-64, 0x00b7 AArch64)"
awk -v a="${build_median[amd64]}" -v b="${build_median[arm64]}" 'BEGIN { printf "    arm64 / amd64 = %.2f\n\n", b / a }'

echo "(b) BenchmarkInfo (GET /info through the handler: routing and JSON encoding)"
GOARCH=amd64 go test -c -o "$work/native.test" .
GOARCH=arm64 go test -c -o "$work/arm64.test" .
# The arm64 tests themselves pass under emulation (HTTP server included).
if ! qemu-aarch64 "$work/arm64.test" -test.count=1 >"$work/arm64-tests.log" 2>&1; then
  cat "$work/arm64-tests.log" >&2
  echo "measure-emulation: the arm64 tests fail under qemu-aarch64" >&2
  exit 1
fi
echo "    the arm64 tests pass under qemu-aarch64"
bench=(-test.run '^$' -test.bench '^BenchmarkInfo$' -test.benchtime 2s -test.count "$runs")
native=$("$work/native.test" "${bench[@]}" | ns_per_op | median)
emulated=$(qemu-aarch64 "$work/arm64.test" "${bench[@]}" | ns_per_op | median)
echo "    native amd64          : $native ns/op"
echo "    arm64 under qemu-user : $emulated ns/op"
awk -v n="$native" -v e="$emulated" 'BEGIN { printf "    emulated / native = %.1f\n\n", e / n }'

if [ -n "${ARM64_GOROOT:-}" ]; then
  [ -x "$ARM64_GOROOT/bin/go" ] || { echo "measure-emulation: $ARM64_GOROOT/bin/go not found (ARM64_GOROOT)" >&2; exit 1; }
  echo "(c) cold build by the arm64 toolchain under qemu-aarch64 (-toolexec: compile, asm and link emulated too)"
  # The tree the arm64 libraries were extracted to: /tmp/go-arm64 for /tmp/go-arm64/usr/lib/go-1.19.
  export QEMU_LD_PREFIX=${QEMU_LD_PREFIX:-${ARM64_GOROOT%%/usr/*}}
  times=()
  for i in $(seq "${EMULATED_RUNS:-1}"); do
    times+=("$(elapsed env GOROOT="$ARM64_GOROOT" GOARCH=arm64 GOCACHE="$work/cache-emulated-$i" \
      qemu-aarch64 "$ARM64_GOROOT/bin/go" build -trimpath -toolexec qemu-aarch64 -o "$work/go-api-emulated" .)")
  done
  emulated_build=$(printf '%s\n' "${times[@]}" | median)
  echo "    emulated arm64 build  : ${times[*]} s (median $emulated_build s)"
  echo "    ELF e_machine: 0x$(file_machine "$work/go-api-emulated")"
  awk -v c="${build_median[arm64]}" -v e="$emulated_build" 'BEGIN { printf "    emulated / cross-compiled = %.1f\n", e / c }'
fi
