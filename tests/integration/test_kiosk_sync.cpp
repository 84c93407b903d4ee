// The kiosk's outbox and sync engine against a real cardex-server on loopback (TLS with development
// certificates, real SQLite files on both sides): enrolment, offline, server killed and restarted,
// replay after a crash, rejected submissions, a revoked device.
#include <catch2/catch.hpp>

#include <signal.h>

#include <nlohmann/json.hpp>

#include "kiosk_server.hpp"
#include "storage/outbox_store.hpp"
#include "sync/sync_engine.hpp"
#include "../unit/kiosk_fixtures.hpp"

using namespace cardex;
using namespace cardex::kiosk;
using cardex::test::KioskServer;
using cardex::test::TempDir;
using cardex::test::valid_card;
using Outcome = PassResult::Outcome;

namespace {

// One tablet: its store, a real client to the server, an engine with a clock the test moves.
struct Tablet {
    TempDir dir;
    std::unique_ptr<OutboxStore> store;
    std::unique_ptr<ClientTransport> transport;
    std::unique_ptr<SyncEngine> engine;
    TimePoint now = from_millis(to_millis(std::chrono::system_clock::now()));  // the store keeps milliseconds

    explicit Tablet(const KioskServer& server) {
        store = OutboxStore::open(dir.path()).value();
        connect(server);
    }
    // A new client and engine, as after a restart of the app (the store stays).
    void connect(const KioskServer& server) {
        sync::ClientOptions co;
        co.server_url = server.url();
        co.ca_file = server.ca_file().string();
        co.timeout = std::chrono::milliseconds(5000);
        auto c = sync::Client::create(co);
        INFO((c ? "" : c.error()));
        REQUIRE(c);
        transport = std::make_unique<ClientTransport>(std::move(*c));
        SyncOptions o;
        o.now = [this] { return now; };
        o.random01 = [] { return 0.5; };
        engine = std::make_unique<SyncEngine>(*store, *transport, o);
        REQUIRE(engine->start());
    }
    void enrol(KioskServer& server, const std::string& name = "Lobby 1") {
        auto e = engine->enrol(server.enrolment_code("H01", name), name);
        INFO((e ? "" : e.error()));
        REQUIRE(e);
        CHECK(e->hotel_id == "H01");
    }
    void add(int from, int to, unsigned tag) {
        for (int i = from; i < to; ++i) REQUIRE(store->add(valid_card(i, tag), now));
    }
    OutboxCounts counts() { return store->counts().value(); }
    // Passes until nothing more can be sent now; backoffs are skipped by moving the clock.
    PassResult drain() { return engine->drain(); }
};

}  // namespace

TEST_CASE("kiosk sync: enrol with a one-time code, upload, the outbox empties and the server has the cards",
          "[kiosk-sync]") {
    KioskServer server;
    Tablet tablet(server);
    tablet.add(0, 30, 0x1001);
    CHECK(tablet.engine->run_pass().outcome == Outcome::not_enrolled);

    tablet.enrol(server);
    auto r = tablet.drain();
    CHECK(r.stored == 30);
    CHECK(r.rejected == 0);
    CHECK(tablet.counts().total() == 0);
    auto st = tablet.store->sync_state().value();
    CHECK(st.last_error.empty());
    CHECK(st.last_success == tablet.now);

    // A used code is refused (401) with a message for the supervisor; the enrolment stays.
    Tablet other(server);
    auto code = server.enrolment_code("H01", "Lobby 2");
    REQUIRE(other.engine->enrol(code, "Lobby 2"));
    auto again = other.engine->enrol(code, "Lobby 2");
    REQUIRE_FALSE(again);
    CHECK(again.error().find("already used") != std::string::npos);
}

TEST_CASE("kiosk sync: offline and a server killed with SIGKILL: nothing lost, backoff, then everything sent",
          "[kiosk-sync]") {
    KioskServer server;
    Tablet tablet(server);
    tablet.enrol(server);
    tablet.add(0, 10, 0x2002);
    server.stop(SIGKILL);

    auto r = tablet.engine->run_pass();
    CHECK(r.outcome == Outcome::failed);
    CHECK(r.error.find("not reachable") != std::string::npos);
    CHECK(tablet.counts().queued == 10);
    CHECK(r.retry_at > tablet.now);
    CHECK(tablet.engine->run_pass().outcome == Outcome::backing_off);

    tablet.now = r.retry_at;
    r = tablet.engine->run_pass();
    CHECK(r.outcome == Outcome::failed);
    CHECK(tablet.store->sync_state().value().consecutive_failures == 2);

    server.restart();  // same port, same data
    tablet.now = r.retry_at;
    auto d = tablet.drain();
    INFO(d.error);
    CHECK(d.stored == 10);
    CHECK(tablet.counts().total() == 0);
    CHECK(tablet.store->sync_state().value().consecutive_failures == 0);
}

TEST_CASE("kiosk sync: a batch the server stored but the tablet never heard about is replayed as duplicate",
          "[kiosk-sync]") {
    KioskServer server;
    Tablet tablet(server);
    tablet.enrol(server);
    tablet.add(0, 20, 0x3003);

    // The tablet sends, the server stores, and the tablet dies before recording the answer.
    auto items = tablet.store->take_for_sending(500, 1 << 24, tablet.now).value();
    std::vector<Submission> batch;
    for (auto& it : items) batch.push_back(*it.submission);
    auto first = tablet.transport->upload(sync::make_uuid(), batch);
    REQUIRE(first);
    for (const auto& res : first->results) CHECK(res.status == sync::SubmissionStatus::stored);

    tablet.connect(server);  // restart: start() puts `sending` rows back in the queue
    CHECK(tablet.counts().queued == 20);
    auto r = tablet.drain();
    CHECK(r.duplicates == 20);
    CHECK(r.stored == 0);
    CHECK(tablet.counts().total() == 0);
}

TEST_CASE("kiosk sync: rejected submissions stay with the server's errors — a fixed one is stored",
          "[kiosk-sync]") {
    KioskServer server;
    Tablet tablet(server);
    tablet.enrol(server);
    tablet.add(0, 3, 0x4004);
    auto bad = valid_card(3, 0x4004);
    bad.guest.birth_date = "2199-01-01";  // in the future
    bad.guest.email = "not an address";
    REQUIRE(tablet.store->add(bad, tablet.now));
    tablet.add(4, 6, 0x4004);

    auto r = tablet.drain();
    CHECK(r.stored == 5);
    CHECK(r.rejected == 1);
    auto rejected = tablet.store->rejected().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].id == bad.submission_id);
    bool date = false, email = false;
    for (const auto& e : rejected[0].errors) {
        date = date || e.field == "guest.birth_date";
        email = email || (e.field == "guest.email" && e.code == "invalid_email");
    }
    CHECK(date);
    CHECK(email);

    auto fixed = *rejected[0].submission;
    fixed.guest.birth_date = "1980-02-03";
    fixed.guest.email = "fixed@example.se";
    REQUIRE(tablet.store->resubmit(fixed));
    r = tablet.drain();
    CHECK(r.stored == 1);
    CHECK(tablet.counts().total() == 0);
}

TEST_CASE("kiosk sync: a revoked device stops, keeps its outbox across restarts and resumes after re-enrolment",
          "[kiosk-sync]") {
    KioskServer server;
    Tablet tablet(server);
    tablet.enrol(server);
    tablet.add(0, 5, 0x5005);
    CHECK(tablet.drain().stored == 5);

    auto device_id = tablet.store->enrolment().value()->device_id;
    server.cardexctl({"device", "revoke", device_id});
    tablet.add(5, 12, 0x5005);
    auto r = tablet.engine->run_pass();
    CHECK(r.outcome == Outcome::revoked);
    CHECK(tablet.counts().queued == 7);

    tablet.connect(server);  // app restart: still revoked, no request made
    CHECK(tablet.engine->run_pass().outcome == Outcome::revoked);
    auto status = tablet.engine->status().value();
    CHECK(status.state.revoked);
    CHECK(status.state.last_error.find("revoked") != std::string::npos);

    tablet.enrol(server, "Lobby 1 (re-enrolled)");
    auto d = tablet.drain();
    CHECK(d.stored == 7);
    CHECK(tablet.counts().total() == 0);
}
