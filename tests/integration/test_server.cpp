// cardex-server over real TLS on loopback, with the project's own protocol client (the one the
// kiosk uses) and with curl: the contract of protocol.md, its error statuses, replay, revocation,
// kill -9 during a stream of batches, slow clients.
#include <catch2/catch.hpp>

#include <csignal>
#include <atomic>
#include <set>
#include <thread>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <nlohmann/json.hpp>

#include "cardex/sync/client.hpp"
#include "support/process.hpp"
#include "support/server_fixture.hpp"
#include "support/server_process.hpp"

using namespace cardex;
using namespace cardex::test;
using nlohmann::json;

TEST_CASE("server: health, enrolment once per code, batch stored/rejected/duplicate", "[server]") {
    Enrolled f;
    auto health = f.client->health();
    REQUIRE(health);
    CHECK(health->status == "ok");
    CHECK(health->db == "ok");
    CHECK(f.device.hotel_id == "H01");
    CHECK_FALSE(f.device.device_token.empty());

    auto bad = card("Sophie", "Martin", "not an e-mail");
    std::vector<Submission> batch = {card("Patrick", "Martin", "patrick.martin56@orange.fr"), bad,
                                     card("Patrick", "Martin", "patrick.martin56@orange.fr")};
    auto r = f.client->upload(sync::make_uuid(), batch);
    REQUIRE(r);
    REQUIRE(r->results.size() == 3);
    CHECK(r->results[0].status == sync::SubmissionStatus::stored);
    CHECK(r->results[1].status == sync::SubmissionStatus::rejected);
    REQUIRE_FALSE(r->results[1].errors.empty());
    CHECK(r->results[1].errors[0].field == "guest.email");
    CHECK(r->results[2].status == sync::SubmissionStatus::stored);
    CHECK(r->results[0].profile_id == r->results[2].profile_id);  // the same guest twice: one profile

    // Replay: the same submissions again change nothing and give the same profiles.
    auto again = f.client->upload(sync::make_uuid(), batch);
    REQUIRE(again);
    CHECK(again->results[0].status == sync::SubmissionStatus::duplicate);
    CHECK(again->results[0].profile_id == r->results[0].profile_id);
    CHECK(again->results[1].status == sync::SubmissionStatus::rejected);
    auto s = f.stats();
    CHECK(s["source_records"] == 2);
    CHECK(s["profiles"] == 1);
    CHECK(s["devices"] == 1);

    // A code works once.
    auto other = client_for(*f.server);
    auto reuse = other->enroll("0000-0000-0000", "x");
    REQUIRE_FALSE(reuse);
    CHECK(reuse.error().status() == 401);
}

TEST_CASE("server: every error status of protocol.md, as problem+json", "[server]") {
    Enrolled f({"--body-limit", "65536"});
    auto& c = *f.client;
    auto check = [&](const char* method, const std::string& target, const std::string& body, int status,
                     const std::string& type = "application/json") {
        auto r = c.request(method, target, body, type);
        REQUIRE(r);
        INFO(method << " " << target << " → " << r->status << " " << r->body);
        CHECK(r->status == status);
        if (status >= 400) {
            CHECK(r->header("Content-Type") == "application/problem+json");
            auto j = json::parse(r->body);
            CHECK(j["status"] == status);
            CHECK(j.contains("title"));
        }
        return *r;
    };
    check("GET", "/v1/nowhere", "", 404);
    check("GET", "/v1/submissions:batch", "", 405);
    check("POST", "/v1/submissions:batch", "{not json", 400);
    check("POST", "/v1/submissions:batch", "[1,2]", 400);
    check("POST", "/v1/submissions:batch", std::string(70000, ' '), 413);
    json many = {{"batch_id", sync::make_uuid()}, {"submissions", json::array()}};
    for (int i = 0; i < 501; ++i) many["submissions"].push_back(json::object());
    check("POST", "/v1/submissions:batch", many.dump(), 413);
    std::string deep(100, '[');
    check("POST", "/v1/submissions:batch", deep + std::string(100, ']'), 400);
    check("POST", "/v1/submissions:batch", "{}", 415, "text/plain");
    check("GET", "/v1/reservations/lookup?ref=X", "", 400);

    auto anonymous = client_for(*f.server);
    auto r = anonymous->request("POST", "/v1/submissions:batch", "{\"submissions\":[]}");
    REQUIRE(r);
    CHECK(r->status == 401);
    auto wrong = client_for(*f.server, "not-a-token");
    auto refused = wrong->upload(sync::make_uuid(), {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().status() == 401);
}

namespace {

namespace net = boost::asio;

// A TLS connection on which a test writes a request as raw bytes (a header alone, a body in slow
// chunks) and reads the raw answer, as a client that behaves unlike the protocol client would.
struct RawTls {
    net::io_context ioc;
    net::ssl::context tls{net::ssl::context::tls_client};
    net::ssl::stream<net::ip::tcp::socket> s{ioc, tls};

    explicit RawTls(unsigned short port, int timeout_seconds = 10) {
        tls.load_verify_file(dev_certs().ca.string());
        s.next_layer().connect({net::ip::make_address("127.0.0.1"), port});
        // A server that neither answers nor closes fails the test, not hangs it.
        struct timeval tv {timeout_seconds, 0};
        setsockopt(s.next_layer().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(s.next_layer().native_handle(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        s.handshake(net::ssl::stream_base::client);
    }
    boost::system::error_code write(const std::string& bytes) {
        boost::system::error_code ec;
        net::write(s, net::buffer(bytes), ec);
        return ec;
    }
    /// `chunks` writes of `chunk` spaces, `pause` apart, as long as they succeed.
    boost::system::error_code write_slowly(std::size_t chunk, std::size_t chunks, std::chrono::milliseconds pause) {
        const std::string body(chunk, ' ');
        boost::system::error_code ec;
        for (std::size_t i = 0; i < chunks && !ec; ++i) {
            std::this_thread::sleep_for(pause);
            ec = write(body);
        }
        return ec;
    }
    /// The answer, read raw up to the server's close (or the receive timeout: `ec` says which).
    std::string read_all(boost::system::error_code& ec) {
        std::string answer;
        char bytes[4096];
        for (std::size_t n; (n = s.read_some(net::buffer(bytes), ec)) > 0 || !ec;) answer.append(bytes, n);
        return answer;
    }
    /// One answer, read up to the end of its Content-Length body, without waiting for a close.
    std::string read_answer(boost::system::error_code& ec) {
        std::string answer;
        char bytes[4096];
        while (!ec) {
            const auto end = answer.find("\r\n\r\n");
            const auto length = answer.find("Content-Length: ");
            if (end != std::string::npos && length != std::string::npos && length < end &&
                answer.size() >= end + 4 + std::stoul(answer.substr(length + 16)))
                break;
            const std::size_t n = s.read_some(net::buffer(bytes), ec);
            answer.append(bytes, n);
        }
        return answer;
    }
};

std::string request_header(const std::string& request_line, const std::string& more_fields, std::size_t content_length) {
    return request_line + "\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + more_fields +
           "Content-Length: " + std::to_string(content_length) + "\r\n\r\n";
}

}  // namespace

TEST_CASE("server: a client still sending an oversized body gets its 413, not a reset", "[server]") {
    // The 413 goes out as soon as the header announces too much; the client is still writing.
    // A server that closed at once would leave the rest unread, and the kernel's reset would cut
    // the client's writes and could destroy the answer (RFC 9112 §9.6).
    Enrolled f({"--body-limit", "65536"});
    RawTls c(f.server->port());
    const std::size_t chunk = 64 * 1024, chunks = 12;
    REQUIRE_FALSE(c.write(request_header("POST /v1/submissions:batch HTTP/1.1",
                                         "Authorization: Bearer " + f.device.device_token + "\r\n", chunk * chunks)));
    // The answer is out by the first chunk.
    auto ec = c.write_slowly(chunk, chunks, std::chrono::milliseconds(20));
    INFO("writing the body: " << ec.message());
    CHECK_FALSE(ec);
    auto answer = c.read_all(ec);
    INFO("reading the answer: " << ec.message() << "\n" << answer);
    CHECK(ec != net::error::connection_reset);
    CHECK(answer.rfind("HTTP/1.1 413 ", 0) == 0);
    CHECK(answer.find("Content-Type: application/problem+json\r\n") != std::string::npos);
    CHECK(answer.find("Connection: close\r\n") != std::string::npos);
    CHECK(f.client->health());  // and the server goes on
}

TEST_CASE("server: a request without a bearer token gets its 401 from its header, its body unread", "[server][auth]") {
    // The 401 comes before the body: a client that sends none gets it at once, well before the
    // request's 15 s deadline, so the server neither waited for nor read the 1 MB it announced.
    Enrolled f;
    const std::vector<std::pair<std::string, std::string>> unauthenticated = {
        {"POST /v1/submissions:batch HTTP/1.1", ""},
        {"POST /v1/submissions:batch HTTP/1.1", "Authorization: Basic dXNlcjpwYXNz\r\n"},
        {"POST /v1/submissions:batch HTTP/1.1", "Authorization: Bearer not a token\r\n"},
        {"POST /v1/admin/reviews/1/decision HTTP/1.1", ""},
    };
    for (const auto& [line, auth] : unauthenticated) {
        INFO(line << " " << auth);
        RawTls c(f.server->port(), 5);
        const auto started = std::chrono::steady_clock::now();
        REQUIRE_FALSE(c.write(request_header(line, auth, 1'000'000)));
        boost::system::error_code ec;
        auto answer = c.read_answer(ec);
        INFO("reading the answer: " << ec.message() << "\n" << answer);
        CHECK_FALSE(ec);
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(4));
        CHECK(answer.rfind("HTTP/1.1 401 ", 0) == 0);
        CHECK(answer.find("WWW-Authenticate: Bearer") != std::string::npos);
        CHECK(answer.find("Content-Type: application/problem+json\r\n") != std::string::npos);
        CHECK(answer.find("Connection: close\r\n") != std::string::npos);
    }
    // Counted under its route, as the register's own 401 is.
    auto metrics = f.client->request("GET", "/metrics", "", "");
    REQUIRE(metrics);
    CHECK(metrics->body.find("cardex_http_requests_total{route=\"/v1/submissions:batch\",status=\"401\"} 3") !=
          std::string::npos);
    CHECK(metrics->body.find("cardex_http_requests_total{route=\"/v1/admin/reviews/{id}/decision\",status=\"401\"} 1") !=
          std::string::npos);
}

TEST_CASE("server: a client still sending its body after an early 401 reads the 401, not a reset", "[server][auth]") {
    Enrolled f;
    RawTls c(f.server->port());
    const std::size_t chunk = 64 * 1024, chunks = 24;  // 1.5 MiB: within the 2 MiB limit, over the 1 MiB a 413 drains
    REQUIRE_FALSE(c.write(request_header("POST /v1/submissions:batch HTTP/1.1", "", chunk * chunks)));
    auto ec = c.write_slowly(chunk, chunks, std::chrono::milliseconds(10));
    INFO("writing the body: " << ec.message());
    CHECK_FALSE(ec);
    auto answer = c.read_all(ec);
    INFO("reading the answer: " << ec.message() << "\n" << answer);
    CHECK(ec != net::error::connection_reset);
    CHECK(answer.rfind("HTTP/1.1 401 ", 0) == 0);
    CHECK(answer.find("a device token is required") != std::string::npos);  // the register's own words
    CHECK(f.client->health());
}

TEST_CASE("server: a revoked device is refused at once", "[server]") {
    Enrolled f;
    REQUIRE(f.client->upload(sync::make_uuid(), {card("Ana", "Silva", "ana.silva@gmail.com")}));
    auto revoke = run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "device", "revoke", f.device.device_id});
    REQUIRE(revoke.exit_code == 0);
    auto r = f.client->upload(sync::make_uuid(), {card("Ana", "Silva", "ana.silva@gmail.com")});
    REQUIRE_FALSE(r);
    CHECK(r.error().status() == 401);
    CHECK_FALSE(r.error().retryable());
}

TEST_CASE("server: failed look-ups are limited per device, found ones pre-fill", "[server]") {
    Enrolled f({"--lookup-failures-per-minute", "3"});
    auto csv = f.dir.write("pms.csv",
                           "source;source_record_id;hotel_id;first_name;last_name;email;arrival;departure;reservation_ref\n"
                           "pms;R1;H01;Jeanne;Dupont;jeanne.dupont@free.fr;2026-11-22;2026-11-25;ABC123\n");
    REQUIRE(run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "import", "--in", csv.string()}).exit_code == 0);
    auto found = f.client->lookup("ABC123", "DUPONT");
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->guest.first_name == "Jeanne");
    CHECK((*found)->arrival == "2026-11-22");
    for (const char* typed : {"abc 123", "ABC-123"}) {  // as a guest types it
        auto again = f.client->lookup(typed, "Dupont");
        REQUIRE(again);
        CHECK(again->has_value());
    }
    for (int i = 0; i < 3; ++i) {
        auto miss = f.client->lookup("ABC123", "Martin");
        REQUIRE(miss);
        CHECK_FALSE(miss->has_value());
    }
    auto limited = f.client->lookup("ABC123", "Dupont");
    REQUIRE_FALSE(limited);
    CHECK(limited.error().status() == 429);
    CHECK(limited.error().problem.retry_after.count() > 0);
}

TEST_CASE("server: a pre-check-in joins its booking's profile, a companion on it is a guest of their own",
          "[server][booking]") {
    Enrolled f;
    // The OTA booking as the PMS exported it: a relay address, nothing else to match on.
    auto csv = f.dir.write("pms.csv",
                           "source;source_record_id;hotel_id;first_name;last_name;email;arrival;departure;reservation_ref\n"
                           "pms;R1;H01;Jeanne;DUPONT;kxqzt.581123@guest.booking.com;2026-11-22;2026-11-25;ABC123\n");
    REQUIRE(run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "import", "--in", csv.string()}).exit_code == 0);

    auto s = card("Jeanne", "Dupont", "jeanne.dupont@free.fr");
    s.kind = SubmissionKind::precheckin;
    s.reservation_ref = "ABC123";
    s.companions.push_back({"Paul", "Dupont", "1955-03-02", "FR", Relationship::spouse});
    s.companions.push_back({"Jeanne", "Dupont", "", "FR", Relationship::child});  // her daughter, named after her
    auto r = f.client->upload(sync::make_uuid(), {s});
    REQUIRE(r);
    REQUIRE(r->results.size() == 1);
    REQUIRE(r->results[0].status == sync::SubmissionStatus::stored);
    auto stats = f.stats();
    CHECK(stats["source_records"] == 4);
    CHECK(stats["profiles"] == 3);  // Jeanne (the booking and her card), Paul, and the daughter

    auto show = run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "profile", "show", r->results[0].profile_id,
                             "--json"});
    REQUIRE(show.exit_code == 0);
    auto profile = json::parse(show.out);
    std::set<std::string> sources;
    for (const auto& rec : profile["records"]) sources.insert(rec["source"].get<std::string>());
    CHECK(sources == std::set<std::string>{"kiosk", "pms"});
    CHECK(profile["golden"]["email"] == "jeanne.dupont@free.fr");  // the tablet's capture reached the booking's guest
}

TEST_CASE("server: kill -9 during a stream of batches loses nothing acknowledged and doubles nothing", "[server][crash]") {
    TempDir dir;
    auto code = enrolment_code(dir.path(), "H01", "Lobby 1");
    auto server = std::make_unique<ServerProcess>(dir.path());
    auto client = client_for(*server);
    auto device = client->enroll(code, "Lobby 1");
    REQUIRE(device);
    client->set_device_token(device->device_token);

    // 40 batches of 5 different guests, sent by a thread while the server is killed under it.
    std::vector<std::vector<Submission>> batches;
    for (int b = 0; b < 40; ++b) {
        std::vector<Submission> batch;
        for (int i = 0; i < 5; ++i) {
            auto s = card("Guest" + std::string(1, static_cast<char>('a' + i)), "Number" + std::to_string(b),
                          "guest" + std::to_string(b * 5 + i) + "@example.org");
            s.guest.phone = "";
            s.guest.birth_date = "19" + std::to_string(50 + i) + "-0" + std::to_string(1 + b % 9) + "-1" + std::to_string(i);
            batch.push_back(s);
        }
        batches.push_back(batch);
    }
    std::size_t acknowledged = 0;
    std::thread sender([&] {
        for (; acknowledged < batches.size(); ++acknowledged)
            if (!client->upload(sync::make_uuid(), batches[acknowledged])) break;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    server->stop(SIGKILL);
    sender.join();
    INFO("batches acknowledged before the kill: " << acknowledged);

    // Restart on the same files and send everything again, as a tablet would.
    server = std::make_unique<ServerProcess>(dir.path());
    auto again = client_for(*server, device->device_token);
    std::size_t stored = 0, duplicates = 0;
    for (std::size_t b = 0; b < batches.size(); ++b) {
        auto r = again->upload(sync::make_uuid(), batches[b]);
        REQUIRE(r);
        for (const auto& res : r->results) {
            CHECK(res.status != sync::SubmissionStatus::rejected);
            (res.status == sync::SubmissionStatus::stored ? stored : duplicates)++;
            if (b < acknowledged) CHECK(res.status == sync::SubmissionStatus::duplicate);  // nothing acknowledged was lost
        }
    }
    CHECK(stored + duplicates == 200);
    auto stats = run_process({CARDEXCTL, "--data-dir", dir.path().string(), "stats", "--json"});
    CHECK(json::parse(stats.out)["source_records"] == 200);  // nothing doubled
}

TEST_CASE("server: a slow client is cut off without slowing others", "[server]") {
    Enrolled f({"--request-timeout", "1"});
    namespace net = boost::asio;
    net::io_context ioc;
    net::ip::tcp::socket slow(ioc);
    slow.connect({net::ip::make_address("127.0.0.1"), f.server->port()});
    // A TCP client that never completes its TLS handshake, and others meanwhile.
    auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < 5; ++i) CHECK(f.client->health());
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
    // The handshake deadline (10 s default) closes the stalled connection: read returns EOF.
    slow.non_blocking(false);
    char byte;
    boost::system::error_code ec;
    struct timeval tv {12, 0};
    setsockopt(slow.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    slow.read_some(net::buffer(&byte, 1), ec);
    CHECK(ec);  // closed by the server (eof), not still waiting
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(12));
}

TEST_CASE("server: curl speaks the contract too", "[server][curl]") {
    Enrolled f;
    auto r = run_process({"/usr/bin/curl", "-sS", "--cacert", dev_certs().ca.string(), f.server->url() + "/v1/health"});
    REQUIRE(r.exit_code == 0);
    CHECK(json::parse(r.out)["status"] == "ok");
    auto bad = run_process({"/usr/bin/curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--cacert", dev_certs().ca.string(),
                            "-H", "Authorization: Bearer nope", f.server->url() + "/v1/reservations/lookup?ref=A&last_name=B"});
    CHECK(bad.out == "401");
    std::vector<Submission> batch = {card("Anna", "Weber", "anna.weber@web.de"), card("Karl", "Weber", "karl.weber@web.de"),
                                     card("Jan", "Kowalski", "jan.kowalski@wp.pl")};
    REQUIRE(f.client->upload(sync::make_uuid(), batch));
    auto metrics = run_process({"/usr/bin/curl", "-sS", "--cacert", dev_certs().ca.string(), f.server->url() + "/metrics"});
    const std::string& m = metrics.out;
    CHECK(m.find("cardex_http_requests_total{route=\"/v1/health\",status=\"200\"}") != std::string::npos);
    CHECK(m.find("cardex_http_requests_total{route=\"/v1/submissions:batch\",status=\"200\"} 1") != std::string::npos);
    CHECK(m.find("# TYPE cardex_http_request_duration_seconds histogram") != std::string::npos);
    CHECK(m.find("cardex_http_request_duration_seconds_count{route=\"/v1/submissions:batch\"} 1") != std::string::npos);
    // One batch of three: its size and its store-and-dedup time.
    CHECK(m.find("cardex_batch_submissions_sum 3") != std::string::npos);
    CHECK(m.find("cardex_batch_submissions_count 1") != std::string::npos);
    CHECK(m.find("cardex_dedup_seconds_count 1") != std::string::npos);
    CHECK(m.find("cardex_dedup_seconds_bucket{le=\"+Inf\"} 1") != std::string::npos);
}

TEST_CASE("server: concurrent devices are committed together and each gets its own answers", "[server]") {
    TempDir dir;
    auto server = std::make_unique<ServerProcess>(dir.path());
    constexpr int kDevices = 8, kBatches = 5;
    std::vector<std::unique_ptr<sync::Client>> clients;
    for (int d = 0; d < kDevices; ++d) {
        auto c = client_for(*server);
        auto e = c->enroll(enrolment_code(dir.path(), "H01", "tablet " + std::to_string(d)), "tablet");
        REQUIRE(e);
        c->set_device_token(e->device_token);
        clients.push_back(std::move(c));
    }
    std::atomic<int> stored{0}, wrong{0};
    std::vector<std::thread> threads;
    for (int d = 0; d < kDevices; ++d) {
        threads.emplace_back([&, d] {
            for (int b = 0; b < kBatches; ++b) {
                std::vector<Submission> batch;
                for (int i = 0; i < 4; ++i) {
                    auto s = card("Guest", "D" + std::to_string(d) + "B" + std::to_string(b) + "I" + std::to_string(i),
                                  "g" + std::to_string(d * 100 + b * 10 + i) + "@example.org");
                    s.guest.phone = "";
                    batch.push_back(s);
                }
                batch.push_back(batch[0]);  // a resent copy inside the batch
                auto r = clients[static_cast<std::size_t>(d)]->upload(sync::make_uuid(), batch);
                if (!r || r->results.size() != batch.size()) {
                    ++wrong;
                    continue;
                }
                for (std::size_t i = 0; i < 4; ++i) {
                    if (r->results[i].submission_id != batch[i].submission_id) ++wrong;
                    stored += r->results[i].status == sync::SubmissionStatus::stored;
                }
                if (r->results[4].status != sync::SubmissionStatus::duplicate) ++wrong;
            }
        });
    }
    for (auto& t : threads) t.join();
    CHECK(wrong == 0);
    CHECK(stored == kDevices * kBatches * 4);
    auto stats = run_process({CARDEXCTL, "--data-dir", dir.path().string(), "stats", "--json"});
    CHECK(json::parse(stats.out)["source_records"] == kDevices * kBatches * 4);
}
