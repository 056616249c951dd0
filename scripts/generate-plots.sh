#!/usr/bin/env bash
# Redraws plots/*.png, report.md and report.html of an existing run directory.
#   scripts/generate-plots.sh RUN_DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: scripts/generate-plots.sh RUN_DIR" >&2; exit 2; }
exec "$(cd "$(dirname "$0")/.." && pwd)/bin/p2p-chat.cjs" experiment plot "$1"
