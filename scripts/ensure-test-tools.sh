#!/usr/bin/env bash
# The tests drive real tools: Prometheus and promtool (Debian package `prometheus`).
# Installs them when missing and we are root with apt; otherwise says what to install.
set -euo pipefail
if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's prometheus (prometheus + promtool) for the tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends prometheus >/dev/null
else
  echo "the tests need prometheus and promtool on PATH: apt-get install prometheus (as root)" >&2
  exit 1
fi
