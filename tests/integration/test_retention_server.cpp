// The retention purge as operators run it: cardex-server's own purge (at start, in steps between
// uploads), `cardexctl purge` beside a server taking uploads, and the hotels' country the server
// refuses or warns about.
#include <catch2/catch.hpp>

#include <atomic>
#include <csignal>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cardex/date.hpp"
#include "support/process.hpp"
#include "support/server_fixture.hpp"
#include "support/server_process.hpp"

using namespace cardex;
using namespace cardex::test;

namespace {

// A card whose stay is today's: never due while a test runs, whenever it runs. Each guest has a
// phone of their own (a thousand guests sharing one line is another test's subject).
Submission card_staying_now(const std::string& first, const std::string& last, const std::string& email) {
    static std::atomic<int> lines{0};
    Submission s = card(first, last, email);
    const std::string line = std::to_string(1000000 + lines++);
    s.guest.phone = "+33 6 52" + line.substr(1);
    const long today = Date::today_utc().days_since_epoch();
    s.stay = Stay{Date::from_days_since_epoch(today).iso(), Date::from_days_since_epoch(today + 2).iso(), 1, 0};
    return s;
}

std::filesystem::path register_file(const Enrolled& f) { return f.dir.path() / "register.sqlite"; }

// Stores `n` signed cards, 100 per batch.
void upload_cards(Enrolled& f, int n, const std::string& tag) {
    for (int done = 0; done < n;) {
        std::vector<Submission> batch;
        for (; done < n && batch.size() < 100; ++done)
            batch.push_back(card_staying_now("Ana", "Silva" + tag + std::to_string(done), "ana." + tag + std::to_string(done) + "@example.org"));
        auto r = f.client->upload(sync::make_uuid(), batch);
        REQUIRE(r);
        for (const auto& result : r->results) {
            INFO("card " << done << " " << result.submission_id << " "
                         << (result.errors.empty() ? std::string() : result.errors[0].field + ": " + result.errors[0].code));
            REQUIRE(result.status == sync::SubmissionStatus::stored);
        }
    }
}

// What cardex-server's purge sees as long due: every card noted so far kept from 2020.
void age_all_cards(const std::filesystem::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE, 10000);
    db.exec("UPDATE card_data SET keep_from = '2020-01-01'");
}

std::int64_t count(const std::filesystem::path& file, const std::string& sql) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY, 10000);
    return db.execAndGet(sql).getInt64();
}

template <class Done>
bool wait_for(Done done, std::chrono::seconds limit) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return true;
}

}  // namespace

TEST_CASE("retention: cardex-server refuses a hotels' country that is not one, reads a name, and warns of one without card rules",
          "[retention][server]") {
    TempDir dir;
    const auto& certs = dev_certs();
    auto refused = run_process({CARDEX_SERVER, "--listen", "127.0.0.1:0", "--data-dir", dir.path().string(), "--tls-cert",
                                certs.cert.string(), "--tls-key", certs.key.string(), "--default-country", "ZZ"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("--default-country: \"ZZ\" is not a country") != std::string::npos);

    ServerProcess belgium(dir.path(), {"--default-country", "Belgique"});  // read as BE, as cardexctl import reads it
    CHECK(wait_for([&] { return belgium.output().find("default_country_without_card_rules") != std::string::npos; },
                   std::chrono::seconds(5)));
    CHECK(belgium.output().find("\"country\":\"BE\"") != std::string::npos);
    CHECK(belgium.output().find("\"keep_days\":183") != std::string::npos);
}

TEST_CASE("retention: cardex-server purges a backlog of due cards in steps at start, and keeps taking cards",
          "[retention][server]") {
    Enrolled f;
    upload_cards(f, 1100, "old");
    f.server->stop(SIGTERM);
    age_all_cards(register_file(f));
    f.server = std::make_unique<ServerProcess>(f.dir.path(), std::vector<std::string>{"--log-level", "info"});
    f.client = client_for(*f.server, f.device.device_token);
    upload_cards(f, 50, "new");  // before, during or after the purge: the same answers
    const auto file = register_file(f);
    REQUIRE(wait_for([&] { return count(file, "SELECT count(*) FROM submission WHERE signature_format = 'purged'") == 1100; },
                     std::chrono::seconds(30)));
    CHECK(count(file, "SELECT count(*) FROM card_data") == 50);  // the new cards, kept
    // ... from the day their guests leave, as the tablet's card says it.
    const auto leaving = Date::from_days_since_epoch(Date::today_utc().days_since_epoch() + 2).iso();
    CHECK(count(file, "SELECT count(*) FROM card_data WHERE keep_from = '" + leaving + "'") == 50);
    CHECK(count(file, "SELECT count(*) FROM submission WHERE signature_data <> ''") == 50);
    // In steps (one audit row each, with its count; the first start's run found nothing, if it
    // ran before the stop), one log line for the run.
    const std::string steps = "FROM audit_log WHERE action = 'retention.purge' AND detail NOT LIKE '0 %'";
    CHECK(count(file, "SELECT count(*) " + steps) > 2);
    CHECK(count(file, "SELECT sum(CAST(detail AS INTEGER)) " + steps) == 1100);
    CHECK(count(file, "SELECT max(CAST(detail AS INTEGER)) " + steps) <= 500);
    CHECK(wait_for([&] { return f.server->output().find("\"retention_purge\"") != std::string::npos; }, std::chrono::seconds(5)));
    CHECK(f.server->output().find("\"cards\":1100") != std::string::npos);
}

TEST_CASE("retention: cardexctl purge runs beside a server taking tablets' uploads", "[retention][server]") {
    Enrolled f;
    upload_cards(f, 700, "old");
    const auto file = register_file(f);
    // The server's own purge at start (5 s after it) has run and found nothing due.
    REQUIRE(wait_for([&] { return count(file, "SELECT count(*) FROM audit_log WHERE action = 'retention.purge'") == 1; },
                     std::chrono::seconds(15)));
    age_all_cards(file);

    std::atomic<bool> stop{false};
    std::atomic<int> uploaded{0}, failed{0};
    std::thread tablet([&] {
        auto client = client_for(*f.server, f.device.device_token);
        for (int i = 0; !stop; ++i) {
            std::vector<Submission> batch;
            for (int j = 0; j < 20; ++j)
                batch.push_back(card_staying_now("Bo", "Lind" + std::to_string(i * 20 + j), "bo" + std::to_string(i * 20 + j) + "@example.org"));
            auto r = client->upload(sync::make_uuid(), batch);
            if (r) uploaded += 20;
            else ++failed;
        }
    });
    auto purge = run_process({CARDEXCTL, "--data-dir", f.dir.path().string(), "purge", "--country", "FR", "--json"});
    stop = true;
    tablet.join();
    INFO(purge.err);
    CHECK(purge.exit_code == 0);
    CHECK(nlohmann::json::parse(purge.out)["cards"] == 700);
    CHECK(failed == 0);
    CHECK(uploaded > 0);
    CHECK(count(file, "SELECT count(*) FROM submission WHERE signature_format = 'purged'") == 700);
    CHECK(count(file, "SELECT count(*) FROM submission WHERE signature_data <> ''") == uploaded.load());
}
