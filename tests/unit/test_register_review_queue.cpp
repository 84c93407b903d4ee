// The review queue holds questions only: a pair the engine or an operator has answered since it was
// queued leaves the queue, and a decision about one pair never closes another pair's item.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include <sqlite3.h>

#include "cardex/rcu/register.hpp"
#include "cardex/rcu/store.hpp"
#include "dedup_test_records.hpp"
#include "support/process.hpp"

using namespace cardex;
using namespace cardex::rcu;
using test::open_register;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

IngestResult add(Register& reg, const std::string& id, Fields fields) {
    fields.insert(fields.begin(), {{"source", "pms"}, {"source_record_id", id}});
    auto r = reg.ingest({RawRecord{std::move(fields)}, std::nullopt, {}}, "test");
    REQUIRE(r);
    return *r;
}

// Two Bérénice Vasseurs of one city at two addresses: too much in common to ignore, not enough to
// link (as in test_register.cpp's review case). B has an e-mail that a third record will share.
const Fields kA = {{"first_name", "Bérénice"}, {"last_name", "Vasseur"}, {"postcode", "59000"}, {"address_line1", "1 rue A"}};
const Fields kB = {{"first_name", "Berenice"}, {"last_name", "Vasseur"}, {"postcode", "59000"}, {"address_line1", "9 rue B"},
                   {"email", "b.vasseur@free.fr"}};
// A third Bérénice Vasseur of the city, at a third address: a question against each of the two.
const Fields kD = {{"first_name", "Berenice"}, {"last_name", "Vasseur"}, {"postcode", "59000"}, {"address_line1", "5 rue C"}};

bool open_item_between(Store& store, RecordId x, RecordId y) {
    auto items = store.reviews("open", 100);
    return std::any_of(items.begin(), items.end(), [&](const ReviewItem& it) {
        return (it.a == x && it.b == y) || (it.a == y && it.b == x);
    });
}

}  // namespace

TEST_CASE("review queue: an item leaves the queue when a later record links its two profiles", "[register][review]") {
    test::TempDir dir;
    auto reg = open_register(dir);
    auto a = add(*reg, "A", kA);
    auto b = add(*reg, "B", kB);
    REQUIRE(a.profile != b.profile);
    REQUIRE(open_item_between(reg->store(), a.record, b.record));
    const auto item = reg->store().reviews("open", 10).front().id;

    // The same guest again, at A's address with B's e-mail: one person, and the engine links all three.
    auto c = add(*reg, "C", {{"first_name", "Bérénice"}, {"last_name", "Vasseur"}, {"postcode", "59000"},
                             {"address_line1", "1 rue A"}, {"email", "b.vasseur@free.fr"}});
    REQUIRE(reg->store().record(a.record)->profile == c.profile);
    REQUIRE(reg->store().record(b.record)->profile == c.profile);
    CHECK_FALSE(open_item_between(reg->store(), a.record, b.record));
    CHECK(reg->store().review(item)->status == "linked");
    CHECK_FALSE(reg->decide_review(item, PairDecision::different, "operator:carol"));  // no longer a question
}

TEST_CASE("review queue: an operator's merge closes the pairs it answers and no other", "[register][review]") {
    test::TempDir dir;
    auto reg = open_register(dir);
    auto a = add(*reg, "A", kA);
    auto b = add(*reg, "B", kB);
    auto d = add(*reg, "D", kD);
    REQUIRE(d.profile != a.profile);
    REQUIRE(d.profile != b.profile);
    REQUIRE(open_item_between(reg->store(), a.record, b.record));
    REQUIRE(open_item_between(reg->store(), a.record, d.record));
    REQUIRE(open_item_between(reg->store(), b.record, d.record));

    REQUIRE(reg->decide(a.record, b.record, PairDecision::same, "operator:carol"));
    CHECK_FALSE(open_item_between(reg->store(), a.record, b.record));
    // Whether D is that guest is still open, whichever of the two profiles was folded into the other.
    CHECK(open_item_between(reg->store(), a.record, d.record));
    CHECK(open_item_between(reg->store(), b.record, d.record));

    // Linking D by hand answers its two items, "same".
    REQUIRE(reg->link(d.record, reg->store().record(a.record)->profile, "operator:carol"));
    CHECK(reg->store().reviews("open", 10).empty());
}

TEST_CASE("review queue: an unlink answers the record's pairs with its old profile, not its other pairs",
          "[register][review]") {
    test::TempDir dir;
    auto reg = open_register(dir);
    auto a = add(*reg, "A", kA);
    auto b = add(*reg, "B", kB);
    auto d = add(*reg, "D", kD);
    REQUIRE(reg->decide(a.record, b.record, PairDecision::same, "operator:carol"));
    REQUIRE(open_item_between(reg->store(), b.record, d.record));

    REQUIRE(reg->unlink(b.record, "operator:carol"));
    CHECK(open_item_between(reg->store(), b.record, d.record));  // B against D: still a question
    CHECK(open_item_between(reg->store(), a.record, d.record));
}

TEST_CASE("migrations: version 10 takes off the queue the pairs already in one profile", "[register][review]") {
    test::TempDir dir;
    RecordId ra = 0, rb = 0;
    {
        auto reg = open_register(dir);
        ra = add(*reg, "A", kA).record;
        rb = add(*reg, "B", kB).record;
        REQUIRE(open_item_between(reg->store(), ra, rb));
    }
    // As a register before version 10 left it: B's profile was merged into A's, the item stayed open.
    const auto file = (dir.path() / "register.sqlite").string();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    const std::string sql = "UPDATE link SET profile_id = (SELECT profile_id FROM link WHERE record_id = " +
                            std::to_string(ra) + ") WHERE record_id = " + std::to_string(rb) + "; PRAGMA user_version = 9";
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);

    auto reg = open_register(dir);
    CHECK_FALSE(open_item_between(reg->store(), ra, rb));
    CHECK(reg->store().reviews("linked", 10).size() == 1);
}

TEST_CASE("review queue: deciding a queued pair 'different' outside the queue answers its item",
          "[register][review]") {
    test::TempDir dir;
    auto reg = open_register(dir);
    auto a = add(*reg, "A", kA);
    auto b = add(*reg, "B", kB);
    REQUIRE(open_item_between(reg->store(), a.record, b.record));
    REQUIRE(reg->decide(b.record, a.record, PairDecision::different, "operator:carol"));  // cardexctl decide
    CHECK_FALSE(open_item_between(reg->store(), a.record, b.record));
    CHECK(reg->store().reviews("different", 10).size() == 1);
}
