#!/bin/sh
# Container entrypoint: turns P2P_CHAT_* environment variables into CLI flags, keeps the identity on
# the /data volume, and then execs node, so the chat node is PID 1 and gets `docker stop`'s SIGTERM
# directly (the CLI handles it and exits 0). Nothing stays running in between.
#
#   <image> [run] [FLAGS...]      a node; FLAGS come after the ones from the environment, so for a
#                                 single-valued flag the command line wins, repeatable ones add up
#   <image> keygen --out PATH     the CLI's other subcommands (and --version), unchanged; also
#   <image> interop-node --params F   a gossipsub-interop node (docs/interop.md)
#   <image> sh -c '...'           any other program
#
# P2P_CHAT_<FLAG> for every run flag, FLAG upper-cased with '-' as '_' (P2P_CHAT_LOG_LEVEL=debug ->
# --log-level debug). Booleans take true/false (P2P_CHAT_STDIN=false -> --no-stdin); repeatable
# flags (LISTEN, EXTERNAL, BOOTSTRAP) take space-separated multiaddrs. Empty means unset.
# Image-level variables:
#   P2P_CHAT_KEY_FILE                a persistent identity: created on first start (keygen), loaded
#                                    with --identity afterwards
#   P2P_CHAT_PEER_ID_FILE            where to write that identity's peer id (default KEY_FILE.peerid),
#                                    e.g. on a volume other containers read to bootstrap from this one
#   P2P_CHAT_BOOTSTRAP_ADDR          e.g. /dns4/bootstrap/tcp/4001: with P2P_CHAT_BOOTSTRAP_PEER_ID_FILE,
#   P2P_CHAT_BOOTSTRAP_PEER_ID_FILE  adds --bootstrap ADDR/p2p/<id read from the file>, waiting up to
#   P2P_CHAT_BOOTSTRAP_WAIT          this many seconds (default 60) for the file to appear
#   P2P_CHAT_APP_DIR                 where dist/ lives (default /app)
set -eu

app_dir=${P2P_CHAT_APP_DIR:-/app}
main_js="$app_dir/dist/cli/main.js"

fail () {
  echo "p2p-chat-entrypoint: $*" >&2
  exit 2
}

case "${1:-run}" in
  keygen|interop-node|--version) exec node "$main_js" "$@" ;;
  run) if [ $# -gt 0 ]; then shift; fi ;;
  -*) ;;
  *) exec "$@" ;;
esac

# Every setting flag of `p2p-chat run` (not --help, --version) and its kind;
# test/deploy-entrypoint.test.ts keeps this list equal to RUN_FLAGS in src/cli/args.ts.
run_flags='identity:value identity-out:value listen:list external:list bootstrap:list
  tcp-only:bool quic-only:bool room:value nick:value json:bool stdin:bool publish:value
  publish-timeout:value once:bool log-level:value metrics:value ping-interval:value dht-prefix:value
  dht-addresses:value limits:value max-text-bytes:value stun-server:list udp-port:value disable-udp:bool relay:bool
  data-dir:value history:value history-age:value dm-policy:value target-peers:value'

# The environment's flags go in front of the command line's: append them, then rotate the
# command-line arguments (the first $user_args) to the end.
user_args=$#

if [ -n "${P2P_CHAT_KEY_FILE:-}" ]; then
  [ -z "${P2P_CHAT_IDENTITY:-}${P2P_CHAT_IDENTITY_OUT:-}" ] ||
    fail "P2P_CHAT_KEY_FILE excludes P2P_CHAT_IDENTITY and P2P_CHAT_IDENTITY_OUT: give one of them"
  key_file=$P2P_CHAT_KEY_FILE
  peer_id_file=${P2P_CHAT_PEER_ID_FILE:-$key_file.peerid}
  if [ ! -e "$key_file" ]; then
    peer_id=$(node "$main_js" keygen --out "$key_file") || exit 1
    echo "p2p-chat-entrypoint: created identity $key_file ($peer_id)" >&2
  elif [ ! -s "$peer_id_file" ]; then
    peer_id=$(node --input-type=module -e "
      const { loadIdentity, peerIdOf } = await import('$app_dir/dist/node/identity.js')
      process.stdout.write(peerIdOf(await loadIdentity(process.argv[1])))" "$key_file") || exit 1
  fi
  # written next to a temporary name and renamed, so a reader never sees half an id
  if [ -n "${peer_id:-}" ]; then
    printf '%s\n' "$peer_id" > "$peer_id_file.tmp" && mv "$peer_id_file.tmp" "$peer_id_file"
  fi
  set -- "$@" --identity "$key_file"
fi

if [ -n "${P2P_CHAT_BOOTSTRAP_PEER_ID_FILE:-}" ] || [ -n "${P2P_CHAT_BOOTSTRAP_ADDR:-}" ]; then
  if [ -z "${P2P_CHAT_BOOTSTRAP_PEER_ID_FILE:-}" ] || [ -z "${P2P_CHAT_BOOTSTRAP_ADDR:-}" ]; then
    fail "P2P_CHAT_BOOTSTRAP_ADDR and P2P_CHAT_BOOTSTRAP_PEER_ID_FILE go together: set both"
  fi
  wait_s=${P2P_CHAT_BOOTSTRAP_WAIT:-60}
  case "$wait_s" in ''|*[!0-9]*) fail "P2P_CHAT_BOOTSTRAP_WAIT=$wait_s: expected whole seconds" ;; esac
  waited=0
  while [ ! -s "$P2P_CHAT_BOOTSTRAP_PEER_ID_FILE" ]; do
    [ "$waited" -lt "$wait_s" ] ||
      { echo "p2p-chat-entrypoint: P2P_CHAT_BOOTSTRAP_PEER_ID_FILE $P2P_CHAT_BOOTSTRAP_PEER_ID_FILE: still missing after ${wait_s}s" >&2; exit 1; }
    sleep 1
    waited=$((waited + 1))
  done
  bootstrap_id=$(tr -d ' \r\n' < "$P2P_CHAT_BOOTSTRAP_PEER_ID_FILE")
  set -- "$@" --bootstrap "${P2P_CHAT_BOOTSTRAP_ADDR%/}/p2p/$bootstrap_id"
fi

set -f # the space-separated lists below are split, never globbed
for spec in $run_flags; do
  flag=${spec%:*}
  kind=${spec#*:}
  var=P2P_CHAT_$(printf '%s' "$flag" | tr 'a-z-' 'A-Z_')
  value=$(printenv "$var" || true)
  [ -n "$value" ] || continue
  case "$kind" in
    value) set -- "$@" "--$flag" "$value" ;;
    list) for item in $value; do set -- "$@" "--$flag" "$item"; done ;;
    bool)
      case "$value" in
        true|1|yes) set -- "$@" "--$flag" ;;
        false|0|no) set -- "$@" "--no-$flag" ;;
        *) fail "$var=$value: expected true or false" ;;
      esac ;;
  esac
done
set +f

while [ "$user_args" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  user_args=$((user_args - 1))
done

exec node "$main_js" run "$@"
