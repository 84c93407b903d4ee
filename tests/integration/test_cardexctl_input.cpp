// cardexctl import / dedup / normalize on the faulty files operators really get: unbalanced quotes,
// bad values in the middle of a long export, short rows, mixed encodings, empty inputs, outputs
// named like their input. Real binary, real files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/process.hpp"

using cardex::test::run_process;
using cardex::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kHeader = "source,source_record_id,first_name,last_name,birth_date,phone,email\n";

json profile(const std::string& data, const std::string& record) {
    auto r = run_process({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", record, "--json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t files_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}));
}

}  // namespace

TEST_CASE("cardexctl import: an unbalanced quote skips its row, named by its line, the rows after it are imported",
          "[cardexctl][input]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("unbalanced.csv", kHeader +
                                              "pms,Q1,Jean,Dupont,1980-01-01,0612345678,j@x.fr\n"
                                              "pms,Q2,\"Marie,Curie,1970-01-01,0600000001,m@x.fr\n"
                                              "pms,Q3,Paul,Durand,1990-02-02,0600000002,p@x.fr\n"
                                              "pms,Q4,Luc \"Lucky\",Martin,1991-03-03,0600000003,l@x.fr\n"
                                              "pms,Q5,Ann,Lee,1992-03-03,0600000004,a@x.fr\n");
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("line 3: a quoted field opened on this line") != std::string::npos);
    CHECK(r.out.find("4 new") != std::string::npos);
    CHECK(r.out.find("1 rows skipped") != std::string::npos);
    CHECK(profile(data, "pms:Q3")["golden"]["first_name"] == "Paul");
    CHECK(profile(data, "pms:Q4")["golden"]["last_name"] == "Martin");

    // A quote never closed: nothing after it is lost, and the error is not "line 0".
    auto to_end = dir.write("to-end.csv", kHeader + "pms,E1,\"Jean,Dupont,1980-01-01,0612345678,j@x.fr\n"
                                                    "pms,E2,Marie,Curie,1970-01-01,0600000001,m@x.fr\n");
    auto e = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", to_end.string()});
    CHECK(e.exit_code == 1);
    CHECK(e.err.find("line 2: a quoted field opened on this line is not closed before the end of the file") !=
          std::string::npos);
    CHECK(profile(data, "pms:E2")["golden"]["first_name"] == "Marie");

    // An address on two lines, quoted as RFC 4180 says, is one row.
    auto address = dir.write("address.csv", "source,source_record_id,first_name,address_line1,city\n"
                                            "pms,A1,Léa,\"12 rue des Lilas\nBât. B\",Lyon\npms,A2,Tom,,Paris\n");
    auto a = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", address.string()});
    INFO(a.err);
    CHECK(a.exit_code == 0);
    CHECK(profile(data, "pms:A1")["records"][0]["fields"]["address_line1"] == "12 rue des Lilas\nBât. B");
}

TEST_CASE("cardexctl import: a bad value skips its row only, named by file line and field, the export goes on",
          "[cardexctl][input]") {
    std::string csv = "source,source_record_id,first_name,last_name,arrival,amount\n";
    for (int i = 1; i <= 700; ++i) {
        const std::string n = std::to_string(i);
        if (i == 650) csv += "pms,  ,Jean,Dupont,,\n";                       // line 651: a blank id
        else if (i == 660) csv += "  ,R660,Anne,Blanc,,\n";                   // line 661: a blank source
        else if (i == 670) csv += "pms,R670,Marc,Noir,2026-01-01,nan\n";       // line 671
        else if (i == 680) csv += "pms,R680,Eve,Gris,2026-01-01,1e999\n";      // line 681: infinity
        else if (i == 690) csv += "pms,R690,Ugo,Vert,2026-01-01,0x1A\n";       // line 691
        else csv += "pms,R" + n + ",Guest,Number" + n + ",2026-01-01,120.50\n";
    }
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("long.csv", csv);
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("line 651: source_record_id: required (row skipped)") != std::string::npos);
    CHECK(r.err.find("line 661: source: required") != std::string::npos);
    CHECK(r.err.find("line 671: amount: 'nan' is not a number") != std::string::npos);
    CHECK(r.err.find("line 681: amount: '1e999' is not a number") != std::string::npos);
    CHECK(r.err.find("line 691: amount: '0x1A' is not a number") != std::string::npos);
    CHECK(r.out.find("695 new") != std::string::npos);
    CHECK(r.out.find("5 rows skipped") != std::string::npos);
    auto last = profile(data, "pms:R700");  // after the bad rows and past the first batch of 500
    REQUIRE(last["stays"].size() == 1);
    CHECK(last["stays"][0]["amount"] == 120.5);
}

TEST_CASE("cardexctl import: rows with fewer or more fields than the header are errors naming their line",
          "[cardexctl][input]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("short.csv", kHeader +
                                         "pms,S1,Jean,Dupont,1980-01-01,0612345678,j@x.fr\n"
                                         "pms,S2,Marie\n"
                                         "pms,S3,Paul,Durand,1990-02-02,0600000002,p@x.fr,surplus\n");
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("line 3: row has 3 fields, header has 7 (row skipped)") != std::string::npos);
    CHECK(r.err.find("line 4: row has 8 fields, header has 7 (row skipped)") != std::string::npos);
    CHECK(r.out.find("1 new") != std::string::npos);
}

TEST_CASE("cardexctl import: one stray Latin-1 byte does not turn the file's UTF-8 into mojibake", "[cardexctl][input]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("mixed.csv", "source,source_record_id,first_name,last_name,city\n"
                                     "pms,U1,Олександр,Шевченко,Київ\n"
                                     "pms,U2,小明,王,北京\n"
                                     "pms,U3,Andr\xE9,Dupont,Lyon\n");
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("1 line has values that are not valid UTF-8 (first: line 4)") != std::string::npos);
    CHECK(profile(data, "pms:U1")["golden"]["first_name"] == "Олександр");
    CHECK(profile(data, "pms:U2")["records"][0]["fields"]["city"] == "北京");
    CHECK(profile(data, "pms:U3")["golden"]["first_name"] == "André");

    auto n = run_process({CARDEXCTL, "normalize", "--csv", "--in", in.string()});
    REQUIRE(n.exit_code == 0);
    std::istringstream lines(n.out);
    std::vector<json> out;
    for (std::string line; std::getline(lines, line);) out.push_back(json::parse(line));
    REQUIRE(out.size() == 3);
    CHECK(out[0]["last_name"] == "Шевченко");
    CHECK(out[0]["repairs"].empty());
    CHECK(out[2]["first_name"] == "André");
    CHECK(out[2]["repairs"] == json::array({{{"field", "first_name"}, {"code", "not_utf8"}}}));
}

TEST_CASE("cardexctl import --default-country reads national phone numbers in the hotel's country", "[cardexctl][input]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("es.csv", "source,source_record_id,first_name,last_name,phone\npms,E1,Lucía,García,612 34 56 78\n");
    auto bad = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string(), "--default-country", "Narnia"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("--default-country: 'Narnia' is not a country") != std::string::npos);
    CHECK_FALSE(fs::exists(data));  // refused before anything was created
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string(), "--default-country", "Spain"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(profile(data, "pms:E1")["golden"]["phone"] == "+34612345678");
}

TEST_CASE("cardexctl import: the schema's columns are found however the export cases and spaces them",
          "[cardexctl][input]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("opera.csv", "Source,Source_Record_ID,First Name,LAST-NAME,Email,Loyalty Tier\n"
                                     "pms,O1,Jeanne,Dupont,jeanne.dupont@free.fr,Gold\n");
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto p = profile(data, "pms:O1");
    CHECK(p["golden"]["first_name"] == "Jeanne");
    CHECK(p["golden"]["last_name"] == "Dupont");
    CHECK(p["golden"]["email"] == "jeanne.dupont@free.fr");
    CHECK(p["records"][0]["fields"]["Loyalty Tier"] == "Gold");  // not a schema column: kept as named
}

TEST_CASE("cardexctl: an empty file or a directory as --in is an error, a header alone is 0 records", "[cardexctl][input]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto empty = dir.write("empty.csv", "");
    for (const auto& in : {empty, dir.path()}) {
        auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
        CHECK(r.exit_code == 2);
        CHECK((r.err.find("is empty") != std::string::npos || r.err.find("is a directory") != std::string::npos));
        auto d = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", (dir.path() / "c.csv").string()});
        CHECK(d.exit_code == 2);
        CHECK(run_process({CARDEXCTL, "normalize", "--csv", "--in", in.string()}).exit_code == 2);
    }
    CHECK(run_process({CARDEXCTL, "normalize"}, "").exit_code == 2);  // JSON lines: no line at all
    auto header = dir.write("header.csv", kHeader);
    auto h = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", header.string()});
    CHECK(h.exit_code == 0);
    CHECK(h.err.find("no records after the header") != std::string::npos);
    CHECK(h.out.find("0 new") != std::string::npos);
}

TEST_CASE("cardexctl dedup/normalize: an output naming the input is refused, a failed run leaves outputs as they were",
          "[cardexctl][input]") {
    TempDir dir;
    const std::string csv = kHeader + "pms,D1,Jean,Dupont,1980-01-01,0612345678,j@x.fr\n";
    auto in = dir.write("same.csv", csv);
    auto out = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", in.string()});
    CHECK(out.exit_code == 2);
    CHECK(out.err.find("--out is the input file") != std::string::npos);
    auto explain = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", (dir.path() / "c.csv").string(),
                                "--explain", (dir.path() / "." / "same.csv").string()});
    CHECK(explain.exit_code == 2);
    CHECK(explain.err.find("--explain is the input file") != std::string::npos);
    CHECK(slurp(in) == csv);

    auto jsonl = dir.write("same.jsonl", "{\"source_record_id\":\"J1\"}\n");
    auto n = run_process({CARDEXCTL, "normalize", "--in", jsonl.string(), "--out", jsonl.string()});
    CHECK(n.exit_code == 2);
    CHECK(slurp(jsonl) == "{\"source_record_id\":\"J1\"}\n");

    // An input that cannot be read: the earlier clusters.csv is still whole, no temporary file is left.
    auto clusters = dir.write("clusters.csv", "source_record_id,cluster_id\nD1,c1\n");
    auto empty = dir.write("empty.csv", "");
    const auto before = files_in(dir.path());
    CHECK(run_process({CARDEXCTL, "dedup", "--in", empty.string(), "--out", clusters.string()}).exit_code == 2);
    CHECK(slurp(clusters) == "source_record_id,cluster_id\nD1,c1\n");
    CHECK(files_in(dir.path()) == before);
    REQUIRE(run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", clusters.string()}).exit_code == 0);
    CHECK(slurp(clusters) == "source_record_id,cluster_id\nD1,c1\n");  // rewritten, same content
    CHECK(files_in(dir.path()) == before);

    // A pipe is written in place (nothing renamed over /dev/stdout).
    auto piped = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", "/dev/stdout"});
    CHECK(piped.exit_code == 0);
    CHECK(piped.out == "source_record_id,cluster_id\nD1,c1\n");
    CHECK(fs::is_symlink("/dev/stdout"));
}

TEST_CASE("cardexctl dedup --default-country is checked as normalize checks it", "[cardexctl][input]") {
    TempDir dir;
    auto in = dir.write("in.csv", kHeader + "pms,D1,Jean,Dupont,1980-01-01,0612345678,j@x.fr\n");
    const auto out = (dir.path() / "c.csv").string();
    auto bad = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", out, "--default-country", "xx"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("--default-country: 'xx' is not a country") != std::string::npos);
    for (const char* ok : {"France", "FRA", "fr"})
        CHECK(run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", out, "--default-country", ok}).exit_code == 0);
}
