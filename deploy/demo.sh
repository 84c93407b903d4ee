#!/usr/bin/env bash
# The README's run command. Installs what is missing, builds in Release, makes development
# certificates, starts cardex-server on the embedded SQLite register under ./var, imports the sample
# PMS export (with its duplicates), enrols a tablet and sends a guest's registration card to the
# server, then shows the merged profile. Without --headless it then opens the kiosk window against
# the server; Ctrl-C stops everything cleanly.
# Usage: deploy/demo.sh [--headless]
set -euo pipefail
cd "$(dirname "$0")/.."
headless=0
[ "${1:-}" = "--headless" ] && headless=1

bash deploy/install-deps.sh
cmake --preset release >/dev/null
targets=(cardexctl cardex-server)
[ $headless -eq 0 ] && targets+=(cardex-kiosk)
cmake --build --preset release -j "$(nproc)" --target "${targets[@]}"
bin=build/release
ctl=("$bin/sync-server/cardexctl" --data-dir var --actor demo)

mkdir -p var
bash deploy/make-dev-certs.sh var/certs >/dev/null
echo "=== import the sample PMS export (duplicates included) ==="
"${ctl[@]}" import --in deploy/sample/pms-export.csv

port="${CARDEX_DEMO_PORT:-8443}"
"$bin/sync-server/cardex-server" --listen "127.0.0.1:$port" --data-dir var \
  --tls-cert var/certs/server.crt --tls-key var/certs/server.key > var/server.log 2>&1 &
server_pid=$!
kiosk_pid=""
stop() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null || true
  kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
}
trap stop EXIT INT TERM
for _ in $(seq 50); do grep -q listening var/server.log && break; sleep 0.1; done
grep listening var/server.log || { cat var/server.log; exit 1; }
url="https://127.0.0.1:$port"
curl_tls=(curl -sS --fail-with-body --cacert var/certs/ca.crt)

echo "=== enrol a tablet (one-time code) ==="
code=$("${ctl[@]}" device enroll --hotel H01 --name "Demo lobby" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
token=$("${curl_tls[@]}" -H 'Content-Type: application/json' -d "{\"code\":\"$code\",\"device_name\":\"Demo lobby\"}" \
  "$url/v1/devices/enroll" | python3 -c 'import json,sys; print(json.load(sys.stdin)["device_token"])')

echo "=== a guest fills the registration card on the tablet; it syncs ==="
batch=$(python3 deploy/sample/kiosk-submission.py)
"${curl_tls[@]}" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "$batch" \
  "$url/v1/submissions:batch" | python3 -m json.tool

echo "=== the merged profile in the register ==="
sid=$(printf '%s' "$batch" | python3 -c 'import json,sys; print(json.load(sys.stdin)["submissions"][0]["submission_id"])')
device=$("${ctl[@]}" device list --json | python3 -c 'import json,sys; print([json.loads(l) for l in sys.stdin][-1]["device_id"])')
"${ctl[@]}" profile show --record "kiosk:$device/$sid"
"${ctl[@]}" stats

if [ $headless -eq 1 ]; then
  exit 0
fi
if [ -x "$bin/kiosk/cardex-kiosk" ]; then
  echo "=== kiosk window (Ctrl-C to stop the demo) ==="
  "$bin/kiosk/cardex-kiosk" --server "$url" --data-dir var/kiosk &
  kiosk_pid=$!
  wait "$kiosk_pid" || true
else
  echo "cardex-kiosk was not built; server running at $url (Ctrl-C to stop)"
  wait "$server_pid"
fi
