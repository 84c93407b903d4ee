// What cardex-server accepts as a request, over real TLS with curl: HTTP/1.1 with its Host, JSON
// media types however they are cased, enrolment bodies read as strictly as batches, a stored card
// recognised however its copy now reads, and the card of the hotels' country (with whom it may list).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "cardex/model_json.hpp"
#include "cardex/validation.hpp"
#include "support/process.hpp"
#include "support/server_fixture.hpp"
#include "support/server_process.hpp"

using namespace cardex;
using namespace cardex::test;
using nlohmann::json;

namespace {

struct Reply {
    int status = 0;
    std::string headers, body;
};

// One request with curl; `extra` are curl options ("--http1.0", "-H", "Host:").
Reply curl(const ServerProcess& server, const TempDir& dir, const std::string& method, const std::string& target,
           const std::vector<std::string>& extra = {}, const std::string& body = {}) {
    const auto headers = dir.path() / "curl-headers.txt";
    std::vector<std::string> argv{"/usr/bin/curl", "-sS", "--cacert", dev_certs().ca.string(), "-X", method,
                                  "-D", headers.string(), "-w", "\n%{http_code}"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    if (!body.empty()) argv.insert(argv.end(), {"--data-binary", body});
    argv.push_back(server.url() + target);
    auto r = run_process(argv);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    Reply reply;
    const auto cut = r.out.rfind('\n');
    reply.body = r.out.substr(0, cut);
    reply.status = std::stoi(r.out.substr(cut + 1));
    reply.headers = run_process({"/usr/bin/cat", headers.string()}).out;
    return reply;
}

std::string batch_of(const std::vector<json>& submissions) {
    return json{{"batch_id", sync::make_uuid()}, {"submissions", submissions}}.dump();
}

// A batch's text from its members' texts, for what nlohmann cannot hold (1e400) and cannot write.
std::string batch_text(const std::string& batch_id_member, const std::vector<std::string>& submissions) {
    std::string body = "{" + batch_id_member + "\"submissions\": [";
    for (std::size_t i = 0; i < submissions.size(); ++i) body += (i ? "," : "") + submissions[i];
    return body + "]}";
}

Reply upload(const Enrolled& f, const std::string& body) {
    return curl(*f.server, f.dir, "POST", "/v1/submissions:batch",
                {"-H", "Authorization: Bearer " + f.device.device_token, "-H", "Content-Type: application/json"}, body);
}

}  // namespace

TEST_CASE("requests: HTTP/1.1 only, with exactly one Host", "[server][requests]") {
    Enrolled f;
    CHECK(curl(*f.server, f.dir, "GET", "/v1/health").status == 200);
    CHECK(curl(*f.server, f.dir, "GET", "/v1/health", {"--http1.0"}).status == 400);
    auto no_host = curl(*f.server, f.dir, "GET", "/v1/health", {"-H", "Host:"});
    CHECK(no_host.status == 400);
    CHECK(no_host.headers.find("application/problem+json") != std::string::npos);
}

TEST_CASE("requests: the JSON media type is compared without case and without its parameters", "[server][requests]") {
    Enrolled f;
    const auto auth = "Authorization: Bearer " + f.device.device_token;
    const auto empty = batch_of({});
    for (const char* type : {"application/json", "Application/JSON", "application/json; charset=utf-8"})
        CHECK(curl(*f.server, f.dir, "POST", "/v1/submissions:batch", {"-H", auth, "-H", std::string("Content-Type: ") + type},
                   empty).status == 200);
    for (const char* type : {"application/jsonfoo", "text/plain", "application/json-patch+json"})
        CHECK(curl(*f.server, f.dir, "POST", "/v1/submissions:batch", {"-H", auth, "-H", std::string("Content-Type: ") + type},
                   empty).status == 415);
}

TEST_CASE("requests: an enrolment body is read as strictly as a batch", "[server][requests]") {
    Enrolled f;
    const std::vector<std::string> json_type{"-H", "Content-Type: application/json"};
    auto post = [&](const std::string& body) { return curl(*f.server, f.dir, "POST", "/v1/devices/enroll", json_type, body); };
    CHECK(post(std::string(40, '[') + std::string(40, ']')).status == 400);                     // too deep
    CHECK(post(R"({"code": "A", "code": "B", "device_name": "x"})").status == 400);             // a key twice
    auto unknown = post(R"({"code": "A", "device_name": "x", "hotel_id": "H99"})");
    CHECK(unknown.status == 422);
    CHECK(unknown.body.find("hotel_id") != std::string::npos);
    CHECK(post(R"({"code": 5, "device_name": "x"})").status == 422);
    auto used = post(R"({"code": "0000-0000-0000", "device_name": "x"})");
    CHECK(used.status == 401);
    CHECK(used.headers.find("WWW-Authenticate: Bearer") != std::string::npos);
}

TEST_CASE("requests: a stored card sent again is a duplicate even when its copy no longer reads", "[server][requests]") {
    Enrolled f;
    auto s = card("Anna", "Keller", "anna.keller@example.org");
    auto stored = f.client->upload(sync::make_uuid(), {s});
    REQUIRE(stored);
    REQUIRE(stored->results[0].status == sync::SubmissionStatus::stored);
    // A later tablet release writes a member this server does not know: the server has the card,
    // so the tablet may forget its copy.
    auto copy = json::parse(to_json(s));
    copy["guest"]["pronouns"] = "she";
    auto again = curl(*f.server, f.dir, "POST", "/v1/submissions:batch",
                      {"-H", "Authorization: Bearer " + f.device.device_token, "-H", "Content-Type: application/json"},
                      batch_of({copy}));
    REQUIRE(again.status == 200);
    auto result = json::parse(again.body)["results"][0];
    CHECK(result["status"] == "duplicate");
    CHECK(result["profile_id"] == stored->results[0].profile_id);
    // A card the server does not have is still rejected for it.
    auto fresh = json::parse(to_json(card("Bea", "Keller", "bea.keller@example.org")));
    fresh["guest"]["pronouns"] = "she";
    auto rejected = curl(*f.server, f.dir, "POST", "/v1/submissions:batch",
                         {"-H", "Authorization: Bearer " + f.device.device_token, "-H", "Content-Type: application/json"},
                         batch_of({fresh}));
    CHECK(json::parse(rejected.body)["results"][0]["status"] == "rejected");
}

TEST_CASE("requests: an access export holds the card's signature, a look at the profile does not", "[server][requests][gdpr]") {
    Enrolled f;
    auto s = card("Anna", "Keller", "anna.keller@example.org");
    auto stored = f.client->upload(sync::make_uuid(), {s});
    REQUIRE(stored);
    const auto profile = stored->results[0].profile_id;
    auto user = run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "user", "add", "--json", "--name", "olga",
                             "--role", "operator"});
    REQUIRE(user.exit_code == 0);
    const auto auth = "Authorization: Bearer " + json::parse(user.out)["token"].get<std::string>();
    auto exported = curl(*f.server, f.dir, "GET", "/v1/admin/profiles/" + profile + "/export", {"-H", auth});
    REQUIRE(exported.status == 200);
    auto doc = json::parse(exported.body);
    REQUIRE(doc["submissions"].size() == 1);
    CHECK(doc["submissions"][0]["submission_id"] == s.submission_id);
    CHECK(doc["submissions"][0]["signature"]["data"] == s.signature->data);
    auto shown = curl(*f.server, f.dir, "GET", "/v1/admin/profiles/" + profile, {"-H", auth});
    CHECK_FALSE(json::parse(shown.body).contains("submissions"));
}

TEST_CASE("requests: the server checks the card of its hotels' country", "[server][requests]") {
    // Italy's card has no home address (TULPS art. 109, Alloggiati Web): an Italian hotel's card
    // without one is stored, where France's rules would reject it.
    Enrolled italy({"--default-country", "IT"});
    auto s = card("Giulia", "Rossi", "giulia.rossi@example.it");
    s.guest.nationality = "IT";
    s.guest.address = {};
    s.guest.document = IdentityDocument{DocumentType::id_card, "CA12345AB", "IT", ""};
    auto r = italy.client->upload(sync::make_uuid(), {s});
    REQUIRE(r);
    CHECK(r->results[0].status == sync::SubmissionStatus::stored);

    Enrolled france;
    s.submission_id = sync::make_uuid();
    s.guest.nationality = "DE";  // a foreigner fills the whole French card
    auto refused = france.client->upload(sync::make_uuid(), {s});
    REQUIRE(refused);
    REQUIRE(refused->results[0].status == sync::SubmissionStatus::rejected);
    CHECK(refused->results[0].errors[0].field.rfind("guest.address", 0) == 0);
}

TEST_CASE("requests: a Spanish hotel's card lists children under 14, not the adults of the party", "[server][requests]") {
    // RD 933/2021: from 14, every traveller gives their own document and signs: a card that lists an
    // adult would leave them unregistered. The rest of the batch is stored.
    Enrolled spain({"--default-country", "ES"});
    auto with_spouse = card("Ana", "García", "ana.garcia@example.es");
    with_spouse.guest.nationality = "ES";
    with_spouse.guest.address.country = "ES";
    with_spouse.guest.document = IdentityDocument{DocumentType::id_card, "12345678Z", "ES", ""};
    with_spouse.stay->adults = 2;
    with_spouse.companions.push_back({"Luis", "Pérez", "1960-05-01", "ES", Relationship::spouse});
    auto with_child = with_spouse;
    with_child.submission_id = sync::make_uuid();
    with_child.companions = {{"Lucía", "Pérez", "2016-05-01", "ES", Relationship::child}};
    auto r = spain.client->upload(sync::make_uuid(), {with_spouse, with_child});
    REQUIRE(r);
    REQUIRE(r->results.size() == 2);
    REQUIRE(r->results[0].status == sync::SubmissionStatus::rejected);
    REQUIRE(r->results[0].errors.size() == 1);
    CHECK(r->results[0].errors[0].field == "companions[0].birth_date");
    CHECK(r->results[0].errors[0].code == "own_card_needed");
    CHECK(r->results[1].status == sync::SubmissionStatus::stored);
}

TEST_CASE("requests: a card re-sent by the tablet enrolled again is a duplicate, in its hotel only", "[server][requests]") {
    // The answer to a stored card was lost, then the tablet was enrolled anew (a new device): it
    // sends the card again, and it is the same card, not a second guest.
    Enrolled first;
    auto s = card("Léa", "Moreau", "lea.moreau@example.fr");
    auto stored = first.client->upload(sync::make_uuid(), {s});
    REQUIRE(stored);
    REQUIRE(stored->results[0].status == sync::SubmissionStatus::stored);
    REQUIRE(run_process({CARDEXCTL, "--data-dir", first.dir.path().string(), "device", "revoke", first.device.device_id})
                .exit_code == 0);
    auto again = client_for(*first.server);
    auto e = again->enroll(enrolment_code(first.dir.path(), "H01", "Lobby 1"), "Lobby 1");
    REQUIRE(e);
    REQUIRE(e->device_id != first.device.device_id);
    again->set_device_token(e->device_token);
    auto resent = again->upload(sync::make_uuid(), {s});
    REQUIRE(resent);
    CHECK(resent->results[0].status == sync::SubmissionStatus::duplicate);
    CHECK(resent->results[0].profile_id == stored->results[0].profile_id);
    CHECK(first.stats()["source_records"] == 1);

    // Another hotel's device sending the same id does not learn of the first hotel's card.
    auto other = client_for(*first.server);
    auto f = other->enroll(enrolment_code(first.dir.path(), "H02", "Spa"), "Spa");
    REQUIRE(f);
    other->set_device_token(f->device_token);
    auto elsewhere = other->upload(sync::make_uuid(), {s});
    REQUIRE(elsewhere);
    CHECK(elsewhere->results[0].status == sync::SubmissionStatus::stored);
}

TEST_CASE("requests: a tablet keeps the name the operator enrolled it under", "[server][requests]") {
    TempDir dir;
    auto code = enrolment_code(dir.path(), "H01", "Bar tablet");
    ServerProcess server(dir.path());
    auto client = client_for(server);
    REQUIRE(client->enroll(code, "Headless kiosk"));  // what the tablet calls itself
    auto list = run_process({CARDEXCTL, "--data-dir", dir.path().string(), "device", "list", "--json"});
    REQUIRE(list.exit_code == 0);
    CHECK(json::parse(list.out)["name"] == "Bar tablet");
}

TEST_CASE("requests: a number too large to hold rejects its card alone, naming the field", "[server][requests]") {
    Enrolled f;
    auto with_count = [](const Submission& s, const std::string& member, const std::string& number) {
        auto text = to_json(s);
        const std::string written = "\"" + member + "\":7";
        const auto at = text.find(written);
        REQUIRE(at != std::string::npos);
        return text.replace(at, written.size(), "\"" + member + "\":" + number);
    };
    auto huge = card("Lena", "Huber", "lena.huber@example.at"), wide = card("Max", "Huber", "max.huber@example.at");
    huge.stay->adults = 7;
    wide.stay->children = 7;
    const auto first = card("Ida", "Berg", "ida.berg@example.se"), last = card("Ole", "Berg", "ole.berg@example.se");
    auto r = upload(f, batch_text("\"batch_id\": \"" + sync::make_uuid() + "\", ",
                                  {to_json(first), with_count(huge, "adults", "1e400"),
                                   with_count(wide, "children", "18446744073709551616"), to_json(last)}));
    INFO(r.body);
    REQUIRE(r.status == 200);
    auto results = json::parse(r.body)["results"];
    REQUIRE(results.size() == 4);
    CHECK(results[0]["status"] == "stored");
    CHECK(results[3]["status"] == "stored");
    for (const auto& [i, field] : {std::pair{1, "stay.adults"}, std::pair{2, "stay.children"}}) {
        CHECK(results[i]["status"] == "rejected");
        REQUIRE(results[i]["errors"].size() == 1);
        CHECK(results[i]["errors"][0]["field"] == field);
        CHECK(results[i]["errors"][0]["code"] == "invalid_value");
    }
    CHECK(results[1]["submission_id"] == huge.submission_id);
    CHECK(f.stats()["source_records"] == 2);
}

TEST_CASE("requests: a batch_id that is not a UUID is a 422 naming batch_id, and nothing is stored", "[server][requests]") {
    Enrolled f;
    const auto one = to_json(card("Ida", "Berg", "ida.berg@example.se"));
    for (const std::string& member : {std::string(), std::string(R"("batch_id": null, )"), std::string(R"("batch_id": "", )"),
                                      std::string(R"("batch_id": "b-1", )"), std::string(R"("batch_id": 5, )"),
                                      "\"batch_id\": \"" + sync::make_uuid() + "0\", ",
                                      "\"batch_id\": \"" + std::string(10000, 'a') + "\", "}) {
        auto r = upload(f, batch_text(member, {one}));
        INFO(member.substr(0, 80) << " → " << r.status << " " << r.body.substr(0, 300));
        CHECK(r.status == 422);
        CHECK(r.headers.find("application/problem+json") != std::string::npos);
        auto problem = json::parse(r.body);
        REQUIRE(problem["errors"].size() == 1);
        CHECK(problem["errors"][0]["field"] == "batch_id");
        CHECK(r.body.find("aaaaaaaa") == std::string::npos);  // the value is not echoed
    }
    CHECK(f.stats()["source_records"] == 0);
    // Any case of UUID is one; the tablet's own ids are.
    auto upper = sync::make_uuid();
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(upload(f, batch_text("\"batch_id\": \"" + upper + "\", ", {one})).status == 200);
    for (int i = 0; i < 100; ++i) CHECK(is_uuid(sync::make_uuid()));
    // The envelope's other members are member errors too: 422, where a body that is not an object is 400.
    CHECK(upload(f, R"({"batch_id": ")" + sync::make_uuid() + R"(", "submissions": 5})").status == 422);
    CHECK(upload(f, "[1, 2]").status == 400);
}
