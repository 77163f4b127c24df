#!/usr/bin/env bash
# Installs the Debian 12 packages DX Desk needs to build, run and test.
# Idempotent: asks dpkg first and calls apt-get only for what is missing.
# Usage: scripts/deps.sh [--dev|--fuzz]   (--dev adds the tools used for screenshots, --fuzz clang for libFuzzer)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libgl-dev
  libxlsxwriter-dev libminizip-dev libsodium-dev libsqlite3-dev sqlite3
  postgresql      # the shared back end; the test suite starts a throw-away cluster of its own
  fonts-wqy-microhei
  poppler-utils   # pdftotext and pdfinfo: the report tests read the PDFs they print
  time            # /usr/bin/time: peak memory in scripts/bench
)
if [ "${1:-}" = "--dev" ]; then
  packages+=(xvfb xauth imagemagick xdotool)
fi
if [ "${1:-}" = "--fuzz" ]; then   # scripts/fuzz: libFuzzer comes with clang's runtime
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: run as root or install sudo" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
