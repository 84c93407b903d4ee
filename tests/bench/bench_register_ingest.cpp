// bench_register_ingest: latency of one incremental insert + dedup into a large register.
//
//   bench_register_ingest [--records N] [--inserts M] [--batch B] [--seed S] [--dir DIR] [--reuse]
//
// 1. Builds a register (SQLite file in DIR, or a fresh temporary directory, opened as the server
//    opens it: Register::open, WAL, synchronous FULL) from the first N generated records with
//    Register::ingest_batch, B records per transaction, and reports how long that took. With
//    --reuse and an existing DIR the build is skipped (the same seed regenerates the same records:
//    as many as the register holds are skipped, so the next ones are new).
// 2. Ingests the next M generated records one by one with Register::ingest, each in its own
//    transaction as the server does, and reports the median, p90, p99 and max latency. About a
//    third of them are further records of guests already in the register (the generator's
//    duplicate rate), so the figures include links, closures and review items.
// The first single ingest after opening also builds the in-memory frequency table from the whole
// store; it is reported apart, not mixed into the percentiles.
// 3. With --loyal-guest K, ingests K records of one regular guest (stays at the chain's hotels,
//    their restaurant bills and OTA bookings, as a road warrior piles up over the years) one by one,
//    and reports the latency by the size the guest's profile had: every insert is matched against
//    the whole profile, so this is where a register's cost grows with one person's history.
// The last line is machine-readable:
//   RESULT register_ingest records=<N> profiles=<P> median_ms=<m> p90_ms=<m> p99_ms=<m> max_ms=<m>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench_common.hpp"
#include "cardex/rcu/register.hpp"
#include "guest_generator.hpp"

namespace {

namespace bench = cardex::bench;
namespace fs = std::filesystem;

double percentile(std::vector<double> sorted, double p) {
    if (sorted.empty()) return 0;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

// The i-th record of one regular guest: PMS stays, channel bookings (relay e-mail) and restaurant
// bills in turn, at one of five hotels, written the way each system writes them.
cardex::rcu::Ingest loyal_guest_record(std::size_t i) {
    const std::string n = std::to_string(i);
    const std::string hotel = "H00" + std::to_string(1 + i % 5);
    const std::string day = std::to_string(2020 + static_cast<int>(i / 300) % 6) + "-" +
                            (i % 12 < 9 ? "0" : "") + std::to_string(1 + i % 12) + "-1" + std::to_string(i % 9);
    cardex::RawRecord raw;
    auto add = [&raw](std::string k, std::string v) { raw.fields.emplace_back(std::move(k), std::move(v)); };
    switch (i % 3) {
    case 0:
        add("source", "pms"), add("source_record_id", "LOYAL-PMS-" + n), add("first_name", "JEAN-LUC");
        add("last_name", "ROUSSEAU-VIDAL"), add("birth_date", "14/02/1968"), add("phone", "06 71 42 33 90");
        add("email", "jl.rousseau.vidal@orange.fr"), add("address_line1", "18 rue des Tanneurs"), add("postcode", "67000");
        add("city", "STRASBOURG"), add("country", "FR");
        break;
    case 1:
        add("source", "channel"), add("source_record_id", "LOYAL-CHM-" + n), add("first_name", "Jean-Luc");
        add("last_name", "Rousseau-Vidal"), add("email", "jlrv" + n + "@guest.booking.com"), add("phone", "+33671423390");
        add("country", "FR");
        break;
    default:
        add("source", "restaurant"), add("source_record_id", "LOYAL-RST-" + n), add("first_name", "J");
        add("last_name", "ROUSSEAU VIDAL"), add("phone", "+33 6 71 42 33 90");
        break;
    }
    add("hotel_id", hotel), add("arrival", day), add("reservation_ref", "R" + n);
    return cardex::rcu::Ingest{std::move(raw), std::nullopt, {}};
}

int run_loyal_guest(cardex::rcu::Register& reg, std::size_t count) {
    constexpr std::size_t kBucket = 250;
    std::vector<double> bucket;
    double total = 0;
    std::printf("one regular guest, %zu records ingested one by one (latency by the profile's size before the insert):\n",
                count);
    for (std::size_t i = 0; i < count; ++i) {
        auto in = loyal_guest_record(i);
        const auto start = bench::Clock::now();
        auto r = reg.ingest(in, "device:bench");
        const double elapsed = 1000.0 * bench::seconds_since(start);
        if (!r) {
            std::fprintf(stderr, "bench_register_ingest: loyal guest record %zu: %s\n", i, r.error().c_str());
            return 1;
        }
        if (i > 0 && r->rule == "new_profile") {
            std::fprintf(stderr, "bench_register_ingest: loyal guest record %zu was not linked to the guest\n", i);
            return 1;
        }
        bucket.push_back(elapsed);
        total += elapsed;
        if (bucket.size() == kBucket || i + 1 == count) {
            std::printf("  profile of %5zu-%5zu records: median %.2f ms, p99 %.2f ms, max %.2f ms\n", i + 1 - bucket.size(),
                        i, percentile(bucket, 0.5), percentile(bucket, 0.99),
                        *std::max_element(bucket.begin(), bucket.end()));
            bucket.clear();
        }
    }
    std::printf("RESULT register_loyal_guest records=%zu mean_ms=%.2f\n", count, total / static_cast<double>(count));
    return 0;
}

std::uintmax_t directory_bytes(const fs::path& dir) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file(ec)) total += e.file_size(ec);
    return total;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Latency of cardex::rcu::Register::ingest into a register of N generated records"};
    std::size_t count = 100'000, inserts = 1'000, batch = 5'000;
    std::uint64_t seed = 42;
    std::string dir_arg;
    bool reuse = false;
    std::size_t loyal = 0;
    int page_size = cardex::rcu::SqliteOptions{}.page_size;
    app.add_option("--records", count, "Records in the register before the measured inserts")->check(CLI::NonNegativeNumber);
    app.add_option("--inserts", inserts, "Single ingests measured")->check(CLI::PositiveNumber);
    app.add_option("--batch", batch, "Records per transaction while building")->check(CLI::PositiveNumber);
    app.add_option("--seed", seed, "Generator seed");
    app.add_option("--dir", dir_arg, "Register directory (kept); default: a temporary one, removed at the end");
    app.add_flag("--reuse", reuse, "Skip building when --dir already holds a register");
    app.add_option("--page-size", page_size, "SQLite page size of a register built here (an existing one keeps its own)")
        ->capture_default_str();
    app.add_option("--loyal-guest", loyal, "Then ingest this many records of one regular guest (latency by profile size)");
    CLI11_PARSE(app, argc, argv);

    const bool temporary = dir_arg.empty();
    const fs::path dir = temporary ? fs::temp_directory_path() / ("cardex-bench-register-" + std::to_string(getpid()))
                                   : fs::path(dir_arg);
    const bool existing = fs::exists(dir / "register.sqlite");
    if (existing && !reuse) {
        std::fprintf(stderr, "bench_register_ingest: %s already holds a register (use --reuse)\n", dir.c_str());
        return 1;
    }
    cardex::rcu::RegisterOptions options;
    options.normalize = bench::normalize_options();
    options.sqlite.page_size = page_size;
    auto opened = cardex::rcu::Register::open(dir.string(), options);
    if (!opened) {
        std::fprintf(stderr, "bench_register_ingest: %s\n", opened.error().c_str());
        return 1;
    }
    auto& reg = **opened;
    cardex::gen::GuestGenerator generator(seed);
    auto as_ingest = [](cardex::gen::GeneratedRecord&& g) { return cardex::rcu::Ingest{std::move(g.record), std::nullopt, {}}; };

    // 1. Build.
    double build_s = 0;
    if (existing) {
        // Every generated record was stored as a new one (ids are unique), measured inserts of
        // earlier runs included: skip as many to come to records the register has not seen.
        const auto stored = static_cast<std::size_t>(reg.store().stats().source_records);
        std::printf("reusing %s: skipping the %zu records it holds\n", dir.c_str(), stored);
        for (std::size_t done = 0; done < stored; done += std::min(batch, stored - done))
            (void)generator.generate(std::min(batch, stored - done));
    } else {
        std::printf("building a register of %zu records in %s, %zu per transaction\n", count, dir.c_str(), batch);
        std::size_t next_report = count / 10;
        for (std::size_t done = 0; done < count;) {
            std::vector<cardex::rcu::Ingest> in;
            for (auto& g : generator.generate(std::min(batch, count - done))) in.push_back(as_ingest(std::move(g)));
            const auto start = bench::Clock::now();
            auto r = reg.ingest_batch(in, "import:bench");
            build_s += bench::seconds_since(start);
            if (!r) {
                std::fprintf(stderr, "bench_register_ingest: batch at %zu: %s\n", done, r.error().c_str());
                return 1;
            }
            done += in.size();
            if (done >= next_report || done == count) {
                std::error_code ec;  // the WAL stays bounded however long the import runs
                const auto wal = fs::file_size(dir / "register.sqlite-wal", ec);
                std::printf("  %9zu records  %7.0f s  %6.0f records/s overall  WAL %.0f MiB\n", done, build_s,
                            static_cast<double>(done) / build_s, ec ? 0.0 : static_cast<double>(wal) / (1 << 20));
                std::fflush(stdout);
                next_report += count / 10;
            }
        }
    }
    const auto stats = reg.store().stats();
    std::printf("register: %lld records, %lld profiles, %lld open reviews, %.0f MiB on disk; built in %.0f s\n",
                static_cast<long long>(stats.source_records), static_cast<long long>(stats.profiles),
                static_cast<long long>(stats.open_reviews), static_cast<double>(directory_bytes(dir)) / (1 << 20), build_s);

    // 2. Single ingests, each its own transaction.
    std::vector<double> ms;
    std::map<std::string, std::size_t> rules;
    std::size_t merges = 0, reviews = 0;
    double first_ms = 0;
    for (std::size_t i = 0; i <= inserts; ++i) {
        auto in = as_ingest(generator.next());
        const auto start = bench::Clock::now();
        auto r = reg.ingest(in, "device:bench");
        const double elapsed = 1000.0 * bench::seconds_since(start);
        if (!r) {
            std::fprintf(stderr, "bench_register_ingest: insert %zu: %s\n", i, r.error().c_str());
            return 1;
        }
        if (i == 0) {  // builds the frequency table: the cost of a server's first insert
            first_ms = elapsed;
            continue;
        }
        ms.push_back(elapsed);
        ++rules[r->rule];
        merges += r->merged.size();
        reviews += r->reviews.size();
    }
    double sum = 0;
    for (double v : ms) sum += v;
    std::printf("first ingest after opening (builds the frequency table): %.0f ms\n", first_ms);
    std::printf("%zu single ingests: mean %.2f ms, median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", ms.size(),
                sum / static_cast<double>(ms.size()), percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 0.99),
                *std::max_element(ms.begin(), ms.end()));
    std::printf("  outcomes:");
    for (const auto& [rule, n] : rules) std::printf(" %s %zu", rule.c_str(), n);
    std::printf(", profiles merged by closure %zu, review items %zu; peak RSS %.0f MiB\n", merges, reviews,
                bench::peak_rss_mib());
    std::printf("RESULT register_ingest records=%lld profiles=%lld median_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
                static_cast<long long>(stats.source_records), static_cast<long long>(stats.profiles),
                percentile(ms, 0.5), percentile(ms, 0.9), percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
    const int status = loyal > 0 ? run_loyal_guest(reg, loyal) : 0;
    opened->reset();
    if (temporary) fs::remove_all(dir);
    return status;
}
