#!/usr/bin/env bash
# Installs the Debian 12 packages DP Desk needs to build, run and test.
# Idempotent: only missing packages are installed. Works as root or through sudo.
# Usage: scripts/setup-debian.sh [build|test]   (test adds the test-only tools)
set -euo pipefail

profile="${1:-build}"

build_pkgs=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
  qt6-pdf-dev qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql
  libqrencode-dev qtkeychain-qt6-dev libssl-dev
  fonts-dejavu-core
  xvfb xauth
)
test_pkgs=(
  clang-format postgresql poppler-utils
  chromium chromium-driver python3-selenium
)

pkgs=("${build_pkgs[@]}")
if [[ "$profile" == "test" ]]; then
  pkgs+=("${test_pkgs[@]}")
fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#pkgs[@]} packages present"
  exit 0
fi

echo "setup: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [[ "$(id -u)" != "0" ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "setup: not root and no sudo; install these by hand: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
