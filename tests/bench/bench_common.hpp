// bench_common.hpp — what the dedup and register benchmarks share: clocks, peak memory, parallel
// normalisation of generated records, and the normalisation options the figures are measured with.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

#include "cardex/normalize.hpp"
#include "guest_generator.hpp"

namespace cardex::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Peak resident set of this process so far, in MiB (Linux reports ru_maxrss in KiB). It only
/// grows: a benchmark measuring several sizes runs the smallest first, or one size per process.
inline double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// CPU time (user + system, all threads) this process used so far, in seconds. On a shared machine
/// wall time grows with the other users' load; CPU time much less, so both are reported.
inline double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return s(usage.ru_utime) + s(usage.ru_stime);
}

/// The options every figure is measured with: the generator's reference date instead of the clock
/// (results must not depend on the day they are taken), hotels in France.
inline NormalizeOptions normalize_options() {
    NormalizeOptions options;
    options.default_country = "FR";
    options.today = Date{2026, 1, 1};
    return options;
}

/// Normalises every generated record on `threads` threads, each a contiguous slice (as the batch
/// command does: normalisation is part of the batch dedup's cost).
inline std::vector<NormalizedRecord> normalize_all(const std::vector<gen::GeneratedRecord>& records, unsigned threads,
                                                   const NormalizeOptions& options) {
    std::vector<NormalizedRecord> out(records.size());
    threads = std::max(1u, threads);
    std::vector<std::thread> pool;
    const std::size_t n = records.size();
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i)
                out[i] = normalize_record(records[i].record, options);
        });
    }
    for (auto& th : pool) th.join();
    return out;
}

/// JSON string literal of plain ASCII text (the benchmarks only print identifiers and numbers).
inline std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "\"";
}

}  // namespace cardex::bench
