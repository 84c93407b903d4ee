#!/usr/bin/env bash
# The README's test command. Installs what is missing, builds with warnings as errors and runs every
# test with ctest. Usage: deploy/run-tests.sh [--asan|--all]
#   (default) the dev preset (Debug, -Werror)
#   --asan    the asan preset (ASan + UBSan) only
#   --all     both; this is what CI runs (CI=true selects it too)
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
[ -z "$mode" ] && [ "${CI:-}" = "true" ] && mode="--all"
case "$mode" in
  "") presets=(dev) ;;
  --asan) presets=(asan) ;;
  --all) presets=(dev asan) ;;
  *) echo "usage: $0 [--asan|--all]" >&2; exit 2 ;;
esac

bash deploy/install-deps.sh
export QT_QPA_PLATFORM=offscreen
jobs="$(nproc)"
for preset in "${presets[@]}"; do
  echo "=== preset $preset ==="
  cmake --preset "$preset"
  cmake --build --preset "$preset" -j "$jobs"
  ctest --preset "$preset" -j "$jobs"
done
