// A stay as matching evidence: a spa or restaurant visit during a guest's stay at the same hotel
// is that in-house guest when the full name agrees and nothing contradicts it; the other guests of
// the stay, namesakes of a common name and overlapping stays are not.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <sqlite3.h>

#include "cardex/dedup.hpp"
#include "cardex/rcu/register.hpp"
#include "dedup_test_records.hpp"
#include "support/process.hpp"

using namespace cardex;
using namespace cardex::dedup;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

using test::has_evidence;
using test::rec;

const Thresholds kDefault;

// Henk Mulder's stay from a PMS export: 2 to 9 March 2026 at H007, booked through an OTA.
const Fields kPmsStay = {{"source", "pms"},          {"source_record_id", "R4417093"}, {"hotel_id", "H007"},
                         {"first_name", "HENK"},     {"last_name", "MULDER"},
                         {"email", "hiwscaeh.534657@guest.booking.com"},
                         {"arrival", "02/03/2026"},  {"departure", "2026-03-09"},   {"reservation_ref", "R4417093"}};

// A visit to the hotel's spa (or restaurant) on `day`.
Fields visit(Fields guest, const char* day, const char* source = "spa", const char* hotel = "H007") {
    guest.push_back({"source", source});
    guest.push_back({"source_record_id", "T-1"});
    guest.push_back({"hotel_id", hotel});
    guest.push_back({"arrival", day});
    return guest;
}

// The stay keys a record is filed under (`search` false) or searches (true).
// A register normalising as of 2026-11-22, like test::rec.
rcu::RegisterOptions options_of_test_day() {
    rcu::RegisterOptions opt;
    opt.normalize.today = Date{2026, 11, 22};
    return opt;
}

// The stay of kPmsStay as the import passes it to the register.
rcu::StayRow henks_stay() {
    rcu::StayRow stay;
    stay.hotel_id = "H007";
    stay.reservation_ref = "R4417093";
    stay.arrival = "2026-03-02";
    stay.departure = "2026-03-09";
    return stay;
}

// Henk Mulder's spa treatment on 4 March, ingested with its stay row (a visit: a day alone).
Result<rcu::IngestResult, std::string> ingest_spa_visit(rcu::Register& reg) {
    rcu::StayRow treatment;
    treatment.hotel_id = "H007";
    treatment.arrival = "2026-03-04";
    return reg.ingest({RawRecord{visit({{"first_name", "Henk"}, {"last_name", "Mulder"}}, "2026-03-04")}, treatment, {}},
                      "test");
}

// Runs SQL on the register file of `dir`, as an older release left it.
void exec_sql(const std::filesystem::path& dir, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "register.sqlite").c_str(), &db) == SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::vector<std::string> stay_keys(const NormalizedRecord& r, bool search = false) {
    auto keys = search ? search_keys(r) : blocking_keys(r);
    std::erase_if(keys, [](const std::string& k) { return k.rfind("s:", 0) != 0 && k.rfind("v:", 0) != 0; });
    return keys;
}

}  // namespace

TEST_CASE("stay: the days are read in any date form, a departure before the arrival is a problem",
          "[normalize][stay]") {
    auto pms = rec(kPmsStay);
    CHECK(pms.stay_arrival == "2026-03-02");
    CHECK(pms.stay_departure == "2026-03-09");
    auto spa = rec(visit({{"last_name", "Mulder"}}, "20260304"));
    CHECK(spa.stay_arrival == "2026-03-04");
    CHECK(spa.stay_departure.empty());
    CHECK(spa.is_visit());
    CHECK_FALSE(pms.is_visit());

    auto reversed = rec({{"arrival", "2026-03-09"}, {"departure", "2026-03-02"}});
    CHECK(reversed.stay_arrival == "2026-03-09");
    CHECK(reversed.stay_departure.empty());
    CHECK(reversed.is_visit());  // its arrival stands alone: a day at the hotel
    CHECK(std::count(reversed.problems.begin(), reversed.problems.end(), Problem{"departure", "before_arrival"}) == 1);
    auto bad = rec({{"arrival", "next tuesday"}});
    CHECK(bad.stay_arrival.empty());
    CHECK(std::count(bad.problems.begin(), bad.problems.end(), Problem{"arrival", "invalid_date"}) == 1);
}

TEST_CASE("stay: a key per week the stay touches, with the hotel and the last name", "[dedup][stay]") {
    auto pms = stay_keys(rec(kPmsStay));  // 2 to 9 March: eight days touch two weeks
    REQUIRE(pms.size() == 2);
    CHECK(pms[0] != pms[1]);
    CHECK(pms[0].rfind("s:H007|", 0) == 0);
    CHECK(pms[0].substr(pms[0].size() - 7) == "|mulder");
    // A visit is filed under its week as a visit, and searches the stays of that week; a stay
    // searches the visits of its weeks. Two stays, or two visits, never find each other.
    auto spa = rec(visit({{"last_name", "Mulder"}}, "2026-03-04"));
    REQUIRE(stay_keys(spa).size() == 1);
    CHECK(stay_keys(spa)[0].rfind("v:H007|", 0) == 0);
    REQUIRE(stay_keys(spa, true).size() == 1);
    CHECK(std::find(pms.begin(), pms.end(), stay_keys(spa, true)[0]) != pms.end());
    const auto stay_search = stay_keys(rec(kPmsStay), true);
    CHECK(std::find(stay_search.begin(), stay_search.end(), stay_keys(spa)[0]) != stay_search.end());
    for (const auto& k : stay_search) CHECK(std::find(pms.begin(), pms.end(), k) == pms.end());
    // Nothing without a hotel or a last name; a long-stay resident's first five weeks.
    CHECK(stay_keys(rec({{"last_name", "Mulder"}, {"arrival", "2026-03-04"}})).empty());
    CHECK(stay_keys(rec({{"hotel_id", "H007"}, {"first_name", "Henk"}, {"arrival", "2026-03-04"}})).empty());
    CHECK(stay_keys(rec({{"hotel_id", "H007"}, {"last_name", "Mulder"}, {"arrival", "2026-01-01"},
                         {"departure", "2026-06-30"}}))
              .size() == 5);
}

TEST_CASE("stay: a spa visit during the stay of the same named guest links to it", "[dedup][stay]") {
    auto pms = rec(kPmsStay);
    auto spa = rec(visit({{"first_name", "Henk"}, {"last_name", "Mulder"}}, "2026-03-04"));
    auto s = score_pair(pms, spa);
    CHECK(has_evidence(s, "stay", "visit_during_stay"));
    CHECK(s.identifying);
    CHECK(s.links(kDefault));
    // The day of arrival and the day of departure are days of the stay (a lunch before leaving).
    CHECK(score_pair(pms, rec(visit({{"first_name", "Henk"}, {"last_name", "Mulder"}}, "2026-03-09", "restaurant")))
              .links(kDefault));
    CHECK(score_pair(pms, rec(visit({{"first_name", "Henk"}, {"last_name", "Mulder"}}, "2026-03-02"))).links(kDefault));
}

TEST_CASE("stay: no evidence outside the stay, at another hotel, or between two stays", "[dedup][stay]") {
    auto pms = rec(kPmsStay);
    const Fields henk = {{"first_name", "Henk"}, {"last_name", "Mulder"}};
    for (const auto& other : {rec(visit(henk, "2026-03-10")), rec(visit(henk, "2026-03-01")),
                              rec(visit(henk, "2026-03-04", "spa", "H012"))}) {
        auto s = score_pair(pms, other);
        CHECK_FALSE(has_evidence(s, "stay", "visit_during_stay"));
        CHECK_FALSE(s.identifying);
    }
    // Namesakes stay at one hotel in one week; a guest does not hold two bookings at once.
    Fields channel = {{"source", "channel"},    {"source_record_id", "BDC-1"}, {"hotel_id", "H007"},
                      {"first_name", "Henk"},   {"last_name", "Mulder"},       {"arrival", "2026-03-05"},
                      {"departure", "2026-03-07"}, {"reservation_ref", "BDC-3348120975"}};
    auto s = score_pair(pms, rec(channel));
    CHECK(std::none_of(s.evidence.begin(), s.evidence.end(), [](const Evidence& e) { return e.field == "stay"; }));
    CHECK_FALSE(s.identifying);
    // Nor do two visits of one day: the spa and the restaurant serve the town as well.
    auto visits = score_pair(rec(visit(henk, "2026-03-04")), rec(visit(henk, "2026-03-04", "restaurant")));
    CHECK(std::none_of(visits.evidence.begin(), visits.evidence.end(), [](const Evidence& e) { return e.field == "stay"; }));
}

TEST_CASE("stay: the other guests of the stay, an initial, a bare surname or another contact do not link",
          "[dedup][stay][traps]") {
    auto pms = rec(kPmsStay);
    // His wife at the spa: another first name, which forbids the link whatever else agrees.
    auto wife = score_pair(pms, rec(visit({{"first_name", "Anke"}, {"last_name", "Mulder"}}, "2026-03-04")));
    CHECK(wife.conflict == "different_first_name");
    // "H. MULDER" and "MULDER" at the restaurant could be anyone of the household.
    for (const Fields& name : {Fields{{"first_name", "H."}, {"last_name", "MULDER"}}, Fields{{"last_name", "MULDER"}}}) {
        auto s = score_pair(pms, rec(visit(name, "2026-03-04", "restaurant")));
        CHECK(has_evidence(s, "stay", "visit_during_stay"));
        CHECK_FALSE(s.identifying);
        CHECK_FALSE(s.links(kDefault));
    }
    // A Henk Mulder at the spa whose mobile is not the one the stay has: another guest of the name.
    auto pms_mobile = kPmsStay;
    pms_mobile.push_back({"phone", "+31 6 43 25 87 84"});
    auto other = score_pair(rec(pms_mobile), rec(visit({{"first_name", "Henk"}, {"last_name", "Mulder"},
                                                        {"phone", "+31 6 11 22 33 44"}},
                                                       "2026-03-04")));
    CHECK(has_evidence(other, "stay", "visit_during_stay_other_contact"));
    CHECK_FALSE(other.identifying);
    // The same booking is the booking's evidence, not the stay's as well.
    auto charged = rec(visit({{"first_name", "Henk"}, {"last_name", "Mulder"}, {"reservation_ref", "R4417093"}},
                             "2026-03-04", "restaurant"));
    auto s = score_pair(pms, charged);
    CHECK(has_evidence(s, "booking", "same"));
    CHECK(std::none_of(s.evidence.begin(), s.evidence.end(), [](const Evidence& e) { return e.field == "stay"; }));
}

TEST_CASE("stay: a full name many records carry is not told apart by the stay", "[dedup][stay][traps]") {
    const Fields jean = {{"first_name", "Jean"}, {"last_name", "Martin"}};
    FrequencyTable freq;
    for (std::uint32_t i = 0; i <= kCommonFullNameRecords; ++i) freq.add(rec(jean));
    Fields stay = jean;
    stay.insert(stay.end(), {{"source", "pms"}, {"hotel_id", "H007"}, {"arrival", "2026-03-02"}, {"departure", "2026-03-09"}});
    auto s = score_pair(rec(stay), rec(visit(jean, "2026-03-04")), &freq);
    CHECK(has_evidence(s, "stay", "visit_during_stay_common_name"));
    CHECK_FALSE(s.identifying);
    CHECK_FALSE(s.links(kDefault));
}

TEST_CASE("stay: in the register a spa visit joins the in-house guest's profile", "[register][stay]") {
    test::TempDir dir;
    const auto opt = options_of_test_day();
    auto reg = rcu::Register::open(dir.path().string(), opt);
    REQUIRE(reg);
    auto pms = (*reg)->ingest({RawRecord{kPmsStay}, henks_stay(), {}}, "test");
    REQUIRE(pms);
    auto spa = ingest_spa_visit(**reg);
    REQUIRE(spa);
    CHECK(spa->rule == "auto_link");
    CHECK(spa->profile == pms->profile);
}

TEST_CASE("migrations: version 5 gives the records stored before it their stay days and keys", "[register][stay]") {
    test::TempDir dir;
    const auto opt = options_of_test_day();
    rcu::ProfileId booked = 0;
    {
        auto reg = rcu::Register::open(dir.path().string(), opt);
        REQUIRE(reg);
        // A tablet's card as the intake passed it before version 5: its days in the stay alone.
        Fields card = {{"source", "kiosk"}, {"source_record_id", "dev/1"}, {"hotel_id", "H007"},
                       {"first_name", "Henk"}, {"last_name", "Mulder"}, {"reservation_ref", "R4417093"}};
        auto r = (*reg)->ingest({RawRecord{card}, henks_stay(), {}}, "test");
        REQUIRE(r);
        booked = r->profile;
        REQUIRE((*reg)->store().record(r->record)->normalized.stay_arrival.empty());
        // An imported restaurant bill, its day in its own row.
        REQUIRE((*reg)->ingest({RawRecord{visit({{"first_name", "Mia"}, {"last_name", "Kok"}}, "04.03.2026", "restaurant")},
                                std::nullopt, {}},
                               "test"));
    }
    // As a register of schema 4 holds them: no days in the normalised forms, no stay keys.
    exec_sql(dir.path(),
             "UPDATE record_version SET normalized_json = json_remove(normalized_json, '$.stay_arrival', "
             "'$.stay_departure'); DELETE FROM blocking_key WHERE key LIKE 's:%' OR key LIKE 'v:%';"
             "DROP TABLE card_data; DROP TABLE erased_source; PRAGMA user_version = 4");

    auto reg = rcu::Register::open(dir.path().string(), opt);
    REQUIRE(reg);
    auto card = (*reg)->store().record(1);
    REQUIRE(card);
    CHECK(card->normalized.stay_arrival == "2026-03-02");
    CHECK(card->normalized.stay_departure == "2026-03-09");
    CHECK(card->normalized.booking_key == "H007|R4417093");  // the rest of the form as it was
    auto bill = (*reg)->store().record(2);
    REQUIRE(bill);
    CHECK(bill->normalized.stay_arrival == "2026-03-04");
    CHECK(bill->normalized.stay_departure.empty());
    // The stay's keys are back: a spa visit during it finds the card's guest.
    auto spa = ingest_spa_visit(**reg);
    REQUIRE(spa);
    CHECK(spa->profile == booked);
}

TEST_CASE("rematch: a visit stored before the upgrade joins its in-house guest", "[register][stay][rematch]") {
    test::TempDir dir;
    const auto opt = options_of_test_day();
    rcu::RecordId spa_id = 0;
    {
        auto reg = rcu::Register::open(dir.path().string(), opt);
        REQUIRE(reg);
        // Both as an older release stored them: the days in their stay rows, not in the records.
        Fields stay_row = kPmsStay, visit_row = visit({{"first_name", "Henk"}, {"last_name", "Mulder"}}, "2026-03-04");
        for (Fields* f : {&stay_row, &visit_row})
            std::erase_if(*f, [](const auto& c) { return c.first == "arrival" || c.first == "departure"; });
        REQUIRE((*reg)->ingest({RawRecord{stay_row}, henks_stay(), {}}, "test"));
        rcu::StayRow treatment;
        treatment.hotel_id = "H007";
        treatment.arrival = "2026-03-04";
        auto spa = (*reg)->ingest({RawRecord{visit_row}, treatment, {}}, "test");
        REQUIRE(spa);
        REQUIRE(spa->rule == "new_profile");
        spa_id = spa->record;
    }
    exec_sql(dir.path(), "DROP TABLE card_data; DROP TABLE erased_source; PRAGMA user_version = 4");
    auto reg = rcu::Register::open(dir.path().string(), opt);
    REQUIRE(reg);
    // The upgrade gave them their days and keys, but matches nothing by itself.
    CHECK((*reg)->profile_of("spa", "T-1") != (*reg)->profile_of("pms", "R4417093"));
    auto done = (*reg)->rematch({spa_id}, "operator:olga");
    REQUIRE(done);
    CHECK(done->profiles == 1);
    CHECK(done->merged == 1);
    CHECK((*reg)->profile_of("spa", "T-1") == (*reg)->profile_of("pms", "R4417093"));
    // Searching again changes nothing more.
    auto again = (*reg)->rematch({spa_id, spa_id}, "operator:olga");
    REQUIRE(again);
    CHECK(again->profiles == 1);
    CHECK(again->merged == 0);
}

TEST_CASE("rematch: a visit during the stays of two namesakes joins neither, from either side",
          "[register][stay][rematch][traps]") {
    test::TempDir dir;
    const auto opt = options_of_test_day();
    auto reg = rcu::Register::open(dir.path().string(), opt);
    REQUIRE(reg);
    // Two Henk Mulders, born years apart, both in house on 4 March.
    Fields elder = kPmsStay, younger = kPmsStay;
    elder.push_back({"birth_date", "1961-04-02"});
    younger = {{"source", "pms"},          {"source_record_id", "R4417200"}, {"hotel_id", "H007"},
               {"first_name", "Henk"},     {"last_name", "Mulder"},          {"birth_date", "1994-08-17"},
               {"arrival", "2026-03-03"},  {"departure", "2026-03-05"},      {"reservation_ref", "R4417200"}};
    auto a = (*reg)->ingest({RawRecord{elder}, henks_stay(), {}}, "test");
    auto b = (*reg)->ingest({RawRecord{younger}, std::nullopt, {}}, "test");
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(a->profile != b->profile);
    auto spa = ingest_spa_visit(**reg);
    REQUIRE(spa);
    CHECK(spa->rule == "new_profile");  // the insert does not guess
    auto done = (*reg)->rematch({a->record, b->record, spa->record}, "test");
    REQUIRE(done);
    CHECK(done->profiles == 3);
    CHECK(done->merged == 0);
    CHECK((*reg)->profile_of("spa", "T-1") != (*reg)->profile_of("pms", "R4417093"));
    CHECK((*reg)->profile_of("spa", "T-1") != (*reg)->profile_of("pms", "R4417200"));
}
