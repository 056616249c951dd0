#!/usr/bin/env bash
# Re-runs collection on an existing run directory: metrics.csv from the run's Prometheus data,
# then deliveries.csv, messages.csv and summary.json from its traces.
#   scripts/collect-metrics.sh RUN_DIR
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: scripts/collect-metrics.sh RUN_DIR" >&2; exit 2; }
exec "$(cd "$(dirname "$0")/.." && pwd)/bin/p2p-chat.cjs" experiment collect "$1"
