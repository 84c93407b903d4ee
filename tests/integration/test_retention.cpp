// The retention purge on a real register file: a record's card data (signature, identity document,
// birth place) goes when its country's keeping period after the guest's stay has ended, from every
// stored version and whatever the source; the guest's profile, contact and consents stay.
//
// Cards are stored today and purged "later": the purge is given a `now` months ahead.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cardex/date.hpp"
#include "cardex/rcu/register.hpp"
#include "cardex/retention.hpp"
#include "credentials.hpp"
#include "retention_purge.hpp"
#include "support/process.hpp"

using namespace cardex;
using cardex::test::TempDir;
using Clock = std::chrono::system_clock;

namespace {

std::string day(long from_today) {
    return Date::from_days_since_epoch(Date::today_utc().days_since_epoch() + from_today).iso();
}

Clock::time_point in_days(int n) { return Clock::now() + std::chrono::days(n); }

// A tablet card: the guest's record with its document and birth place, the stay it names, and
// the submission with its signature, stored together as the server does.
rcu::RecordId add_card(rcu::Register& reg, const std::string& id, long arrival, long departure) {
    RawRecord raw{{{"source", "kiosk"}, {"source_record_id", "dev/" + id}, {"hotel_id", "H01"}, {"first_name", "Ana"},
                   {"last_name", "Silva" + id}, {"email", "ana" + id + "@example.org"}, {"birth_place", "Porto"},
                   {"document_type", "passport"}, {"document_number", "P1234567" + id}, {"document_country", "PT"},
                   {"arrival", day(arrival)}, {"departure", day(departure)}}};
    rcu::StayRow stay;
    stay.hotel_id = "H01";
    stay.arrival = day(arrival);
    stay.departure = day(departure);
    auto r = reg.ingest_batch({{raw, stay, {}}}, "device:dev", [&](rcu::Store& st, const auto& results) {
        st.add_submission({"dev", id, "registration_card", server::rfc3339_utc(Clock::now()), results[0].record, "svg-path",
                           "M 1 1", "abc"});
        return Result<bool, std::string>(true);
    });
    REQUIRE(r);
    return (*r)[0].record;
}

// A PMS export's row: with a passport number (the PMS scanned it) or without any card data.
rcu::RecordId add_pms(rcu::Register& reg, const std::string& id, const std::string& document, long departure) {
    RawRecord raw{{{"source", "pms"}, {"source_record_id", id}, {"hotel_id", "H01"}, {"first_name", "Jon"},
                   {"last_name", "Berg" + id}, {"email", "jon" + id + "@example.org"}, {"document_number", document},
                   {"arrival", day(departure - 2)}, {"departure", day(departure)}}};
    auto r = reg.ingest({raw, std::nullopt, {}}, "import:test");
    REQUIRE(r);
    return r->record;
}

std::unique_ptr<rcu::Register> open_register(const TempDir& dir) {
    auto opened = rcu::Register::open(dir.path().string());
    REQUIRE(opened);
    return std::move(*opened);
}

bool holds_card_data(rcu::Register& reg, rcu::RecordId record) {
    for (const auto& v : reg.store().record_versions(record))
        if (!v.raw.get("document_number").empty() || !v.raw.get("birth_place").empty()) return true;
    return false;
}

}  // namespace

TEST_CASE("retention: a card is kept for its country's period after the guest's stay ended", "[retention]") {
    TempDir dir;
    auto reg = open_register(dir);
    const auto staying = add_card(*reg, "1", -2, 10);  // the guest leaves in 10 days
    const auto left = add_card(*reg, "2", -20, -15);   // synced late: the stay ended 15 days ago
    const auto pms = add_pms(*reg, "P1", "X9876543", -3);
    const auto plain = add_pms(*reg, "P2", "", -3);     // no card data: nothing to purge, ever

    // Nothing is due until 183 days after the end of a stay.
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(167), "test", true)->cards == 0);
    auto dry = server::purge_expired_cards(*reg, "FR", in_days(181), "test", true);
    REQUIRE(dry);
    CHECK(dry->cards == 2);  // the late card (-15) and the PMS row (-3), not the guest still staying
    CHECK(holds_card_data(*reg, left));  // a dry run changes nothing

    auto done = server::purge_expired_cards(*reg, "FR", in_days(181), "test");
    REQUIRE(done);
    CHECK(done->cards == 2);
    CHECK(done->retention.days == 183);
    CHECK(done->cutoff == day(181 - 183));
    for (auto record : {left, pms}) {
        CHECK_FALSE(holds_card_data(*reg, record));
        for (const auto& v : reg->store().record_versions(record)) CHECK(v.normalized.document_key.empty());
        CHECK(reg->store().record(record)->profile != 0);  // the guest stays in the register
    }
    CHECK(reg->store().record(left)->raw.get("email") == "ana2@example.org");
    CHECK(reg->store().submission("dev", "2")->signature_data.empty());
    CHECK(reg->store().submission("dev", "2")->signature_format == "purged");
    CHECK(reg->store().records_with_keys({"d:PT:P12345672"}, 10).empty());
    CHECK(holds_card_data(*reg, staying));
    CHECK(reg->store().submission("dev", "1")->signature_data == "M 1 1");
    CHECK(reg->store().record(plain)->raw.get("email") == "jonP2@example.org");

    // The guest who stayed on is due 183 days after leaving; then nothing is left to purge.
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(193), "test")->cards == 0);
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(194), "test")->cards == 1);
    CHECK_FALSE(holds_card_data(*reg, staying));
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(4000), "test")->cards == 0);
    const auto audit = reg->store().audit_log("cards", 10);
    REQUIRE(audit.size() >= 3);
    CHECK(audit.front().action == "retention.purge");
}

TEST_CASE("retention: each country's period, and a country without rules of its own", "[retention]") {
    CHECK(card_retention_for("FR")->days == 183);
    CHECK(card_retention_for("ES")->days == 1096);
    CHECK(card_retention_for("DE")->days == 365);
    CHECK(card_retention_for("IT")->days == 30);
    CHECK(card_retention_for("PT")->days == 30);
    CHECK(card_retention_for("FR")->own_rules);
    auto belgium = card_retention_for("BE");  // France's card, so France's period, and a warning
    REQUIRE(belgium);
    CHECK(belgium->days == 183);
    CHECK_FALSE(belgium->own_rules);
    for (const char* bad : {"fr", "France", "ZZ", "", "FRA"}) {
        auto r = card_retention_for(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().find("country \"" + std::string(bad) + "\"") != std::string::npos);
    }

    TempDir dir;
    auto reg = open_register(dir);
    add_card(*reg, "1", -400, -400);
    CHECK(server::purge_expired_cards(*reg, "ES", Clock::now(), "test")->cards == 0);  // 3 years in Spain
    CHECK(server::purge_expired_cards(*reg, "DE", Clock::now(), "test")->cards == 1);  // 12 months in Germany
    CHECK_FALSE(server::purge_expired_cards(*reg, "XX", Clock::now(), "test"));
}

TEST_CASE("retention: the day a card is kept from", "[retention]") {
    CHECK(card_keep_from("2026-03-01", "2026-03-05", "2026-03-01T10:00:00Z") == "2026-03-05");
    CHECK(card_keep_from("2026-03-01", "", "2026-03-01T10:00:00Z") == "2026-03-01");       // a visit: its day
    CHECK(card_keep_from("", "", "2026-03-01T10:00:00Z") == "2026-03-01");                 // no stay: receipt
    CHECK(card_keep_from("2026-03-01", "2099-03-05", "2026-03-01T10:00:00Z") == "2027-03-02");  // capped
    CHECK(card_keep_from("2025-01-10", "2025-01-12", "2026-03-01T10:00:00Z") == "2025-01-12");  // imported later
    CHECK(card_keep_from("garbage", "31/02/2026", "2026-03-01T10:00:00Z") == "2026-03-01");
}

TEST_CASE("retention: a later stay keeps the card longer and a purged record that brings card data again is kept again",
          "[retention]") {
    TempDir dir;
    auto reg = open_register(dir);
    const auto record = add_card(*reg, "1", -2, 0);
    reg->store().add_stay({0, record, "H01", "R2", day(50), day(53), "", 0, 1, 0});  // booked again
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(200), "test")->cards == 0);
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(237), "test")->cards == 1);

    const auto pms = add_pms(*reg, "P1", "X1", -3);
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(181), "test")->cards == 1);
    CHECK_FALSE(holds_card_data(*reg, pms));
    add_pms(*reg, "P1", "X2", 30);  // the next export has the passport again, for a new stay
    CHECK(holds_card_data(*reg, pms));
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(200), "test")->cards == 0);
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(214), "test")->cards == 1);
}

TEST_CASE("retention: an erased guest leaves nothing to purge", "[retention]") {
    TempDir dir;
    auto reg = open_register(dir);
    const auto record = add_card(*reg, "1", -2, 0);
    REQUIRE(reg->erase_profile(reg->store().record(record)->profile, "test"));
    CHECK(reg->store().count_cards_due(day(10000)) == 0);
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(400), "test")->cards == 0);
}

TEST_CASE("retention: steps of a bounded size go through a backlog", "[retention]") {
    TempDir dir;
    auto reg = open_register(dir);
    for (int i = 0; i < 5; ++i) add_card(*reg, std::to_string(i), -2, 0);
    const auto fr = *card_retention_for("FR");
    auto first = server::purge_step(*reg, "FR", fr, in_days(190), "test", true, 2);
    REQUIRE(first);
    CHECK(first->cards == 2);
    CHECK(first->more);
    CHECK(reg->store().count_cards_due(first->cutoff) == 3);
    auto second = server::purge_step(*reg, "FR", fr, in_days(190), "test", false, 3);
    CHECK(second->cards == 3);
    CHECK_FALSE(second->more);
}

TEST_CASE("retention: a register of schema 7 learns which records hold card data", "[retention]") {
    TempDir dir;
    {
        auto reg = open_register(dir);
        add_card(*reg, "1", -30, -20);
        add_pms(*reg, "P1", "X1", -10);
        add_pms(*reg, "P2", "", -10);
        // What schema 7 had: card data in the versions and signatures, no card_data table.
        reg.reset();
        SQLite::Database db((dir.path() / "register.sqlite").string(), SQLite::OPEN_READWRITE);
        db.exec("DROP TABLE card_data; DROP TABLE erased_source; PRAGMA user_version = 7");
    }
    auto reg = open_register(dir);
    CHECK(reg->store().count_cards_due(day(-15)) == 1);  // the card whose stay ended 20 days ago
    CHECK(reg->store().count_cards_due(day(-5)) == 2);   // and the PMS row with a passport
    CHECK(server::purge_expired_cards(*reg, "FR", in_days(180), "test")->cards == 2);
}

TEST_CASE("retention: a damaged record is named and left, and the other cards are purged", "[retention]") {
    TempDir dir;
    auto reg = open_register(dir);
    std::vector<rcu::RecordId> records;
    for (int i = 0; i < 4; ++i) records.push_back(add_card(*reg, std::to_string(i), -2, 0));
    {
        SQLite::Database db((dir.path() / "register.sqlite").string(), SQLite::OPEN_READWRITE, 5000);
        db.exec("UPDATE record_version SET raw_json = '[[\"first_name\"' WHERE record_id = " + std::to_string(records[1]));
    }
    auto r = server::purge_expired_cards(*reg, "FR", in_days(190), "test");
    REQUIRE(r);
    CHECK(r->cards == 3);
    CHECK(r->failed == std::vector<rcu::RecordId>{records[1]});
    CHECK_FALSE(holds_card_data(*reg, records[0]));
    CHECK_FALSE(holds_card_data(*reg, records[3]));
    CHECK(reg->store().count_cards_due(day(190 - 183)) == 1);  // still due: the next run tries again
    CHECK(reg->store().audit_log("cards", 1).front().detail.find("damaged: record:" + std::to_string(records[1])) !=
          std::string::npos);
    // Only the damaged one left: the run ends instead of trying it for ever.
    auto again = server::purge_expired_cards(*reg, "FR", in_days(190), "test");
    REQUIRE(again);
    CHECK(again->cards == 0);
    CHECK(again->failed.size() == 1);
}
