#!/usr/bin/env bash
# The README's run command. Installs what is missing, builds in Release and runs Cardex on the
# sample PMS export shipped in the repo: `cardexctl normalize` shows what the register will compare
# for each guest (names repaired and keyed, e-mails classified, phones in E.164, problems named).
# Usage: deploy/demo.sh [--headless]   (the kiosk window and server join the demo in later versions)
set -euo pipefail
cd "$(dirname "$0")/.."

bash deploy/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target cardexctl

mkdir -p var
echo "=== cardexctl normalize --csv --in deploy/sample/pms-export.csv ==="
build/release/sync-server/cardexctl normalize --csv --in deploy/sample/pms-export.csv --out var/normalized.jsonl
if command -v python3 >/dev/null; then
  python3 - var/normalized.jsonl <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if "error" in r:
        print(f"line {r['line']}: ERROR {r['error']['code']}: {r['error']['message']}")
        continue
    probs = ", ".join(f"{p['field']}:{p['code']}" for p in r["problems"]) or "-"
    print(f"{r['source_record_id']:>6}  {r['first_name'] + ' ' + r['last_name']:<28} key={r['name_key']:<26} "
          f"{r['email_kind']:<9} {r['phone_e164'] or '-':<14} {r['birth_date'] or '-':<10} problems={probs}")
PY
else
  cat var/normalized.jsonl
fi
echo "Full output: var/normalized.jsonl"
