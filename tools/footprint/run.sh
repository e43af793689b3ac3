#!/usr/bin/env bash
# run.sh GO_BINARY OUT.json — build and run the footprint measurement with the given toolchain.
set -euo pipefail
go=${1:?usage: run.sh GO_BINARY OUT.json}
out=${2:?usage: run.sh GO_BINARY OUT.json}
cd "$(dirname "$0")"
tmp=$(mktemp -d)
GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod "$go" build -o "$tmp/footprint" .
GOMAXPROCS=1 "$tmp/footprint" > "$out"
rm -rf "$tmp"
