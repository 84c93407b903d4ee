// The operator and supervisor API (/v1/admin/…) and one-click unsubscribe, over real TLS with curl,
// as docs/api.md describes them: roles, hotel scoping, searches, GDPR access and erasure, review
// decisions, signed unsubscribe links.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "config.hpp"
#include "support/process.hpp"
#include "support/server_fixture.hpp"
#include "support/server_process.hpp"

using namespace cardex;
using namespace cardex::test;
using nlohmann::json;

namespace {

struct Answer {
    int status = 0;
    std::string headers, body;
    json doc() const { return json::parse(body, nullptr, false); }
};

// Two hotels' guests, one pair for the review queue (a rare full name, nothing else in common).
const std::string kExport =
    "source,source_record_id,hotel_id,first_name,last_name,email,postcode,address_line1,arrival,departure,reservation_ref\n"
    "pms,R1,H01,Jeanne,Dupont,jeanne.dupont@free.fr,,,2026-11-22,2026-11-25,ABC123\n"
    "pms,R2,H02,Karl,Weber,karl.weber@web.de,,,2026-11-20,2026-11-21,XYZ789\n"
    "pms,R3,H01,Bérénice,Vasseur,,59000,1 rue A,,,\n"
    "pms,R4,H01,Berenice,VASSEUR,,59000,9 rue B,,,\n";

struct Admin {
    TempDir dir;
    std::unique_ptr<ServerProcess> server;
    std::string operator_token, supervisor_token;

    explicit Admin(const std::string& more_rows = {}) {
        auto csv = dir.write("pms.csv", kExport + more_rows);
        auto imported = run_process({CARDEXCTL, "--data-dir", dir.path().string(), "import", "--in", csv.string()});
        INFO(imported.err);
        REQUIRE(imported.exit_code == 0);
        operator_token = token({"--name", "olga", "--role", "operator"});
        supervisor_token = token({"--name", "sam", "--role", "supervisor", "--hotel", "H01"});
        server = std::make_unique<ServerProcess>(dir.path());
    }

    std::string token(std::vector<std::string> args) {
        std::vector<std::string> argv{CARDEXCTL, "--data-dir", dir.path().string(), "user", "add", "--json"};
        argv.insert(argv.end(), args.begin(), args.end());
        auto r = run_process(argv);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        return json::parse(r.out)["token"].get<std::string>();
    }

    Answer call(const std::string& method, const std::string& target, const std::string& token = {},
                const std::string& body = {}) {
        const auto headers = dir.path() / "headers.txt";
        std::vector<std::string> argv{"/usr/bin/curl", "-sS", "--cacert", dev_certs().ca.string(), "-X", method, "-D",
                                      headers.string(), "-w", "\n%{http_code}"};
        if (!token.empty()) argv.insert(argv.end(), {"-H", "Authorization: Bearer " + token});
        if (!body.empty()) argv.insert(argv.end(), {"-H", "Content-Type: application/json", "--data-binary", body});
        argv.push_back(target.rfind("https://", 0) == 0 ? target : server->url() + target);
        auto r = run_process(argv);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        Answer a;
        const auto cut = r.out.rfind('\n');
        a.body = r.out.substr(0, cut);
        a.status = std::stoi(r.out.substr(cut + 1));
        std::ifstream in(headers);
        std::ostringstream h;
        h << in.rdbuf();
        a.headers = h.str();
        return a;
    }

    // The profile of a guest found by e-mail, as the operator sees it.
    std::string profile_of(const std::string& email) {
        auto found = call("GET", "/v1/admin/profiles?email=" + email, operator_token).doc();
        REQUIRE(found["profiles"].size() == 1);
        return found["profiles"][0]["profile_id"].get<std::string>();
    }
};

}  // namespace

TEST_CASE("admin API: a token is required, and each role gets what it may", "[server][admin]") {
    Admin f;
    auto none = f.call("GET", "/v1/admin/stats");
    CHECK(none.status == 401);
    CHECK(none.headers.find("WWW-Authenticate: Bearer") != std::string::npos);
    CHECK(f.call("GET", "/v1/admin/stats", "not-a-token").status == 401);

    auto stats = f.call("GET", "/v1/admin/stats", f.operator_token);
    REQUIRE(stats.status == 200);
    CHECK(stats.doc()["source_records"] == 4);
    CHECK(stats.doc()["fill_rates"].contains("personal_email"));
    // A supervisor reads their hotel's guests; the register's figures and every write are an operator's.
    CHECK(f.call("GET", "/v1/admin/stats", f.supervisor_token).status == 403);
    CHECK(f.call("GET", "/v1/admin/reviews", f.supervisor_token).status == 403);
    const auto jeanne = f.profile_of("jeanne.dupont@free.fr");
    CHECK(f.call("DELETE", "/v1/admin/profiles/" + jeanne, f.supervisor_token).status == 403);
    CHECK(f.call("GET", "/v1/admin/nothing-here", f.operator_token).status == 404);
}

TEST_CASE("admin API: cardexctl user revoke refuses the token at once, the server still running", "[server][admin]") {
    Admin f;
    REQUIRE(f.call("GET", "/v1/admin/stats", f.operator_token).status == 200);
    auto list = run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "user", "list", "--json"});
    REQUIRE(list.exit_code == 0);
    std::string olga;
    std::istringstream lines(list.out);
    for (std::string line; std::getline(lines, line);)
        if (json::parse(line)["name"] == "olga") olga = std::to_string(json::parse(line)["user_id"].get<std::int64_t>());
    REQUIRE_FALSE(olga.empty());
    auto revoked = run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "user", "revoke", olga});
    INFO(revoked.err);
    REQUIRE(revoked.exit_code == 0);
    CHECK(f.call("GET", "/v1/admin/stats", f.operator_token).status == 401);  // the next request, no restart
    const auto jeanne_search = f.call("GET", "/v1/admin/profiles?email=jeanne.dupont@free.fr", f.supervisor_token);
    CHECK(jeanne_search.status == 200);  // the other user is untouched
}

TEST_CASE("admin API: a supervisor sees only the profiles of their hotel", "[server][admin]") {
    Admin f;
    const auto jeanne = f.profile_of("jeanne.dupont@free.fr");  // H01
    const auto karl = f.profile_of("karl.weber@web.de");        // H02
    CHECK(f.call("GET", "/v1/admin/profiles/" + jeanne, f.supervisor_token).status == 200);
    CHECK(f.call("GET", "/v1/admin/profiles/" + karl, f.supervisor_token).status == 404);  // not even that it exists
    CHECK(f.call("GET", "/v1/admin/profiles/" + karl, f.operator_token).status == 200);
    auto search = f.call("GET", "/v1/admin/profiles?email=karl.weber@web.de", f.supervisor_token);
    REQUIRE(search.status == 200);
    CHECK(search.doc()["profiles"].empty());
    CHECK(f.call("GET", "/v1/admin/profiles", f.operator_token).status == 400);  // nothing to search by
}

TEST_CASE("admin API: search by booking as typed, GDPR access export and erasure", "[server][admin]") {
    Admin f;
    const auto jeanne = f.profile_of("jeanne.dupont@free.fr");
    auto by_booking = f.call("GET", "/v1/admin/profiles?reservation_ref=abc%20123&hotel_id=H01", f.operator_token);
    REQUIRE(by_booking.status == 200);
    REQUIRE(by_booking.doc()["profiles"].size() == 1);
    CHECK(by_booking.doc()["profiles"][0]["profile_id"] == jeanne);

    auto exported = f.call("GET", "/v1/admin/profiles/" + jeanne + "/export", f.supervisor_token);
    REQUIRE(exported.status == 200);
    CHECK(exported.headers.find("Content-Disposition: attachment; filename=\"profile-" + jeanne + ".json\"") !=
          std::string::npos);
    CHECK(exported.doc()["golden"]["email"] == "jeanne.dupont@free.fr");
    CHECK(exported.doc()["stays"].size() == 1);

    auto erased = f.call("DELETE", "/v1/admin/profiles/" + jeanne, f.operator_token);
    REQUIRE(erased.status == 200);
    CHECK(erased.doc()["status"] == "erased");
    CHECK(f.call("GET", "/v1/admin/profiles/" + jeanne, f.operator_token).status == 404);
    CHECK(f.call("GET", "/v1/admin/profiles?email=jeanne.dupont@free.fr", f.operator_token).doc()["profiles"].empty());
    // The audit log keeps who read and who erased, without the guest's data.
    auto audit = run_process({"/usr/bin/sqlite3", (f.dir.path() / "register.sqlite").string(),
                              "SELECT actor || ' ' || action FROM audit_log ORDER BY id"});
    CHECK(audit.out.find("supervisor:sam") != std::string::npos);
    CHECK(audit.out.find("operator:olga erase") != std::string::npos);
    CHECK(audit.out.find("jeanne") == std::string::npos);
}

TEST_CASE("admin API: review decisions are an operator's and are checked", "[server][admin]") {
    Admin f;
    auto reviews = f.call("GET", "/v1/admin/reviews", f.operator_token);
    REQUIRE(reviews.status == 200);
    REQUIRE(reviews.doc()["reviews"].size() == 1);  // the two Bérénice Vasseur records
    const auto id = std::to_string(reviews.doc()["reviews"][0]["review_id"].get<std::int64_t>());
    const auto decide = "/v1/admin/reviews/" + id + "/decision";
    CHECK(f.call("GET", decide, f.operator_token).status == 405);
    auto bad = f.call("POST", decide, f.operator_token, R"({"decision": "maybe"})");
    CHECK(bad.status == 422);
    CHECK(bad.doc()["errors"][0]["field"] == "decision");
    CHECK(f.call("POST", "/v1/admin/reviews/999999/decision", f.operator_token, R"({"decision": "same"})").status == 404);
    // The body is JSON with one member, a string.
    CHECK(f.call("POST", decide, f.operator_token, R"({"decision":)").status == 400);
    CHECK(f.call("POST", decide, f.operator_token, R"({"decision": "same", "decison": "x"})").status == 422);
    CHECK(f.call("POST", decide, f.operator_token, R"({"decision": 1})").status == 422);
    CHECK(f.call("POST", decide, f.operator_token, R"({})").doc()["errors"][0]["code"] == "required");
    auto same = f.call("POST", decide, f.operator_token, R"({"decision": "same"})");
    REQUIRE(same.status == 200);
    CHECK(same.doc()["status"] == "same");
    CHECK(f.call("GET", "/v1/admin/reviews", f.operator_token).doc()["reviews"].empty());
    CHECK(f.call("GET", "/v1/admin/stats", f.operator_token).doc()["profiles"] == 3);
}

TEST_CASE("admin API: a signed one-click unsubscribe link withdraws the consent, a forged one does nothing",
          "[server][admin]") {
    Admin f;
    const auto jeanne = f.profile_of("jeanne.dupont@free.fr");
    auto link = f.call("POST", "/v1/admin/profiles/" + jeanne + "/unsubscribe-link", f.operator_token,
                       R"({"purpose": "marketing_email"})");
    REQUIRE(link.status == 200);
    const std::string url = link.doc()["url"];
    CHECK(link.doc()["list_unsubscribe_post"] == "List-Unsubscribe=One-Click");
    CHECK(f.call("POST", "/v1/admin/profiles/" + jeanne + "/unsubscribe-link", f.operator_token,
                 R"({"purpose": "spam"})").status == 422);

    // A mail scanner's GET changes nothing.
    auto page = f.call("GET", url);
    REQUIRE(page.status == 200);
    CHECK(page.headers.find("text/html") != std::string::npos);
    auto before = f.call("GET", "/v1/admin/profiles/" + jeanne, f.operator_token).doc();
    CHECK(before["consents"].empty());

    // Another guest's id, or another purpose, under the same signature: refused.
    const auto sig = url.substr(url.find("sig=") + 4);
    CHECK(f.call("POST", "/v1/unsubscribe?profile=" + f.profile_of("karl.weber@web.de") + "&purpose=marketing_email&sig=" + sig)
              .status == 403);
    CHECK(f.call("POST", "/v1/unsubscribe?profile=" + jeanne + "&purpose=marketing_sms&sig=" + sig).status == 403);
    CHECK(f.call("POST", "/v1/unsubscribe?profile=" + jeanne + "&purpose=marketing_email").status == 400);

    auto done = f.call("POST", url);
    REQUIRE(done.status == 200);
    CHECK(done.doc()["status"] == "unsubscribed");
    auto after = f.call("GET", "/v1/admin/profiles/" + jeanne, f.operator_token).doc();
    REQUIRE(after["consents"].size() == 1);
    CHECK(after["consents"][0]["granted"] == false);
    CHECK(after["consents"][0]["purpose"] == "marketing_email");
}

TEST_CASE("https_url: the links the server hands out bracket an IPv6 host", "[server][admin]") {
    CHECK(server::https_url("127.0.0.1", 8443) == "https://127.0.0.1:8443");
    CHECK(server::https_url("::1", 8443) == "https://[::1]:8443");
}

TEST_CASE("admin API: a supervisor reads only what their hotel recorded of a guest seen in two hotels",
          "[server][admin]") {
    // Jeanne Dupont stayed at H02 too, under the same e-mail: one profile, two hotels.
    Admin f("pms,R5,H02,Jeanne,Dupont,jeanne.dupont@free.fr,,,2026-10-01,2026-10-03,QQQ999\n");
    const auto jeanne = f.profile_of("jeanne.dupont@free.fr");
    auto whole = f.call("GET", "/v1/admin/profiles/" + jeanne, f.operator_token).doc();
    REQUIRE(whole["records"].size() == 2);
    CHECK(whole["golden"]["hotels"] == json::array({"H01", "H02"}));

    for (const char* route : {"", "/export"}) {
        auto mine = f.call("GET", "/v1/admin/profiles/" + jeanne + route, f.supervisor_token);
        REQUIRE(mine.status == 200);
        auto doc = mine.doc();
        REQUIRE(doc["records"].size() == 1);
        CHECK(doc["records"][0]["hotel_id"] == "H01");
        REQUIRE(doc["stays"].size() == 1);
        CHECK(doc["stays"][0]["reservation_ref"] == "ABC123");
        CHECK(doc["golden"]["hotels"] == json::array({"H01"}));
        CHECK(mine.body.find("QQQ999") == std::string::npos);
    }
    auto found = f.call("GET", "/v1/admin/profiles?email=jeanne.dupont@free.fr", f.supervisor_token).doc();
    REQUIRE(found["profiles"].size() == 1);
    CHECK(found["profiles"][0]["golden"]["hotels"] == json::array({"H01"}));

    // A booking is searched in the supervisor's own hotel; an operator names the hotel.
    CHECK(f.call("GET", "/v1/admin/profiles?reservation_ref=QQQ999&hotel_id=H02", f.supervisor_token).status == 403);
    auto own = f.call("GET", "/v1/admin/profiles?reservation_ref=ABC123", f.supervisor_token);
    REQUIRE(own.status == 200);
    CHECK(own.doc()["profiles"].size() == 1);
    auto unnamed = f.call("GET", "/v1/admin/profiles?reservation_ref=ABC123", f.operator_token);
    CHECK(unnamed.status == 400);
    CHECK(unnamed.doc()["errors"][0]["field"] == "hotel_id");

    // Each profile a search returns is audited as read, without what was searched for.
    auto audit = run_process({"/usr/bin/sqlite3", (f.dir.path() / "register.sqlite").string(),
                              "SELECT target || ' ' || detail FROM audit_log WHERE action = 'profile.search'"});
    CHECK(audit.out.find("profile:" + jeanne + " by email") != std::string::npos);
    CHECK(audit.out.find("jeanne.dupont") == std::string::npos);
}

TEST_CASE("admin API: unknown routes are 404, known ones name the methods they take", "[server][admin]") {
    Admin f;
    const auto jeanne = f.profile_of("jeanne.dupont@free.fr");
    auto post_stats = f.call("POST", "/v1/admin/stats", f.operator_token, "{}");
    CHECK(post_stats.status == 405);
    CHECK(post_stats.headers.find("Allow: GET") != std::string::npos);
    auto put = f.call("PUT", "/v1/admin/profiles/" + jeanne, f.operator_token, "{}");
    CHECK(put.status == 405);
    CHECK(put.headers.find("Allow: GET, DELETE") != std::string::npos);
    CHECK(f.call("GET", "/v1/admin/reviews/1/decision", f.operator_token).headers.find("Allow: POST") != std::string::npos);
    CHECK(f.call("GET", "/v1/admin/profiles/" + jeanne + "/foo", f.operator_token).status == 404);
    CHECK(f.call("GET", "/v1/admin/profiles/x", f.operator_token).status == 404);
    // Metrics count admin requests by route template, never by id.
    auto metrics = f.call("GET", "/metrics").body;
    CHECK(metrics.find("route=\"/v1/admin/profiles/{id}\",status=\"405\"") != std::string::npos);
    CHECK(metrics.find("route=\"/v1/admin/stats\",status=\"405\"") != std::string::npos);
}

TEST_CASE("admin API: an unsubscribe link still works after its profile was merged into another",
          "[server][admin]") {
    Admin f;
    // The two Bérénice Vasseur records are two profiles until an operator says they are one.
    auto reviews = f.call("GET", "/v1/admin/reviews", f.operator_token).doc();
    REQUIRE(reviews["reviews"].size() == 1);
    auto profile_of_record = [&](std::int64_t record) {
        auto r = run_process({"/usr/bin/sqlite3", (f.dir.path() / "register.sqlite").string(),
                              "SELECT profile_id FROM link WHERE record_id = " + std::to_string(record)});
        REQUIRE(r.exit_code == 0);
        return std::to_string(std::stoll(r.out));
    };
    const auto a = profile_of_record(reviews["reviews"][0]["record_a"].get<std::int64_t>());
    const auto b = profile_of_record(reviews["reviews"][0]["record_b"].get<std::int64_t>());
    REQUIRE(a != b);
    auto link_a = f.call("POST", "/v1/admin/profiles/" + a + "/unsubscribe-link", f.operator_token,
                         R"({"purpose": "marketing_email"})").doc()["url"].get<std::string>();
    auto link_b = f.call("POST", "/v1/admin/profiles/" + b + "/unsubscribe-link", f.operator_token,
                         R"({"purpose": "marketing_sms"})").doc()["url"].get<std::string>();
    const auto id = std::to_string(reviews["reviews"][0]["review_id"].get<std::int64_t>());
    REQUIRE(f.call("POST", "/v1/admin/reviews/" + id + "/decision", f.operator_token, R"({"decision": "same"})").status == 200);
    // One of the two profile ids is gone; both links reach the guest.
    CHECK(f.call("POST", link_a).status == 200);
    CHECK(f.call("POST", link_b).status == 200);
    const auto merged = f.call("GET", "/v1/admin/profiles/" + a, f.operator_token).status == 200 ? a : b;
    auto golden = f.call("GET", "/v1/admin/profiles/" + merged, f.operator_token).doc()["golden"];
    REQUIRE(golden["consents"].size() == 2);
    for (const auto& c : golden["consents"]) CHECK(c["granted"] == false);
    // A request for a link must say what it wants in JSON.
    CHECK(f.call("POST", "/v1/admin/profiles/" + merged + "/unsubscribe-link", f.operator_token, R"({"purpose":)").status == 400);
    CHECK(f.call("POST", "/v1/admin/profiles/" + merged + "/unsubscribe-link", f.operator_token, R"({"purpse": "x"})").status == 422);
    CHECK(f.call("POST", "/v1/admin/profiles/" + merged + "/unsubscribe-link", f.operator_token, R"({"purpose": 5})").status == 422);
}

TEST_CASE("admin API: a search writes one audit row per profile it returns, for either role", "[server][admin]") {
    // Jeanne Dupont stayed at both hotels under one e-mail: one profile, which both roles find.
    Admin f("pms,R5,H02,Jeanne,Dupont,jeanne.dupont@free.fr,,,2026-10-01,2026-10-03,QQQ999\n");
    auto audit_rows = [&](const std::string& actor) {
        auto r = run_process({"/usr/bin/sqlite3", (f.dir.path() / "register.sqlite").string(),
                              "SELECT action || ' ' || target || ' ' || detail FROM audit_log WHERE actor = '" + actor +
                                  "' ORDER BY id"});
        REQUIRE(r.exit_code == 0);
        return r.out;
    };
    for (const auto& [token, actor] : {std::pair{f.operator_token, "operator:olga"}, std::pair{f.supervisor_token, "supervisor:sam"}}) {
        INFO(actor);
        auto found = f.call("GET", "/v1/admin/profiles?email=jeanne.dupont@free.fr", token).doc();
        REQUIRE(found["profiles"].size() == 1);
        const auto id = found["profiles"][0]["profile_id"].get<std::string>();
        CHECK(found["profiles"][0]["golden"]["email"] == "jeanne.dupont@free.fr");
        // Exactly one row: the search, how it found the profile, never the address searched for.
        CHECK(audit_rows(actor) == "profile.search profile:" + id + " by email\n");
    }
}

TEST_CASE("admin API: a profile id is a string in every answer", "[server][admin]") {
    // A couple at one address: two profiles of one household (a group), whose members are ids too.
    Admin f("pms,R6,H01,Marc,Lefebvre,famille.lefebvre@orange.fr,75011,3 rue Oberkampf,,,\n"
            "pms,R7,H01,Claire,Lefebvre,famille.lefebvre@orange.fr,75011,3 rue Oberkampf,,,\n");
    const auto jeanne = f.profile_of("jeanne.dupont@free.fr");  // a string (Admin::profile_of reads one)
    for (const char* route : {"", "/export"}) {
        auto doc = f.call("GET", "/v1/admin/profiles/" + jeanne + route, f.operator_token).doc();
        INFO(route);
        CHECK(doc["profile_id"] == jeanne);
    }
    auto by_booking = f.call("GET", "/v1/admin/profiles?reservation_ref=ABC123&hotel_id=H01", f.operator_token).doc();
    CHECK(by_booking["profiles"][0]["profile_id"] == jeanne);

    auto profile_of_record = [&](const std::string& source_record_id) {
        auto r = run_process({"/usr/bin/sqlite3", (f.dir.path() / "register.sqlite").string(),
                              "SELECT l.profile_id FROM link l JOIN source_record r ON r.id = l.record_id "
                              "WHERE r.source_record_id = '" + source_record_id + "'"});
        REQUIRE(r.exit_code == 0);
        return std::to_string(std::stoll(r.out));
    };
    const auto marc = profile_of_record("R6"), claire = profile_of_record("R7");
    REQUIRE(marc != claire);
    auto shown = f.call("GET", "/v1/admin/profiles/" + marc, f.operator_token).doc();
    REQUIRE(shown["groups"].size() == 1);
    std::set<std::string> members;
    for (const auto& m : shown["groups"][0]["members"]) {
        REQUIRE(m.is_string());
        members.insert(m.get<std::string>());
    }
    CHECK(members == std::set<std::string>{marc, claire});

    auto erased = f.call("DELETE", "/v1/admin/profiles/" + marc, f.operator_token).doc();
    CHECK(erased["profile_id"] == marc);
}
