// cardexctl normalize as an operator runs it: real binary, real files.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/process.hpp"

using cardex::test::run_process;
using cardex::test::TempDir;
using nlohmann::json;

namespace {
std::vector<json> lines_of(const std::string& out) {
    std::vector<json> v;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) v.push_back(json::parse(line));
    return v;
}
}  // namespace

TEST_CASE("cardexctl normalize: JSON lines in, one object per line out, bad lines as error objects", "[cardexctl]") {
    std::string input =
        R"({"source_record_id":"a1","first_name":"P","last_name":"MARTIN","phone":"+33 6 52 52 72 72"})" "\n"
        "this is not json\n"
        "\n"
        R"({"source_record_id":"a2","first_name":"Patrick","last_name":"M.","phone":"06 52 52 72 72","birth_date":"28/12/1956","email":"x7@guest.booking.com","extra_col":"kept"})" "\n"
        R"(["an array"])" "\n";
    auto r = run_process({CARDEXCTL, "normalize", "--today", "2026-11-22"}, input);
    REQUIRE(r.exit_code == 0);
    auto out = lines_of(r.out);
    REQUIRE(out.size() == 4);  // the blank line is not a record
    CHECK(out[0]["line"] == 1);
    CHECK(out[0]["phone_e164"] == "+33652527272");
    CHECK(out[0]["last_name"] == "Martin");
    CHECK(out[0]["original"]["last_name"] == "MARTIN");
    CHECK(out[1]["line"] == 2);
    CHECK(out[1]["error"]["code"] == "invalid_json");
    CHECK(out[1]["error"]["input"] == "this is not json");
    CHECK(out[2]["line"] == 4);
    CHECK(out[2]["phone_e164"] == "+33652527272");
    CHECK(out[2]["birth_date"] == "1956-12-28");
    CHECK(out[2]["email_kind"] == "ota_relay");
    CHECK(out[2]["original"]["extra_col"] == "kept");
    CHECK(out[3]["error"]["code"] == "not_an_object");
    CHECK(r.err.find("2 records, 2 unreadable lines") != std::string::npos);
}

TEST_CASE("cardexctl normalize --csv: Windows-1252 file, column map, problems", "[cardexctl]") {
    TempDir dir;
    auto csv = dir.write("pms.csv",
                         "id;nom;prenom;naissance;email\r\n"
                         "1;M\xDCLLER;J\xFCrgen;31/02/1990;juergen@web.de\r\n"
                         "2;\"Dupont; Jr\";Luc;1990-01-01;info@dupont.fr\r\n");
    auto r = run_process({CARDEXCTL, "normalize", "--csv", "--in", csv.string(), "--today", "2026-11-22", "--map",
                          "id=source_record_id,nom=last_name,prenom=first_name,naissance=birth_date"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("Windows-1252") != std::string::npos);
    auto out = lines_of(r.out);
    REQUIRE(out.size() == 2);
    CHECK(out[0]["source_record_id"] == "1");
    CHECK(out[0]["last_name"] == "Müller");
    CHECK(out[0]["first_name"] == "Jürgen");
    CHECK(out[0]["birth_date"] == "");
    CHECK(out[0]["problems"][0] == json({{"field", "birth_date"}, {"code", "impossible_date"}}));
    CHECK(out[1]["last_name"] == "Dupont; Jr");
    CHECK(out[1]["email_kind"] == "role");
}

TEST_CASE("cardexctl normalize: operator errors are reported on stderr with a non-zero exit", "[cardexctl]") {
    CHECK(run_process({CARDEXCTL, "normalize", "--in", "/nonexistent/file.jsonl"}).exit_code != 0);
    auto bad_country = run_process({CARDEXCTL, "normalize", "--default-country", "Narnia"});
    CHECK(bad_country.exit_code != 0);
    CHECK(bad_country.err.find("--default-country") != std::string::npos);
    TempDir dir;
    auto rules = dir.write("rules.txt", "ota_domain relay.example\nbogus line\n");
    auto bad_rules = run_process({CARDEXCTL, "normalize", "--email-rules", rules.string()});
    CHECK(bad_rules.exit_code != 0);
    CHECK(bad_rules.err.find("line 2") != std::string::npos);
    CHECK(run_process({CARDEXCTL, "normalize", "--help"}).exit_code == 0);
}

TEST_CASE("cardexctl normalize: operator e-mail rules extend the built-in ones", "[cardexctl]") {
    TempDir dir;
    auto rules = dir.write("rules.txt", "# our channel manager\nota_domain relay.example\nrole_local concierge\n");
    auto r = run_process({CARDEXCTL, "normalize", "--email-rules", rules.string()},
                         "{\"email\":\"abc@mail.relay.example\"}\n{\"email\":\"Concierge@hotel.fr\"}\n"
                         "{\"email\":\"a@guest.booking.com\"}\n");
    REQUIRE(r.exit_code == 0);
    auto out = lines_of(r.out);
    REQUIRE(out.size() == 3);
    CHECK(out[0]["email_kind"] == "ota_relay");
    CHECK(out[1]["email_kind"] == "role");
    CHECK(out[2]["email_kind"] == "ota_relay");
    CHECK(out[0]["problems"][0]["field"] == "source_record_id");  // required by import-schema.md
}
