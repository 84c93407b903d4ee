// The register (RCU) on a real SQLite file: incremental dedup rules, traps, operator decisions.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "cardex/rcu/register.hpp"
#include "support/process.hpp"

using namespace cardex;
using namespace cardex::rcu;
using cardex::test::TempDir;

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<Register> reg;
    int next_id = 1;

    Fixture() {
        RegisterOptions opt;
        opt.normalize.today = Date{2026, 11, 22};
        auto r = Register::open(dir.path().string(), opt);
        REQUIRE(r);
        reg = std::move(*r);
    }

    // Ingests a record made of column=value pairs; source defaults to pms, ids are generated.
    IngestResult add(std::vector<std::pair<std::string, std::string>> fields, std::string source = "pms") {
        RawRecord raw;
        raw.fields = {{"source", source}, {"source_record_id", source + "-" + std::to_string(next_id++)}};
        raw.fields.insert(raw.fields.end(), fields.begin(), fields.end());
        auto r = reg->ingest({raw, std::nullopt, {}}, "test");
        REQUIRE(r);
        return *r;
    }
    ProfileId profile_of(RecordId id) { return reg->store().record(id)->profile; }
    nlohmann::json golden(ProfileId p) { return nlohmann::json::parse(*reg->store().golden(p)); }
};

}  // namespace

TEST_CASE("register: the Patrick Martin records become one profile", "[register]") {
    Fixture f;
    auto a = f.add({{"first_name", "P"}, {"last_name", "Martin"}, {"phone", "+33 6 52 52 72 72"}});
    auto b = f.add({{"first_name", "Patrick"}, {"last_name", "M."}, {"phone", "06 52 52 72 72"}, {"birth_date", "28/12/1956"}});
    CHECK(a.rule == "new_profile");
    CHECK(b.rule == "auto_link");
    CHECK(b.profile == a.profile);
    auto g = f.golden(a.profile);
    CHECK(g["first_name"] == "Patrick");  // the most complete name wins
    CHECK(g["last_name"] == "Martin");
    CHECK(g["birth_date"] == "1956-12-28");
    CHECK(g["phone"] == "+33652527272");
}

TEST_CASE("register: a couple sharing phone, e-mail and address is a household, not one person", "[register][traps]") {
    Fixture f;
    std::vector<std::pair<std::string, std::string>> home = {
        {"last_name", "Martin"}, {"phone", "06 52 52 72 72"}, {"email", "famille.martin@orange.fr"},
        {"address_line1", "12 rue des Lilas"}, {"postcode", "69003"}, {"city", "Lyon"}};
    auto he = home, she = home;
    he.push_back({"first_name", "Patrick"});
    he.push_back({"birth_date", "1956-12-28"});
    she.push_back({"first_name", "Sophie"});
    she.push_back({"birth_date", "1959-05-03"});
    auto a = f.add(he), b = f.add(she);
    CHECK(a.profile != b.profile);
    auto groups = f.reg->store().groups_of(a.profile);
    REQUIRE(groups.size() >= 1);
    CHECK(groups[0].kind == "household");
    CHECK(std::count(groups[0].members.begin(), groups[0].members.end(), b.profile) == 1);
}

TEST_CASE("register: twins share everything but their first names", "[register][traps]") {
    Fixture f;
    std::vector<std::pair<std::string, std::string>> twin = {
        {"last_name", "Dubois"}, {"birth_date", "2001-07-14"}, {"phone", "06 11 22 33 44"},
        {"address_line1", "3 place Bellecour"}, {"postcode", "69002"}};
    auto t1 = twin, t2 = twin;
    t1.push_back({"first_name", "Lucas"});
    t2.push_back({"first_name", "Hugo"});
    auto a = f.add(t1), b = f.add(t2);
    CHECK(a.profile != b.profile);
}

TEST_CASE("register: colleagues on one switchboard and role e-mail are a company account", "[register][traps]") {
    Fixture f;
    std::vector<std::pair<std::string, std::string>> office = {
        {"phone", "+33 1 42 68 53 00"}, {"email", "reservations@acme-corp.com"}, {"company", "ACME Corp"},
        {"address_line1", "1 avenue de l'Opéra"}, {"postcode", "75001"}};
    std::vector<IngestResult> people;
    for (auto [first, last] : {std::pair{"Claire", "Bernard"}, {"Thomas", "Petit"}, {"Julie", "Bernard"}}) {
        auto rec = office;
        rec.push_back({"first_name", first});
        rec.push_back({"last_name", last});
        people.push_back(f.add(rec));
    }
    CHECK(people[0].profile != people[1].profile);
    CHECK(people[0].profile != people[2].profile);
    auto groups = f.reg->store().groups_of(people[1].profile);
    REQUIRE_FALSE(groups.empty());
    CHECK(groups[0].kind == "company");
}

TEST_CASE("register: a parent and child with the same name are kept apart by their birth dates", "[register][traps]") {
    Fixture f;
    auto sr = f.add({{"first_name", "Jean"}, {"last_name", "Durand"}, {"birth_date", "1956-03-02"},
                     {"address_line1", "8 rue Victor Hugo"}, {"postcode", "33000"}});
    auto jr = f.add({{"first_name", "Jean"}, {"last_name", "Durand"}, {"birth_date", "1986-03-02"},
                     {"address_line1", "8 rue Victor Hugo"}, {"postcode", "33000"}});
    CHECK(sr.profile != jr.profile);
}

TEST_CASE("register: no chaining into a false merge", "[register][traps]") {
    Fixture f;
    // B links to A (same mobile, compatible names); C shares the mobile with B but its birth date
    // conflicts with A's: C must not join the profile through B.
    auto a = f.add({{"first_name", "Jean"}, {"last_name", "Moreau"}, {"birth_date", "1970-01-15"}, {"phone", "06 99 88 77 66"}});
    auto b = f.add({{"first_name", "J"}, {"last_name", "Moreau"}, {"phone", "06 99 88 77 66"}});
    auto c = f.add({{"first_name", "J"}, {"last_name", "Moreau"}, {"birth_date", "1998-06-30"}, {"phone", "06 99 88 77 66"}});
    CHECK(b.profile == a.profile);
    CHECK(c.profile != a.profile);
}

TEST_CASE("register: closure folds in a profile that matches only the merged whole", "[register]") {
    Fixture f;
    // X: name + e-mail. Y: name + birth date + phone. Nothing links them directly (same name only).
    // Z carries X's e-mail and Y's phone: it links to one, and the closure then brings in the other.
    auto x = f.add({{"first_name", "Amélie"}, {"last_name", "Rousseau"}, {"email", "amelie.rousseau@free.fr"}});
    auto y = f.add({{"first_name", "Amelie"}, {"last_name", "ROUSSEAU"}, {"birth_date", "1984-09-09"}, {"phone", "07 81 23 45 67"}});
    REQUIRE(x.profile != y.profile);
    auto z = f.add({{"first_name", "A."}, {"last_name", "Rousseau"}, {"email", "amelie.rousseau@free.fr"}, {"phone", "+33 7 81 23 45 67"}});
    CHECK(f.profile_of(x.record) == f.profile_of(y.record));
    CHECK(f.profile_of(z.record) == f.profile_of(x.record));
    CHECK(z.merged.size() == 1);
}

TEST_CASE("register: unlink restores both sides exactly, relink restores the merge", "[register]") {
    Fixture f;
    auto a = f.add({{"first_name", "Hélène"}, {"last_name", "Garnier"}, {"birth_date", "1975-02-11"}, {"email", "helene.garnier@gmail.com"}});
    auto b = f.add({{"first_name", "Helene"}, {"last_name", "Garnier"}, {"birth_date", "1975-02-11"}, {"phone", "06 45 45 45 45"}});
    REQUIRE(b.profile == a.profile);
    auto before = f.golden(a.profile);
    auto r = f.add({{"first_name", "Hélène"}, {"last_name", "Garnier"}, {"email", "helene.garnier@gmail.com"},
                    {"city", "Nantes"}, {"address_line1", "4 quai de la Fosse"}, {"postcode", "44000"}}, "kiosk");
    REQUIRE(r.profile == a.profile);
    CHECK(f.golden(a.profile)["address_line1"] == "4 quai de la Fosse");

    auto fresh = f.reg->unlink(r.record, "operator:alice");
    REQUIRE(fresh);
    CHECK(f.profile_of(r.record) == *fresh);
    CHECK(f.profile_of(a.record) == a.profile);
    CHECK(f.profile_of(b.record) == a.profile);
    auto after = f.golden(a.profile);
    CHECK(after == before);  // exactly as before R arrived
    CHECK(f.golden(*fresh)["address_line1"] == "4 quai de la Fosse");

    // The unlink is remembered: re-ingesting R's content under a new version does not relink it…
    auto again = f.reg->ingest({RawRecord{{{"source", "kiosk"}, {"source_record_id", "kiosk-3"}, {"first_name", "Hélène"},
                                           {"last_name", "Garnier"}, {"email", "helene.garnier@gmail.com"}, {"city", "Nantes"}}},
                                std::nullopt, {}}, "test");
    REQUIRE(again);
    CHECK(again->profile != a.profile);
    // …until an operator links it back.
    auto relinked = f.reg->decide(r.record, a.record, PairDecision::same, "operator:alice");
    INFO((relinked ? std::string() : relinked.error()));
    REQUIRE(relinked);
    CHECK(f.profile_of(r.record) == a.profile);
}

TEST_CASE("register: a 'different' decision survives later inserts and updates", "[register]") {
    Fixture f;
    auto a = f.add({{"first_name", "Marc"}, {"last_name", "Lefebvre"}, {"birth_date", "1980-04-04"}, {"phone", "06 10 20 30 40"}});
    auto b = f.add({{"first_name", "Marc"}, {"last_name", "Lefebvre"}, {"birth_date", "1980-04-04"}});
    REQUIRE(b.profile == a.profile);
    REQUIRE(f.reg->decide(a.record, b.record, PairDecision::different, "operator:bob"));
    CHECK(f.profile_of(a.record) != f.profile_of(b.record));

    // A new record that matches both must not bring them back together.
    auto c = f.add({{"first_name", "Marc"}, {"last_name", "Lefebvre"}, {"birth_date", "1980-04-04"}, {"phone", "06 10 20 30 40"}});
    CHECK(f.profile_of(a.record) != f.profile_of(b.record));
    CHECK((f.profile_of(c.record) == f.profile_of(a.record) || f.profile_of(c.record) == f.profile_of(b.record)));
}

TEST_CASE("register: re-ingesting an unchanged record changes nothing", "[register]") {
    Fixture f;
    RawRecord raw{{{"source", "pms"}, {"source_record_id", "R1"}, {"first_name", "Ana"}, {"last_name", "Silva"}}};
    auto first = f.reg->ingest({raw, std::nullopt, {}}, "test");
    auto second = f.reg->ingest({raw, std::nullopt, {}}, "test");
    REQUIRE(first);
    REQUIRE(second);
    CHECK(second->outcome == IngestOutcome::unchanged);
    CHECK(second->profile == first->profile);
    CHECK(f.reg->store().record_versions(first->record).size() == 1);
}

TEST_CASE("register: a corrected record that now conflicts leaves its profile", "[register]") {
    Fixture f;
    auto a = f.add({{"first_name", "Paul"}, {"last_name", "Girard"}, {"birth_date", "1966-06-06"}, {"phone", "06 66 66 66 06"}});
    RawRecord b{{{"source", "pms"}, {"source_record_id", "B"}, {"first_name", "Paul"}, {"last_name", "Girard"},
                 {"phone", "06 66 66 66 06"}}};
    auto linked = f.reg->ingest({b, std::nullopt, {}}, "test");
    REQUIRE(linked);
    REQUIRE(linked->profile == a.profile);
    b.fields.push_back({"birth_date", "1999-12-12"});  // the PMS corrects the record: another Paul Girard
    auto updated = f.reg->ingest({b, std::nullopt, {}}, "test");
    REQUIRE(updated);
    CHECK(updated->outcome == IngestOutcome::updated);
    CHECK(f.profile_of(linked->record) != a.profile);
    CHECK(f.reg->store().record_versions(linked->record).size() == 2);
}

TEST_CASE("register: survivorship — kiosk beats PMS, personal e-mail beats relay, newest consent wins", "[register]") {
    Fixture f;
    auto pms = f.add({{"first_name", "Sofia"}, {"last_name", "Romano"}, {"birth_date", "1990-10-10"},
                      {"email", "k3j9x@guest.booking.com"}, {"phone", "+39 333 111 2222"}, {"language", "it"}});
    ConsentRow yes{0, 0, "marketing_email", true, "mkt-email", 3, "it", "2026-11-01T10:00:00Z", "dev-1", ""};
    ConsentRow no{0, 0, "marketing_email", false, "mkt-email", 3, "it", "2026-11-20T10:00:00Z", "dev-1", ""};
    RawRecord kiosk{{{"source", "kiosk"}, {"source_record_id", "K1"}, {"first_name", "Sofia"}, {"last_name", "Romano"},
                     {"birth_date", "1990-10-10"}, {"email", "sofia.romano@libero.it"}, {"language", "en"}}};
    auto k = f.reg->ingest({kiosk, std::nullopt, {no, yes}}, "device:1");
    REQUIRE(k);
    REQUIRE(k->profile == pms.profile);
    auto g = f.golden(pms.profile);
    CHECK(g["email"] == "sofia.romano@libero.it");
    CHECK(g["email_kind"] == "personal");
    CHECK(g["language"] == "en");
    REQUIRE(g["consents"].size() == 1);
    CHECK(g["consents"][0]["granted"] == false);  // withdrawn on the 20th, after the yes of the 1st
}

TEST_CASE("register: uncertain pairs go to the review queue and an operator decides them", "[register]") {
    Fixture f;
    // Same name and city postcode, nothing else: not enough to link, too much to ignore.
    auto a = f.add({{"first_name", "Bérénice"}, {"last_name", "Vasseur"}, {"postcode", "59000"}, {"address_line1", "1 rue A"}});
    auto b = f.add({{"first_name", "Berenice"}, {"last_name", "Vasseur"}, {"postcode", "59000"}, {"address_line1", "9 rue B"}});
    CHECK(a.profile != b.profile);
    REQUIRE(b.reviews.size() == 1);
    auto items = f.reg->store().reviews("open", 10);
    REQUIRE(items.size() == 1);
    CHECK(nlohmann::json::parse(items[0].explanation)["evidence"].size() > 0);
    REQUIRE(f.reg->decide_review(items[0].id, PairDecision::same, "operator:carol"));
    CHECK(f.profile_of(a.record) == f.profile_of(b.record));
    CHECK(f.reg->store().reviews("open", 10).empty());
    CHECK_FALSE(f.reg->decide_review(items[0].id, PairDecision::different, "operator:carol"));  // already decided
}

TEST_CASE("register: erasure removes a profile's records and leaves an audit trail without personal data", "[register]") {
    Fixture f;
    auto a = f.add({{"first_name", "Kasia"}, {"last_name", "Nowak"}, {"email", "kasia.nowak@wp.pl"}});
    REQUIRE(f.reg->erase_profile(a.profile, "operator:dpo"));
    CHECK_FALSE(f.reg->store().record(a.record));
    CHECK_FALSE(f.reg->store().profile_exists(a.profile));
    auto log = f.reg->store().audit_log("profile:" + std::to_string(a.profile), 10);
    REQUIRE_FALSE(log.empty());
    CHECK(log[0].action == "erase");
    for (const auto& e : f.reg->store().audit_log("", 100)) CHECK(e.detail.find("Nowak") == std::string::npos);
}

TEST_CASE("register: the next import of an erased guest's row does not bring them back", "[register][gdpr]") {
    Fixture f;
    RawRecord row{{{"source", "pms"}, {"source_record_id", "G-4471"}, {"first_name", "Kasia"}, {"last_name", "Nowak"},
                   {"email", "kasia.nowak@wp.pl"}}};
    auto a = f.reg->ingest({row, std::nullopt, {}}, "import:night");
    REQUIRE(a);
    REQUIRE(f.reg->erase_profile(a->profile, "operator:dpo"));
    CHECK(f.reg->store().was_erased("pms", "G-4471"));
    CHECK_FALSE(f.reg->store().was_erased("pms", "G-4472"));
    CHECK_FALSE(f.reg->store().was_erased("spa", "G-4471"));

    StayRow stay;
    stay.hotel_id = "H01";
    stay.arrival = "2026-12-01";
    stay.departure = "2026-12-03";
    auto again = f.reg->ingest({row, stay, {}}, "import:night");  // the PMS export of the next night
    REQUIRE(again);
    CHECK(again->outcome == IngestOutcome::erased);
    CHECK(again->record == 0);
    CHECK(f.reg->store().stats().source_records == 0);
    CHECK_FALSE(f.reg->store().find_record("pms", "G-4471"));
    CHECK(f.reg->store().records_with_keys({"e:kasia.nowak@wp.pl"}, 10).empty());
    // What is kept is a hash of the row's source and id, nothing the guest gave.
    for (const auto& e : f.reg->store().audit_log("", 100)) CHECK(e.detail.find("G-4471") == std::string::npos);

    // A new booking is a new row of the PMS: the guest came back, and is a guest again.
    row.fields[1].second = "G-5102";
    auto back = f.reg->ingest({row, std::nullopt, {}}, "import:night");
    REQUIRE(back);
    CHECK(back->outcome == IngestOutcome::inserted);
}

TEST_CASE("register: an erased guest leaves no household and nothing in the WAL", "[register][gdpr]") {
    Fixture f;
    f.reg->warm_up();  // the name frequencies are built, as in a running server (erasure subtracts from them)
    std::vector<std::pair<std::string, std::string>> home = {
        {"last_name", "Quaglia"}, {"phone", "06 52 52 72 72"}, {"address_line1", "12 rue des Lilas"},
        {"postcode", "69003"}, {"city", "Lyon"}};
    auto he = home, she = home;
    he.push_back({"first_name", "Zebulon"});
    he.push_back({"birth_date", "1956-12-28"});
    she.push_back({"first_name", "Sophie"});
    she.push_back({"birth_date", "1959-05-03"});
    auto a = f.add(he), b = f.add(she);
    REQUIRE(a.profile != b.profile);
    REQUIRE_FALSE(f.reg->store().groups_of(b.profile).empty());

    REQUIRE(f.reg->erase_profile(a.profile, "operator:dpo"));
    // A household of one is none, and the hash of the phone they shared goes with it.
    CHECK(f.reg->store().groups_of(b.profile).empty());
    // The pages the erasure overwrote are gone from the write-ahead log as well.
    const auto wal = f.dir.path() / "register.sqlite-wal";
    std::string bytes;
    if (std::filesystem::exists(wal)) {
        std::ifstream in(wal, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    CHECK(bytes.find("Zebulon") == std::string::npos);
    CHECK(bytes.find("zebulon") == std::string::npos);
}

TEST_CASE("register: a merged profile keeps the households of the profile it absorbed", "[register]") {
    Fixture f;
    auto sophie = f.add({{"first_name", "Sophie"}, {"last_name", "Quaglia"}, {"email", "sophie.q@orange.fr"}});
    auto her_line = f.add({{"first_name", "S"}, {"last_name", "Quaglia"}, {"phone", "06 52 52 72 72"}});
    auto zebulon = f.add({{"first_name", "Zebulon"}, {"last_name", "Quaglia"}, {"phone", "06 52 52 72 72"},
                          {"birth_date", "1956-12-28"}});
    REQUIRE(sophie.profile != her_line.profile);
    REQUIRE(her_line.profile != zebulon.profile);
    REQUIRE(f.reg->store().groups_of(zebulon.profile).size() == 1);
    REQUIRE(f.reg->store().groups_of(sophie.profile).empty());

    // The operator says the line's "S Quaglia" is Sophie: the older profile survives and takes
    // the absorbed one's place in the household with Zebulon.
    REQUIRE(f.reg->decide(sophie.record, her_line.record, PairDecision::same, "operator:carol"));
    CHECK(f.profile_of(her_line.record) == sophie.profile);
    auto groups = f.reg->store().groups_of(zebulon.profile);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].members == std::vector<ProfileId>{sophie.profile, zebulon.profile});
    CHECK(f.reg->store().groups_of(sophie.profile).size() == 1);
}

TEST_CASE("register: bad input is an error naming the field, and changes nothing", "[register]") {
    Fixture f;
    auto r = f.reg->ingest({RawRecord{{{"source", "pms"}, {"first_name", "X"}}}, std::nullopt, {}}, "test");
    REQUIRE_FALSE(r);
    CHECK(r.error().find("source_record_id") != std::string::npos);
    CHECK(f.reg->store().stats().source_records == 0);
}

TEST_CASE("store: transactions nest as savepoints, only the outermost commit makes them durable", "[register][store]") {
    Fixture f;
    auto& store = f.reg->store();
    auto audit = [&](const char* what) { store.audit({0, "2026-11-22T10:00:00Z", "test", what, "t", ""}); };
    REQUIRE(store.begin());
    audit("outer");
    REQUIRE(store.begin());
    audit("inner rolled back");
    store.rollback();
    REQUIRE(store.begin());
    audit("inner kept");
    REQUIRE(store.commit());
    REQUIRE(store.commit());
    std::vector<std::string> actions;
    for (const auto& e : store.audit_log("t", 10)) actions.push_back(e.action);
    CHECK(actions == std::vector<std::string>{"inner kept", "outer"});
    // An inner failure inside Register::ingest_batch leaves the outer work alone.
    REQUIRE(store.begin());
    audit("before bad batch");
    auto bad = f.reg->ingest_batch({{RawRecord{{{"source", "pms"}}}, std::nullopt, {}}}, "test");
    CHECK_FALSE(bad);
    REQUIRE(store.commit());
    CHECK(store.audit_log("t", 10).front().action == "before bad batch");
}
