#!/usr/bin/env bash
# Launches the p2p-chat room on a local k3d cluster: 7 nodes (1 server + 6 agents), the node image
# built here and imported (no registry), Prometheus and Grafana, the bootstrap with a stable identity
# and 67 peers spread over the nodes; waits for every rollout and prints where to look.
#
#   scripts/launch-k3d.sh [--dry-run] [--cluster NAME] [--agents N] [--peers N] [--image IMAGE]
#                         [--no-build] [--netem "delay 50ms 10ms loss 1%"] [--render] [--delete]
#
#   --dry-run     print every command instead of running it (needs none of docker, k3d, kubectl)
#   --render      print the manifests this launch would apply and stop (needs kubectl only)
#   --cluster     k3d cluster name (default p2p-chat); the kubectl context is k3d-NAME
#   --agents      k3d agent nodes besides the server (default 6: 7 nodes)
#   --peers       peer replicas (default 67)
#   --image       the node image (default p2p-chat:local); built from deploy/docker/Dockerfile
#                 unless --no-build
#   --netem ARGS  add deploy/k3d/components/netem: every chat pod's egress gets `tc netem ARGS`
#   --delete      delete the cluster and stop
#
# Needs docker, k3d (https://k3d.io) and kubectl. The bootstrap identity is made once per cluster
# (`p2p-chat keygen` in the image) and kept as a Secret, so re-running keeps the room's address.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

cluster=p2p-chat
agents=6
peers=67
image=p2p-chat:local
build=yes
netem=
dry_run=no
render=no
delete=no
namespace=p2p-chat

# the comment block at the top, without its '#'
usage () { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die () { echo "launch-k3d: $*" >&2; exit 2; }
need_value () { if [ $# -lt 2 ] || [ -z "$2" ]; then die "$1 needs a value"; fi; }

while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=yes ;;
    --cluster) need_value "$@"; cluster=$2; shift ;;
    --agents) need_value "$@"; agents=$2; shift ;;
    --peers) need_value "$@"; peers=$2; shift ;;
    --image) need_value "$@"; image=$2; shift ;;
    --no-build) build=no ;;
    --netem) need_value "$@"; netem=$2; shift ;;
    --delete) delete=yes ;;
    --render) render=yes ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
[[ "$agents" =~ ^[0-9]+$ ]] || die "--agents $agents: expected a whole number"
[[ "$peers" =~ ^[0-9]+$ ]] || die "--peers $peers: expected a whole number"
[[ "$cluster" =~ ^[a-z0-9][a-z0-9-]*$ ]] || die "--cluster $cluster: lower-case letters, digits and '-'"
[[ -z "$netem" || "$netem" =~ ^[a-z0-9.%\ ]+$ ]] || die "--netem \"$netem\": netem arguments, e.g. \"delay 50ms 10ms loss 1%\""
context=k3d-$cluster

# run CMD...: runs it, or in a dry run prints it (shell-quoted) and runs nothing
run () {
  if [ "$dry_run" = yes ]; then
    printf '+'; printf ' %q' "$@"; printf '\n'
  else
    "$@"
  fi
}
kc () { run kubectl --context "$context" --namespace "$namespace" "$@"; }

if [ "$dry_run" = no ] && [ "$render" = no ]; then
  for tool in docker k3d kubectl; do
    command -v "$tool" >/dev/null || die "needs $tool on PATH"
  done
fi

# The manifests go through an overlay made for this launch: image, replicas, netem.
make_overlay () {
  local image_name=$image image_tag=latest
  if [[ "${image##*/}" == *:* ]]; then image_name=${image%:*}; image_tag=${image##*:}; fi
  overlay=$(mktemp -d /tmp/p2p-chat-k3d-overlay.XXXXXX)
  trap 'rm -rf "$overlay" "${keydir:-}"' EXIT
  base=$(realpath --relative-to="$overlay" "$repo/deploy/k3d")
  components=
  if [ -n "$netem" ]; then
    mkdir -p "$overlay/netem-args"
    cat > "$overlay/netem-args/kustomization.yaml" <<EOF
apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
configMapGenerator:
  - name: p2p-chat-netem
    namespace: $namespace
    behavior: merge
    literals:
      - NETEM_ARGS=$netem
EOF
    components="components: [$base/components/netem, netem-args]"
  fi
  cat > "$overlay/kustomization.yaml" <<EOF
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [$base]${components:+
$components}
replicas:
  - name: p2p-chat-peer
    count: $peers
images:
  - name: p2p-chat
    newName: $image_name
    newTag: $image_tag
EOF
}
make_overlay
if [ "$render" = yes ]; then
  kubectl kustomize --load-restrictor LoadRestrictionsNone "$overlay"
  exit 0
fi

if [ "$delete" = yes ]; then
  run k3d cluster delete "$cluster"
  exit 0
fi

# 1. the image
if [ "$build" = yes ]; then
  run env DOCKER_BUILDKIT=1 docker build -f deploy/docker/Dockerfile -t "$image" .
fi

# 2. the cluster: 1 server + N agents; traefik is not needed (nothing is exposed by ingress)
if [ "$dry_run" = yes ] || ! k3d cluster get "$cluster" >/dev/null 2>&1; then
  run k3d cluster create "$cluster" --agents "$agents" --wait --timeout 300s \
    --k3s-arg '--disable=traefik@server:*'
fi
run k3d image import "$image" --cluster "$cluster"

# 3. the bootstrap identity, once per cluster: a Secret with the key, a ConfigMap with its peer id
run kubectl --context "$context" create namespace "$namespace" --dry-run=client -o yaml |
  if [ "$dry_run" = yes ]; then cat; else kubectl --context "$context" apply -f - >/dev/null; fi
if [ "$dry_run" = yes ] || ! kubectl --context "$context" -n "$namespace" get secret p2p-chat-bootstrap-identity >/dev/null 2>&1; then
  if [ "$dry_run" = yes ]; then
    keydir=/tmp/p2p-chat-k3d-key.XXXXXX
  else
    keydir=$(mktemp -d /tmp/p2p-chat-k3d-key.XXXXXX)
    chmod 0777 "$keydir" # the image's non-root user writes the key into it
  fi
  if [ "$dry_run" = yes ]; then
    run docker run --rm --network none -v "$keydir:/out" "$image" keygen --out /out/identity.key
    peer_id='<peer id printed by keygen>'
  else
    peer_id=$(docker run --rm --network none -v "$keydir:/out" "$image" keygen --out /out/identity.key)
  fi
  kc create secret generic p2p-chat-bootstrap-identity --from-file=identity.key="$keydir/identity.key"
  kc create configmap p2p-chat-bootstrap --from-literal=peer-id="$peer_id"
  [ "$dry_run" = yes ] || rm -rf "$keydir"
fi

if [ "$dry_run" = yes ]; then
  echo "# overlay $overlay/kustomization.yaml:"
  sed 's/^/#   /' "$overlay/kustomization.yaml"
fi
# 4. the manifests
run kubectl kustomize --load-restrictor LoadRestrictionsNone "$overlay" |
  if [ "$dry_run" = yes ]; then cat >/dev/null; echo "+ kubectl --context $context apply -f -"; else kubectl --context "$context" apply -f -; fi

# 5. rollouts: observability first, then the bootstrap, then the peers
kc rollout status deployment/prometheus --timeout 300s
kc rollout status deployment/grafana --timeout 300s
kc rollout status statefulset/p2p-chat-bootstrap --timeout 300s
kc rollout status deployment/p2p-chat-peer --timeout 600s

# 6. where to look
if [ "$dry_run" = no ]; then
  echo
  echo "peers per node:"
  kubectl --context "$context" -n "$namespace" get pods -l app.kubernetes.io/name=p2p-chat \
    -o jsonpath='{range .items[*]}{.spec.nodeName}{"\n"}{end}' | sort | uniq -c
fi
cat <<EOF

The room runs in namespace $namespace of cluster $cluster (context $context).
  Grafana:     kubectl --context $context -n $namespace port-forward svc/grafana 3000   -> http://127.0.0.1:3000
  Prometheus:  kubectl --context $context -n $namespace port-forward svc/prometheus 9090 -> http://127.0.0.1:9090
  Events:      kubectl --context $context -n $namespace logs -f statefulset/p2p-chat-bootstrap
  Say hello:   kubectl --context $context -n $namespace exec -it deploy/p2p-chat-peer -- \\
                 sh -c 'P2P_CHAT_METRICS= P2P_CHAT_LISTEN= p2p-chat-entrypoint --publish hello --once'
  Tear down:   $0 --delete${cluster:+ --cluster $cluster}
EOF
