#!/usr/bin/env bash
# Usage: run-oracle-slices.sh GOROOT OUTDIR
# Builds and runs only the two slice programs of tools/oracle (slicegrowth, sliceallocs) with the
# toolchain at GOROOT, the same way tools/oracle/run.sh does (same flags and environment), and writes
# slice_growth.json, slice_allocs.json and toolchain.txt into OUTDIR. Used for Go releases the shared
# oracle does not cover (1.26).
set -euo pipefail
GOROOT_ARG=$1; OUTDIR=$(mkdir -p "$2" && cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")/../oracle" && pwd)
export GOROOT=$GOROOT_ARG GOTOOLCHAIN=local GOFLAGS=-mod=mod GO111MODULE=on CGO_ENABLED=0
export GOCACHE=${GOCACHE:-/tmp/slices-oracle/gocache}/$(basename "$OUTDIR")
GO=$GOROOT/bin/go
BIN=/tmp/slices-oracle/bin/$(basename "$OUTDIR")
mkdir -p "$BIN"
cd "$HERE"
for p in slicegrowth sliceallocs; do
  $GO build -o "$BIN/$p" ./cmd/$p
done
{
  echo "# go version"; $GO version
  echo "# machine"; uname -srm; grep -m1 'model name' /proc/cpuinfo || true; echo "nproc $(nproc)"
  echo "# build: go build (optimizations and inlining on), CGO_ENABLED=0, programs from tools/oracle"
  echo "# run env: slicegrowth with default GC; sliceallocs with GOGC=off and GOMAXPROCS=1"
} > "$OUTDIR/toolchain.txt"
"$BIN/slicegrowth" -o "$OUTDIR/slice_growth.json"
GOMAXPROCS=1 GOGC=off "$BIN/sliceallocs" -o "$OUTDIR/slice_allocs.json"
echo "done $OUTDIR"
