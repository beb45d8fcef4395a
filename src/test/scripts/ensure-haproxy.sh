#!/usr/bin/env bash
# Installs Debian's HAProxy when it is missing: the cluster tests put it in front of two Gevinst nodes. Needs root.
set -euo pipefail
if command -v haproxy >/dev/null 2>&1; then
    exit 0
fi
echo "Installing haproxy for the cluster tests"
if [ "$(id -u)" -ne 0 ]; then
    echo "HAProxy is missing; install it as root: apt-get install haproxy" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends haproxy >/dev/null
command -v haproxy
