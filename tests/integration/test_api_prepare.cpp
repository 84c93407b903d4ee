// Api::prepare moves an upload's parsing and validation to the connection's thread. It must not
// change any answer: the same requests, prepared or not, get the same status and the same results,
// and who the device is still comes before what its body says.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "api.hpp"
#include "cardex/model_json.hpp"
#include "cardex/rcu/register.hpp"
#include "credentials.hpp"
#include "support/process.hpp"
#include "support/server_fixture.hpp"

using namespace cardex;
using nlohmann::json;

namespace {

struct ApiWorld {
    test::TempDir dir;
    std::unique_ptr<rcu::Register> reg;
    server::ServerConfig config;
    server::Metrics metrics;
    std::unique_ptr<server::Api> api;
    std::string token;

    ApiWorld() {
        rcu::RegisterOptions opt;
        opt.sqlite.synchronous_full = false;
        auto opened = rcu::Register::open(dir.path().string(), opt);
        REQUIRE(opened);
        reg = std::move(*opened);
        config.rates.device_requests_per_minute = 1 << 20;
        api = std::make_unique<server::Api>(*reg, config, metrics);
        auto tx = reg->with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
            auto code = server::issue_enrolment_code(store, "H01", "Lobby 1");
            if (!code) return fail(code.error());
            auto device = server::enrol_device(store, code->value, "Lobby 1");
            if (!device) return fail(std::string("enrolment refused"));
            token = device->token;
            return true;
        });
        REQUIRE(tx);
    }

    server::ApiRequest upload(const std::string& body, const std::string& bearer) const {
        server::ApiRequest r;
        r.method = "POST";
        r.target = "/v1/submissions:batch";
        r.authorization = bearer.empty() ? "" : "Bearer " + bearer;
        r.content_type = "application/json";
        r.body = body;
        r.remote = "127.0.0.1";
        return r;
    }
};

std::string batch_of(const std::vector<Submission>& cards) {
    json list = json::array();
    for (const auto& s : cards) list.push_back(json::parse(to_json(s)));
    return json{{"batch_id", sync::make_uuid()}, {"submissions", list}}.dump();
}

// The statuses of an upload's results, in order ("" when the answer has none).
std::vector<std::string> result_statuses(const server::ApiResponse& r) {
    std::vector<std::string> out;
    auto j = json::parse(r.body, nullptr, false);
    if (j.is_object() && j.contains("results"))
        for (const auto& item : j["results"]) out.push_back(item.value("status", ""));
    return out;
}

}  // namespace

TEST_CASE("api: a prepared upload is answered exactly as an unprepared one") {
    ApiWorld prepared_world, plain_world;  // two registers, so that neither sees the other's cards
    auto good = test::card("Ana", "Lima", "ana.lima@example.pt");
    auto bad = test::card("Zoë", "Martin", "not an e-mail");
    auto body = batch_of({good, bad, good});  // valid, rejected, duplicate in the batch

    struct Case {
        const char* what;
        std::string body;
        bool authorised;
        int status;
    };
    const std::vector<Case> cases = {
        {"a batch", body, true, 200},
        {"the same batch again", body, true, 200},
        {"not JSON", "{\"submissions\": [", true, 400},
        {"not JSON, and no token", "{\"submissions\": [", false, 401},
        {"too many submissions", batch_of(std::vector<Submission>(501, good)), true, 413},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        auto prepared = prepared_world.upload(c.body, c.authorised ? prepared_world.token : "");
        prepared_world.api->prepare(prepared);
        auto plain = plain_world.upload(c.body, c.authorised ? plain_world.token : "");
        auto a = prepared_world.api->handle(prepared);
        auto b = plain_world.api->handle(plain);
        CHECK(a.status == c.status);
        CHECK(b.status == c.status);
        CHECK(result_statuses(a) == result_statuses(b));
    }
    // The first batch stored one card, rejected one and saw one twice; sent again, all duplicates
    // except the rejected one, which is checked again.
    auto first = prepared_world.upload(body, prepared_world.token);
    prepared_world.api->prepare(first);
    CHECK(result_statuses(prepared_world.api->handle(first)) == std::vector<std::string>{"duplicate", "rejected", "duplicate"});
}

TEST_CASE("api: prepare leaves every other request alone") {
    ApiWorld world;
    for (auto [method, target, type] : {std::tuple{"GET", "/v1/health", "application/json"},
                                        std::tuple{"POST", "/v1/devices/enroll", "application/json"},
                                        std::tuple{"POST", "/v1/submissions:batch", "text/plain"},
                                        std::tuple{"GET", "/v1/submissions:batch", "application/json"}}) {
        server::ApiRequest r;
        r.method = method;
        r.target = target;
        r.content_type = type;
        r.body = "{}";
        world.api->prepare(r);
        CHECK_FALSE(r.prepared);
    }
    auto up = world.upload("{}", world.token);
    world.api->prepare(up);
    CHECK(up.prepared);
}

TEST_CASE("api: a request refused from its header alone gets the answer the register gives it") {
    ApiWorld world;
    struct Case {
        const char* method;
        const char* target;
        std::string authorization;
        bool refused;
    };
    const std::vector<Case> cases = {
        {"POST", "/v1/submissions:batch", "", true},
        {"POST", "/v1/submissions:batch", "Bearer ", true},
        {"POST", "/v1/submissions:batch", "Basic dXNlcjpwYXNz", true},
        {"POST", "/v1/submissions:batch", "Bearer two words", true},
        {"POST", "/v1/submissions:batch", "Bearer " + std::string(600, 'a'), true},
        {"GET", "/v1/reservations/lookup?ref=A&last_name=B", "", true},
        {"GET", "/v1/admin/stats", "", true},
        {"POST", "/v1/admin/reviews/1/decision", "Bearer a\"b", true},
        {"GET", "/v1/admin/nowhere", "", true},
        // A well-formed token is the register's to judge; a wrong method is a 405 first.
        {"POST", "/v1/submissions:batch", "Bearer wellformed-but-unknown_token.0~+/==", false},
        {"POST", "/v1/submissions:batch", "bearer " + world.token, false},
        {"GET", "/v1/admin/stats", "Bearer unknown", false},
        {"GET", "/v1/submissions:batch", "", false},
        // Routes without a bearer token.
        {"POST", "/v1/devices/enroll", "", false},
        {"GET", "/v1/health", "", false},
        {"GET", "/metrics", "", false},
        {"POST", "/v1/unsubscribe?record=1&purpose=marketing_email&sig=00", "", false},
        {"GET", "/v1/nowhere", "", false},
    };
    for (const auto& c : cases) {
        INFO(c.method << " " << c.target << " [" << c.authorization.substr(0, 40) << "]");
        auto early = world.api->refusal_before_body(c.method, c.target, c.authorization);
        REQUIRE(early.has_value() == c.refused);
        server::ApiRequest req = world.upload("{}", "");
        req.method = c.method;
        req.target = c.target;
        req.authorization = c.authorization;
        world.api->prepare(req);
        auto answer = world.api->handle(req);
        if (!c.refused) {
            if (std::string(c.target) == "/v1/submissions:batch" && c.authorization.size() > 7) CHECK(req.prepared);
            continue;
        }
        CHECK_FALSE(req.prepared);  // a refused upload is not parsed either
        CHECK(early->status == 401);
        CHECK(early->status == answer.status);
        CHECK(early->body == answer.body);
        CHECK(early->headers == answer.headers);
        CHECK(early->route == answer.route);
    }
}
