#!/usr/bin/env bash
# Install the Debian packages the build needs, only those missing.
set -euo pipefail
need=()
for p in libgmp-dev libmimalloc-dev libedit-dev libpcre2-dev; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
