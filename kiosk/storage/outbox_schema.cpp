// Schema of the kiosk store and its migrations (PRAGMA user_version).
//
// Each migration runs inside the same IMMEDIATE transaction as the version check, so two processes
// opening a new store at once (the app and a supervisor tool) cannot both migrate it. A store written
// by a newer release is refused rather than misread.
#include "storage/outbox_schema.hpp"

#include <array>
#include <stdexcept>
#include <string>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

namespace cardex::kiosk::outbox_schema {

namespace {

// Version 1.
// outbox: one row per finished submission until the server acknowledges it. `seq` (AUTOINCREMENT,
//   never reused) is the sending order; `payload` is the sealed protocol JSON, `errors_sealed` the
//   sealed rejection errors (server messages may quote what the guest typed).
// device: the enrolment; the bearer token sealed.
// sync_state: backoff and the supervisor's status, so that a restart neither hammers the server nor
//   forgets that the device was revoked.
// key_check: a known value sealed with the device key, to tell a wrong key from damaged records.
constexpr const char* v1 = R"sql(
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'rejected')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_attempt_at INTEGER NOT NULL DEFAULT 0,
  errors_sealed BLOB,
  payload BLOB NOT NULL
);
CREATE INDEX outbox_by_state ON outbox(state, seq);
CREATE TABLE device (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  device_id TEXT NOT NULL,
  device_name TEXT NOT NULL,
  hotel_id TEXT NOT NULL,
  token_sealed BLOB NOT NULL,
  enrolled_at INTEGER NOT NULL
);
CREATE TABLE sync_state (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  retry_at INTEGER NOT NULL DEFAULT 0,
  last_attempt_at INTEGER NOT NULL DEFAULT 0,
  last_success_at INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  revoked INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (singleton) VALUES (1);
CREATE TABLE key_check (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  sealed BLOB NOT NULL
);
)sql";

// Version 2: the kind of the last sync error is kept beside its text (SyncState::last_error_kind).
// A store from version 1 gets the kind its text had.
constexpr const char* v2 = R"sql(
ALTER TABLE sync_state ADD COLUMN last_error_kind TEXT NOT NULL DEFAULT '';
UPDATE sync_state SET last_error_kind = CASE
  WHEN revoked <> 0 THEN 'revoked'
  WHEN last_error = '' THEN ''
  WHEN last_error LIKE 'server not reachable%' THEN 'offline'
  WHEN last_error LIKE 'TLS failure%' THEN 'tls'
  ELSE 'server' END;
)sql";

constexpr std::array<const char*, 2> kMigrations = {v1, v2};

}  // namespace

int latest_version() { return static_cast<int>(kMigrations.size()); }

void migrate(SQLite::Database& db) {
    SQLite::Transaction t(db, SQLite::TransactionBehavior::IMMEDIATE);
    int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version > latest_version())
        throw std::runtime_error("the store has schema version " + std::to_string(version) +
                                 ", newer than this release understands (" + std::to_string(latest_version()) + ")");
    for (int v = version; v < latest_version(); ++v) {
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
    }
    t.commit();
}

}  // namespace cardex::kiosk::outbox_schema
