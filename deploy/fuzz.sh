#!/usr/bin/env bash
# Runs every libFuzzer target for a while (clang, ASan + UBSan), starting from the seed corpus.
# Usage: deploy/fuzz.sh [SECONDS_PER_TARGET=60]
# New interesting inputs are added to build/fuzz/corpus/<target>; a crash leaves crash-* files in
# the current directory: copy them into tests/fuzz/corpus/<target>/ so ctest replays them forever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
bash deploy/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
for target in fuzz_model_json fuzz_normalize fuzz_mrz fuzz_csv fuzz_api_request; do
  work="build/fuzz/corpus/$target"
  mkdir -p "$work"
  echo "=== $target for ${seconds}s ==="
  "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    "$work" "tests/fuzz/corpus/$target"
done
