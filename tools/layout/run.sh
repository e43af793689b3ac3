#!/bin/sh
# Usage: tools/layout/run.sh GO_BINARY > layout.json
# Regenerates main.go from cases.txt and runs it with the given toolchain (GOTOOLCHAIN=local, no module needed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
python3 "$here/gen.py" "$here/cases.txt" > "$here/main.go"
"$1" fmt "$here/main.go" >/dev/null 2>&1 || true
cd "$here"
GOTOOLCHAIN=local GO111MODULE=off CGO_ENABLED=0 "$1" run main.go report.go
