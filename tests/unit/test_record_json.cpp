// The stored JSON forms of a source record (shared/src/rcu/record_json.cpp): what the writer
// produces is read back exactly, is JSON that any parser reads as the documented shape, and the
// reader takes what older releases stored (nlohmann documents, keys in any order) and refuses
// what is not a record.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cardex/rcu/store.hpp"
#include "cardex/text.hpp"

using namespace cardex;
using namespace cardex::rcu;
using nlohmann::json;

namespace {

NormalizedRecord sample_normalized() {
    NormalizedRecord n;
    n.source = "kiosk";
    n.source_record_id = "dev-1/7c9e6679-7425-40de-944b-e07fc1f90ae7";
    n.hotel_id = "H001";
    n.first_name = "Léonard";
    n.last_name = "D'Arc \"dit\" \\Jean\\";
    n.first_name_key = "leonard";
    n.last_name_key = "darc dit jean";
    n.name_key = "darc dit jean leonard";
    n.email = "leo@example.fr";
    n.email_kind = EmailKind::personal;
    n.phone_e164 = "+33652527272";
    n.phone_kind = PhoneKind::mobile;
    n.birth_date = "1956-12-28";
    n.nationality = "FR";
    n.country = "FR";
    n.postcode = "69003";
    n.city_key = "lyon";
    n.address_key = "12 rue des lilas\n2e etage\tporte\x01";
    n.document_key = "FR:X4RTBPFW4";
    n.company_key = "";
    n.language = "zh-cn";
    n.sex = 'M';
    n.problems = {{"phone", "invalid_phone"}, {"birth_date", "implausible"}};
    n.repairs = {{"last_name", "mojibake_repaired"}};
    return n;
}

void require_same(const NormalizedRecord& a, const NormalizedRecord& b) {
    CHECK(a.source == b.source);
    CHECK(a.source_record_id == b.source_record_id);
    CHECK(a.hotel_id == b.hotel_id);
    CHECK(a.first_name == b.first_name);
    CHECK(a.last_name == b.last_name);
    CHECK(a.first_name_key == b.first_name_key);
    CHECK(a.last_name_key == b.last_name_key);
    CHECK(a.name_key == b.name_key);
    CHECK(a.email == b.email);
    CHECK(a.email_kind == b.email_kind);
    CHECK(a.phone_e164 == b.phone_e164);
    CHECK(a.phone_kind == b.phone_kind);
    CHECK(a.birth_date == b.birth_date);
    CHECK(a.nationality == b.nationality);
    CHECK(a.country == b.country);
    CHECK(a.postcode == b.postcode);
    CHECK(a.city_key == b.city_key);
    CHECK(a.address_key == b.address_key);
    CHECK(a.document_key == b.document_key);
    CHECK(a.company_key == b.company_key);
    CHECK(a.language == b.language);
    CHECK(a.sex == b.sex);
    CHECK(a.problems == b.problems);
    CHECK(a.repairs == b.repairs);
}

}  // namespace

TEST_CASE("record json: a normalised record reads back as written, escapes included") {
    auto n = sample_normalized();
    auto text = normalized_to_json(n);
    auto back = normalized_from_json(text);
    REQUIRE(back);
    require_same(*back, n);

    // Any JSON parser sees the documented object.
    auto j = json::parse(text);
    CHECK(j["last_name"] == "D'Arc \"dit\" \\Jean\\");
    CHECK(j["address_key"] == "12 rue des lilas\n2e etage\tporte\x01");
    CHECK(j["email_kind"] == "personal");
    CHECK(j["phone_kind"] == "mobile");
    CHECK(j["sex"] == "M");
    CHECK(j["problems"] == json::array({{{"field", "phone"}, {"code", "invalid_phone"}},
                                        {{"field", "birth_date"}, {"code", "implausible"}}}));
    CHECK(text.find("\\u0001") != std::string::npos);  // a control character is escaped, not copied

    NormalizedRecord empty;
    auto e = normalized_from_json(normalized_to_json(empty));
    REQUIRE(e);
    require_same(*e, empty);
}

TEST_CASE("record json: a normalised record stored as a document by an older release still reads") {
    // Keys sorted (a std::map), one unknown key, some keys missing, a non-string where a string goes.
    json old = {{"birth_date", "1956-12-28"}, {"email", "p.martin@example.fr"}, {"email_kind", "ota_relay"},
                {"first_name", "Patrick"},    {"future_field", {{"nested", {1, 2, 3}}}},
                {"last_name", "Martin"},      {"phone_kind", "no such kind"},
                {"postcode", 75001},          {"problems", json::array({{{"code", "x"}, {"field", "f"}, {"extra", true}}})},
                {"source", "pms"},            {"source_record_id", "42"}};
    auto n = normalized_from_json(old.dump());
    REQUIRE(n);
    CHECK(n->first_name == "Patrick");
    CHECK(n->last_name == "Martin");
    CHECK(n->email_kind == EmailKind::ota_relay);
    CHECK(n->phone_kind == PhoneKind::empty);
    CHECK(n->postcode.empty());
    CHECK(n->hotel_id.empty());
    REQUIRE(n->problems.size() == 1);
    CHECK(n->problems[0] == Problem{"f", "x"});
    CHECK(n->repairs.empty());
    CHECK(n->sex == 0);
}

TEST_CASE("record json: what is not a normalised record is refused") {
    for (std::string bad : {"", "[]", "\"text\"", "42", "{\"first_name\": \"A\"", "{} trailing", "null"}) {
        INFO(bad);
        auto n = normalized_from_json(bad);
        REQUIRE_FALSE(n);
        CHECK(n.error() == "normalized record: not a JSON object");
    }
}

TEST_CASE("record json: a raw record keeps its columns in order, and bytes that are not UTF-8 as hex") {
    RawRecord r;
    r.fields = {{"source", "pms"},
                {"last_name", "L\xe9onard"},  // Windows-1252, not UTF-8
                {"first_name", "Zoë \"Zo\""},
                {"city", "北京"},
                {"note", "line\nnext"},
                {"empty", ""}};
    auto text = raw_to_json(r);
    auto back = raw_from_json(text);
    REQUIRE(back);
    CHECK(back->fields == r.fields);

    auto j = json::parse(text);
    REQUIRE(j.is_array());
    CHECK(j[1] == json::array({"last_name", "4ce96f6e617264", "hex"}));
    CHECK(j[3] == json::array({"city", "北京"}));

    // An older release wrote the same shape through a document.
    json old = json::array({json::array({"a", "1"}), json::array({"b", "c3a9", "hex"})});
    auto o = raw_from_json(old.dump(2));
    REQUIRE(o);
    CHECK(o->fields == std::vector<std::pair<std::string, std::string>>{{"a", "1"}, {"b", "é"}});

    auto none = raw_from_json("[]");
    REQUIRE(none);
    CHECK(none->fields.empty());
}

TEST_CASE("record json: a column name that is not UTF-8 is cleaned, its value kept") {
    RawRecord r;
    r.fields = {{"pr\xe9nom", "Ana"}};
    auto back = raw_from_json(raw_to_json(r));
    REQUIRE(back);
    REQUIRE(back->fields.size() == 1);
    CHECK(is_valid_utf8(back->fields[0].first));
    CHECK(back->fields[0].second == "Ana");
}

TEST_CASE("record json: what is not a raw record is refused, naming the problem") {
    const std::string shape = "raw record: each column must be a [name, value] pair of strings";
    const std::string not_array = "raw record: not a JSON array";
    struct Case {
        std::string text, error;
    };
    for (const auto& c : {Case{"{}", not_array}, Case{"\"a\"", not_array}, Case{"", not_array}, Case{"[[\"a\",\"b\"]", not_array},
                          Case{"[[\"a\"]]", shape}, Case{"[[\"a\",\"b\",\"hex\",\"x\"]]", shape}, Case{"[[\"a\",1]]", shape},
                          Case{"[\"a\"]", shape}, Case{"[{\"a\":\"b\"}]", shape}, Case{"[[[\"a\"],\"b\"]]", shape},
                          Case{"[[\"col\",\"zz\",\"hex\"]]", "raw record: column col: bad hex value"}}) {
        INFO(c.text);
        auto r = raw_from_json(c.text);
        REQUIRE_FALSE(r);
        CHECK(r.error() == c.error);
    }
}
