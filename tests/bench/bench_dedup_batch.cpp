// bench_dedup_batch: wall time and peak memory of the batch dedup (normalise + cluster_records).
//
//   bench_dedup_batch [--records 100000,300000,1000000] [--threads T] [--seed S] [--json FILE]
//
// Each size runs in a child process of its own, so that its peak resident set (getrusage
// ru_maxrss, which never goes down) is that size's alone. In the child, records are generated in
// chunks and each chunk is normalised on T threads, then the raw chunk is dropped: the raw rows are
// not part of what the dedup needs to hold (a reader streams them), the normalised records are.
// Generation is not timed; normalisation and cluster_records are, and their sum is the figure
// compared with the target (1,000,000 records in at most 60 s and 4 GiB on 2 threads).
// One machine-readable line per size:
//   RESULT dedup_batch records=<N> threads=<T> normalize_s=<s> cluster_s=<s> total_s=<s> peak_rss_mib=<m>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench_common.hpp"
#include "cardex/dedup.hpp"
#include "guest_generator.hpp"

namespace {

namespace bench = cardex::bench;

struct Figures {
    std::size_t records = 0, candidate_pairs = 0, links = 0, reviews = 0, clusters = 0, oversized = 0;
    double normalize_s = 0, cluster_s = 0, peak_after_normalize_mib = 0, peak_mib = 0;
    double normalize_cpu_s = 0, cluster_cpu_s = 0;  // user + system, both threads
};

Figures run(std::size_t count, unsigned threads, std::uint64_t seed) {
    Figures f;
    f.records = count;
    const auto options = bench::normalize_options();
    std::vector<cardex::NormalizedRecord> records;
    records.reserve(count);
    cardex::gen::GuestGenerator generator(seed);
    constexpr std::size_t chunk = 20'000;
    for (std::size_t done = 0; done < count;) {
        const auto raw = generator.generate(std::min(chunk, count - done));
        const auto start = bench::Clock::now();
        const double cpu = bench::cpu_seconds();
        auto normalized = bench::normalize_all(raw, threads, options);
        f.normalize_s += bench::seconds_since(start);
        f.normalize_cpu_s += bench::cpu_seconds() - cpu;
        for (auto& r : normalized) records.push_back(std::move(r));
        done += raw.size();
    }
    f.peak_after_normalize_mib = bench::peak_rss_mib();

    const auto start = bench::Clock::now();
    const double cpu = bench::cpu_seconds();
    const auto result = cardex::dedup::cluster_records(records, {}, threads);
    f.cluster_s = bench::seconds_since(start);
    f.cluster_cpu_s = bench::cpu_seconds() - cpu;
    f.peak_mib = bench::peak_rss_mib();
    f.candidate_pairs = result.candidate_pairs;
    f.links = result.links.size();
    f.reviews = result.reviews.size();
    f.oversized = result.oversized_blocks;
    for (std::size_t i = 0; i < result.cluster_of.size(); ++i) f.clusters += result.cluster_of[i] == i;
    return f;
}

// Runs one size in a child process; the figures come back through a pipe.
bool run_isolated(std::size_t count, unsigned threads, std::uint64_t seed, Figures& out) {
    int fds[2];
    if (pipe(fds) != 0) return false;
    std::fflush(stdout);
    const pid_t child = fork();
    if (child < 0) return false;
    if (child == 0) {
        close(fds[0]);
        const Figures f = run(count, threads, seed);
        const bool ok = write(fds[1], &f, sizeof f) == static_cast<ssize_t>(sizeof f);
        close(fds[1]);
        _exit(ok ? 0 : 1);
    }
    close(fds[1]);
    const bool got = read(fds[0], &out, sizeof out) == static_cast<ssize_t>(sizeof out);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return got && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Wall time and peak memory of normalise + cardex::dedup::cluster_records"};
    std::vector<std::size_t> sizes = {100'000, 300'000, 1'000'000};
    unsigned threads = 2;
    std::uint64_t seed = 42;
    std::string json_path;
    app.add_option("--records", sizes, "Sizes to measure, each in its own process")->delimiter(',');
    app.add_option("--threads", threads, "Threads for normalisation and scoring")->check(CLI::Range(1u, 256u));
    app.add_option("--seed", seed, "Generator seed");
    app.add_option("--json", json_path, "Also write the figures as JSON to this file");
    CLI11_PARSE(app, argc, argv);

    std::printf("%10s %12s %12s %10s %16s %10s %12s %10s %10s %10s\n", "records", "normalise s", "cluster s", "total s",
                "(CPU norm/clus)", "peak MiB", "cand. pairs", "links", "reviews", "clusters");
    std::vector<Figures> all;
    for (std::size_t n : sizes) {
        Figures f;
        if (!run_isolated(n, threads, seed, f)) {
            std::fprintf(stderr, "bench_dedup_batch: the run with %zu records failed\n", n);
            return 1;
        }
        std::printf("%10zu %12.1f %12.1f %10.1f %8.1f/%-7.1f %10.0f %12zu %10zu %10zu %10zu\n", f.records, f.normalize_s,
                    f.cluster_s, f.normalize_s + f.cluster_s, f.normalize_cpu_s, f.cluster_cpu_s, f.peak_mib,
                    f.candidate_pairs, f.links, f.reviews, f.clusters);
        std::fflush(stdout);
        all.push_back(f);
    }
    for (const auto& f : all)
        std::printf("RESULT dedup_batch records=%zu threads=%u normalize_s=%.2f cluster_s=%.2f total_s=%.2f "
                    "peak_rss_mib=%.0f peak_after_normalize_mib=%.0f normalize_cpu_s=%.2f cluster_cpu_s=%.2f\n",
                    f.records, threads, f.normalize_s, f.cluster_s, f.normalize_s + f.cluster_s, f.peak_mib,
                    f.peak_after_normalize_mib, f.normalize_cpu_s, f.cluster_cpu_s);
    if (!json_path.empty()) {
        std::ofstream out(json_path);
        out << "[";
        for (std::size_t i = 0; i < all.size(); ++i) {
            const auto& f = all[i];
            out << (i ? ",\n " : "") << "{\"records\": " << f.records << ", \"threads\": " << threads
                << ", \"normalize_s\": " << f.normalize_s << ", \"cluster_s\": " << f.cluster_s
                << ", \"peak_rss_mib\": " << f.peak_mib << ", \"peak_after_normalize_mib\": " << f.peak_after_normalize_mib
                << ", \"normalize_cpu_s\": " << f.normalize_cpu_s << ", \"cluster_cpu_s\": " << f.cluster_cpu_s
                << ", \"candidate_pairs\": " << f.candidate_pairs << ", \"links\": " << f.links
                << ", \"reviews\": " << f.reviews << ", \"clusters\": " << f.clusters << "}";
        }
        out << "]\n";
        if (!out) return 1;
    }
    return 0;
}
