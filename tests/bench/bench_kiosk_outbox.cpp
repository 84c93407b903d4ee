// bench_kiosk_outbox: how long a tablet's outbox of N submissions takes to reach a real server.
//
//   bench_kiosk_outbox [--submissions N] [--batch B] [--server-threads T]
//
// Starts cardex-server on loopback (development certificates, a fresh register), enrols a tablet
// with a one-time code, saves N valid registration cards into the tablet's encrypted outbox (timed:
// one durable transaction per guest, as on the tablet), then syncs the outbox with the sync engine
// until it is empty (timed: batches of B over one keep-alive TLS connection, every card validated,
// stored and deduplicated by the server, acknowledged rows deleted on the tablet). The target is
// 10,000 submissions in ≤ 30 s (docs/performance.md, "Kiosk outbox"). The last line is
// machine-readable:
//   RESULT kiosk_outbox submissions=<N> sync_s=<s> per_s=<n> save_ms_per_submission=<ms>
#include <array>
#include <chrono>
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "../unit/kiosk_fixtures.hpp"
#include "kiosk_server.hpp"
#include "storage/outbox_store.hpp"
#include "sync/sync_engine.hpp"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

constexpr std::array<const char*, 24> kFirst = {"Anna", "Lars", "Sophie", "Patrick", "Léonard", "Chiara", "Jan",
                                                "Marta", "Olena", "Dmytro", "Wei", "Mei", "Aisha", "Omar",
                                                "Lucas", "Emma", "Noah", "Zoé", "Hugo", "Inès", "Sven", "Ingrid",
                                                "Pedro", "Lucía"};
constexpr std::array<const char*, 32> kLast = {"Martin", "Bernard", "Dubois", "Eriksson", "Lefèvre", "Rossi",
                                               "Kowalski", "Nowak", "Shevchenko", "Kovalenko", "Wang", "Li",
                                               "Haddad", "Benali", "Schmidt", "Müller", "Jansen", "De Vries",
                                               "García", "Fernández", "Silva", "Santos", "Novak", "Horvat",
                                               "Smith", "Brown", "Dupont", "Moreau", "Laurent", "Fontaine",
                                               "Girard", "Bonnet"};
constexpr std::array<const char*, 8> kCountry = {"FR", "SE", "DE", "IT", "UA", "CN", "ES", "NL"};
constexpr std::array<const char*, 16> kStreet = {"rue des Lilas", "Storgatan", "Hauptstraße", "Via Roma",
                                                 "vul. Khreshchatyk", "Nanjing Lu", "Calle Mayor", "Kerkstraat",
                                                 "avenue Foch", "Drottninggatan", "Bahnhofstraße", "Corso Italia",
                                                 "vul. Sadova", "Huaihai Lu", "Gran Vía", "Dorpsstraat"};
constexpr std::array<const char*, 16> kCity = {"Lyon", "Göteborg", "Berlin", "Roma", "Kyiv", "Shanghai", "Madrid",
                                               "Utrecht", "Paris", "Stockholm", "München", "Milano", "Lviv",
                                               "Beijing", "Sevilla", "Leiden"};

// A valid card with varied names, birth dates, countries and home addresses, so that the server's
// dedup sees realistic blocks rather than one giant block (the fixtures' cards all share one address,
// which makes every new card a candidate of every earlier one).
cardex::Submission card(long long n) {
    auto s = cardex::test::valid_card(n, 0xbe7c);
    auto u = static_cast<std::size_t>(n);
    s.guest.first_name = kFirst[u % kFirst.size()];
    s.guest.last_name = std::string(kLast[(u / kFirst.size()) % kLast.size()]) + (n % 7 == 0 ? "" : "-" + std::to_string(n % 997));
    char date[32];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", static_cast<int>(1940 + n % 60), static_cast<int>(1 + n % 12),
                  static_cast<int>(1 + n % 28));
    s.guest.birth_date = date;
    s.guest.nationality = kCountry[u % kCountry.size()];
    s.guest.address.line1 = std::to_string(1 + n % 211) + " " + kStreet[(u / 3) % kStreet.size()];
    s.guest.address.postcode = std::to_string(10000 + (n * 37) % 89999);
    s.guest.address.city = kCity[(u / 7) % kCity.size()];
    s.guest.address.country = s.guest.nationality;
    s.guest.email = "guest" + std::to_string(n) + "@example.org";
    return s;
}

// Times the uploads (network + server), so that the tablet's own share of a pass (taking rows,
// opening them, recording results) is the rest.
struct TimedTransport final : cardex::kiosk::SyncTransport {
    explicit TimedTransport(cardex::kiosk::SyncTransport& inner) : inner_(inner) {}
    void set_device_token(std::string token) override { inner_.set_device_token(std::move(token)); }
    cardex::Result<cardex::sync::BatchResponse, cardex::sync::ClientError> upload(
        const std::string& batch_id, const std::vector<cardex::Submission>& submissions) override {
        auto t = Clock::now();
        auto r = inner_.upload(batch_id, submissions);
        upload_s += seconds_since(t);
        return r;
    }
    cardex::Result<cardex::sync::Enrolment, cardex::sync::ClientError> enroll(const std::string& code,
                                                                            const std::string& name) override {
        return inner_.enroll(code, name);
    }
    double upload_s = 0;

private:
    cardex::kiosk::SyncTransport& inner_;
};

}  // namespace

int main(int argc, char** argv) {
    using namespace cardex::kiosk;
    CLI::App app{"Sync a kiosk outbox of N submissions to a real cardex-server on loopback"};
    long long n = 10000;
    std::size_t batch = 500;
    int server_threads = 2;
    app.add_option("--submissions", n, "Submissions in the outbox")->capture_default_str();
    app.add_option("--batch", batch, "Submissions per batch (≤ 500)")->capture_default_str();
    app.add_option("--server-threads", server_threads, "cardex-server I/O threads")->capture_default_str();
    CLI11_PARSE(app, argc, argv);

    try {
        cardex::test::KioskServer server(cardex::test::KioskServer::default_paths(),
                                         {"--threads", std::to_string(server_threads)});
        cardex::test::TempDir tablet_dir;
        auto store = OutboxStore::open(tablet_dir.path());
        if (!store) throw std::runtime_error(store.error());
        cardex::sync::ClientOptions co;
        co.server_url = server.url();
        co.ca_file = server.ca_file().string();
        co.timeout = std::chrono::milliseconds(60000);
        auto client = cardex::sync::Client::create(co);
        if (!client) throw std::runtime_error(client.error());
        ClientTransport client_transport(std::move(*client));
        TimedTransport transport(client_transport);
        SyncOptions so;
        so.max_batch = batch;
        SyncEngine engine(**store, transport, so);
        if (auto s = engine.start(); !s) throw std::runtime_error(s.error());
        auto e = engine.enrol(server.enrolment_code("H01", "Bench tablet"), "Bench tablet");
        if (!e) throw std::runtime_error(e.error());

        auto t_save = Clock::now();
        for (long long i = 0; i < n; ++i)
            if (auto a = (*store)->add(card(i), std::chrono::system_clock::now()); !a) throw std::runtime_error(a.error());
        double save_s = seconds_since(t_save);
        std::uintmax_t db_bytes = std::filesystem::file_size(tablet_dir.path() / "kiosk.db") +
                                  std::filesystem::file_size(tablet_dir.path() / "kiosk.db-wal");
        std::printf("saved %lld submissions in %.2f s (%.2f ms each, durable), store %.1f MiB\n", n, save_s,
                    1000.0 * save_s / static_cast<double>(n), static_cast<double>(db_bytes) / (1024.0 * 1024.0));

        auto t_sync = Clock::now();
        int passes = 0, stored = 0, duplicates = 0, rejected = 0;
        double slowest = 0;
        for (;;) {
            auto t_pass = Clock::now();
            auto r = engine.run_pass();
            slowest = std::max(slowest, seconds_since(t_pass));
            if (r.outcome == PassResult::Outcome::uploaded) ++passes;
            stored += r.stored;
            duplicates += r.duplicates;
            rejected += r.rejected;
            if (r.outcome != PassResult::Outcome::uploaded && r.outcome != PassResult::Outcome::split) {
                if (r.outcome != PassResult::Outcome::nothing_to_send) throw std::runtime_error("sync stopped: " + r.error);
                break;
            }
        }
        double sync_s = seconds_since(t_sync);
        auto counts = (*store)->counts().value();
        std::printf("synced in %.2f s: %d batches (slowest %.2f s), stored %d, duplicate %d, rejected %d, left %lld\n",
                    sync_s, passes, slowest, stored, duplicates, rejected, static_cast<long long>(counts.total()));
        std::printf("  uploads (TLS + server) %.2f s, tablet side (take, open, record results) %.2f s\n",
                    transport.upload_s, sync_s - transport.upload_s);
        std::printf("RESULT kiosk_outbox submissions=%lld sync_s=%.2f per_s=%.0f save_ms_per_submission=%.2f\n", n,
                    sync_s, static_cast<double>(n) / sync_s, 1000.0 * save_s / static_cast<double>(n));
        return counts.total() == 0 && stored == n ? 0 : 1;
    } catch (const std::exception& ex) {
        std::fprintf(stderr, "bench_kiosk_outbox: %s\n", ex.what());
        return 1;
    }
}
