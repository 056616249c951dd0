#!/usr/bin/env bash
# Makes a minimal Debian bookworm base image without any registry: debootstrap (variant minbase)
# from the Debian mirror this machine's apt already uses, then `docker import`. The image stands in
# for node:24-bookworm-slim: the Dockerfile brings its own Node 24 runtime from the npm registry.
#
#   scripts/deploy/base-image.sh IMAGE_TAG
#
# Env: DOCKER (client, default /usr/bin/docker), DEBIAN_MIRROR (default: first http(s) URI in
# /etc/apt/sources.list*), BASE_SUITE (default bookworm).
set -euo pipefail

tag=${1:?usage: base-image.sh IMAGE_TAG}
docker_cli=${DOCKER:-/usr/bin/docker}
suite=${BASE_SUITE:-bookworm}

first_debian_mirror () {
  # one-line (`deb URL suite ...`) and deb822 (`URIs: URL`) formats; the first mirror carrying `debian`
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    sed -n -E 's/^(deb[[:space:]]+(\[[^]]*\][[:space:]]+)?|URIs:[[:space:]]*)(https?:\/\/[^[:space:]]+\/debian)\/?([[:space:]].*)?$/\3/p' |
    head -n 1 || true
}

mirror=${DEBIAN_MIRROR:-$(first_debian_mirror)}
if [ -z "$mirror" ]; then
  echo "base-image: no Debian mirror found in /etc/apt/sources.list*; set DEBIAN_MIRROR" >&2
  exit 1
fi
command -v debootstrap >/dev/null || { echo "base-image: debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }

rootfs=$(mktemp -d /tmp/p2p-chat-rootfs.XXXXXX)
trap 'rm -rf "$rootfs"' EXIT

debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 || {
  tail -n 20 "$rootfs.log" >&2; rm -f "$rootfs.log"; echo "base-image: debootstrap failed (log above)" >&2; exit 1
}
rm -f "$rootfs.log"
# what a container base does not need: downloaded packages, package lists, docs
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/*
tar -C "$rootfs" --numeric-owner -c . |
  "$docker_cli" import --change 'CMD ["/bin/bash"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' - "$tag" >/dev/null
echo "base-image: $tag from $mirror ($suite, minbase)"
