// cardex-server's structured log and its connection limit, on a real server over TLS.
#include <catch2/catch.hpp>

#include <sstream>
#include <thread>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <nlohmann/json.hpp>

#include "support/server_fixture.hpp"

using namespace cardex;
using namespace cardex::test;
using nlohmann::json;

namespace {

std::vector<json> log_lines(const ServerProcess& server) {
    std::vector<json> out;
    std::istringstream in(server.output());
    for (std::string line; std::getline(in, line);) {
        INFO(line);
        auto j = json::parse(line, nullptr, false);
        REQUIRE(j.is_object());  // every line is one JSON object
        out.push_back(std::move(j));
    }
    return out;
}

const json* find_request(const std::vector<json>& lines, const std::string& route, int status) {
    for (const auto& l : lines)
        if (l.value("event", "") == "request" && l.value("route", "") == route && l.value("status", 0) == status) return &l;
    return nullptr;
}

}  // namespace

TEST_CASE("server log: one JSON object per line, a line per request, no personal data", "[server][log]") {
    Enrolled f;
    const std::string first = "Léonarda", last = "Quintavalle-Brisbois", email = "leonarda.quintavalle@example.org";
    auto stored = f.client->upload(sync::make_uuid(), {card(first, last, email)});
    REQUIRE(stored);
    REQUIRE(stored->results.at(0).status == sync::SubmissionStatus::stored);
    auto lookup = f.client->lookup("NOPE42", last);  // the last name travels in the query string
    REQUIRE(lookup);
    auto bad = card(first, last, "not an e-mail");  // rejected: its errors name the field only
    REQUIRE(f.client->upload(sync::make_uuid(), {bad}));
    f.server->stop(SIGTERM);

    const auto lines = log_lines(*f.server);
    REQUIRE_FALSE(lines.empty());
    for (const auto& l : lines) {
        CHECK(l.contains("ts"));
        CHECK(l.contains("level"));
        CHECK(l.contains("event"));
    }
    CHECK(lines.front().value("event", "") == "register_ready");
    CHECK(lines.back().value("event", "") == "stopped");

    const json* upload = find_request(lines, "/v1/submissions:batch", 200);
    REQUIRE(upload);
    CHECK((*upload)["method"] == "POST");
    CHECK((*upload)["bytes_in"].get<int>() > 0);
    CHECK((*upload)["ms"].is_number());
    CHECK(find_request(lines, "/v1/reservations/lookup", 404));
    CHECK(find_request(lines, "/v1/devices/enroll", 201));

    // Nothing the guest typed, and no credential, is in the log.
    const std::string log = f.server->output();
    for (const std::string& secret : {first, last, std::string("Quintavalle"), email, std::string("52 52 72 72"),
                                      std::string("+33652527272"), std::string("1956-12-28"), std::string("rue des Lilas"),
                                      std::string("NOPE42"), f.device.device_token})
        CHECK(log.find(secret) == std::string::npos);
}

TEST_CASE("server: connections over --max-connections are closed before their handshake", "[server][log]") {
    Enrolled f({"--max-connections", "2", "--log-level", "warn"});
    namespace net = boost::asio;
    net::io_context ioc;
    net::ssl::context tls(net::ssl::context::tls_client);
    tls.load_verify_file(dev_certs().ca.string());
    auto handshake = [&](net::ssl::stream<net::ip::tcp::socket>& s) {
        s.next_layer().connect({net::ip::make_address("127.0.0.1"), f.server->port()});
        boost::system::error_code ec;
        s.handshake(net::ssl::stream_base::client, ec);
        return !ec;
    };
    // The fixture's client holds one keep-alive connection; one more fits.
    REQUIRE(f.client->health());
    net::ssl::stream<net::ip::tcp::socket> second(ioc, tls), third(ioc, tls);
    CHECK(handshake(second));
    CHECK_FALSE(handshake(third));  // closed at once: the limit is 2

    // A place freed is a place taken again.
    boost::system::error_code ignored;
    second.next_layer().close(ignored);
    bool admitted = false;
    for (int attempt = 0; attempt < 50 && !admitted; ++attempt) {  // the server notices the close
        net::ssl::stream<net::ip::tcp::socket> again(ioc, tls);
        admitted = handshake(again);
        if (!admitted) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(admitted);

    // The fixture's client still holds its keep-alive connection: it reads the counter.
    auto metrics = f.client->request("GET", "/metrics");
    REQUIRE(metrics);
    const std::string counter = "\ncardex_connections_refused_total ";
    auto at = metrics->body.find(counter);
    REQUIRE(at != std::string::npos);
    CHECK(std::stoi(metrics->body.substr(at + counter.size())) >= 1);  // more if a retry came before the close was seen
    f.server->stop(SIGTERM);
    const std::string log = f.server->output();
    CHECK(log.find("\"event\":\"connections_refused\"") != std::string::npos);
    CHECK(log.find("\"event\":\"request\"") == std::string::npos);  // info lines are below --log-level warn
}

TEST_CASE("server: a graceful stop with a connection still in its TLS handshake exits cleanly", "[server][log]") {
    // Found by the sanitizers: a session waiting for its client's handshake when the server stopped
    // was destroyed with the I/O context, after the state it reports its closing to (a
    // heap-use-after-free in ~Session, at every stop that caught a connection opening).
    Enrolled f;
    namespace net = boost::asio;
    net::io_context ioc;
    net::ip::tcp::socket silent(ioc);
    silent.connect({net::ip::make_address("127.0.0.1"), f.server->port()});  // and never says hello
    // Wait until the server has accepted it (the fixture's client holds the other connection).
    bool accepted = false;
    for (int attempt = 0; attempt < 100 && !accepted; ++attempt) {
        auto metrics = f.client->request("GET", "/metrics");
        REQUIRE(metrics);
        accepted = metrics->body.find("\ncardex_open_connections 2\n") != std::string::npos;
        if (!accepted) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(accepted);
    const int stopped = f.server->stop(SIGTERM);
    INFO("server output: " << f.server->output());
    CHECK(stopped == 0);  // under the sanitizers, a use after free exits 1
    CHECK(f.server->output().find("\"event\":\"stopped\"") != std::string::npos);
}
