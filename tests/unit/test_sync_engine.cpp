// The sync engine (kiosk/sync/sync_engine) on a real store with a scripted transport: batches,
// acknowledgements, rejected results, backoff with jitter, Retry-After, revocation, splitting a batch
// the server refuses, restarts.
#include <catch2/catch.hpp>

#include <deque>
#include <sqlite3.h>
#include <functional>

#include "kiosk_fixtures.hpp"
#include "support/process.hpp"
#include "sync/sync_engine.hpp"

using namespace cardex;
using namespace cardex::kiosk;
using cardex::test::TempDir;
using cardex::test::valid_card;
using std::chrono::milliseconds;
using std::chrono::seconds;
using Outcome = PassResult::Outcome;

namespace {

const TimePoint t0 = from_millis(1'795'000'000'000);

sync::ClientError http_error(int status, seconds retry_after = seconds(0), FieldErrors errors = {}) {
    sync::ClientError e;
    e.kind = sync::ErrorKind::http;
    e.problem.status = status;
    e.problem.title = "status " + std::to_string(status);
    e.problem.retry_after = retry_after;
    e.problem.errors = std::move(errors);
    return e;
}

sync::ClientError network_error() {
    sync::ClientError e;
    e.kind = sync::ErrorKind::network;
    e.message = "connection refused";
    return e;
}

using UploadResult = Result<sync::BatchResponse, sync::ClientError>;
using Script = std::function<UploadResult(const std::vector<Submission>&)>;

// Answers every submission `stored`, unless a scripted answer is queued for the next call.
struct FakeTransport : SyncTransport {
    std::deque<Script> script;
    std::vector<std::vector<std::string>> calls;  // submission ids of every upload
    std::string token;
    std::vector<std::string> tokens_used;
    std::function<Result<sync::Enrolment, sync::ClientError>(const std::string&)> on_enroll;

    void set_device_token(std::string t) override { token = std::move(t); }
    UploadResult upload(const std::string& batch_id, const std::vector<Submission>& subs) override {
        REQUIRE_FALSE(batch_id.empty());
        std::vector<std::string> ids;
        for (const auto& s : subs) ids.push_back(s.submission_id);
        calls.push_back(ids);
        tokens_used.push_back(token);
        if (!script.empty()) {
            auto f = std::move(script.front());
            script.pop_front();
            return f(subs);
        }
        return all(subs, sync::SubmissionStatus::stored);
    }
    Result<sync::Enrolment, sync::ClientError> enroll(const std::string& code, const std::string&) override {
        return on_enroll(code);
    }
    static UploadResult all(const std::vector<Submission>& subs, sync::SubmissionStatus status) {
        sync::BatchResponse r;
        for (const auto& s : subs) r.results.push_back({s.submission_id, status, "p-" + s.submission_id, {}});
        return r;
    }
};

struct Fixture {
    TempDir dir;
    std::unique_ptr<OutboxStore> store;
    FakeTransport transport;
    TimePoint now = t0;
    double u = 0.5;
    SyncOptions options;
    std::unique_ptr<SyncEngine> engine;

    explicit Fixture(bool enrolled = true) {
        store = OutboxStore::open(dir.path()).value();
        if (enrolled) REQUIRE(store->save_enrolment({"dev-1", "Lobby 1", "H01", "token-1", t0}));
        options.now = [this] { return now; };
        options.random01 = [this] { return u; };
        int n = 0;
        options.make_batch_id = [n]() mutable { return "batch-" + std::to_string(++n); };
        restart();
    }
    void restart() {
        engine = std::make_unique<SyncEngine>(*store, transport, options);
        REQUIRE(engine->start());
    }
    void add(int from, int to) {
        for (int i = from; i < to; ++i) REQUIRE(store->add(valid_card(i), now));
    }
    OutboxCounts counts() { return store->counts().value(); }
};

}  // namespace

TEST_CASE("backoff: full jitter below an exponential ceiling, capped, never below the floor", "[kiosk][sync]") {
    const milliseconds base(1000), cap(60000), floor(200);
    CHECK(backoff_delay(0, base, cap, floor, 0.5) == milliseconds(0));
    CHECK(backoff_delay(1, base, cap, floor, 0.5) == milliseconds(500));
    CHECK(backoff_delay(2, base, cap, floor, 0.5) == milliseconds(1000));
    CHECK(backoff_delay(4, base, cap, floor, 0.999) == milliseconds(7992));
    CHECK(backoff_delay(3, base, cap, floor, 0.0) == floor);
    CHECK(backoff_delay(30, base, cap, floor, 0.75) == milliseconds(45000));
    CHECK(backoff_delay(100000, base, cap, floor, 1.0) <= cap);
    for (int f = 1; f < 20; ++f)
        for (double u : {0.0, 0.1, 0.5, 0.9, 0.999999}) {
            auto d = backoff_delay(f, base, cap, floor, u);
            CHECK(d >= floor);
            CHECK(d <= cap);
        }
}

TEST_CASE("sync: the outbox goes out oldest first in batches of at most max_batch and is emptied",
          "[kiosk][sync]") {
    Fixture f;
    f.options.max_batch = 4;
    f.restart();
    f.add(0, 10);
    auto r = f.engine->drain();
    CHECK(r.outcome == Outcome::uploaded);
    CHECK(r.stored == 10);
    REQUIRE(f.transport.calls.size() == 3);
    CHECK(f.transport.calls[0].size() == 4);
    CHECK(f.transport.calls[2].size() == 2);
    CHECK(f.transport.calls[0][0] == valid_card(0).submission_id);
    CHECK(f.transport.calls[2][1] == valid_card(9).submission_id);
    CHECK(f.transport.tokens_used[0] == "token-1");
    CHECK(f.counts().total() == 0);
    auto st = f.store->sync_state().value();
    CHECK(st.last_success == t0);
    CHECK(st.last_error.empty());
}

TEST_CASE("sync: stored and duplicate are deleted, rejected stays with its errors", "[kiosk][sync]") {
    Fixture f;
    f.add(0, 3);
    FieldErrors errs = {{"guest.email", "invalid_email", "not an e-mail address"}};
    f.transport.script.push_back([&](const std::vector<Submission>& subs) -> UploadResult {
        sync::BatchResponse resp;
        resp.results = {{subs[0].submission_id, sync::SubmissionStatus::stored, "p1", {}},
                        {subs[1].submission_id, sync::SubmissionStatus::rejected, "", errs},
                        {subs[2].submission_id, sync::SubmissionStatus::duplicate, "p3", {}}};
        return resp;
    });
    auto r = f.engine->run_pass();
    CHECK(r.outcome == Outcome::uploaded);
    CHECK(r.stored == 1);
    CHECK(r.duplicates == 1);
    CHECK(r.rejected == 1);
    CHECK_FALSE(r.more);
    auto rejected = f.store->rejected().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].id == valid_card(1).submission_id);
    CHECK(rejected[0].errors == errs);
    CHECK(f.counts().queued == 0);
    // A rejected submission is not sent again until the supervisor fixes it.
    CHECK(f.engine->run_pass().outcome == Outcome::nothing_to_send);
    REQUIRE(f.store->resubmit(valid_card(1)));
    CHECK(f.engine->run_pass().stored == 1);
    CHECK(f.counts().total() == 0);
}

TEST_CASE("sync: offline → everything stays queued and retries back off exponentially — success resets",
          "[kiosk][sync]") {
    Fixture f;
    f.add(0, 5);
    f.u = 0.999;  // the top of each jitter range, to see the ceiling grow
    std::vector<milliseconds> delays;
    for (int i = 0; i < 5; ++i) {
        f.transport.script.push_back([](const auto&) -> UploadResult { return fail(network_error()); });
        auto r = f.engine->run_pass();
        REQUIRE(r.outcome == Outcome::failed);
        CHECK(r.error.find("not reachable") != std::string::npos);
        CHECK(f.store->sync_state().value().last_error_kind == "offline");
        CHECK(f.counts().queued == 5);
        delays.push_back(std::chrono::duration_cast<milliseconds>(r.retry_at - f.now));
        // Before retry_at nothing is sent at all.
        auto calls = f.transport.calls.size();
        f.now = r.retry_at - milliseconds(1);
        CHECK(f.engine->run_pass().outcome == Outcome::backing_off);
        CHECK(f.transport.calls.size() == calls);
        f.now = r.retry_at;
    }
    CHECK(delays == std::vector<milliseconds>{milliseconds(999), milliseconds(1998), milliseconds(3996),
                                              milliseconds(7992), milliseconds(15984)});
    auto st = f.store->sync_state().value();
    CHECK(st.consecutive_failures == 5);
    CHECK(st.last_attempt == f.now - milliseconds(15984));

    auto r = f.engine->drain();  // back online: in growing batches (the failures halved them)
    CHECK(r.outcome == Outcome::uploaded);
    CHECK(r.stored == 5);
    st = f.store->sync_state().value();
    CHECK(st.consecutive_failures == 0);
    CHECK(st.last_error.empty());
    CHECK(st.last_error_kind.empty());
    CHECK(st.last_success == f.now);
}

TEST_CASE("sync: the backoff survives a restart and 429 Retry-After is honoured", "[kiosk][sync]") {
    Fixture f;
    f.add(0, 2);
    f.u = 0.0;
    f.transport.script.push_back([](const auto&) -> UploadResult { return fail(http_error(429, seconds(30))); });
    auto r = f.engine->run_pass();
    REQUIRE(r.outcome == Outcome::failed);
    CHECK(r.retry_at == t0 + seconds(30));

    f.restart();  // the app restarts: it does not hammer the server
    f.now = t0 + seconds(29);
    CHECK(f.engine->run_pass().outcome == Outcome::backing_off);
    f.now = t0 + seconds(30);
    CHECK(f.engine->run_pass().stored == 2);

    // A long Retry-After (a maintenance 503 behind a proxy) is honoured, not taken for a clock error.
    f.add(2, 3);
    f.transport.script.push_back([](const auto&) -> UploadResult { return fail(http_error(503, seconds(900))); });
    REQUIRE(f.engine->run_pass().outcome == Outcome::failed);
    const TimePoint failed_at = f.now;
    f.now = failed_at + seconds(60);
    CHECK(f.engine->run_pass().outcome == Outcome::backing_off);
    f.now = failed_at + seconds(899);
    CHECK(f.engine->run_pass().outcome == Outcome::backing_off);

    // The clock is set back a day: the 900 s are counted from now, not waited for a day more.
    f.now = failed_at - std::chrono::hours(24);
    auto waiting = f.engine->run_pass();
    CHECK(waiting.outcome == Outcome::backing_off);
    CHECK(waiting.retry_at == f.now + seconds(900));
    f.now += seconds(900);
    CHECK(f.engine->run_pass().outcome == Outcome::uploaded);

    // A wait stored beyond any Retry-After the engine takes (an hour) is cut to it.
    SyncState st = f.store->sync_state().value();
    st.retry_at = f.now + std::chrono::hours(24 * 365);
    REQUIRE(f.store->save_sync_state(st));
    f.add(3, 4);
    CHECK(f.engine->run_pass().retry_at == f.now + std::chrono::hours(1));
    f.now += std::chrono::hours(1);
    CHECK(f.engine->run_pass().outcome == Outcome::uploaded);
}

TEST_CASE("sync: a network failure halves the next batch, answered batches double it again", "[kiosk][sync]") {
    // A slow uplink times out on a full batch every time: the engine must send less to get through.
    Fixture f;
    f.options.max_batch = 8;
    f.restart();
    f.add(0, 20);
    auto timeout = [](const auto&) -> UploadResult { return fail(network_error()); };
    f.transport.script.push_back(timeout);
    f.transport.script.push_back(timeout);
    REQUIRE(f.engine->run_pass().outcome == Outcome::failed);
    f.now += std::chrono::minutes(10);
    REQUIRE(f.engine->run_pass().outcome == Outcome::failed);
    f.now += std::chrono::minutes(10);
    CHECK(f.engine->run_pass().stored == 2);
    CHECK(f.engine->run_pass().stored == 4);
    CHECK(f.engine->run_pass().stored == 8);
    CHECK(f.engine->run_pass().stored == 6);
    std::vector<std::size_t> sizes;
    for (const auto& c : f.transport.calls) sizes.push_back(c.size());
    CHECK(sizes == std::vector<std::size_t>{8, 4, 2, 4, 8, 6});
    CHECK(f.counts().queued == 0);
}

TEST_CASE("sync: rows taken when the store failed after an upload are sent again by the next pass",
          "[kiosk][sync]") {
    Fixture f;
    f.add(0, 2);
    // Another writer holds the outbox while the answer comes back: the outcome cannot be written.
    sqlite3* other = nullptr;
    f.transport.script.push_back([&f, &other](const std::vector<Submission>& subs) -> UploadResult {
        REQUIRE(sqlite3_open((f.dir.path() / "kiosk.db").c_str(), &other) == SQLITE_OK);
        REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
        return FakeTransport::all(subs, sync::SubmissionStatus::stored);
    });
    CHECK(f.engine->run_pass().outcome == Outcome::store_error);  // after the store's busy timeout
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK(f.counts().sending == 2);

    // Without a restart: the next pass puts them back and sends them (the server says duplicate).
    f.transport.script.push_back([](const std::vector<Submission>& subs) -> UploadResult {
        return FakeTransport::all(subs, sync::SubmissionStatus::duplicate);
    });
    auto r = f.engine->run_pass();
    CHECK(r.outcome == Outcome::uploaded);
    CHECK(r.duplicates == 2);
    CHECK(f.counts().total() == 0);
}

TEST_CASE("sync: enrolling for another hotel is refused while cards of this one wait", "[kiosk][sync]") {
    Fixture f;
    f.add(0, 1);
    f.transport.on_enroll = [](const std::string& code) -> Result<sync::Enrolment, sync::ClientError> {
        return sync::Enrolment{code == "H02-CODE" ? "dev-9" : "dev-2", "token-x", code == "H02-CODE" ? "H02" : "H01",
                               "2026-11-22T10:00:00Z"};
    };
    auto refused = f.engine->enrol("H02-CODE", "Lobby 1");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().find("1 card(s) of hotel H01") != std::string::npos);
    CHECK(refused.error().find("dev-9") != std::string::npos);
    CHECK(f.store->enrolment().value()->hotel_id == "H01");  // still the first hotel's tablet
    REQUIRE(f.engine->enrol("H01-CODE", "Lobby 1"));          // the same hotel again: fine
    CHECK(f.engine->drain().stored == 1);
    REQUIRE(f.engine->enrol("H02-CODE", "Lobby 1"));          // nothing waits any more
    CHECK(f.store->enrolment().value()->hotel_id == "H02");
}

TEST_CASE("sync: a TLS failure is told apart from being offline", "[kiosk][sync]") {
    Fixture f;
    f.add(0, 1);
    f.transport.script.push_back([](const auto&) -> UploadResult {
        sync::ClientError e;
        e.kind = sync::ErrorKind::tls;
        e.message = "certificate verify failed";
        return fail(e);
    });
    CHECK(f.engine->run_pass().outcome == Outcome::failed);
    auto st = f.store->sync_state().value();
    CHECK(st.last_error_kind == "tls");
    CHECK(st.last_error.find("certificate verify failed") != std::string::npos);
}

TEST_CASE("sync: a kiosk store of schema 1 gets the kind of its last error", "[kiosk][sync]") {
    TempDir dir;
    {
        auto store = OutboxStore::open(dir.path()).value();
        REQUIRE(store->save_sync_state({2, t0, t0, t0, "TLS failure (certificate or configuration): unknown CA", "", false}));
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir.path() / "kiosk.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "ALTER TABLE sync_state DROP COLUMN last_error_kind; PRAGMA user_version = 1", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto store = OutboxStore::open(dir.path()).value();
    CHECK(store->sync_state().value().last_error_kind == "tls");
}

TEST_CASE("sync: 5xx and malformed answers back off and lose nothing", "[kiosk][sync]") {
    Fixture f;
    f.add(0, 3);
    f.transport.script.push_back([](const auto&) -> UploadResult { return fail(http_error(503)); });
    CHECK(f.engine->run_pass().outcome == Outcome::failed);
    CHECK(f.store->sync_state().value().last_error_kind == "server");
    f.now += std::chrono::minutes(10);
    // An answer that does not match the batch (fewer results, other ids) is not acted upon.
    f.transport.script.push_back([](const std::vector<Submission>& subs) -> UploadResult {
        sync::BatchResponse resp;
        resp.results = {{subs[1].submission_id, sync::SubmissionStatus::stored, "p", {}}};
        return resp;
    });
    auto r = f.engine->run_pass();
    CHECK(r.outcome == Outcome::failed);
    CHECK(r.error.find("do not match") != std::string::npos);
    CHECK(f.store->sync_state().value().last_error_kind == "server");
    CHECK(f.counts().queued == 3);
    f.now += std::chrono::minutes(10);
    CHECK(f.engine->drain().stored == 3);
}

TEST_CASE("sync: 401 means revoked: persisted, no more uploads, even after a restart, until re-enrolment",
          "[kiosk][sync]") {
    Fixture f;
    f.add(0, 3);
    f.transport.script.push_back([](const auto&) -> UploadResult { return fail(http_error(401)); });
    auto r = f.engine->run_pass();
    CHECK(r.outcome == Outcome::revoked);
    CHECK(r.error.find("revoked") != std::string::npos);
    CHECK(f.counts().queued == 3);  // nothing lost

    f.restart();
    f.now += std::chrono::hours(2);
    CHECK(f.engine->run_pass().outcome == Outcome::revoked);
    CHECK(f.transport.calls.size() == 1);
    auto status = f.engine->status().value();
    CHECK(status.state.revoked);
    CHECK(status.state.last_error_kind == "revoked");  // kept across the restart
    CHECK(status.counts.queued == 3);

    f.transport.on_enroll = [](const std::string& code) -> Result<sync::Enrolment, sync::ClientError> {
        if (code != "GOOD-CODE") return fail(http_error(401));
        return sync::Enrolment{"dev-2", "token-2", "H01", "2026-11-22T10:00:00Z"};
    };
    auto bad = f.engine->enrol("USED-CODE", "Lobby 1");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().find("expired") != std::string::npos);
    CHECK(f.engine->run_pass().outcome == Outcome::revoked);

    REQUIRE(f.engine->enrol("GOOD-CODE", "Lobby 1"));
    CHECK(f.store->sync_state().value().last_error_kind.empty());
    auto drained = f.engine->drain();
    CHECK(drained.stored == 3);
    CHECK(f.transport.tokens_used.back() == "token-2");
    CHECK(f.store->enrolment().value()->device_id == "dev-2");
}

TEST_CASE("sync: nothing is sent before enrolment — the enrolment is kept across restarts", "[kiosk][sync]") {
    Fixture f(false);
    f.add(0, 2);
    CHECK(f.engine->run_pass().outcome == Outcome::not_enrolled);
    CHECK(f.transport.calls.empty());
    f.transport.on_enroll = [](const std::string&) -> Result<sync::Enrolment, sync::ClientError> {
        return sync::Enrolment{"dev-7", "token-7", "H07", "2026-11-22T10:00:00Z"};
    };
    auto e = f.engine->enrol("CODE", "Lobby 7");
    REQUIRE(e);
    CHECK(e->hotel_id == "H07");
    f.restart();
    CHECK(f.transport.token == "token-7");
    CHECK(f.engine->drain().stored == 2);
    auto status = f.engine->status().value();
    CHECK(status.enrolled);
    CHECK(status.device_name == "Lobby 7");
}

TEST_CASE("sync: a batch refused as a whole is split until the bad submission is isolated and rejected",
          "[kiosk][sync]") {
    Fixture f;
    f.add(0, 8);
    const std::string poison = valid_card(5).submission_id;
    // The server refuses (413) any batch that contains the poison.
    for (int i = 0; i < 10; ++i)
        f.transport.script.push_back([poison](const std::vector<Submission>& subs) -> UploadResult {
            for (const auto& s : subs)
                if (s.submission_id == poison) return fail(http_error(413));
            return FakeTransport::all(subs, sync::SubmissionStatus::stored);
        });
    auto r = f.engine->drain();
    CHECK(r.outcome == Outcome::uploaded);
    CHECK(f.counts().queued == 0);
    auto rejected = f.store->rejected().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].id == poison);
    REQUIRE(rejected[0].errors.size() == 1);
    CHECK(rejected[0].errors[0].code == "refused_413");
    CHECK(f.transport.calls.size() <= 8);  // halving, not one by one
    CHECK(f.store->sync_state().value().consecutive_failures == 0);
}

TEST_CASE("sync: submissions left `sending` by a crash are sent again after a restart (server says duplicate)",
          "[kiosk][sync]") {
    Fixture f;
    f.add(0, 4);
    REQUIRE(f.store->take_for_sending(4, 1 << 20, t0).value().size() == 4);  // the crash happened here
    f.restart();
    f.transport.script.push_back(
        [](const std::vector<Submission>& subs) { return FakeTransport::all(subs, sync::SubmissionStatus::duplicate); });
    auto r = f.engine->run_pass();
    CHECK(r.duplicates == 4);
    CHECK(f.counts().total() == 0);
}

TEST_CASE("sync: batches respect the byte budget", "[kiosk][sync]") {
    Fixture f;
    f.add(0, 6);
    auto one = f.store->take_for_sending(1, 1 << 20, t0).value()[0].sealed_bytes;
    REQUIRE(f.store->recover_interrupted());
    f.options.max_batch_bytes = one * 2;
    f.restart();
    f.engine->drain();
    REQUIRE(f.transport.calls.size() == 3);
    for (const auto& c : f.transport.calls) CHECK(c.size() == 2);
}

TEST_CASE("sync: Retry-After in seconds or as an HTTP-date, never more than a day", "[kiosk][sync]") {
    const auto now = std::chrono::system_clock::from_time_t(1'795'000'000);  // 2026-11-18T11:06:40Z
    CHECK(sync::parse_retry_after("120", now) == seconds(120));
    CHECK(sync::parse_retry_after(" 0 ", now) == seconds(0));
    CHECK(sync::parse_retry_after("", now) == seconds(0));
    CHECK(sync::parse_retry_after("999999999999", now) == seconds(86400));
    CHECK(sync::parse_retry_after("Wed, 18 Nov 2026 11:21:40 GMT", now) == seconds(900));
    CHECK(sync::parse_retry_after("Wed, 18 Nov 2026 11:00:00 GMT", now) == seconds(0));  // already past
    CHECK(sync::parse_retry_after("Fri, 01 Jan 2100 00:00:00 GMT", now) == seconds(86400));
    CHECK(sync::parse_retry_after("soon", now) == seconds(0));
    CHECK(sync::parse_retry_after("-5", now) == seconds(0));
}
