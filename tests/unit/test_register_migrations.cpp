// The register's schema versions (rcu/sqlite_schema.cpp) on real SQLite files: a file from a newer
// release is refused rather than misread; one from an older release gets what the newer one derives.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <sqlite3.h>

#include "cardex/rcu/register.hpp"
#include "cardex/rcu/store.hpp"
#include "support/process.hpp"

using namespace cardex::rcu;
using cardex::test::TempDir;

namespace {

void exec(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO(sql << ": " << (error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("migrations: a register from a newer release is refused, naming the file and both versions") {
    TempDir dir;
    const auto file = dir.path() / "register.sqlite";
    REQUIRE(open_sqlite_store(file.string()));
    exec(file, "PRAGMA user_version = 99");
    auto refused = open_sqlite_store(file.string());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().find("register.sqlite") != std::string::npos);
    CHECK(refused.error().find("schema version 99 is newer than this program's (" +
                               std::to_string(sqlite_schema_version()) + ")") != std::string::npos);
}

TEST_CASE("migrations: version 4 gives the bookings stored before it their matching key", "[register][booking]") {
    TempDir dir;
    const auto file = dir.path() / "register.sqlite";
    cardex::RawRecord pms{{{"source", "pms"}, {"source_record_id", "R1"}, {"hotel_id", "H007"}, {"first_name", "HENK"},
                           {"last_name", "MULDER"}, {"email", "hiwscaeh.534657@guest.booking.com"},
                           {"reservation_ref", "R4417093"}}};
    StayRow stay;
    stay.hotel_id = "H007";
    stay.reservation_ref = "R-441 7093";  // as the PMS export wrote it
    ProfileId booked = 0;
    {
        auto reg = Register::open(dir.path().string());
        REQUIRE(reg);
        auto r = (*reg)->ingest({pms, stay, {}}, "test");
        REQUIRE(r);
        booked = r->profile;
    }
    // As a register of schema version 3 holds it: no booking in the normalised form or the keys.
    exec(file, "UPDATE record_version SET normalized_json = json_remove(normalized_json, '$.booking_key');"
               "DELETE FROM blocking_key WHERE key LIKE 'b:%'; DROP TABLE card_data; DROP TABLE erased_source; PRAGMA user_version = 3");

    auto reg = Register::open(dir.path().string());
    REQUIRE(reg);
    auto record = (*reg)->store().record(1);
    REQUIRE(record);
    CHECK(record->normalized.booking_key == "H007|R4417093");
    cardex::RawRecord card{{{"source", "kiosk"}, {"source_record_id", "dev/1"}, {"hotel_id", "H007"},
                            {"first_name", "Henk"}, {"last_name", "Mulder"}, {"email", "henkmulder@gmail.com"},
                            {"reservation_ref", "R4417093"}}};
    auto linked = (*reg)->ingest({card, stay, {}}, "test");
    REQUIRE(linked);
    CHECK(linked->profile == booked);
}

TEST_CASE("migrations: version 4 tells a card's guest and companions apart, keeping an operator's decision",
          "[register][booking]") {
    TempDir dir;
    const auto file = dir.path() / "register.sqlite";
    std::vector<RecordId> ids;
    {
        auto reg = Register::open(dir.path().string());
        REQUIRE(reg);
        for (const char* id : {"dev/s1", "dev/s1/companion-1", "dev/s1/companion-2", "dev/s2"}) {
            cardex::RawRecord r{{{"source", "kiosk"}, {"source_record_id", id}, {"first_name", "Henk"}, {"last_name", "Mulder"}}};
            auto in = (*reg)->ingest({r, std::nullopt, {}}, "test");
            REQUIRE(in);
            ids.push_back(in->record);
        }
    }
    // Version 3 had no such decisions; an operator had said the card's guest and its first
    // companion are one person (the guest entered twice).
    exec(file, "DELETE FROM pair_decision; INSERT INTO pair_decision VALUES (" + std::to_string(ids[0]) + ", " +
                   std::to_string(ids[1]) + ", 'same', 'operator:olga', '2026-11-30T10:00:00Z'); DROP TABLE card_data; DROP TABLE erased_source; PRAGMA user_version = 3");

    auto reg = Register::open(dir.path().string());
    REQUIRE(reg);
    auto decided = [&](RecordId a, RecordId b) -> std::string {
        for (const auto& d : (*reg)->store().decisions_for({a, b}))
            if (d.a == std::min(a, b) && d.b == std::max(a, b)) return d.decision == PairDecision::same ? "same" : "different";
        return "none";
    };
    CHECK(decided(ids[0], ids[1]) == "same");       // the operator's, kept
    CHECK(decided(ids[0], ids[2]) == "different");  // the guest and a companion
    CHECK(decided(ids[1], ids[2]) == "different");  // two companions of one card
    CHECK(decided(ids[0], ids[3]) == "none");       // another card: the engine decides
}

TEST_CASE("migrations: version 6 compares e-mail keys without case, so a capitalised address meets its guest",
          "[register][email]") {
    TempDir dir;
    const auto file = dir.path() / "register.sqlite";
    cardex::RawRecord pms{{{"source", "pms"}, {"source_record_id", "R1"}, {"hotel_id", "H007"}, {"first_name", "Jean"},
                           {"last_name", "Dupont"}, {"email", "Jean.Dupont@Gmail.com"}}};
    ProfileId first = 0;
    {
        auto reg = Register::open(dir.path().string());
        REQUIRE(reg);
        auto r = (*reg)->ingest({pms, {}, {}}, "test");
        REQUIRE(r);
        first = r->profile;
    }
    // As a register of schema version 5 holds it: the key as the address was typed.
    exec(file, "UPDATE blocking_key SET key = 'e:Jean.Dupont@gmail.com' WHERE key LIKE 'e:%'; DROP TABLE card_data; DROP TABLE erased_source; PRAGMA user_version = 5");

    auto reg = Register::open(dir.path().string());
    REQUIRE(reg);
    CHECK((*reg)->store().records_with_keys({"e:jean.dupont@gmail.com"}, 10).size() == 1);
    cardex::RawRecord card{{{"source", "kiosk"}, {"source_record_id", "dev/1"}, {"hotel_id", "H007"},
                            {"first_name", "Jean"}, {"last_name", "Dupont"}, {"email", "jean.dupont@gmail.com"}}};
    auto linked = (*reg)->ingest({card, {}, {}}, "test");
    REQUIRE(linked);
    CHECK(linked->profile == first);
}

TEST_CASE("migrations: schema 7 finds a card by its id within its hotel, whichever device sent it") {
    TempDir dir;
    const auto file = dir.path() / "register.sqlite";
    {
        auto reg = Register::open(dir.path().string());
        REQUIRE(reg);
        auto& store = (*reg)->store();
        store.add_device({"dev-a", "H007", "Lobby 1", "hash-a", "2026-11-01T08:00:00Z", "2026-11-20T08:00:00Z", ""});
        store.add_device({"dev-b", "H007", "Lobby 1", "hash-b", "2026-11-20T08:05:00Z", "", ""});
        store.add_device({"dev-c", "H009", "Spa", "hash-c", "2026-11-20T08:10:00Z", "", ""});
        store.add_submission({"dev-a", "5c1e", "registration_card", "2026-11-19T10:00:00Z", 0, "svg-path", "M 1 1", "ab"});
    }
    // As schema 6 held it: keyed by (device_id, submission_id).
    exec(file, "CREATE TABLE old_submission (device_id TEXT NOT NULL, submission_id TEXT NOT NULL, kind TEXT NOT NULL,"
               " received_at TEXT NOT NULL, record_id INTEGER NOT NULL, signature_format TEXT NOT NULL DEFAULT '',"
               " signature_data TEXT NOT NULL DEFAULT '', signature_sha256 TEXT NOT NULL DEFAULT '',"
               " PRIMARY KEY (device_id, submission_id)) WITHOUT ROWID;"
               " INSERT INTO old_submission SELECT * FROM submission; DROP TABLE submission;"
               " ALTER TABLE old_submission RENAME TO submission;"
               " CREATE INDEX submission_by_record ON submission(record_id); DROP TABLE card_data; DROP TABLE erased_source; PRAGMA user_version = 6");

    auto reg = Register::open(dir.path().string());
    REQUIRE(reg);
    auto& store = (*reg)->store();
    auto again = store.submission_in_hotel("H007", "5c1e");  // the tablet, enrolled anew as dev-b
    REQUIRE(again);
    CHECK(again->device_id == "dev-a");
    CHECK(again->signature_data == "M 1 1");
    CHECK_FALSE(store.submission_in_hotel("H009", "5c1e"));  // another hotel's device: not its card
    CHECK(store.submission("dev-a", "5c1e"));
    CHECK_FALSE(store.submission("dev-b", "5c1e"));
}
