#!/usr/bin/env bash
# The README's run command. Installs what is missing, builds in Release, makes development
# certificates, starts cardex-server on the embedded SQLite register under ./var, imports the sample
# PMS export (with its duplicates), enrols a tablet and has a sample guest fill the registration card
# through the kiosk's own form, encrypted outbox and sync engine (cardex-kiosk-sync-once, data in
# var/kiosk), then shows the merged profile. Without --headless it then opens the kiosk window on
# the same (now enrolled) tablet store against the server; Ctrl-C stops everything cleanly.
# Usage: deploy/demo.sh [--headless]
set -euo pipefail
cd "$(dirname "$0")/.."
headless=0
[ "${1:-}" = "--headless" ] && headless=1

bash deploy/install-deps.sh
cmake --preset release >/dev/null
targets=(cardexctl cardex-server cardex-kiosk-sync-once)
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
# The server logs JSON lines; it is ready at {"event":"listening",…}.
for _ in $(seq 100); do grep -q '"event":"listening"' var/server.log && break; sleep 0.1; done
grep -q '"event":"listening"' var/server.log || { cat var/server.log; exit 1; }
echo "cardex-server listening on https://127.0.0.1:$port (log: var/server.log)"
url="https://127.0.0.1:$port"

echo "=== enrol a tablet (one-time code); a guest fills the registration card on it; it syncs ==="
# The card goes through the kiosk's code: the form model validates it, the outbox seals and stores
# it, the sync engine uploads it and deletes it once the server has acknowledged it.
# --json prints one compact object: {"code":"…","hotel_id":"H01","valid_hours":24}
code=$("${ctl[@]}" device enroll --hotel H01 --name "Demo lobby" --json | sed -n 's/.*"code":"\([^"]*\)".*/\1/p')
[ -n "$code" ] || { echo "demo: no enrolment code from cardexctl" >&2; exit 1; }
"$bin/kiosk/cardex-kiosk-sync-once" --data-dir var/kiosk --server "$url" --ca var/certs/ca.crt \
  --enrol-code "$code" --device-name "Demo lobby" --sample-card | tee var/kiosk-sync.log
record=$(sed -n 's/^record: //p' var/kiosk-sync.log)

echo "=== the merged profile in the register ==="
"${ctl[@]}" profile show --record "$record"
"${ctl[@]}" stats

if [ $headless -eq 1 ]; then
  exit 0
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  echo "demo: no display to open the kiosk window on (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
  echo "      Everything above ran; use deploy/demo.sh --headless here, or xvfb-run deploy/demo.sh." >&2
  exit 1
fi
if [ -x "$bin/kiosk/cardex-kiosk" ]; then
  echo "=== kiosk window (Ctrl-C to stop the demo) ==="
  "$bin/kiosk/cardex-kiosk" --server "$url" --ca var/certs/ca.crt --data-dir var/kiosk &
  kiosk_pid=$!
  wait "$kiosk_pid" || true
else
  echo "cardex-kiosk was not built; server running at $url (Ctrl-C to stop)"
  wait "$server_pid"
fi
