// A regular guest's history: the frequency table counts records, but a value one person carries on
// hundreds of their own stays is still one person's value. Scored against others, a profile's
// repeats count once, so that a loyal guest's own name and mobile never look common.
#include <catch2/catch.hpp>

#include <string>

#include "cardex/dedup.hpp"
#include "cardex/rcu/register.hpp"
#include "dedup_test_records.hpp"
#include "support/process.hpp"

using namespace cardex;
using namespace cardex::dedup;
using test::open_register;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

const Fields kHenk = {{"first_name", "Henk"},       {"last_name", "Mulder"}, {"birth_date", "1971-05-14"},
                      {"phone", "+31 6 1234 5678"}, {"email", "henk.mulder@ziggo.nl"}};

// Henk's stay number `n` at H007: a week in month n of 2025-2026.
Fields stay_of(Fields guest, int n) {
    const int month = 1 + n % 12, year = 2025 + n / 12;
    const std::string mm = (month < 10 ? "0" : "") + std::to_string(month);
    guest.insert(guest.end(), {{"source", "pms"},
                               {"source_record_id", "R" + std::to_string(1000 + n)},
                               {"hotel_id", "H007"},
                               {"arrival", std::to_string(year) + "-" + mm + "-02"},
                               {"departure", std::to_string(year) + "-" + mm + "-09"},
                               {"reservation_ref", "R" + std::to_string(1000 + n)}});
    return guest;
}

rcu::Ingest ingest_of(Fields fields) { return rcu::Ingest{RawRecord{std::move(fields)}, std::nullopt, {}}; }

// A spa treatment of "Henk Mulder" at H007 on `day`, with nothing else: the in-house guest's.
rcu::Ingest spa_visit(const char* day) {
    return ingest_of({{"source", "spa"},
                      {"source_record_id", "T-1"},
                      {"hotel_id", "H007"},
                      {"first_name", "Henk"},
                      {"last_name", "Mulder"},
                      {"arrival", day}});
}

}  // namespace

TEST_CASE("frequency: the values one person's records repeat count once while forgotten", "[dedup][frequency]") {
    FrequencyTable freq;
    std::vector<NormalizedRecord> stays;
    for (int i = 0; i < 600; ++i) stays.push_back(test::rec(kHenk));
    for (const auto& r : stays) freq.add(r);
    // A namesake with his own phone and e-mail: his values are someone else's and keep counting.
    const auto namesake = test::rec({{"first_name", "Henk"}, {"last_name", "Mulder"}, {"phone", "+31 6 9876 5432"}});
    freq.add(namesake);

    std::vector<const NormalizedRecord*> profile;
    for (const auto& r : stays) profile.push_back(&r);
    const auto& henk = stays.front();
    const double phone_before = freq.phone_share(henk.phone_e164);
    const double name_before = freq.last_name_share(henk.last_name_key);
    REQUIRE(freq.full_name_records(henk.first_name_key, henk.last_name_key) == 601);

    freq.forget_repeats(profile);
    CHECK(freq.phone_share(henk.phone_e164) == Approx(freq.phone_share("+31 0 unseen")));  // as rare as one record
    CHECK(freq.email_share(henk.email) == Approx(freq.phone_share("+31 0 unseen")));
    CHECK(freq.full_name_records(henk.first_name_key, henk.last_name_key) == 2);  // Henk and his namesake
    CHECK(freq.last_name_share(henk.last_name_key) < name_before);
    CHECK(freq.phone_share(namesake.phone_e164) == Approx(freq.phone_share("+31 0 unseen")));

    freq.restore_repeats(profile);
    CHECK(freq.phone_share(henk.phone_e164) == Approx(phone_before));
    CHECK(freq.last_name_share(henk.last_name_key) == Approx(name_before));
    CHECK(freq.full_name_records(henk.first_name_key, henk.last_name_key) == 601);
    CHECK(freq.records() == 601);
}

TEST_CASE("register: a regular guest's spa visit during a stay joins them however many stays they had",
          "[register][stay]") {
    // Twelve stays make "Henk Mulder" a full name twelve records carry, more than the
    // kCommonFullNameRecords that make namesakes likely; but they are one person's, one profile.
    test::TempDir dir;
    auto reg = open_register(dir);
    rcu::ProfileId henk = 0;
    for (int n = 0; n < 12; ++n) {
        auto r = reg->ingest(ingest_of(stay_of(kHenk, n)), "test");
        REQUIRE(r);
        if (n == 0) henk = r->profile;
        REQUIRE(r->profile == henk);
    }
    auto spa = reg->ingest(spa_visit("2025-12-04"), "test");  // during stay 11: 2 to 9 December 2025
    REQUIRE(spa);
    CHECK(spa->rule == "auto_link");
    CHECK(spa->profile == henk);
}

TEST_CASE("register: a visit is still no evidence when many different people carry the full name",
          "[register][stay][traps]") {
    // Eleven other Henk Mulders, each a profile of his own: the name is common, whoever is in house.
    test::TempDir dir;
    auto reg = open_register(dir);
    for (int i = 0; i < 11; ++i) {
        const std::string n = std::to_string(50 + i);
        auto r = reg->ingest(ingest_of({{"source", "pms"},
                                        {"source_record_id", "N" + n},
                                        {"hotel_id", "H001"},
                                        {"first_name", "Henk"},
                                        {"last_name", "Mulder"},
                                        {"birth_date", "19" + n + "-03-0" + std::to_string(1 + i % 9)},
                                        {"phone", "+31 6 5555 00" + n}}),
                             "test");
        REQUIRE(r);
    }
    auto stay = reg->ingest(ingest_of(stay_of(kHenk, 11)), "test");
    REQUIRE(stay);
    auto spa = reg->ingest(spa_visit("2025-12-04"), "test");
    REQUIRE(spa);
    CHECK(spa->profile != stay->profile);
}

namespace {

// The batch's records of Henk's twelve stays, then `extra`; the spa visit is the last record.
std::vector<NormalizedRecord> henks_stays_and(const std::vector<Fields>& extra) {
    std::vector<NormalizedRecord> records;
    for (int n = 0; n < 12; ++n) records.push_back(test::rec(stay_of(kHenk, n)));
    for (const auto& fields : extra) records.push_back(test::rec(fields));
    records.push_back(test::rec({{"source", "spa"}, {"source_record_id", "T-1"}, {"hotel_id", "H007"},
                                 {"first_name", "Henk"}, {"last_name", "Mulder"}, {"arrival", "2025-12-04"}}));
    return records;
}

}  // namespace

TEST_CASE("batch: a regular guest's spa visit during a stay joins their cluster however many stays they had",
          "[dedup][batch][stay]") {
    // As in the register: the twelve stays are one person's, so the full name is not common for
    // the cluster, though twelve records carry it (cardexctl dedup scores clusters as wholes).
    const auto records = henks_stays_and({});
    const auto result = cluster_records(records, {}, 1);
    for (std::size_t i = 1; i < 12; ++i) REQUIRE(result.cluster_of[i] == result.cluster_of[0]);
    CHECK(result.cluster_of.back() == result.cluster_of[0]);
}

TEST_CASE("batch: a visit is still no evidence when many different people carry the full name",
          "[dedup][batch][stay][traps]") {
    std::vector<Fields> namesakes;
    for (int i = 0; i < 11; ++i) {
        const std::string n = std::to_string(50 + i);
        namesakes.push_back({{"source", "pms"}, {"source_record_id", "N" + n}, {"hotel_id", "H001"},
                             {"first_name", "Henk"}, {"last_name", "Mulder"},
                             {"birth_date", "19" + n + "-03-0" + std::to_string(1 + i % 9)},
                             {"phone", "+31 6 5555 00" + n}});
    }
    auto records = henks_stays_and(namesakes);
    records.erase(records.begin(), records.begin() + 11);  // Henk's last stay only, then the namesakes
    const auto result = cluster_records(records, {}, 1);
    CHECK(result.cluster_of.back() != result.cluster_of.front());
    for (std::size_t i = 1; i + 1 < records.size(); ++i) CHECK(result.cluster_of[i] != result.cluster_of.front());
}
