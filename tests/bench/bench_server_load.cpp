// bench_server_load — cardex-server under load on loopback (docs/performance.md, "Sync server"):
//  1. a base register of --profiles profiles (built once with the generator, reusable with
//     --register-dir); every run below starts on a fresh copy of it;
//  2. for each --rates value and --clients count: that many keep-alive TLS clients (the kiosk's
//     protocol client, one enrolled device each) send batches of --batch new guest cards for
//     --seconds, either as fast as they are answered (rate 0) or on a schedule offering that many
//     submissions/s; reports submissions/s stored and the p50/p90/p99/max latency of a batch;
//     with --repeat N each is run N times (each on a fresh copy), then the latencies of all N runs
//     pooled: a stall of the disk decides the p99 of a 30 s run it falls in, and N runs estimate
//     the p99 of the server rather than of one half-minute;
//  3. --idle TLS connections opened and left idle: the server's resident memory before and after.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

#include "bench_common.hpp"
#include "cardex/digest.hpp"
#include "cardex/rcu/register.hpp"
#include "cardex/sync/client.hpp"
#include "support/process.hpp"
#include "support/server_process.hpp"

namespace {

using namespace cardex;


// A valid French registration card for a new guest (names and e-mail unique per call). Birth
// dates and first names are spread like a real clientele's: a handful of first names on a handful
// of birthdays would make every card a dedup candidate of thousands of earlier ones.
Submission card(std::mt19937_64& rng, std::uint64_t serial) {
    static const char* firsts[] = {"Camille", "Léa", "Hugo", "Lucas", "Chloé", "Nathan", "Inès", "Louis", "Manon", "Jules",
                                   "Emma", "Gabriel", "Alice", "Raphaël", "Zoé", "Arthur", "Lina", "Adam", "Rose", "Léo",
                                   "Anna", "Paul", "Julia", "Noah", "Mila", "Tom", "Sarah", "Ethan", "Eva", "Victor",
                                   "Marie", "Pierre", "Sophie", "Jean", "Claire", "Marc", "Anne", "Luc", "Julie", "Yves"};
    static const char* lasts[] = {"Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon"};
    auto pick = [&](std::uint64_t n) { return static_cast<std::size_t>(rng() % n); };
    auto two = [](std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    const std::string birth = std::to_string(1940 + pick(66)) + "-" + two(1 + pick(12)) + "-" + two(1 + pick(28));
    Submission s;
    s.submission_id = sync::make_uuid();
    s.captured_at = "2026-11-22T09:58:12+01:00";
    s.language = "fr";
    s.guest.first_name = firsts[pick(std::size(firsts))];
    s.guest.last_name = std::string(lasts[pick(std::size(lasts))]) + "-" + std::to_string(serial);
    s.guest.birth_date = birth;
    s.guest.birth_place = "Lyon";
    s.guest.nationality = "FR";
    s.guest.email = "guest" + std::to_string(serial) + "@example.org";
    s.guest.address = {std::to_string(1 + pick(99)) + " rue de la Paix", "", "75002", "Paris", "", "FR"};
    s.stay = Stay{"2026-11-22", "2026-11-24", 1, 0};
    s.consents.push_back({ConsentPurpose::marketing_email, pick(2) == 0, "consent.marketing_email", 1, "fr", s.captured_at});
    std::string strokes = "M 10 10 L " + std::to_string(pick(200)) + " 20";
    s.signature = Signature{SignatureFormat::svg_path, strokes, sha256_hex(strokes)};
    return s;
}

// Resident memory of a process, in KiB: all of it, and the part that is anonymous memory (heap,
// stacks, TLS buffers). The rest is file pages (the register's memory map, the binaries), which the
// kernel shares and can drop at any time.
struct Rss {
    long total = -1, anon = -1;
};

Rss rss_of(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    Rss out;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) out.total = std::stol(line.substr(6));
        if (line.rfind("RssAnon:", 0) == 0) out.anon = std::stol(line.substr(8));
    }
    return out;
}

double mib(long kib) { return static_cast<double>(kib) / 1024; }

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void build_register(const std::filesystem::path& dir, std::size_t profiles) {
    rcu::RegisterOptions options;
    options.normalize = bench::normalize_options();
    auto opened = rcu::Register::open(dir.string(), options);
    if (!opened) throw std::runtime_error(opened.error());
    auto& reg = **opened;
    if (reg.store().stats().profiles >= static_cast<std::int64_t>(profiles)) return;
    gen::GuestGenerator generator(42);
    auto start = bench::Clock::now();
    while (reg.store().stats().profiles < static_cast<std::int64_t>(profiles)) {
        std::vector<rcu::Ingest> in;
        for (auto& g : generator.generate(5000)) in.push_back({std::move(g.record), std::nullopt, {}});
        if (auto r = reg.ingest_batch(in, "import:bench"); !r) throw std::runtime_error(r.error());
    }
    auto s = reg.store().stats();
    std::printf("register built: %lld records, %lld profiles in %.0f s\n", static_cast<long long>(s.source_records),
                static_cast<long long>(s.profiles), bench::seconds_since(start));
}

// Every measurement starts from the same register: the base is copied (a run adds tens of
// thousands of records, which would make each later run measure a bigger register).
std::filesystem::path fresh_copy(const std::filesystem::path& base, const std::filesystem::path& to) {
    std::filesystem::remove_all(to);
    std::filesystem::create_directories(to);
    std::filesystem::copy_file(base / "register.sqlite", to / "register.sqlite");
    // Otherwise the copy, and the deletion of the previous run's, would be written back (and, on
    // a file system mounted with discard, trimmed) during the measured run: hundreds of MB of
    // writes that are the benchmark's, not the server's.
    ::sync();
    std::this_thread::sleep_for(std::chrono::seconds(2));
    return to;
}

struct LoadResult {
    double submissions_per_s = 0, p50 = 0, p90 = 0, p99 = 0, max = 0;
    std::size_t batches = 0, errors = 0;
    std::size_t over_100ms = 0;     ///< batches answered more than 100 ms after they were due
    std::vector<double> latencies;  ///< of every batch, ms, sorted
};

// `clients` keep-alive TLS clients, one enrolled device each. With rate == 0 each sends its next
// batch as soon as the last one is answered (closed loop: the server's capacity, and a latency that
// is the queue those clients make). With a rate, the clients together offer `rate` submissions/s on
// a fixed schedule and a batch's latency counts from when it was due, so a server that falls behind
// shows it (no coordinated omission).
LoadResult run_load(const test::ServerProcess& server, const std::filesystem::path& data, int clients, int batch,
                    int seconds, double rate) {
    std::vector<std::unique_ptr<sync::Client>> pool;
    for (int i = 0; i < clients; ++i) {
        auto code = test::enrolment_code(data, "H001", "bench " + std::to_string(i));
        sync::ClientOptions o{server.url(), test::dev_certs().ca.string(), {}, std::chrono::seconds(30)};
        auto c = sync::Client::create(o);
        if (!c) throw std::runtime_error(c.error());
        auto e = (*c)->enroll(code, "bench");
        if (!e) throw std::runtime_error("enrol: " + e.error().message);
        (*c)->set_device_token(e->device_token);
        pool.push_back(std::move(*c));
    }
    using namespace std::chrono;
    // Each client's interval between batches, and its offset so that the clients do not send in step.
    const auto interval = rate > 0 ? duration_cast<bench::Clock::duration>(duration<double>(clients * batch / rate))
                                   : bench::Clock::duration::zero();
    std::atomic<std::uint64_t> serial{static_cast<std::uint64_t>(clients) * 100000000ULL};
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(clients));
    std::vector<std::size_t> stored(static_cast<std::size_t>(clients)), errors(static_cast<std::size_t>(clients));
    std::vector<std::thread> threads;
    const auto start = bench::Clock::now() + milliseconds(100);
    const auto end = start + std::chrono::seconds(seconds);
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&, i] {
            const auto me = static_cast<std::size_t>(i);
            std::mt19937_64 rng(static_cast<std::uint64_t>(i) * 7919 + 1);
            auto due = start + interval * i / clients;
            while (due < end) {
                std::vector<Submission> b;
                for (int k = 0; k < batch; ++k) b.push_back(card(rng, serial++));
                if (rate > 0) std::this_thread::sleep_until(due);
                const auto sent = rate > 0 ? due : bench::Clock::now();
                auto r = pool[me]->upload(sync::make_uuid(), b);
                const auto done = bench::Clock::now();
                latencies[me].push_back(duration<double, std::milli>(done - sent).count());
                due = rate > 0 ? due + interval : done;
                if (!r) {
                    ++errors[me];
                    continue;
                }
                for (const auto& res : r->results) stored[me] += res.status == sync::SubmissionStatus::stored;
            }
        });
    }
    for (auto& t : threads) t.join();
    const double elapsed = duration<double>(bench::Clock::now() - start).count();
    LoadResult out;
    std::vector<double> all;
    for (auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
    std::size_t total = 0;
    for (auto s : stored) total += s;
    for (auto e : errors) out.errors += e;
    out.batches = all.size();
    out.submissions_per_s = static_cast<double>(total) / elapsed;
    out.p50 = percentile(all, 0.50);
    out.p90 = percentile(all, 0.90);
    out.p99 = percentile(all, 0.99);
    out.max = all.empty() ? 0 : all.back();  // sorted by percentile()
    out.over_100ms = static_cast<std::size_t>(all.end() - std::upper_bound(all.begin(), all.end(), 100.0));
    out.latencies = std::move(all);
    return out;
}

// The server logs a group commit that took over 250 ms, split into its requests' work and the
// commit, and a sync of the WAL (which the answers wait for) that took over 250 ms.
void report_slow_groups(const std::string& log) {
    int groups = 0, syncs = 0;
    double worst_handle = 0, worst_commit = 0, worst_sync = 0;
    std::istringstream in(log);
    for (std::string line; std::getline(in, line);) {
        auto number = [&](const char* key) {
            auto at = line.find(key);
            return at == std::string::npos ? 0.0 : std::atof(line.c_str() + at + std::strlen(key));
        };
        if (line.find("\"event\":\"slow_group_commit\"") != std::string::npos) {
            ++groups;
            worst_handle = std::max(worst_handle, number("\"handle_ms\":"));
            worst_commit = std::max(worst_commit, number("\"commit_ms\":"));
        } else if (line.find("\"event\":\"slow_wal_sync\"") != std::string::npos) {
            ++syncs;
            worst_sync = std::max(worst_sync, number("\"ms\":"));
        }
    }
    if (groups)
        std::printf("         %d group commits over 250 ms; worst: requests' work %.0f ms, commit %.0f ms\n", groups,
                    worst_handle, worst_commit);
    if (syncs) std::printf("         %d WAL syncs over 250 ms; worst %.0f ms\n", syncs, worst_sync);
}

void idle_connections(const test::ServerProcess& server, int count) {
    namespace net = boost::asio;
    net::io_context ioc;
    net::ssl::context tls(net::ssl::context::tls_client);
    tls.load_verify_file(test::dev_certs().ca.string());
    tls.set_verify_mode(net::ssl::verify_peer);
    const Rss before = rss_of(server.pid());
    std::vector<std::unique_ptr<net::ssl::stream<net::ip::tcp::socket>>> conns;
    for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<net::ssl::stream<net::ip::tcp::socket>>(ioc, tls);
        s->next_layer().connect({net::ip::make_address("127.0.0.1"), server.port()});
        s->handshake(net::ssl::stream_base::client);
        conns.push_back(std::move(s));
    }
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const Rss after = rss_of(server.pid());
    std::printf("idle TLS connections: %d held (fresh server on the same register)\n", count);
    std::printf("  server RSS before %.1f MiB (anonymous %.1f), with them %.1f MiB (anonymous %.1f): +%.1f KiB each\n",
                mib(before.total), mib(before.anon), mib(after.total), mib(after.anon),
                static_cast<double>(after.total - before.total) / count);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"bench_server_load: cardex-server submissions/s, latency and idle connection memory"};
    std::size_t profiles = 100000;
    std::string register_dir;
    std::vector<int> clients{16, 64};
    std::vector<double> rates{0, 2000};
    int batch = 10, seconds = 20, idle = 1000, repeat = 1;
    app.add_option("--profiles", profiles, "Profiles in the register before the load")->capture_default_str();
    app.add_option("--register-dir", register_dir, "Build (or reuse) the base register here; default: a temp dir");
    app.add_option("--clients", clients, "Client counts to measure, e.g. 16,64")->delimiter(',')->capture_default_str();
    app.add_option("--rates", rates, "Offered submissions/s per run, 0 = as fast as answered (closed loop)")
        ->delimiter(',')->capture_default_str();
    app.add_option("--batch", batch, "Submissions per batch")->capture_default_str();
    app.add_option("--seconds", seconds, "Seconds per run")->capture_default_str();
    app.add_option("--repeat", repeat, "Runs of each rate and client count; with more than one, their latencies are also pooled")
        ->capture_default_str()->check(CLI::Range(1, 1000));
    app.add_option("--idle", idle, "Idle TLS connections to hold (0: skip)")->capture_default_str();
    CLI11_PARSE(app, argc, argv);

    test::TempDir temp;
    std::filesystem::path base = register_dir.empty() ? temp.path() / "base" : std::filesystem::path(register_dir);
    std::filesystem::create_directories(base);
    try {
        build_register(base, profiles);
        // Tablets in a lobby never send a dozen batches a second: the per-device limit is lifted
        // so that a few clients can stand for many tablets.
        const std::vector<std::string> flags{"--device-requests-per-minute", "100000000", "--enrol-attempts-per-minute", "100000"};
        std::printf("server: threads 2 (2 cores), answers after the WAL sync; batches of %d; each run on a fresh copy of the register\n",
                    batch);
        std::printf("%8s %9s %14s %9s %9s %9s %9s %8s %7s %8s %8s\n", "clients", "offered", "submissions/s", "p50 ms",
                    "p90 ms", "p99 ms", "max ms", "batches", "errors", "WAL MiB", ">100 ms");
        for (double rate : rates) {
            const std::string offered = rate > 0 ? std::to_string(static_cast<long>(rate)) : "max";
            std::vector<std::vector<double>> pooled(clients.size());
            // Repetitions go round the client counts, so that each count meets the machine's
            // quiet and busy spells alike.
            for (int round = 0; round < repeat; ++round) {
                for (std::size_t k = 0; k < clients.size(); ++k) {
                    auto data = fresh_copy(base, temp.path() / "run");
                    test::ServerProcess server(data, flags);
                    auto r = run_load(server, data, clients[k], batch, seconds, rate);
                    // The WAL file at the end of the run: checkpoints keep it bounded under load.
                    const double wal = static_cast<double>(std::filesystem::file_size(data / "register.sqlite-wal")) / (1 << 20);
                    std::printf("%8d %9s %14.0f %9.1f %9.1f %9.1f %9.1f %8zu %7zu %8.1f %8zu\n", clients[k], offered.c_str(),
                                r.submissions_per_s, r.p50, r.p90, r.p99, r.max, r.batches, r.errors, wal, r.over_100ms);
                    report_slow_groups(server.output());
                    std::fflush(stdout);
                    pooled[k].insert(pooled[k].end(), r.latencies.begin(), r.latencies.end());
                }
            }
            if (repeat < 2) continue;
            for (std::size_t k = 0; k < clients.size(); ++k) {
                auto& all = pooled[k];
                const double p50 = percentile(all, 0.50), p90 = percentile(all, 0.90), p99 = percentile(all, 0.99),
                             p999 = percentile(all, 0.999);
                const auto over = all.end() - std::upper_bound(all.begin(), all.end(), 100.0);
                std::printf("pooled: %d clients, offered %s, %d runs, %zu batches: p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, "
                            "max %.1f ms; %ld over 100 ms\n",
                            clients[k], offered.c_str(), repeat, all.size(), p50, p90, p99, p999, all.empty() ? 0.0 : all.back(),
                            static_cast<long>(over));
            }
            std::fflush(stdout);
        }
        if (idle > 0) {
            auto data = fresh_copy(base, temp.path() / "run");
            test::ServerProcess server(data, flags);
            idle_connections(server, idle);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_server_load: %s\n", e.what());
        return 1;
    }
    return 0;
}
