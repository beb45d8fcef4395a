#!/usr/bin/env bash
# Puts axe-core (npm) under target/axe for the accessibility tests, installing Debian's npm first when it is
# missing. Not committed: the build fetches the pinned version.
set -euo pipefail
version="${1:-4.14.1}"
target="$(dirname "$0")/../../../target/axe"
if [ -f "$target/node_modules/axe-core/axe.min.js" ] && grep -q "\"version\": \"$version\"" "$target/node_modules/axe-core/package.json"; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "Installing npm for the accessibility tests"
    if [ "$(id -u)" -ne 0 ]; then
        echo "npm is missing; install it as root: apt-get install npm" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
mkdir -p "$target"
npm install --silent --no-audit --no-fund --prefix "$target" "axe-core@$version"
test -f "$target/node_modules/axe-core/axe.min.js"
