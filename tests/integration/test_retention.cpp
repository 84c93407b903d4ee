// The retention purge on a real register file: cards past their country's keeping period lose
// their card data in every stored version; the guest's profile, contact and consents stay.
#include <catch2/catch.hpp>

#include "cardex/rcu/register.hpp"
#include "cardex/retention.hpp"
#include "credentials.hpp"
#include "retention_purge.hpp"
#include "support/process.hpp"

using namespace cardex;
using cardex::test::TempDir;

namespace {

rcu::RecordId add_card(rcu::Register& reg, const std::string& id, const std::string& received_at) {
    RawRecord raw{{{"source", "kiosk"}, {"source_record_id", "dev/" + id}, {"hotel_id", "H01"}, {"first_name", "Ana"},
                   {"last_name", "Silva" + id}, {"email", "ana" + id + "@example.org"}, {"birth_place", "Porto"},
                   {"document_type", "passport"}, {"document_number", "P1234567" + id}, {"document_country", "PT"}}};
    auto r = reg.ingest_batch({{raw, std::nullopt, {}}}, "device:dev", [&](rcu::Store& st, const auto& results) {
        st.add_submission({"dev", id, "registration_card", received_at, results[0].record, "svg-path", "M 1 1", "abc"});
        return Result<bool, std::string>(true);
    });
    REQUIRE(r);
    return (*r)[0].record;
}

}  // namespace

TEST_CASE("retention: French cards older than 6 months lose signature, document and birth place", "[retention]") {
    TempDir dir;
    auto opened = rcu::Register::open(dir.path().string());
    REQUIRE(opened);
    auto& reg = **opened;
    auto now = std::chrono::system_clock::now();
    auto old = add_card(reg, "1", server::rfc3339_utc(now - std::chrono::days(200)));
    auto recent = add_card(reg, "2", server::rfc3339_utc(now - std::chrono::days(20)));

    auto dry = server::purge_expired_cards(reg, "FR", now, "test", true);
    REQUIRE(dry);
    CHECK(dry->cards == 1);
    CHECK(reg.store().record(old)->raw.get("document_number") == "P12345671");  // a dry run changes nothing

    auto done = server::purge_expired_cards(reg, "FR", now, "test");
    REQUIRE(done);
    CHECK(done->cards == 1);
    CHECK(done->keep_days == 183);
    for (const auto& v : reg.store().record_versions(old)) {
        CHECK(v.raw.get("document_number").empty());
        CHECK(v.raw.get("birth_place").empty());
        CHECK(v.normalized.document_key.empty());
        CHECK(v.raw.get("email") == "ana1@example.org");  // the guest stays in the register
    }
    CHECK(reg.store().submission("dev", "1")->signature_data.empty());
    CHECK(reg.store().submission("dev", "1")->signature_format == "purged");
    CHECK(reg.store().record(recent)->raw.get("document_number") == "P12345672");
    CHECK(reg.store().submission("dev", "2")->signature_data == "M 1 1");
    CHECK(reg.store().records_with_keys({"d:PT:P12345671"}, 10).empty());

    // Running it again finds nothing; an unknown country is an error, not a guess.
    CHECK(server::purge_expired_cards(reg, "FR", now, "test")->cards == 0);
    CHECK_FALSE(server::purge_expired_cards(reg, "XX", now, "test"));
    CHECK(card_retention_days("ES") == 1096);
}
