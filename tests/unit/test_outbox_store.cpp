// The kiosk's local store (kiosk/storage/outbox_store) on real SQLite files: durability, encryption
// at rest, the outbox's states, the supervisor's fix/discard, key handling, and kill -9 safety.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "kiosk_fixtures.hpp"
#include "storage/outbox_store.hpp"
#include "support/process.hpp"

using namespace cardex;
using namespace cardex::kiosk;
using cardex::test::TempDir;
using cardex::test::valid_card;

namespace {

const TimePoint t0 = from_millis(1'795'000'000'000);

std::unique_ptr<OutboxStore> open_store(const std::filesystem::path& dir) {
    auto s = OutboxStore::open(dir);
    INFO((s ? std::string() : s.error()));
    REQUIRE(s);
    return std::move(*s);
}

std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Every file of the store (database, WAL) as one string, to look for clear text in it.
std::string all_store_bytes(const std::filesystem::path& dir) {
    std::string all;
    for (const auto& e : std::filesystem::directory_iterator(dir)) all += file_bytes(e.path());
    return all;
}

}  // namespace

TEST_CASE("outbox store: a saved submission is queued, survives reopening and comes back intact", "[kiosk][outbox]") {
    TempDir dir;
    auto sub = valid_card(1);
    {
        auto store = open_store(dir.path());
        REQUIRE(store->add(sub, t0));
        CHECK(store->counts()->queued == 1);
    }
    auto store = open_store(dir.path());
    CHECK(store->integrity_ok().value());
    auto items = store->take_for_sending(10, 1 << 20, t0 + std::chrono::seconds(1));
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK((*items)[0].id == sub.submission_id);
    CHECK((*items)[0].attempts == 1);
    CHECK((*items)[0].created_at == t0);
    REQUIRE((*items)[0].submission);
    CHECK(*(*items)[0].submission == sub);
    CHECK(store->counts()->sending == 1);
}

TEST_CASE("outbox store: WAL, synchronous=FULL, 0600 files, no personal data in clear on disk", "[kiosk][outbox]") {
    TempDir dir;
    auto store = open_store(dir.path());
    auto sub = valid_card(2);
    sub.guest.last_name = "Zyxwvutsrqponm";
    sub.guest.email = "very.unusual.guest@example.se";
    REQUIRE(store->add(sub, t0));
    SyncState st;
    REQUIRE(store->save_enrolment({"dev-1", "Lobby 1", "H01", "secret-bearer-token-0123456789", t0}));

    CHECK(std::filesystem::exists(dir.path() / "kiosk.db-wal"));
    for (const char* f : {"kiosk.db", "device.key"})
        CHECK((std::filesystem::status(dir.path() / f).permissions() & (std::filesystem::perms::group_all |
                                                                         std::filesystem::perms::others_all)) ==
              std::filesystem::perms::none);
    auto bytes = all_store_bytes(dir.path());
    CHECK(bytes.find("Zyxwvutsrqponm") == std::string::npos);
    CHECK(bytes.find("very.unusual.guest") == std::string::npos);
    CHECK(bytes.find("secret-bearer-token") == std::string::npos);
    CHECK(bytes.find(sub.submission_id) != std::string::npos);  // ids are in clear (no personal data)
}

TEST_CASE("outbox store: oldest first, within count and byte limits — acknowledged rows are deleted",
          "[kiosk][outbox]") {
    TempDir dir;
    auto store = open_store(dir.path());
    for (int i = 0; i < 10; ++i) REQUIRE(store->add(valid_card(i), t0 + std::chrono::seconds(i)));
    REQUIRE_FALSE(store->add(valid_card(3), t0));  // same id twice is a bug, not a second guest
    auto no_id = valid_card(99);
    no_id.submission_id.clear();
    REQUIRE_FALSE(store->add(no_id, t0));

    auto first = store->take_for_sending(4, 1 << 20, t0).value();
    REQUIRE(first.size() == 4);
    for (int i = 0; i < 4; ++i) CHECK(first[static_cast<std::size_t>(i)].id == valid_card(i).submission_id);

    // Byte limit: about two records' worth gives two; a limit below one record still gives one.
    auto one = first[0].sealed_bytes;
    auto two = store->take_for_sending(10, 2 * one + one / 2, t0).value();
    CHECK(two.size() == 2);
    CHECK(two[0].id == valid_card(4).submission_id);
    auto single = store->take_for_sending(10, 1, t0).value();
    CHECK(single.size() == 1);

    std::vector<SendOutcome> outcomes = {{first[0].id, SendOutcome::acknowledged, {}},
                                         {first[1].id, SendOutcome::rejected, {{"guest.email", "invalid_email", "bad"}}},
                                         {first[2].id, SendOutcome::retry, {}},
                                         {first[3].id, SendOutcome::acknowledged, {}}};
    REQUIRE(store->apply(outcomes));
    auto c = store->counts().value();
    CHECK(c.rejected == 1);
    CHECK(c.sending == 3);  // two + single still out
    CHECK(c.queued == 10 - 2 - 1 - 3);
    CHECK(c.total() == 8);

    // The retried one is the oldest queued again.
    auto again = store->take_for_sending(1, 1 << 20, t0).value();
    REQUIRE(again.size() == 1);
    CHECK(again[0].id == first[2].id);
    CHECK(again[0].attempts == 2);
}

TEST_CASE("outbox store: interrupted uploads go back to the queue on recovery", "[kiosk][outbox]") {
    TempDir dir;
    {
        auto store = open_store(dir.path());
        for (int i = 0; i < 3; ++i) REQUIRE(store->add(valid_card(i), t0));
        REQUIRE(store->take_for_sending(2, 1 << 20, t0).value().size() == 2);
    }  // the process "dies" with two rows sending
    auto store = open_store(dir.path());
    CHECK(store->counts()->sending == 2);
    CHECK(store->recover_interrupted().value() == 2);
    auto c = store->counts().value();
    CHECK(c.queued == 3);
    CHECK(c.sending == 0);
}

TEST_CASE("outbox store: the supervisor sees rejected submissions with errors, fixes or discards them",
          "[kiosk][outbox]") {
    TempDir dir;
    auto store = open_store(dir.path());
    for (int i = 0; i < 3; ++i) REQUIRE(store->add(valid_card(i), t0));
    auto items = store->take_for_sending(3, 1 << 20, t0 + std::chrono::minutes(5)).value();
    FieldErrors errs = {{"guest.birth_date", "future_date", "birth date is in the future"},
                        {"guest.email", "invalid_email", "« ünïcode » message"}};
    REQUIRE(store->apply({{items[0].id, SendOutcome::rejected, errs},
                          {items[1].id, SendOutcome::rejected, {}},
                          {items[2].id, SendOutcome::acknowledged, {}}}));

    auto rejected = store->rejected().value();
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].id == items[0].id);
    CHECK(rejected[0].errors == errs);
    CHECK(rejected[0].last_attempt_at == t0 + std::chrono::minutes(5));
    REQUIRE(rejected[0].submission);
    CHECK(*rejected[0].submission == valid_card(0));
    CHECK(rejected[1].errors.empty());

    // Rejected rows are never taken for sending.
    CHECK(store->take_for_sending(10, 1 << 20, t0).value().empty());

    auto fixed = valid_card(0);
    fixed.guest.birth_date = "1975-01-01";
    REQUIRE(store->resubmit(fixed));
    REQUIRE_FALSE(store->resubmit(fixed));  // now queued, not rejected
    auto again = store->take_for_sending(10, 1 << 20, t0).value();
    REQUIRE(again.size() == 1);
    CHECK(again[0].submission->guest.birth_date == "1975-01-01");
    CHECK(again[0].attempts == 1);

    REQUIRE(store->discard(items[1].id));
    REQUIRE_FALSE(store->discard(items[1].id));
    REQUIRE_FALSE(store->discard(again[0].id));  // sending: not the supervisor's to discard
    CHECK(store->counts()->rejected == 0);
}

TEST_CASE("outbox store: enrolment token sealed — sync state persists", "[kiosk][outbox]") {
    TempDir dir;
    {
        auto store = open_store(dir.path());
        CHECK_FALSE(store->enrolment().value().has_value());
        SyncState s;
        s.consecutive_failures = 3;
        s.retry_at = t0 + std::chrono::seconds(8);
        s.last_attempt = t0;
        s.last_error = "server not reachable";
        s.revoked = true;
        REQUIRE(store->save_sync_state(s));
    }
    auto store = open_store(dir.path());
    auto s = store->sync_state().value();
    CHECK(s.consecutive_failures == 3);
    CHECK(s.retry_at == t0 + std::chrono::seconds(8));
    CHECK(s.last_attempt == t0);
    CHECK(s.last_error == "server not reachable");
    CHECK(s.revoked);

    REQUIRE(store->save_enrolment({"dev-9", "Lobby 2", "H02", "tok-abc", t0}));
    auto e = store->enrolment().value();
    REQUIRE(e);
    CHECK(e->device_id == "dev-9");
    CHECK(e->device_name == "Lobby 2");
    CHECK(e->hotel_id == "H02");
    CHECK(e->device_token == "tok-abc");
    s = store->sync_state().value();
    CHECK_FALSE(s.revoked);  // a new enrolment ends the revoked state and the backoff
    CHECK(s.consecutive_failures == 0);
}

TEST_CASE("outbox store: a store whose key is missing or different is refused, never re-keyed", "[kiosk][outbox]") {
    TempDir dir;
    { REQUIRE(open_store(dir.path())->add(valid_card(1), t0)); }
    auto key = file_bytes(dir.path() / "device.key");

    std::filesystem::remove(dir.path() / "device.key");
    auto missing = OutboxStore::open(dir.path());
    REQUIRE_FALSE(missing);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "device.key"));  // not silently replaced

    std::ofstream(dir.path() / "device.key", std::ios::binary) << std::string(32, 'k');
    std::filesystem::permissions(dir.path() / "device.key", std::filesystem::perms::owner_read |
                                                                std::filesystem::perms::owner_write);
    auto wrong = OutboxStore::open(dir.path());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().find("not the key of this store") != std::string::npos);

    std::ofstream(dir.path() / "device.key", std::ios::binary | std::ios::trunc) << key;
    auto store = open_store(dir.path());
    CHECK(store->counts()->queued == 1);
}

TEST_CASE("outbox store: a damaged record is set aside as rejected and does not block the queue",
          "[kiosk][outbox]") {
    TempDir dir;
    {
        auto store = open_store(dir.path());
        for (int i = 0; i < 3; ++i) REQUIRE(store->add(valid_card(i), t0));
    }
    {
        // Flip one byte of the first record's sealed payload, as a bad sector would.
        SQLite::Database db((dir.path() / "kiosk.db").string(), SQLite::OPEN_READWRITE);
        SQLite::Statement q(db, "SELECT payload FROM outbox ORDER BY seq LIMIT 1");
        REQUIRE(q.executeStep());
        std::string payload(static_cast<const char*>(q.getColumn(0).getBlob()),
                            static_cast<std::size_t>(q.getColumn(0).getBytes()));
        q.reset();
        payload[20] = static_cast<char>(payload[20] ^ 0x40);
        SQLite::Statement u(db, "UPDATE outbox SET payload = ? WHERE seq = (SELECT MIN(seq) FROM outbox)");
        u.bind(1, static_cast<const void*>(payload.data()), static_cast<int>(payload.size()));
        REQUIRE(u.exec() == 1);
    }
    auto store = open_store(dir.path());
    auto items = store->take_for_sending(10, 1 << 20, t0).value();
    REQUIRE(items.size() == 2);
    CHECK(items[0].id == valid_card(1).submission_id);
    auto rejected = store->rejected().value();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].id == valid_card(0).submission_id);
    CHECK_FALSE(rejected[0].submission);
    REQUIRE(rejected[0].errors.size() == 1);
    CHECK(rejected[0].errors[0].code == "unreadable_record");
}

TEST_CASE("outbox store: a store from a newer release is refused", "[kiosk][outbox]") {
    TempDir dir;
    { open_store(dir.path()); }
    {
        SQLite::Database db((dir.path() / "kiosk.db").string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 99");
    }
    auto r = OutboxStore::open(dir.path());
    REQUIRE_FALSE(r);
    CHECK(r.error().find("newer") != std::string::npos);
}

TEST_CASE("outbox store: two connections (UI and sync worker) see each other's writes at once",
          "[kiosk][outbox]") {
    TempDir dir;
    auto ui = open_store(dir.path());
    auto worker = open_store(dir.path());
    REQUIRE(worker->save_enrolment({"dev-1", "Lobby 1", "H01", "tok", t0}));
    // Single-row reads on the worker must not pin an old snapshot...
    REQUIRE(worker->enrolment().value());
    REQUIRE(worker->sync_state());
    REQUIRE(worker->counts());
    for (int i = 0; i < 3; ++i) {
        REQUIRE(ui->add(valid_card(i), t0));
        // ...so it sees the UI's new submission and can write right after.
        CHECK(worker->counts().value().queued == 1);
        auto items = worker->take_for_sending(10, 1 << 20, t0);
        INFO((items ? "" : items.error()));
        REQUIRE(items);
        REQUIRE(items->size() == 1);
        REQUIRE(worker->apply({{items->front().id, SendOutcome::acknowledged, {}}}));
        REQUIRE(worker->enrolment().value());
        REQUIRE(worker->save_sync_state(worker->sync_state().value()));
        CHECK(ui->counts().value().total() == 0);
    }
}

// --- kill -9 ---
//
// A child process saves submissions (and, in the second test, sends and acknowledges them) and
// reports each committed step through a pipe; the parent kills it with SIGKILL at varying moments,
// reopens the store and checks: the file is intact, every reported submission is there and opens,
// nothing is there twice, and nothing unreported but the one in flight appeared.

namespace {

// Reads 4-byte numbers from fd until `want` of them arrived or the writer is gone.
std::vector<int> read_reports(int fd, std::size_t want) {
    std::vector<int> got;
    int v = 0;
    while (got.size() < want && ::read(fd, &v, sizeof v) == static_cast<ssize_t>(sizeof v)) got.push_back(v);
    return got;
}

[[noreturn]] void child_adds(const std::filesystem::path& dir, int first, int fd) {
    auto store = OutboxStore::open(dir);
    if (!store) _exit(2);
    for (int i = first;; ++i) {
        if (!(*store)->add(valid_card(i), t0)) _exit(3);
        if (::write(fd, &i, sizeof i) != static_cast<ssize_t>(sizeof i)) _exit(4);
    }
}

}  // namespace

TEST_CASE("outbox store: kill -9 while saving never loses a saved submission nor damages the store",
          "[kiosk][outbox][kill]") {
    TempDir dir;
    int next = 0;
    std::vector<int> reported;
    for (int round = 0; round < 5; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            child_adds(dir.path(), next, fds[1]);
        }
        ::close(fds[1]);
        // Kill after a varying number of commits, while the child is in the middle of the next one.
        auto got = read_reports(fds[0], static_cast<std::size_t>(5 + round * 13));
        ::kill(pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        REQUIRE(WIFSIGNALED(status));
        auto rest = read_reports(fds[0], 1u << 30);  // reports written before the kill
        ::close(fds[0]);
        got.insert(got.end(), rest.begin(), rest.end());
        REQUIRE_FALSE(got.empty());
        reported.insert(reported.end(), got.begin(), got.end());

        auto store = open_store(dir.path());
        REQUIRE(store->integrity_ok().value());
        auto items = store->take_for_sending(100000, std::size_t(1) << 40, t0).value();
        REQUIRE(store->recover_interrupted());
        std::set<std::string> present;
        for (const auto& it : items) {
            REQUIRE(it.submission);  // every stored record opens
            CHECK(present.insert(it.id).second);
        }
        for (int n : reported) CHECK(present.count(valid_card(n).submission_id) == 1);
        // At most one more than reported: the commit that finished just before the kill.
        CHECK(present.size() >= reported.size());
        CHECK(present.size() <= reported.size() + 1);
        if (present.size() == reported.size() + 1) reported.push_back(got.back() + 1);
        next = reported.back() + 1;
    }
}

TEST_CASE("outbox store: kill -9 while sending and acknowledging leaves every row either queued or gone",
          "[kiosk][outbox][kill]") {
    TempDir dir;
    constexpr int total = 400;
    {
        auto store = open_store(dir.path());
        for (int i = 0; i < total; ++i) REQUIRE(store->add(valid_card(i), t0));
    }
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        auto store = OutboxStore::open(dir.path());
        if (!store) _exit(2);
        // Acknowledge batches of 7, reporting how many rows are acknowledged in total.
        for (int acked = 0;;) {
            auto items = (*store)->take_for_sending(7, std::size_t(1) << 30, t0);
            if (!items || items->empty()) _exit(0);
            std::vector<SendOutcome> outcomes;
            for (const auto& it : *items) outcomes.push_back({it.id, SendOutcome::acknowledged, {}});
            if (!(*store)->apply(outcomes)) _exit(3);
            acked += static_cast<int>(items->size());
            if (::write(fds[1], &acked, sizeof acked) != static_cast<ssize_t>(sizeof acked)) _exit(4);
        }
    }
    ::close(fds[1]);
    auto got = read_reports(fds[0], 20);
    ::kill(pid, SIGKILL);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    auto rest = read_reports(fds[0], 1u << 30);
    ::close(fds[0]);
    got.insert(got.end(), rest.begin(), rest.end());
    REQUIRE_FALSE(got.empty());
    int acked = got.back();

    auto store = open_store(dir.path());
    REQUIRE(store->integrity_ok().value());
    REQUIRE(store->recover_interrupted());
    auto c = store->counts().value();
    CHECK(c.sending == 0);
    // Rows are deleted only in whole acknowledged batches: what remains is the unacknowledged tail.
    CHECK(c.queued <= total - acked);
    CHECK(c.queued >= total - acked - 7);
    auto items = store->take_for_sending(total, std::size_t(1) << 40, t0).value();
    REQUIRE(static_cast<std::int64_t>(items.size()) == c.queued);
    for (const auto& it : items) REQUIRE(it.submission);
    // The remaining rows are exactly the newest ones, in order.
    for (std::size_t i = 0; i < items.size(); ++i)
        CHECK(items[i].id == valid_card(total - static_cast<int>(items.size()) + static_cast<int>(i)).submission_id);
}
