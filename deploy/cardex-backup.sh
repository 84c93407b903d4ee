#!/usr/bin/env bash
# Online backup of the register: cardexctl backup (VACUUM INTO, a consistent snapshot while the
# server keeps writing), checked with SQLite's integrity_check, then backups older than KEEP days
# removed. Usage: cardex-backup.sh DATA_DIR BACKUP_DIR [KEEP_DAYS]
set -euo pipefail
data="${1:?data dir}"; dest="${2:?backup dir}"; keep="${3:-14}"
ctl="${CARDEXCTL:-cardexctl}"
mkdir -p "$dest"
file="$dest/register-$(date -u +%Y%m%dT%H%M%SZ).sqlite"
"$ctl" --data-dir "$data" --actor system:backup backup --to "$file"
if [ "$(sqlite3 "$file" 'PRAGMA integrity_check;')" != "ok" ]; then
  echo "cardex-backup: integrity check failed for $file" >&2
  exit 1
fi
find "$dest" -name 'register-*.sqlite' -mtime +"$keep" -delete
echo "cardex-backup: $file"
