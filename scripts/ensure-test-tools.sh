#!/usr/bin/env bash
# The tests drive real tools: Prometheus and promtool (Debian package `prometheus`), and for the
# network lab (test/netns.test.ts, root only) ip, nft, iptables, ping, gcc and the
# libnetfilter_queue headers, coturn (NAT lab), shellcheck and docker-compose (deploy checks), chromium (report.html in a real browser; the
# deploy test, scripts/deploy-test.sh, installs its own engine). Installs what is missing when we are root with apt; otherwise says
# what to install.
set -euo pipefail
missing=()
command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
if [ "$(id -u)" = 0 ]; then
  command -v ip >/dev/null 2>&1 || missing+=(iproute2)
  command -v nft >/dev/null 2>&1 || missing+=(nftables)
  command -v iptables >/dev/null 2>&1 || missing+=(iptables)
  command -v ping >/dev/null 2>&1 || missing+=(iputils-ping)
  command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
  [ -f /usr/include/libnetfilter_queue/libnetfilter_queue.h ] || missing+=(libnetfilter-queue-dev)
  [ -f /usr/include/libmnl/libmnl.h ] || missing+=(libmnl-dev)
  command -v turnserver >/dev/null 2>&1 || missing+=(coturn)  # the NAT lab's STUN server (test/nat-*.test.ts)
  command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)  # test/deploy-manifests.test.ts lints the scripts
  command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)  # `docker-compose config` of the compose room
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)  # test/report-html.test.ts renders report.html in it (playwright-core)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian packages for the tests: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "the tests need: ${missing[*]} (apt-get install ${missing[*]}, as root)" >&2
  exit 1
fi
