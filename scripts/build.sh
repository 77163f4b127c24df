#!/usr/bin/env bash
# Configures and builds DX Desk (Release) in ./build. Used by scripts/run and scripts/test.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DX_BUILD_DIR:-build}
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@"
elif [ $# -gt 0 ]; then
  cmake -S . -B "$build_dir" "$@"
fi
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
