#!/usr/bin/env bash
# The deploy test: proves the Docker image and the compose room on a real Docker engine.
#
#   bash scripts/deploy-test.sh            (root; ~3-5 minutes on 2 cores, most of it the cold build)
#
# 1. starts a private, throw-away Docker engine (scripts/deploy/engine.sh: own socket and data root,
#    no docker0, no iptables rules, no IP forwarding, so containers cannot reach anything outside);
# 2. builds a Debian minbase base image from the apt mirror (no registry needed), the node image on
#    it (deploy/docker/Dockerfile, cold, then again warm) and a Prometheus image from Debian's package;
# 3. brings up deploy/docker/compose.yml: a bootstrap, P2P_CHAT_DEPLOY_PEERS peers (default 3) and
#    Prometheus (Grafana has no image here: its provisioning mounts are checked from a stand-in);
# 4. proves: a message published by a one-off container reaches every node; Prometheus scrapes every
#    node (up == 1); the node is PID 1 and not root; two gossipsub-interop nodes (hosts node0 and
#    node1) run a script; `docker stop` ends a node with exit 0 in < 5 s;
# 5. removes every container, network, volume and image (the whole engine data root) and the
#    engine's host leftovers, also when a step fails or the run is interrupted.
#
# Without root, or when no engine can start here, prints one `SKIP deploy test: ...` line, exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

PEERS=${P2P_CHAT_DEPLOY_PEERS:-3}
DOCKER=/usr/bin/docker # Debian's client: has BuildKit; another `docker` on PATH may lack buildx
export DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1

skip () { echo "SKIP deploy test: $*"; exit 0; }
step () { printf '\n== %s\n' "$*"; }
fail () { echo "FAIL deploy test: $*" >&2; exit 1; }
now () { date +%s.%N; }
since () { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Polls CMD every 0.5 s until it succeeds; fails the test naming WHAT after SECONDS.
wait_for () {
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || fail "timed out after ${seconds}s waiting for $what"
    sleep 0.5
  done
}

[ "$(uname -s)" = Linux ] || skip "needs Linux"
[ "$(id -u)" = 0 ] || skip "needs root to start a private Docker engine (run as root)"

missing=()
for tool in dockerd:docker.io /usr/bin/docker:docker.io docker-compose:docker-compose debootstrap:debootstrap curl:curl python3:python3; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || skip "needs ${missing[*]} and there is no apt-get to install them"
  echo "installing Debian's ${missing[*]} for the deploy test" >&2
  { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
    skip "could not install ${missing[*]}"
fi

# shellcheck source=scripts/deploy/engine.sh
source scripts/deploy/engine.sh

work=$(mktemp -d /tmp/p2p-chat-deploy.XXXXXX)
project=p2pchatdeploy$$
compose=(docker-compose -f "$work/ctx/deploy/docker/compose.yml")
cleaned=no

cleanup () {
  local status=$?
  [ "$cleaned" = no ] || return 0
  cleaned=yes
  trap - EXIT INT TERM
  step "cleanup"
  if [ -n "$ENGINE_PID" ]; then
    if [ "$status" != 0 ] && [ -n "$($DOCKER ps -aq 2>/dev/null)" ]; then
      echo "-- last log lines of each container, for the failure above:"
      for c in $($DOCKER ps -aq); do
        echo "--- $($DOCKER inspect -f '{{.Name}}' "$c")"
        $DOCKER logs --tail 5 "$c" 2>&1 | cut -c1-300
      done
    fi
    timeout 60 "${compose[@]}" down --volumes --remove-orphans --timeout 10 >/dev/null 2>&1 || true
    # everything else this engine holds was made by this run: containers, images, build cache
    timeout 60 $DOCKER system prune --all --force --volumes >/dev/null 2>&1 || true
    echo "removed: containers, networks, volumes, images, build cache ($($DOCKER ps -aq 2>/dev/null | wc -l) containers, $($DOCKER images -q 2>/dev/null | wc -l) images left before the engine stops)"
  fi
  engine_stop
  engine_clean_host
  rm -rf "$work"
  local left
  left=$(engine_leftovers)
  [ ! -e "$work" ] || left+=" $work"
  if [ -n "$left" ]; then
    echo "cleanup: LEFT OVER: $left" >&2
    [ "$status" != 0 ] || status=1
  else
    echo "cleanup: nothing left (no container, image, volume, link, iptables chain or mount; ip_forward unchanged)"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

engine_snapshot_host
step "private Docker engine"
if ! engine_start "$work/engine"; then
  reason=$(tail -n 1 "$work/engine/dockerd.log" 2>/dev/null | cut -c1-200)
  engine_stop
  engine_clean_host
  rm -rf "$work"
  cleaned=yes
  skip "no Docker engine can start here (dockerd: ${reason:-no output})"
fi
echo "dockerd $($DOCKER version --format '{{.Server.Version}}') on $DOCKER_HOST; net.ipv4.ip_forward=$(cat /proc/sys/net/ipv4/ip_forward)"

tag=$project
base_image=local/p2p-chat-base:$tag
node_image=local/p2p-chat:$tag
prom_image=local/p2p-chat-prometheus:$tag
build_args=(--network=host --build-arg "BASE_IMAGE=$base_image")
ca=/etc/ssl/certs/ca-certificates.crt
[ ! -s "$ca" ] || build_args+=(--secret "id=ca,src=$ca") # a TLS-intercepting proxy's CA; not kept in the image

step "images"
# The build context: the committed tree (HEAD) in a git checkout, so that uncommitted work in progress
# elsewhere in the tree cannot break or colour the proof; the working tree with
# P2P_CHAT_DEPLOY_CONTEXT=worktree, or when this is not a git checkout.
ctx=$work/ctx
mkdir -p "$ctx"
if [ "${P2P_CHAT_DEPLOY_CONTEXT:-head}" = head ] && git -C "$repo" rev-parse --verify -q HEAD >/dev/null; then
  git -C "$repo" archive HEAD | tar -C "$ctx" -x
  echo "building commit $(git -C "$repo" rev-parse --short HEAD)"
else
  (cd "$repo" && tar -c --exclude=node_modules --exclude=dist --exclude=.git .) | tar -C "$ctx" -x
  echo "building the working tree"
fi
t=$(now)
bash scripts/deploy/base-image.sh "$base_image"
base_s=$(since "$t")
t=$(now)
$DOCKER build --progress=plain "${build_args[@]}" -f "$ctx/deploy/docker/Dockerfile" -t "$node_image" "$ctx" >"$work/build.log" 2>&1 ||
  { tail -n 30 "$work/build.log" >&2; fail "docker build of deploy/docker/Dockerfile failed (log above)"; }
cold_s=$(since "$t")
t=$(now)
$DOCKER build -q "${build_args[@]}" -f "$ctx/deploy/docker/Dockerfile" -t "$node_image" "$ctx" >/dev/null
warm_s=$(since "$t")
# warm after a source change: the dependency layers stay cached, compile and prune run again
echo "// deploy test: a source change $(date +%s%N)" >> "$ctx/src/cli/main.ts"
t=$(now)
$DOCKER build -q "${build_args[@]}" -f "$ctx/deploy/docker/Dockerfile" -t "$node_image-src" "$ctx" >/dev/null
src_s=$(since "$t")
$DOCKER image rm "$node_image-src" >/dev/null
t=$(now)
$DOCKER build -q "${build_args[@]}" -f "$ctx/deploy/docker/prometheus.Dockerfile" -t "$prom_image" "$ctx/deploy/docker" >/dev/null
prom_s=$(since "$t")
image_mb=$($DOCKER image inspect -f '{{.Size}}' "$node_image" | awk '{ printf "%.0f", $1 / 1e6 }')
base_mb=$($DOCKER image inspect -f '{{.Size}}' "$base_image" | awk '{ printf "%.0f", $1 / 1e6 }')
echo "base image ${base_s}s (${base_mb} MB); node image cold ${cold_s}s, warm ${warm_s}s, after a source change ${src_s}s, ${image_mb} MB; prometheus image ${prom_s}s"

export COMPOSE_PROJECT_NAME=$project P2P_CHAT_IMAGE=$node_image PROMETHEUS_IMAGE=$prom_image GRAFANA_IMAGE=$node_image
prom_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PROMETHEUS_PUBLISH=127.0.0.1:$prom_port GRAFANA_PUBLISH=127.0.0.1:0
prom="http://127.0.0.1:$prom_port"

chat_containers () { $DOCKER ps -q --filter "label=com.docker.compose.project=$project" --filter label=com.docker.compose.service="$1" --filter label=com.docker.compose.oneoff=False; }
room_nodes () { chat_containers bootstrap; chat_containers peer; }
logs_have () { $DOCKER logs "$1" 2>/dev/null | grep '"event":"message"' | grep -q -F "\"text\":\"$2\""; }
first_receiver () { local c; for c in $(room_nodes); do logs_have "$c" "$1" && return 0; done; return 1; }
all_received () { local c; for c in $(room_nodes); do logs_have "$c" "$1" || return 1; done; }
all_healthy () {
  local c n=0
  for c in $(room_nodes); do
    [ "$($DOCKER inspect -f '{{.State.Health.Status}}' "$c")" = healthy ] || return 1
    n=$((n + 1))
  done
  [ "$n" = $((PEERS + 1)) ]
}
# one-off publisher: a `peer` container with a fresh identity that publishes TEXT once it has a room
# peer and then stops (--once: exit 0 when the message went out, 1 when nobody came in time)
probe () {
  "${compose[@]}" run -d --no-deps --name "$project-$1" -e P2P_CHAT_NICK=probe -e P2P_CHAT_KEY_FILE= \
    peer --publish "$2" --once --publish-timeout 60 >/dev/null 2>&1
}
exited () { [ "$($DOCKER inspect -f '{{.State.Status}}' "$1")" = exited ]; }
prom_query () { curl -sf --max-time 3 "$prom/api/v1/query" --data-urlencode "query=$1"; }
# every room node is a target, and `EXPR` is true for each of them
every_node () {
  local want got
  want=$(for c in $(room_nodes); do $DOCKER inspect -f "{{range .NetworkSettings.Networks}}{{.IPAddress}}:9464{{end}}" "$c"; done | sort)
  got=$(prom_query "$1" | python3 -c 'import json, sys; print("\n".join(sorted(r["metric"]["instance"] for r in json.load(sys.stdin)["data"]["result"])))' 2>/dev/null) || return 1
  [ -n "$want" ] && [ "$(comm -23 <(echo "$want") <(echo "$got"))" = "" ]
}

step "compose room: bootstrap + $PEERS peers + prometheus"
t_up=$(now)
"${compose[@]}" up -d --no-build --scale peer="$PEERS" bootstrap peer prometheus >"$work/up.log" 2>&1 ||
  { cat "$work/up.log" >&2; fail "docker-compose up failed (output above)"; }
up_s=$(since "$t_up")
text1="first message $project $RANDOM"
probe probe1 "$text1"
wait_for "the first message to reach the room" 90 first_receiver "$text1"
first_s=$(since "$t_up")
echo "compose up returned after ${up_s}s (bootstrap healthy first); first message received ${first_s}s after up started"
# where that time went, from the publisher's own events (ts in ms) and its container's start time
$DOCKER logs "$project-probe1" 2>/dev/null | python3 -c '
import json, sys, datetime
started = datetime.datetime.fromisoformat(sys.argv[1][:26].rstrip("Z")).replace(tzinfo=datetime.timezone.utc).timestamp() * 1000
events = {}
for line in sys.stdin:
    try:
        e = json.loads(line)
    except ValueError:
        continue
    events.setdefault(e.get("event"), e)
ready, published = events.get("ready"), events.get("published")
if ready and published:
    print("  publisher: container start -> ready %.1fs, ready -> published (a room peer found) %.1fs" % ((ready["ts"] - started) / 1000, (published["ts"] - ready["ts"]) / 1000))
' "$($DOCKER inspect -f '{{.State.StartedAt}}' "$project-probe1")" || true

wait_for "$((PEERS + 1)) healthy chat containers" 90 all_healthy
wait_for "prometheus to scrape every node (up == 1)" 60 every_node 'up == 1'
wait_for "every node to have a mesh peer in the room" 60 every_node 'p2p_chat_mesh_peers >= 1'
text2="to everyone $project $RANDOM"
t=$(now)
probe probe2 "$text2"
wait_for "the message to reach all $((PEERS + 1)) room nodes" 60 all_received "$text2"
echo "message from a one-off container reached all $((PEERS + 1)) room nodes in $(since "$t")s (container start included)"
wait_for "the one-off publisher to stop" 30 exited "$project-probe2"
code=$($DOCKER inspect -f '{{.State.ExitCode}}' "$project-probe2")
[ "$code" = 0 ] || fail "the one-off publisher (--publish --once) exited with $code"
echo "the one-off publisher (--publish --once) stopped by itself with exit code 0"
targets=$(prom_query 'up == 1' | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["data"]["result"]))')
echo "prometheus: $targets targets with up == 1 (every room node)"

step "container properties"
node1=$(chat_containers peer | head -n 1)
pid1=$($DOCKER exec "$node1" sh -c 'tr "\0" " " < /proc/1/cmdline')
user=$($DOCKER exec "$node1" id -u)
case "$pid1" in "node /app/dist/cli/main.js run "*) ;; *) fail "PID 1 is not the node: $pid1" ;; esac
[ "$user" != 0 ] || fail "the node runs as root"
echo "PID 1: $pid1"
echo "uid $user; healthcheck: $($DOCKER exec "$node1" node /usr/local/lib/p2p-chat/healthcheck.mjs)"
boot=$(chat_containers bootstrap)
boot_id=$($DOCKER exec "$boot" cat /public/peer-id)
$DOCKER logs "$boot" 2>/dev/null | grep '"event":"ready"' | grep -q "\"peerId\":\"$boot_id\"" || fail "bootstrap's published peer id $boot_id is not the one it runs with"
echo "bootstrap peer id $boot_id (from its identity volume, read by the peers from the peer-id volume)"

step "grafana provisioning (no Grafana image here: mounts checked from a stand-in container)"
# shellcheck disable=SC2016 # JavaScript template literals, not shell expansions
"${compose[@]}" run --rm --no-deps -T --entrypoint node grafana --input-type=module -e '
  import { readFileSync, readdirSync } from "node:fs"
  const datasource = readFileSync("/etc/grafana/provisioning/datasources/p2p-chat.yml", "utf8")
  const provider = readFileSync("/etc/grafana/provisioning/dashboards/p2p-chat.yml", "utf8")
  const folder = /path:\s*(\S+)/.exec(provider)[1]
  const dashboard = JSON.parse(readFileSync(`${folder}/p2p-chat.json`, "utf8"))
  const url = /url:\s*(\S+)/.exec(datasource)[1]
  const uid = /uid:\s*(\S+)/.exec(datasource)[1]
  const answer = await (await fetch(`${url}/api/v1/query?query=up`)).json()
  if (answer.data.result.length === 0) throw new Error(`datasource ${url} has no targets`)
  console.log(`dashboard "${dashboard.title}" (${dashboard.panels.length} panels) in ${folder} (${readdirSync(folder).join(", ")}); datasource ${uid} -> ${url} answers with ${answer.data.result.length} targets`)
' 2>/dev/null || fail "grafana provisioning check failed"

step "gossipsub-interop nodes (docs/interop.md): two containers named node0 and node1, as the framework names hosts"
# node1 dials node0 by name (Docker's DNS, as Shadow's hosts file), node0 publishes message 1 at 3 s
cat > "$work/params.json" <<'JSON'
{"script":[{"type":"ifNodeIDEquals","nodeID":1,"instruction":{"type":"connect","connectTo":[0]}},
{"type":"subscribeToTopic","topicID":"t"},{"type":"waitUntil","elapsedSeconds":3},
{"type":"ifNodeIDEquals","nodeID":0,"instruction":{"type":"publish","messageID":1,"messageSizeBytes":1024,"topicID":"t"}},
{"type":"waitUntil","elapsedSeconds":6}]}
JSON
chmod 644 "$work/params.json"
$DOCKER network create "$project-interop" >/dev/null
for i in 0 1; do
  $DOCKER run -d --name "$project-node$i" --hostname "node$i" --network "$project-interop" --network-alias "node$i" \
    -v "$work/params.json:/params.json:ro" "$node_image" interop-node --params /params.json >/dev/null
done
for i in 0 1; do wait_for "interop node$i to end its script" 60 exited "$project-node$i"; done
# each log read whole into a variable: `docker logs | head` or `| grep -q` would end the pipe early,
# and under pipefail docker's SIGPIPE then fails a check that held
for i in 0 1; do
  code=$($DOCKER inspect -f '{{.State.ExitCode}}' "$project-node$i")
  logs=$($DOCKER logs "$project-node$i" 2>/dev/null)
  [ "$code" = 0 ] || fail "interop node$i exited with $code: $(printf '%s\n' "$logs" | tail -n 3)"
  [[ "${logs%%$'\n'*}" == *'"msg":"PeerID"'*"\"node_id\":$i"* ]] || fail "interop node$i did not log its PeerID (node id from its host name) first"
  if [ "$i" = 1 ]; then [[ "$logs" == *'"msg":"Received Message","id":"1"'* ]] || fail "interop node1 did not receive message 1"; fi
done
echo "interop-node in the image: node0 and node1 took their ids from their host names, node1 received node0's message, both exited 0"

step "docker stop"
t=$(now)
$DOCKER stop --time 10 "$node1" >/dev/null
stop_s=$(since "$t")
code=$($DOCKER inspect -f '{{.State.ExitCode}}' "$node1")
[ "$code" = 0 ] || fail "docker stop: exit code $code (137 would mean it was killed)"
awk -v s="$stop_s" 'BEGIN { exit !(s < 5) }' || fail "docker stop took ${stop_s}s"
echo "docker stop ended the node in ${stop_s}s with exit code 0"

printf '\nPASS deploy test: image %s MB (cold build %ss + base %ss, warm %ss, source change %ss); room of %s nodes, first message %ss after compose up; every node scraped; stop %ss, exit 0\n' \
  "$image_mb" "$cold_s" "$base_s" "$warm_s" "$src_s" "$((PEERS + 1))" "$first_s" "$stop_s"
