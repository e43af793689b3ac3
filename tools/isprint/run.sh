#!/bin/sh
# Regenerates src/Gort/Types/Formatting/Internal/IsPrintTables.g.cs from the Go toolchains under /tmp/go
# (unpack them with /work/shared/tools/get-go.sh N): Unicode 13.0.0 (Go 1.17-1.20; taken from 1.19),
# 15.0.0 (1.21-1.26; from 1.21) and 17.0.0 (1.27).
set -eu
cd "$(dirname "$0")"
src() { ls -d /tmp/go/1.$1/usr/lib/go-1.$1/src /tmp/go/1.$1/usr/share/go-1.$1/src 2>/dev/null | head -1; }
GOTOOLCHAIN=local CGO_ENABLED=0 go run . ../../src/Gort/Types/Formatting/Internal/IsPrintTables.g.cs \
  "13.0.0@go1.19=$(src 19)/strconv/isprint.go" "15.0.0@go1.21=$(src 21)/strconv/isprint.go" "17.0.0@go1.27=$(src 27)/strconv/isprint.go"
