// A register reopened builds its name and contact frequencies from the stored records
// (Store::scan_frequency_values): it must score as the register that counted every insert did.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>

#include "cardex/rcu/register.hpp"
#include "dedup_test_records.hpp"

using namespace cardex;
using cardex::test::TempDir;
using cardex::test::open_register;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

Fields guest(const char* id, const char* first, const char* last, Fields more = {}) {
    Fields f = {{"source", "pms"}, {"source_record_id", id}, {"hotel_id", "H001"}, {"first_name", first}, {"last_name", last}};
    f.insert(f.end(), more.begin(), more.end());
    return f;
}

rcu::IngestResult ingest(rcu::Register& reg, Fields fields) {
    auto r = reg.ingest(rcu::Ingest{RawRecord{std::move(fields)}, std::nullopt, {}}, "test");
    REQUIRE(r);
    return *r;
}

// An office's switchboard, address and surname, carried by three colleagues, and a second Jean:
// the values whose counts weigh the new record's evidence.
const Fields kOffice = {{"phone", "+33 1 45 00 12 34"}, {"address_line1", "12 rue de la Paix"}, {"postcode", "75002"},
                        {"country", "FR"}};

void fill(rcu::Register& reg, bool colleagues) {
    Fields jean = kOffice;
    jean.push_back({"email", "jean.martin@orange.fr"});
    ingest(reg, guest("P1", "Jean", "Martin", jean));
    if (!colleagues) return;
    ingest(reg, guest("P2", "Paul", "Martin", kOffice));
    ingest(reg, guest("P3", "Luc", "Martin", kOffice));
    ingest(reg, guest("P4", "Jean", "Dupont", {{"postcode", "13001"}}));
}

// Jean Martin again, from the tablet: the same e-mail, switchboard and address.
Fields jean_on_the_tablet() {
    Fields f = kOffice;
    f.push_back({"email", "Jean.Martin@orange.fr"});
    Fields g = guest("K1", "Jean", "MARTIN", f);
    g[0].second = "kiosk";
    return g;
}

}  // namespace

TEST_CASE("register: reopened, it weighs evidence as the register that counted every insert", "[register][frequency]") {
    TempDir kept, reopened, alone;
    auto a = open_register(kept);
    fill(*a, true);
    {
        auto b = open_register(reopened);
        fill(*b, true);
    }
    auto b = open_register(reopened);
    CHECK(b->warm_up() == 4);
    auto c = open_register(alone);
    fill(*c, false);

    auto in_kept = ingest(*a, jean_on_the_tablet());
    auto in_reopened = ingest(*b, jean_on_the_tablet());
    auto without_colleagues = ingest(*c, jean_on_the_tablet());
    REQUIRE(in_kept.rule == "auto_link");
    CHECK(in_reopened.rule == "auto_link");
    CHECK(in_reopened.score == Approx(in_kept.score).epsilon(1e-12));
    // The counts matter here: without the colleagues the shared switchboard, address and surname
    // weigh more. (Were the reopened register's counts lost, it would score like this.)
    CHECK(without_colleagues.score > in_kept.score + 1.0);
}

TEST_CASE("register: a record damaged in the file is named when the frequencies are built", "[register][frequency]") {
    TempDir dir;
    rcu::RecordId damaged = 0;
    {
        auto reg = open_register(dir);
        fill(*reg, true);
        damaged = ingest(*reg, guest("P9", "Anne", "Roux")).record;
        ingest(*reg, guest("P10", "Marc", "Roux"));
    }
    {
        SQLite::Database db((dir.path() / "register.sqlite").string(), SQLite::OPEN_READWRITE, 5000);
        db.exec("UPDATE record_version SET normalized_json = '{\"first_name_key\": \"an' WHERE record_id = " +
                std::to_string(damaged));
    }
    auto reg = open_register(dir);
    CHECK_THROWS_WITH(reg->warm_up(), Catch::Contains("record " + std::to_string(damaged) + ": normalized_json"));
}
