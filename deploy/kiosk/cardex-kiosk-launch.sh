#!/usr/bin/env bash
# Starts the kiosk full screen with the on-screen keyboard and restarts it if it ever exits
# (a tablet in a lobby must never show a desktop). Settings in /etc/cardex/kiosk.env:
#   CARDEX_SERVER=https://cardex.example.com:8443
#   CARDEX_KIOSK_DATA=$HOME/.local/share/cardex-kiosk
set -u
[ -r /etc/cardex/kiosk.env ] && . /etc/cardex/kiosk.env
export QT_IM_MODULE=qtvirtualkeyboard
data="${CARDEX_KIOSK_DATA:-$HOME/.local/share/cardex-kiosk}"
mkdir -p "$data" && chmod 700 "$data"
while true; do
  /usr/bin/cardex-kiosk --server "${CARDEX_SERVER:-https://127.0.0.1:8443}" --data-dir "$data"
  sleep 2
done
