// The dedup thresholds: names-only pairs and their own review threshold, and the thresholds an
// operator sets in the register, which every program opening it then uses.
#include <catch2/catch.hpp>

#include <limits>

#include "cardex/rcu/register.hpp"
#include "support/process.hpp"

using namespace cardex;
using namespace cardex::rcu;
using cardex::test::TempDir;

namespace {

std::unique_ptr<Register> open_register(const TempDir& dir) {
    RegisterOptions opt;
    opt.normalize.today = Date{2026, 11, 22};
    auto r = Register::open(dir.path().string(), opt);
    REQUIRE(r);
    return std::move(*r);
}

IngestResult add(Register& reg, const std::string& id, std::vector<std::pair<std::string, std::string>> fields) {
    RawRecord raw;
    raw.fields = {{"source", "pms"}, {"source_record_id", id}};
    raw.fields.insert(raw.fields.end(), fields.begin(), fields.end());
    auto r = reg.ingest({raw, std::nullopt, {}}, "test");
    REQUIRE(r);
    return *r;
}

// Same name and postcode, different street: nothing that identifies, only names.
const std::vector<std::pair<std::string, std::string>> kVasseurA = {
    {"first_name", "Bérénice"}, {"last_name", "Vasseur"}, {"postcode", "59000"}, {"address_line1", "1 rue A"}};
const std::vector<std::pair<std::string, std::string>> kVasseurB = {
    {"first_name", "Berenice"}, {"last_name", "Vasseur"}, {"postcode", "59000"}, {"address_line1", "9 rue B"}};

}  // namespace

TEST_CASE("dedup: a pair with only names in common is reviewed from its own threshold", "[dedup][thresholds]") {
    dedup::Thresholds t;  // link 14, review 7, names only 20
    dedup::PairScore identifying{10, "", true, {}}, names_only{10, "", false, {}}, rare_names{25, "", false, {}};
    CHECK(identifying.reviews(t));
    CHECK_FALSE(names_only.reviews(t));  // between review and link, but names alone: namesakes
    CHECK(rare_names.reviews(t));
    CHECK_FALSE(rare_names.links(t));    // never linked, however rare the name
    dedup::PairScore conflicting{25, "different_birth_date", true, {}};
    CHECK_FALSE(conflicting.reviews(t));
    t.review_names_only = 7;
    CHECK(names_only.reviews(t));
}

TEST_CASE("register: thresholds set in the register hold for every program that opens it", "[register][thresholds]") {
    TempDir dir;
    auto server = open_register(dir);   // as the server holds it open
    auto operator_tool = open_register(dir);  // as cardexctl opens it meanwhile
    auto defaults = server->thresholds();
    REQUIRE(defaults);
    CHECK(defaults->link == 14.0);
    CHECK(defaults->review_names_only == 20.0);

    dedup::Thresholds strict = *defaults;
    strict.review_names_only = 1000;  // names alone never reach review
    REQUIRE(operator_tool->set_thresholds(strict, "operator:carol"));
    auto seen = server->thresholds();
    REQUIRE(seen);
    CHECK(seen->review_names_only == 1000.0);

    // The server's next insert uses them: the names-only pair is not queued.
    auto a = add(*server, "R1", kVasseurA);
    auto b = add(*server, "R2", kVasseurB);
    CHECK(b.reviews.empty());
    CHECK(b.profile != a.profile);

    // Back to the defaults: the same kind of pair is queued again.
    REQUIRE(operator_tool->set_thresholds(dedup::Thresholds{}, "operator:carol"));
    add(*server, "R3", {{"first_name", "Anouk"}, {"last_name", "Delahaye"}, {"postcode", "59000"}, {"address_line1", "1 rue A"}});
    auto d = add(*server, "R4", {{"first_name", "Anouk"}, {"last_name", "Delahaye"}, {"postcode", "59000"}, {"address_line1", "9 rue B"}});
    CHECK(d.reviews.size() == 1);

    // Who changed them, and to what, is in the audit log.
    auto audit = server->store().audit_log("register", 10);
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].action == "settings.thresholds");
    CHECK(audit[0].actor == "operator:carol");
    CHECK(audit[1].detail.find("review_names_only_threshold=1000") != std::string::npos);
}

TEST_CASE("register: thresholds that cannot work are refused, naming the threshold", "[register][thresholds]") {
    TempDir dir;
    auto reg = open_register(dir);
    auto refused = [&](dedup::Thresholds t, const std::string& field) {
        auto r = reg->set_thresholds(t, "operator:carol");
        REQUIRE_FALSE(r);
        INFO(r.error());
        CHECK(r.error().rfind(field + ":", 0) == 0);
    };
    dedup::Thresholds t;
    t.review = 20;  // above link 14: every reviewable pair would link first
    refused(t, "review_threshold");
    t = {};
    t.link = std::numeric_limits<double>::quiet_NaN();
    refused(t, "link_threshold");
    t = {};
    t.review_names_only = 5;  // below review 7: names alone would be trusted more than evidence
    refused(t, "review_names_only_threshold");
    auto now = reg->thresholds();
    REQUIRE(now);
    CHECK(now->link == 14.0);  // nothing was changed
    CHECK(now->review == 7.0);
    CHECK(reg->store().audit_log("register", 10).empty());
}

TEST_CASE("register: a stored threshold that is not a number stops writes with its name, keeps the data", "[register][thresholds]") {
    TempDir dir;
    auto reg = open_register(dir);
    add(*reg, "R1", kVasseurA);
    reg->store().put_setting("link_threshold", "fourteen");  // a hand-edited register
    RawRecord raw;
    raw.fields = {{"source", "pms"}, {"source_record_id", "R2"}, {"first_name", "Berenice"}, {"last_name", "Vasseur"}};
    auto r = reg->ingest({raw, std::nullopt, {}}, "test");
    REQUIRE_FALSE(r);
    CHECK(r.error().find("link_threshold") != std::string::npos);
    auto kept = reg->store().find_record("pms", "R1");  // what was there stays
    REQUIRE(kept);
    CHECK_FALSE(reg->store().find_record("pms", "R2"));
    // Reading a profile, an unsubscribe and an erasure do not depend on the thresholds.
    CHECK(reg->profile(kept->profile, "operator:carol"));
    CHECK(reg->record_consent(kept->profile, {0, 0, "marketing_email", false, "unsubscribe", 1, "fr", "2026-11-22T10:00:00Z", "", ""},
                              "guest:unsubscribe"));
    // Setting valid thresholds repairs it.
    REQUIRE(reg->set_thresholds(dedup::Thresholds{}, "operator:carol"));
    CHECK(reg->ingest({raw, std::nullopt, {}}, "test"));
}
