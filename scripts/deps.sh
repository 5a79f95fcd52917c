#!/usr/bin/env bash
# Installs the Debian 12 packages fundbook needs, and only those that
# `dpkg -s` says are missing, so a machine that has them is left untouched.
set -euo pipefail
pkgs=(g++ cmake make pkg-config libexpat1-dev libzip-dev zlib1g-dev nettle-dev libxlsxwriter-dev
      libboost-program-options-dev libgtest-dev libtomlplusplus-dev libcpp-httplib-dev
      nlohmann-json3-dev)
pkgs+=("$@")
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "deps: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
