#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when they are missing, so that the browser tests
# run on a fresh machine instead of failing (they never skip). Needs root, as on the project's machines.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
echo "Installing chromium and chromium-driver for the browser tests"
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium and chromium-driver are missing; install them as root: apt-get install chromium chromium-driver" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
command -v chromium && command -v chromedriver
