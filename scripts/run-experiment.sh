#!/usr/bin/env bash
# The common case of `p2p-chat experiment run`: N nodes, every link with the same one-way delay,
# jitter and loss, a chat workload at a fixed rate. The spec goes to a temporary file, removed
# when the run ends; the run directory's spec.yaml is the spec as run. Faults, groups and regions
# need a spec file of your own (docs/experiments.md).
#
#   scripts/run-experiment.sh -n NODES --delay MS --jitter MS --loss PCT --duration S --rate MSG_PER_S
#                             [--out DIR] [--runner netns|local] [--per-process N] [--transport tcp|quic]
#
# Ctrl-C stops the run cleanly (exit 130, manifest.json says "interrupted": true); twice, at once.
set -euo pipefail
# the comment block above, without its '#'
usage () { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die () { echo "run-experiment.sh: $*" >&2; exit 2; }

nodes=25 delay=0 jitter=0 loss=0 duration=60 rate=2 out='' runner='' per_process=1 transport=tcp
while [ $# -gt 0 ]; do
  case "$1" in -h|--help) usage; exit 0 ;; esac
  [ $# -ge 2 ] || die "$1 needs a value"
  case "$1" in
    -n|--nodes) nodes=$2 ;;
    --delay) delay=$2 ;;
    --jitter) jitter=$2 ;;
    --loss) loss=$2 ;;
    --duration) duration=$2 ;;
    --rate) rate=$2 ;;
    --out) out=$2 ;;
    --runner) runner=$2 ;;
    --per-process) per_process=$2 ;;
    --transport) transport=$2 ;;
    *) die "unknown flag $1" ;;
  esac
  shift 2
done
number='^[0-9]+([.][0-9]+)?$'
for pair in "-n:$nodes" "--delay:$delay" "--jitter:$jitter" "--loss:$loss" "--duration:$duration" "--rate:$rate" "--per-process:$per_process"; do
  [[ ${pair#*:} =~ $number ]] || die "${pair%%:*} ${pair#*:}: expected a number"
done
if [ -z "$runner" ]; then
  if [ "$(id -u)" = 0 ]; then runner=netns; else runner=local; fi
fi

here=$(cd "$(dirname "$0")/.." && pwd)
stamp=$(date +%Y%m%d-%H%M%S)
out=${out:-results/n${nodes}-${stamp}}
spec=$(mktemp "${TMPDIR:-/tmp}/p2p-chat-spec-XXXXXX.yaml")
trap 'rm -f "$spec"' EXIT
cat > "$spec" <<SPEC
name: n${nodes}-d${delay}-l${loss}
runner: ${runner}
transport: ${transport}
nodes: { count: ${nodes}, perProcess: ${per_process} }
links: { default: { delayMs: ${delay}, jitterMs: ${jitter}, lossPct: ${loss} } }
workload: { ratePerS: ${rate}, durationS: ${duration} }
SPEC
# not `exec`: the EXIT trap must remove the spec. A Ctrl-C reaches the run directly (same process
# group); bash waits for it, then exits with its status (130) through the trap.
"$here/bin/p2p-chat.cjs" experiment run "$spec" --out "$out"
