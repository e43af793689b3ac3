#!/bin/sh
# Runs the fmt corpus on every Go toolchain unpacked under /tmp/go (see /work/shared/tools/get-go.sh) and writes
# tests/Gort.Tests/TestData/measured/fmt/go1.N.jsonl. Usage: ./run.sh [N ...]   (default: 19 21 22 23 24 25 26 27)
set -eu
cd "$(dirname "$0")"
out=../../tests/Gort.Tests/TestData/measured/fmt
mkdir -p "$out"
for n in ${*:-19 21 22 23 24 25 26 27}; do
  go=$(ls -d /tmp/go/1.$n/usr/lib/go-1.$n/bin/go /tmp/go/1.$n/usr/share/go-1.$n/bin/go 2>/dev/null | head -1)
  GOTOOLCHAIN=local CGO_ENABLED=0 GOAMD64=v1 GOCACHE=/tmp/gocache/1.$n GOFLAGS= "$go" build -o /tmp/fmtcorpus-1.$n .
  env -i PATH=/usr/bin:/bin HOME=/tmp /tmp/fmtcorpus-1.$n > "$out/go1.$n.jsonl"
  echo "go1.$n: $(grep -c '"case"' "$out/go1.$n.jsonl") cases"
done
