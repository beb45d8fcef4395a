#!/usr/bin/env bash
# Installs Debian's LibreOffice Calc (without the GUI) when it is missing: the report tests open every Excel
# report with it, headless, so that a real spreadsheet program reads and recalculates them. Needs root.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
    exit 0
fi
echo "Installing libreoffice-calc-nogui for the report tests"
if [ "$(id -u)" -ne 0 ]; then
    echo "LibreOffice is missing; install it as root: apt-get install libreoffice-calc-nogui" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
command -v soffice
