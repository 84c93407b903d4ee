// cardexctl dedup / import / profile / review / link / unlink as an operator runs them.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/process.hpp"

using cardex::test::run_process;
using cardex::test::TempDir;
using nlohmann::json;

namespace {

const char* const kExport =
    "source;source_record_id;hotel_id;title;first_name;last_name;birth_date;nationality;email;phone;address_line1;postcode;city;country;arrival;departure;reservation_ref;loyalty_tier\n"
    "pms;P1;H01;M.;P;MARTIN;;FR;p.martin@guest.booking.com;+33 6 52 52 72 72;12 rue des Lilas;69003;Lyon;France;2026-06-02;2026-06-04;BK1;gold\n"
    "pms;P2;H01;M.;Patrick M.;;28/12/1956;FRA;patrick.martin56@orange.fr;06 52 52 72 72;12, rue des Lilas;69003;LYON;FR;2026-09-14;2026-09-15;BK2;\n"
    "pms;P3;H02;Mme;Sophie;Martin;03/05/1959;FR;patrick.martin56@orange.fr;06.52.52.72.72;12 rue des Lilas;69003;Lyon;FR;2026-09-14;2026-09-15;BK3;\n"
    "pms;P4;H01;;LÃ©onard;DUPONT;1988-02-29;BE;leonard.dupont@skynet.be;0032 475 12 34 56;;;;BE;;;;\n"
    "channel;C1;H01;;Leonard;Dupont;29.02.1988;BEL;2x9kq3@guest.booking.com;+32475123456;;;;BE;;;;\n"
    "pms;P5;H02;;Олександр;Шевченко;1990-04-17;UA;o.shevchenko@ukr.net;+380 67 123 4567;;;;UA;;;;\n"
    "spa;S1;H02;;Oleksandr;Shevchenko;17/04/1990;Ukraine;;067 123 4567;;;;UA;;;;\n";

std::map<std::string, std::string> read_clusters(const std::string& path) {
    std::ifstream in(path);
    std::map<std::string, std::string> out;
    std::string line;
    std::getline(in, line);
    REQUIRE(line == "source_record_id,cluster_id");
    while (std::getline(in, line)) {
        auto comma = line.find(',');
        out[line.substr(0, comma)] = line.substr(comma + 1);
    }
    return out;
}

json run_json(const std::vector<std::string>& args) {
    auto r = run_process(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

}  // namespace

TEST_CASE("cardexctl dedup: clusters.csv has one row per input row, duplicates share a cluster", "[cardexctl]") {
    TempDir dir;
    auto in = dir.write("export.csv", kExport);
    auto out = dir.path() / "clusters.csv", explain = dir.path() / "explain.jsonl";
    auto r = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", out.string(), "--explain", explain.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    auto c = read_clusters(out.string());
    REQUIRE(c.size() == 7);
    CHECK(c["P1"] == c["P2"]);   // P Martin / Patrick M.: one mobile written two ways
    CHECK(c["P3"] != c["P1"]);   // Sophie shares his phone, e-mail and address: his wife, not him
    CHECK(c["P4"] == c["C1"]);   // mojibake and date forms
    CHECK(c["P5"] == c["S1"]);   // Cyrillic and its passport spelling
    std::ifstream ex(explain);
    std::string line;
    int links = 0;
    while (std::getline(ex, line)) {
        auto j = json::parse(line);
        if (j["decision"] == "link") ++links;
        CHECK(j["evidence"].size() > 0);
    }
    CHECK(links == 3);
}

TEST_CASE("cardexctl dedup: an export of several read chunks keeps every row in order, joins duplicates across "
          "chunks and names the unreadable row's line",
          "[cardexctl]") {
    // cardexctl dedup reads and normalises 20,000 rows at a time (dedup_command.cpp).
    constexpr int kRows = 45000;
    std::string csv = "source,source_record_id,first_name,last_name,email\n";
    for (int i = 1; i <= kRows; ++i) {
        const std::string n = std::to_string(i);
        if (i == 7 || i == 30007) csv += "pms,R" + n + ",Anna,Weber,anna.weber@web.de\n";  // one guest, two chunks
        else if (i == 25001) csv += "pms,R" + n + ",Jan,Kowalski,jan.k@wp.pl,surplus\n";   // line 25002 of the file
        else csv += "pms,R" + n + ",Guest,Number,guest." + n + "@example.org\n";
    }
    TempDir dir;
    auto in = dir.write("export.csv", csv);
    auto out = dir.path() / "clusters.csv";
    auto r = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", out.string()});
    CHECK(r.exit_code != 0);  // a row was skipped: said in the exit code, not only on stderr
    CHECK(r.err.find("line 25002: row has 6 fields, header has 5 (row skipped)") != std::string::npos);

    std::ifstream clusters(out);
    std::string line;
    std::getline(clusters, line);
    REQUIRE(line == "source_record_id,cluster_id");
    std::vector<std::string> ids;
    std::map<std::string, std::string> cluster;
    while (std::getline(clusters, line)) {
        auto comma = line.find(',');
        ids.push_back(line.substr(0, comma));
        cluster[ids.back()] = line.substr(comma + 1);
    }
    REQUIRE(ids.size() == kRows - 1);
    CHECK(ids.front() == "R1");
    CHECK(ids[25000] == "R25002");  // R25001 was skipped, the order kept
    CHECK(ids.back() == "R45000");
    CHECK(cluster["R7"] == cluster["R30007"]);
    CHECK(cluster["R8"] != cluster["R9"]);
}

TEST_CASE("cardexctl import, profile show/export, unlink, link, erase on a real register", "[cardexctl]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("export.csv", kExport);
    auto imported = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    CHECK(imported.out.find("7 new") != std::string::npos);

    // Re-importing the same file changes nothing.
    auto again = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    REQUIRE(again.exit_code == 0);
    CHECK(again.out.find("7 unchanged") != std::string::npos);

    auto martin = run_json({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:P2", "--json"});
    CHECK(martin["records"].size() == 2);
    CHECK(martin["golden"]["first_name"] == "Patrick");
    CHECK(martin["golden"]["email"] == "patrick.martin56@orange.fr");  // personal beats the OTA relay
    CHECK(martin["golden"]["email_kind"] == "personal");
    CHECK(martin["stays"].size() == 2);
    bool extra_kept = false;
    for (const auto& rec : martin["records"]) extra_kept |= rec["fields"].value("loyalty_tier", "") == "gold";
    CHECK(extra_kept);  // unknown columns are kept as extra attributes
    CHECK(martin["groups"].size() >= 1);  // household with Sophie

    // Unlink P1, then link it back.
    std::int64_t p1 = 0;
    for (const auto& rec : martin["records"])
        if (rec["source_record_id"] == "P1") p1 = rec["record_id"];
    REQUIRE(p1 != 0);
    auto unlinked = run_process({CARDEXCTL, "--data-dir", data, "--actor", "operator:test", "unlink", std::to_string(p1)});
    REQUIRE(unlinked.exit_code == 0);
    auto alone = run_json({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:P1", "--json"});
    CHECK(alone["records"].size() == 1);
    auto relinked = run_process({CARDEXCTL, "--data-dir", data, "link", std::to_string(p1), std::to_string(martin["profile_id"].get<std::int64_t>())});
    INFO(relinked.err);
    CHECK(relinked.exit_code != 0);  // refused: the unlink recorded "different"
    CHECK(relinked.err.find("decide that pair again first (cardexctl decide " + std::to_string(p1)) != std::string::npos);
    // Unlinked from the household's other records, P1 still shares its address and phone with them.
    CHECK(alone["groups"].size() >= 1);
    // The operator takes the unlink back: one decision on the pair, and the profiles are one again.
    const auto other = martin["records"][0]["record_id"] == p1 ? martin["records"][1]["record_id"] : martin["records"][0]["record_id"];
    auto undone = run_process({CARDEXCTL, "--data-dir", data, "decide", std::to_string(p1),
                               std::to_string(other.get<std::int64_t>()), "same"});
    INFO(undone.err);
    REQUIRE(undone.exit_code == 0);
    CHECK(run_json({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:P1", "--json"})["records"].size() == 2);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "decide", "1", "1", "same"}).exit_code != 0);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "decide", "1", "2", "maybe"}).exit_code != 0);

    // Access request: everything, as JSON, to a file.
    auto export_file = dir.path() / "access.json";
    auto exported = run_process({CARDEXCTL, "--data-dir", data, "profile", "export", "--record", "pms:P5", "--out", export_file.string()});
    REQUIRE(exported.exit_code == 0);
    std::ifstream ef(export_file);
    auto access = json::parse(ef);
    CHECK(access["records"].size() == 2);

    // Erasure needs --yes, then removes the guest.
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "profile", "erase", "--record", "pms:P5"}).exit_code != 0);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "profile", "erase", "--record", "pms:P5", "--yes"}).exit_code == 0);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:P5"}).exit_code != 0);
    // The next night's export still has the guest's rows: they are not imported, and the
    // operator is told to erase them in the PMS too.
    auto next_night = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    REQUIRE(next_night.exit_code == 0);
    CHECK(next_night.out.find("2 rows not imported: their guest was erased from the register (GDPR)") != std::string::npos);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:P5"}).exit_code != 0);
}

TEST_CASE("cardexctl import: rows with errors are named and skipped, the rest imported", "[cardexctl]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("bad.csv",
                        "source_record_id,first_name,last_name,arrival\n"
                        "A1,Jo,Bloggs,2026-01-01\n"
                        ",No,Id,\n"
                        "A2,Bad,Date,not-a-date\n");
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string(), "--source", "pms"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("line 3: source_record_id: required") != std::string::npos);
    CHECK(r.err.find("line 4: arrival") != std::string::npos);
    CHECK(r.out.find("1 new") != std::string::npos);
}

TEST_CASE("cardexctl import: a stay that ends before it begins is the row's error, naming the departure",
          "[cardexctl]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("stays.csv",
                        "source,source_record_id,first_name,last_name,arrival,departure\n"
                        "pms,S1,Ana,Lima,2026-05-01,2026-05-05\n"
                        "pms,S2,Rui,Costa,2026-05-05,2026-05-01\n");
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("line 3: departure: 2026-05-01 is before the arrival 2026-05-05") != std::string::npos);
    CHECK(r.out.find("1 new") != std::string::npos);
}

TEST_CASE("cardexctl review list/decide", "[cardexctl]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("names.csv",
                        "source,source_record_id,first_name,last_name,postcode,address_line1\n"
                        "pms,R1,Bérénice,Vasseur,59000,1 rue A\n"
                        "pms,R2,Berenice,VASSEUR,59000,9 rue B\n");
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()}).exit_code == 0);
    auto list = run_process({CARDEXCTL, "--data-dir", data, "review", "list", "--json"});
    REQUIRE(list.exit_code == 0);
    auto item = json::parse(list.out.substr(0, list.out.find('\n')));
    auto id = std::to_string(item["review_id"].get<std::int64_t>());
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "review", "decide", id, "maybe"}).exit_code != 0);
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "review", "decide", id, "same"}).exit_code == 0);
    auto p = run_json({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:R1", "--json"});
    CHECK(p["records"].size() == 2);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "review", "list", "--json"}).out.empty());
    // The list shows guests' names: each look at it is audited; so is a backup, a copy of everyone.
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "backup", "--to", (dir.path() / "b.sqlite").string()}).exit_code == 0);
    auto audit = run_process({"/usr/bin/sqlite3", data + "/register.sqlite",
                              "SELECT action FROM audit_log WHERE action IN ('review.list', 'backup')"});
    CHECK(audit.out == "review.list\nreview.list\nbackup\n");  // the two lists above
}

TEST_CASE("cardexctl thresholds: shown, set for the register, refused when they cannot work", "[cardexctl]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto shown = run_json({CARDEXCTL, "--data-dir", data, "thresholds", "--json"});
    CHECK(shown["link_threshold"] == 14.0);
    CHECK(shown["review_threshold"] == 7.0);
    CHECK(shown["review_names_only_threshold"] == 20.0);

    auto set = run_json({CARDEXCTL, "--data-dir", data, "--actor", "operator:carol", "thresholds", "--link", "16",
                         "--review-names-only", "1000", "--json"});
    CHECK(set["link_threshold"] == 16.0);
    CHECK(set["review_threshold"] == 7.0);  // not given: unchanged
    auto again = run_json({CARDEXCTL, "--data-dir", data, "thresholds", "--json"});
    CHECK(again == set);

    // An import now uses them: the names-only pair of the review test is not queued.
    auto in = dir.write("names.csv",
                        "source,source_record_id,first_name,last_name,postcode,address_line1\n"
                        "pms,R1,Bérénice,Vasseur,59000,1 rue A\n"
                        "pms,R2,Berenice,VASSEUR,59000,9 rue B\n");
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()}).exit_code == 0);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "review", "list", "--json"}).out.empty());

    auto refused = run_process({CARDEXCTL, "--data-dir", data, "thresholds", "--review", "30"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("review_threshold: 30 is above link_threshold 16") != std::string::npos);
    CHECK(run_json({CARDEXCTL, "--data-dir", data, "thresholds", "--json"}) == set);
    // At a score of 0 the evidence is even: linking or asking from there would merge strangers.
    auto negative = run_process({CARDEXCTL, "--data-dir", data, "thresholds", "--link", "-5", "--review", "-10",
                                 "--review-names-only", "-3"});
    CHECK(negative.exit_code == 2);
    CHECK(negative.err.find("link_threshold: -5 must be above 0") != std::string::npos);
    CHECK(run_json({CARDEXCTL, "--data-dir", data, "thresholds", "--json"}) == set);

    auto batch = run_process({CARDEXCTL, "dedup", "--in", in.string(), "--out", (dir.path() / "c.csv").string(),
                              "--review-threshold", "30"});
    CHECK(batch.exit_code == 2);
    CHECK(batch.err.find("review_threshold") != std::string::npos);
}

TEST_CASE("cardexctl rematch: what a lowered threshold now links among stored records", "[cardexctl]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto in = dir.write("pair.csv",
                        "source,source_record_id,first_name,last_name,phone\n"
                        "pms,R1,Sophie,Leroy,+33 6 11 22 33 44\n"
                        "channel,C1,Sophie,LEROY,06 11 22 33 44\n");
    // Imported while the link threshold was out of reach: two profiles.
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "thresholds", "--link", "90"}).exit_code == 0);
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()}).exit_code == 0);
    REQUIRE(run_json({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:R1", "--json"})["records"].size() ==
            1);
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "thresholds", "--link", "14"}).exit_code == 0);

    // Only the spa's records: there are none, nothing changes.
    auto none = run_json({CARDEXCTL, "--data-dir", data, "rematch", "--source", "spa,restaurant", "--json"});
    CHECK(none == json{{"records", 0}, {"profiles", 0}, {"merged", 0}});
    auto done = run_json({CARDEXCTL, "--data-dir", data, "--actor", "operator:carol", "rematch", "--json"});
    CHECK(done == json{{"records", 2}, {"profiles", 1}, {"merged", 1}});
    auto p = run_json({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:R1", "--json"});
    CHECK(p["records"].size() == 2);
    // One record per transaction: the profile is searched from each of its two records.
    auto text = run_process({CARDEXCTL, "--data-dir", data, "rematch", "--batch", "1"});
    CHECK(text.exit_code == 0);
    CHECK(text.out == "rematch: 2 records, 2 profiles searched again, 0 profiles merged into them\n");
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "rematch", "--batch", "0"}).exit_code != 0);
}

TEST_CASE("cardexctl profile export: every version received and every value of a column named twice",
          "[cardexctl][gdpr]") {
    TempDir dir;
    auto data = (dir.path() / "var").string();
    auto first = dir.write("v1.csv",
                           "source,source_record_id,first_name,last_name,email,notes,notes\n"
                           "pms,V1,Jean,Dupont,jean.old@example.fr,allergic to nuts,VIP\n");
    auto second = dir.write("v2.csv",
                            "source,source_record_id,first_name,last_name,email\n"
                            "pms,V1,Jean,Dupont,jean.new@example.fr\n");
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "import", "--in", first.string()}).exit_code == 0);
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data, "import", "--in", second.string()}).exit_code == 0);
    auto exported = run_process({CARDEXCTL, "--data-dir", data, "profile", "export", "--record", "pms:V1"});
    REQUIRE(exported.exit_code == 0);
    auto access = json::parse(exported.out);
    CHECK(access["records"][0]["fields"]["email"] == "jean.new@example.fr");
    REQUIRE(access["earlier_versions"].size() == 1);
    const auto& old = access["earlier_versions"][0]["fields"];
    CHECK(old["email"] == "jean.old@example.fr");  // the register still holds it, so the guest sees it
    CHECK(old["notes"] == json::array({"allergic to nuts", "VIP"}));
    // A look at the profile is not an access request: it shows the current versions only.
    auto shown = run_json({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", "pms:V1", "--json"});
    CHECK_FALSE(shown.contains("earlier_versions"));
}
