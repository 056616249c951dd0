# shellcheck shell=bash
# A private, throw-away Docker engine for the deploy test (sourced by scripts/deploy-test.sh).
#
# It shares nothing with a system dockerd: its own socket, data root and exec root under one work
# directory, which is deleted afterwards with every image, container, volume and build cache in it.
# It is started without the default docker0 bridge, without iptables rules and without turning on
# IP forwarding: containers reach each other on the user-defined bridge compose creates, the host
# reaches published ports on 127.0.0.1 through docker-proxy, and no container has a path out.
# Builds use the host's network (`docker build --network=host`): only the build stage needs the npm
# registry and the Debian mirror.
#
# engine_snapshot_host   remember the host's links, iptables chains and ip_forward
# engine_start DIR       start dockerd under DIR; exports DOCKER_HOST; non-zero if it cannot start
# engine_stop            stop dockerd and containerd, unmount what they left under DIR
# engine_clean_host      remove links and iptables chains that appeared since the snapshot (docker0,
#                        br-*, veth*, DOCKER*), restore ip_forward; prints what it removed
# engine_leftovers       prints anything still left over; empty output means clean

ENGINE_DIR=
ENGINE_PID=
ENGINE_CONTAINERD_PID=
HOST_LINKS_BEFORE=
HOST_CHAINS_BEFORE=
HOST_IP_FORWARD_BEFORE=

host_links () { ip -o link show | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }' | sort; }

host_docker_chains () {
  local table
  for table in filter nat mangle raw; do
    iptables -t "$table" -S 2>/dev/null | awk -v t="$table" '$1 == "-N" && $2 ~ /^DOCKER/ { print t " " $2 }'
  done | sort
}

engine_snapshot_host () {
  HOST_LINKS_BEFORE=$(host_links)
  HOST_CHAINS_BEFORE=$(host_docker_chains)
  HOST_IP_FORWARD_BEFORE=$(cat /proc/sys/net/ipv4/ip_forward)
}

engine_start () {
  ENGINE_DIR=$1
  mkdir -p "$ENGINE_DIR/data" "$ENGINE_DIR/exec"
  setsid dockerd \
    --host "unix://$ENGINE_DIR/docker.sock" \
    --data-root "$ENGINE_DIR/data" \
    --exec-root "$ENGINE_DIR/exec" \
    --pidfile "$ENGINE_DIR/dockerd.pid" \
    --storage-driver overlay2 \
    --bridge none --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
    >"$ENGINE_DIR/dockerd.log" 2>&1 &
  ENGINE_PID=$!
  export DOCKER_HOST="unix://$ENGINE_DIR/docker.sock"
  local deadline=$((SECONDS + 30))
  until /usr/bin/docker version >/dev/null 2>&1; do
    if ! kill -0 "$ENGINE_PID" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      return 1
    fi
    sleep 0.3
  done
  ENGINE_CONTAINERD_PID=$(pgrep -P "$ENGINE_PID" -x containerd || true)
}

engine_stop () {
  [ -n "$ENGINE_PID" ] || return 0
  if kill -0 "$ENGINE_PID" 2>/dev/null; then
    kill -TERM "$ENGINE_PID" 2>/dev/null || true
    local deadline=$((SECONDS + 20))
    while kill -0 "$ENGINE_PID" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
    kill -KILL "$ENGINE_PID" 2>/dev/null || true
  fi
  wait "$ENGINE_PID" 2>/dev/null || true
  ENGINE_PID=
  # the containerd dockerd started for itself, should it have outlived dockerd
  if [ -n "$ENGINE_CONTAINERD_PID" ] && kill -0 "$ENGINE_CONTAINERD_PID" 2>/dev/null; then
    kill -TERM "$ENGINE_CONTAINERD_PID" 2>/dev/null || true
    sleep 1
    kill -KILL "$ENGINE_CONTAINERD_PID" 2>/dev/null || true
  fi
  ENGINE_CONTAINERD_PID=
  # mounts left under the work directory (overlay layers, netns, shm), deepest first
  awk -v dir="$ENGINE_DIR/" 'index($2, dir) == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r mountpoint; do umount -l "$mountpoint" 2>/dev/null || true; done
}

engine_clean_host () {
  local link chain table
  for link in $(comm -13 <(printf '%s\n' "$HOST_LINKS_BEFORE") <(host_links)); do
    case "$link" in
      docker0|br-*|veth*) ip link delete "$link" 2>/dev/null && echo "cleanup: removed link $link" ;;
    esac
  done
  comm -13 <(printf '%s\n' "$HOST_CHAINS_BEFORE") <(host_docker_chains) | while read -r table chain; do
    [ -n "$chain" ] || continue
    iptables -t "$table" -S 2>/dev/null | awk -v c="$chain" '$1 == "-A" && $0 ~ ("-j " c "( |$)") { $1 = "-D"; print }' |
      while read -r rule; do eval "iptables -t $table $rule" 2>/dev/null || true; done
    iptables -t "$table" -F "$chain" 2>/dev/null || true
    iptables -t "$table" -X "$chain" 2>/dev/null && echo "cleanup: removed iptables chain $table/$chain"
  done
  if [ -n "$HOST_IP_FORWARD_BEFORE" ] && [ "$(cat /proc/sys/net/ipv4/ip_forward)" != "$HOST_IP_FORWARD_BEFORE" ]; then
    echo "$HOST_IP_FORWARD_BEFORE" > /proc/sys/net/ipv4/ip_forward && echo "cleanup: restored net.ipv4.ip_forward=$HOST_IP_FORWARD_BEFORE"
  fi
  return 0
}

engine_leftovers () {
  local links chains
  links=$(comm -13 <(printf '%s\n' "$HOST_LINKS_BEFORE") <(host_links) | grep -E '^(docker0|br-|veth)' || true)
  chains=$(comm -13 <(printf '%s\n' "$HOST_CHAINS_BEFORE") <(host_docker_chains) || true)
  [ -z "$links" ] || echo "links: $links"
  [ -z "$chains" ] || echo "iptables chains: $chains"
  [ "$(cat /proc/sys/net/ipv4/ip_forward)" = "$HOST_IP_FORWARD_BEFORE" ] || echo "net.ipv4.ip_forward changed"
  if [ -n "$ENGINE_DIR" ]; then
    awk -v dir="$ENGINE_DIR/" 'index($2, dir) == 1 { print "mount: " $2 }' /proc/mounts
    pgrep -f -- "--data-root $ENGINE_DIR/data" >/dev/null && echo "dockerd still running"
    pgrep -f -- "$ENGINE_DIR/exec/containerd" >/dev/null && echo "containerd still running"
    pgrep -f -- "containerd-shim.*$ENGINE_DIR" >/dev/null && echo "containerd-shim still running"
  fi
  return 0
}
