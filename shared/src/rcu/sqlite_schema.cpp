// Schema of the SQLite register and its migrations.
//
// PRAGMA user_version holds the schema version. Each migration runs in its own transaction and
// brings the file one version up, so a register written by an older release opens in a newer one;
// a file from a newer release is refused rather than misread.
#include "rcu/sqlite_schema.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "cardex/dedup.hpp"
#include "cardex/normalize.hpp"
#include "cardex/retention.hpp"

namespace cardex::rcu::sqlite_schema {

namespace {

// Version 1: the register as described in docs/architecture.md (source records with immutable
// versions, blocking keys, profiles, links, decisions, review queue, stays, consents, groups, audit).
// Record and profile ids are AUTOINCREMENT: an erased guest's id is never given to someone else.
constexpr const char* v1 = R"sql(
CREATE TABLE source_record (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  source TEXT NOT NULL,
  source_record_id TEXT NOT NULL,
  hotel_id TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL,
  UNIQUE (source, source_record_id)
);
CREATE TABLE record_version (
  record_id INTEGER NOT NULL REFERENCES source_record(id),
  version INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  raw_json TEXT NOT NULL,
  normalized_json TEXT NOT NULL,
  PRIMARY KEY (record_id, version)
) WITHOUT ROWID;
CREATE TABLE blocking_key (
  key TEXT NOT NULL,
  record_id INTEGER NOT NULL REFERENCES source_record(id),
  PRIMARY KEY (key, record_id)
) WITHOUT ROWID;
CREATE INDEX blocking_key_by_record ON blocking_key(record_id);
CREATE TABLE profile (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  golden_json TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE link (
  record_id INTEGER PRIMARY KEY REFERENCES source_record(id),
  profile_id INTEGER NOT NULL REFERENCES profile(id),
  score REAL NOT NULL DEFAULT 0,
  rule TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX link_by_profile ON link(profile_id);
CREATE TABLE pair_decision (
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('same', 'different')),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (a, b),
  CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX pair_decision_by_b ON pair_decision(b);
CREATE TABLE review_item (
  id INTEGER PRIMARY KEY,
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  score REAL NOT NULL,
  explanation TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL
);
CREATE INDEX review_item_by_status ON review_item(status, id);
CREATE INDEX review_item_by_a ON review_item(a);
CREATE INDEX review_item_by_b ON review_item(b);
CREATE TABLE stay (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES source_record(id),
  hotel_id TEXT NOT NULL,
  reservation_ref TEXT NOT NULL,
  arrival TEXT NOT NULL,
  departure TEXT NOT NULL,
  amount REAL NOT NULL DEFAULT 0,
  currency TEXT NOT NULL DEFAULT '',
  adults INTEGER NOT NULL DEFAULT 0,
  children INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stay_by_record ON stay(record_id);
CREATE INDEX stay_by_reservation ON stay(hotel_id, reservation_ref);
CREATE TABLE consent_event (
  id INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES source_record(id),
  purpose TEXT NOT NULL,
  granted INTEGER NOT NULL,
  text_id TEXT NOT NULL,
  text_version INTEGER NOT NULL,
  language TEXT NOT NULL,
  captured_at TEXT NOT NULL,
  device TEXT NOT NULL,
  actor TEXT NOT NULL
);
CREATE INDEX consent_event_by_record ON consent_event(record_id);
CREATE TABLE profile_group (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  UNIQUE (kind, key)
);
CREATE TABLE group_member (
  group_id INTEGER NOT NULL REFERENCES profile_group(id),
  profile_id INTEGER NOT NULL,
  PRIMARY KEY (group_id, profile_id)
) WITHOUT ROWID;
CREATE INDEX group_member_by_profile ON group_member(profile_id);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_log_by_target ON audit_log(target, id);
)sql";

// Version 2: the server's tables (devices, enrolment codes, submissions, API users, secrets). In the
// register's file so that a submission row and the record it created commit in one transaction.
constexpr const char* v2 = R"sql(
CREATE TABLE device (
  id TEXT PRIMARY KEY,
  hotel_id TEXT NOT NULL,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  enrolled_at TEXT NOT NULL,
  revoked_at TEXT NOT NULL DEFAULT '',
  last_seen_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE enrolment_code (
  code_hash TEXT PRIMARY KEY,
  hotel_id TEXT NOT NULL,
  device_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE submission (
  device_id TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  received_at TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  signature_format TEXT NOT NULL DEFAULT '',
  signature_data TEXT NOT NULL DEFAULT '',
  signature_sha256 TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (device_id, submission_id)
) WITHOUT ROWID;
CREATE INDEX submission_by_record ON submission(record_id);
CREATE TABLE api_user (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor')),
  hotel_id TEXT NOT NULL DEFAULT '',
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE server_secret (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql";

// Version 3: the register's settings (the dedup thresholds an operator set with cardexctl), read by
// every program that opens the register.
constexpr const char* v3 = R"sql(
CREATE TABLE register_setting (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql";

// Version 4: a booking is a matching key (dedup "booking": same hotel and reservation reference).
// Records stored before have their bookings in the stay table but not in their normalised form or
// blocking keys; both are derived here, with the same function as for a new record, so that a
// tablet's pre-check-in finds the PMS reservation imported before the upgrade. A record's newest
// stay is its booking, as a record carries one reservation_ref. And the records of one tablet card
// get the "different" decisions the intake now writes for them.
void add_booking_keys(SQLite::Database& db) {
    SQLite::Statement stays(db,
                            "SELECT s.record_id, s.hotel_id, s.reservation_ref, r.version FROM stay s "
                            "JOIN source_record r ON r.id = s.record_id ORDER BY s.record_id, s.id DESC");
    SQLite::Statement set_key(db,
                              "UPDATE record_version SET normalized_json = json_set(normalized_json, '$.booking_key', ?) "
                              "WHERE record_id = ? AND version = ?");
    SQLite::Statement add_key(db, "INSERT OR IGNORE INTO blocking_key (key, record_id) VALUES (?, ?)");
    std::int64_t last = -1;
    while (stays.executeStep()) {
        const std::int64_t record = stays.getColumn(0).getInt64();
        if (record == last) continue;  // an older stay of the same record
        last = record;
        const std::string key = booking_key(stays.getColumn(1).getString(), stays.getColumn(2).getString());
        if (key.empty()) continue;
        set_key.bind(1, key);
        set_key.bind(2, record);
        set_key.bind(3, stays.getColumn(3).getInt());
        set_key.exec();
        set_key.reset();
        add_key.bind(1, "b:" + key);
        add_key.bind(2, record);
        add_key.exec();
        add_key.reset();
    }
    // A card's guest and companions are different people (the intake now says so as it stores
    // them): with the booking key, a son named after his father could otherwise join the father's
    // profile through the booking. Kiosk record ids are DEVICE/SUBMISSION[/companion-N]. An
    // operator's own decision on a pair is kept. The cards go through an indexed temporary table:
    // joined on the computed card id directly, the join compared every tablet record with every
    // other (hours for 200,000 of them).
    db.exec(R"sql(
CREATE TEMP TABLE schema4_card AS
  SELECT id, CASE WHEN instr(source_record_id, '/companion-') > 0
                  THEN substr(source_record_id, 1, instr(source_record_id, '/companion-') - 1)
                  ELSE source_record_id END AS card
  FROM source_record WHERE source = 'kiosk';
CREATE INDEX temp.schema4_card_by_card ON schema4_card (card, id);
INSERT OR IGNORE INTO pair_decision (a, b, decision, decided_by, decided_at)
SELECT x.id, y.id, 'different', 'kiosk card (schema 4)', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM schema4_card x JOIN schema4_card y ON y.card = x.card AND y.id > x.id;
DROP TABLE temp.schema4_card;
)sql");
}

// Version 5: a stay's days are a matching key (dedup "stay": a spa or restaurant visit during a
// stay at the same hotel). Records stored before lack them in their normalised form and keys. They
// are read as for a new record: from the row's own arrival and departure columns, by the
// normaliser itself; a tablet card's row had none before this version, so its newest stay in the
// stay table gives them. The stay blocking keys come from the engine's own function.
void add_stay_days(SQLite::Database& db) {
    SQLite::Statement records(db, R"sql(
SELECT r.id, r.version, r.hotel_id, json_extract(v.normalized_json, '$.last_name_key'),
  (SELECT json_extract(f.value, '$[1]') FROM json_each(v.raw_json) f WHERE json_extract(f.value, '$[0]') = 'arrival'),
  (SELECT json_extract(f.value, '$[1]') FROM json_each(v.raw_json) f WHERE json_extract(f.value, '$[0]') = 'departure'),
  (SELECT s.arrival || '|' || s.departure FROM stay s WHERE s.record_id = r.id ORDER BY s.id DESC LIMIT 1)
FROM source_record r JOIN record_version v ON v.record_id = r.id AND v.version = r.version)sql");
    SQLite::Statement set_days(db,
                               "UPDATE record_version SET normalized_json = json_set(normalized_json, "
                               "'$.stay_arrival', ?, '$.stay_departure', ?) WHERE record_id = ? AND version = ?");
    SQLite::Statement add_key(db, "INSERT OR IGNORE INTO blocking_key (key, record_id) VALUES (?, ?)");
    auto text = [&](int column) {
        return records.getColumn(column).isNull() ? std::string() : records.getColumn(column).getString();
    };
    while (records.executeStep()) {
        RawRecord days;
        if (std::string arrival = text(4); !arrival.empty()) {
            days.fields = {{"arrival", arrival}, {"departure", text(5)}};
        } else if (std::string stay = text(6); !stay.empty()) {
            const auto bar = stay.find('|');
            days.fields = {{"arrival", stay.substr(0, bar)}, {"departure", stay.substr(bar + 1)}};
        } else {
            continue;
        }
        NormalizedRecord n = normalize_record(days);
        if (n.stay_arrival.empty()) continue;
        const std::int64_t record = records.getColumn(0).getInt64();
        set_days.bind(1, n.stay_arrival);
        set_days.bind(2, n.stay_departure);
        set_days.bind(3, record);
        set_days.bind(4, records.getColumn(1).getInt());
        set_days.exec();
        set_days.reset();
        n.hotel_id = text(2);
        n.last_name_key = text(3);
        for (const std::string& key : dedup::blocking_keys(n)) {
            if (key.rfind("s:", 0) != 0 && key.rfind("v:", 0) != 0) continue;
            add_key.bind(1, key);
            add_key.bind(2, record);
            add_key.exec();
            add_key.reset();
        }
    }
}

// Version 6: e-mail blocking keys compare the address with its ASCII letters lower-cased
// (cardex::email_match_key), as SQLite's lower() does; a record has one such key at most.
constexpr const char* v6 = R"sql(
UPDATE blocking_key SET key = lower(key) WHERE key >= 'e:' AND key < 'e;' AND key <> lower(key);
)sql";

// Version 7: submissions are keyed by (submission_id, device_id), so that a card is found by its id
// alone and recognised within its hotel whichever device sends it again (a tablet enrolled anew
// after its answer was lost). SQLite cannot change a primary key in place: the table is copied.
constexpr const char* v7 = R"sql(
CREATE TABLE submission_v7 (
  device_id TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  received_at TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  signature_format TEXT NOT NULL DEFAULT '',
  signature_data TEXT NOT NULL DEFAULT '',
  signature_sha256 TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (submission_id, device_id)
) WITHOUT ROWID;
INSERT INTO submission_v7 SELECT device_id, submission_id, kind, received_at, record_id, signature_format,
  signature_data, signature_sha256 FROM submission;
DROP TABLE submission;
ALTER TABLE submission_v7 RENAME TO submission;
CREATE INDEX submission_by_record ON submission(record_id);
)sql";

// Version 8: a registration card's keeping period counts from the end of the guest's stay, for
// every record that holds card data (a PMS export's document numbers too), and the purge finds
// what is due through an index (card_data) instead of reading every record. The day of each stored
// record is computed as for a new one (cardex::card_keep_from), from its versions that hold card
// data and from the signed tablet cards it came from (with the stay days of its current version).
void add_card_data(SQLite::Database& db) {
    db.exec(R"sql(
CREATE TABLE card_data (
  record_id INTEGER PRIMARY KEY,
  keep_from TEXT NOT NULL
);
CREATE INDEX card_data_by_keep_from ON card_data(keep_from);
)sql");
    std::string columns;
    for (std::string_view c : kCardOnlyColumns) columns += (columns.empty() ? "'" : ", '") + std::string(c) + "'";
    const std::string stay_days = "json_extract(v.normalized_json, '$.stay_arrival'), json_extract(v.normalized_json, '$.stay_departure')";
    // Versions with card-only columns, and signed tablet cards with their record's current stay.
    SQLite::Statement versions(db, "SELECT v.record_id, v.received_at, " + stay_days + " FROM record_version v "
                                   "WHERE EXISTS (SELECT 1 FROM json_each(v.raw_json) f WHERE json_extract(f.value, '$[0]') IN (" +
                                       columns + ") AND json_extract(f.value, '$[1]') <> '')");
    SQLite::Statement cards(db, "SELECT s.record_id, s.received_at, " + stay_days + " FROM submission s "
                                "JOIN source_record r ON r.id = s.record_id "
                                "JOIN record_version v ON v.record_id = r.id AND v.version = r.version "
                                "WHERE s.signature_data <> ''");
    SQLite::Statement note(db, "INSERT INTO card_data (record_id, keep_from) VALUES (?1, ?2) "
                               "ON CONFLICT (record_id) DO UPDATE SET keep_from = max(keep_from, excluded.keep_from)");
    auto text = [](SQLite::Statement& st, int column) {
        return st.getColumn(column).isNull() ? std::string() : st.getColumn(column).getString();
    };
    for (SQLite::Statement* rows : {&versions, &cards}) {
        while (rows->executeStep()) {
            note.bind(1, rows->getColumn(0).getInt64());
            note.bind(2, card_keep_from(text(*rows, 2), text(*rows, 3), text(*rows, 1)));
            note.exec();
            note.reset();
        }
    }
}

// Version 9: erased source records are remembered by a hash of their source and id, so that the
// next import of the same PMS row does not bring an erased guest back.
constexpr const char* v9 = R"sql(
CREATE TABLE erased_source (
  source_key TEXT PRIMARY KEY,
  erased_at TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 10: the review items the engine has answered since. A pair queued for review stayed
// open after a later record brought its two profiles together, so an operator was asked about two
// records already in one profile; the engine now closes such items as "linked" when it merges.
constexpr const char* v10 = R"sql(
UPDATE review_item SET status = 'linked' WHERE status = 'open' AND
  (SELECT profile_id FROM link WHERE record_id = review_item.a) = (SELECT profile_id FROM link WHERE record_id = review_item.b);
)sql";

// A migration is SQL, or a function where the new form is computed by the program.
struct Migration {
    const char* sql;
    void (*step)(SQLite::Database&);
};
constexpr std::array migrations{Migration{v1, nullptr}, Migration{v2, nullptr}, Migration{v3, nullptr},
                                Migration{nullptr, add_booking_keys}, Migration{nullptr, add_stay_days},
                                Migration{v6, nullptr}, Migration{v7, nullptr},
                                Migration{nullptr, add_card_data}, Migration{v9, nullptr}, Migration{v10, nullptr}};

}  // namespace

int version() { return static_cast<int>(migrations.size()); }

Result<bool, std::string> check_is_register(SQLite::Database& db, const std::string& path) {
    // Every migration sets user_version in the transaction that creates its tables, so a register
    // with tables never has version 0.
    if (db.execAndGet("PRAGMA user_version").getInt() != 0) return true;
    if (db.execAndGet("SELECT count(*) FROM sqlite_master").getInt64() == 0) return true;  // new, empty
    return fail(path + ": not a Cardex register (an SQLite database with tables of its own): refused, nothing written");
}

Result<bool, std::string> migrate(SQLite::Database& db, const std::string& path) {
    int current = db.execAndGet("PRAGMA user_version").getInt();
    if (current > version())
        return fail(path + ": schema version " + std::to_string(current) + " is newer than this program's (" +
                    std::to_string(version()) + "); upgrade Cardex");
    for (int v = current; v < version(); ++v) {
        try {
            SQLite::Transaction tx(db);
            const Migration& m = migrations[static_cast<std::size_t>(v)];
            if (m.sql) db.exec(m.sql);
            if (m.step) m.step(db);
            db.exec("PRAGMA user_version = " + std::to_string(v + 1));
            tx.commit();
        } catch (const std::exception& e) {
            return fail(path + ": migration to schema version " + std::to_string(v + 1) + " failed: " + e.what());
        }
    }
    return true;
}

}  // namespace cardex::rcu::sqlite_schema
