// bench_normalize: throughput of cardex::normalize_record on synthetic guest records.
//
//   bench_normalize [--records N] [--threads T] [--seed S] [--components M]
//
// Generates N records (not timed), then normalises all of them on 1 thread, per script (Latin,
// Cyrillic, Han: the transliterators cost differently), times each normaliser alone on the first
// M records, and normalises all records again on T threads, each thread taking a contiguous
// slice. The last line is machine-readable:
//   RESULT normalize records_per_s=<n> threads=<T>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <latch>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "cardex/country.hpp"
#include "cardex/name_key.hpp"
#include "cardex/normalize.hpp"
#include "cardex/text.hpp"
#include "guest_generator.hpp"

namespace {

using Clock = std::chrono::steady_clock;

enum class Script { latin, cyrillic, han };
constexpr std::array<std::string_view, 3> script_names = {"Latin", "Cyrillic", "Han"};

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The script of a record's names, from the UTF-8 lead bytes: U+0400..U+04FF start with 0xD0..0xD3,
// CJK ideographs (U+3400..U+9FFF) with 0xE3..0xE9. Mis-decoded Cyrillic ("Ð¡ÐµÑ€") counts as Latin,
// which is what it is until repaired.
Script script_of(const cardex::RawRecord& record) {
    Script script = Script::latin;
    for (std::string_view column : {"first_name", "last_name"}) {
        const std::string_view name = cardex::gen::field(record, column);
        for (std::size_t i = 0; i < name.size(); ++i) {
            const auto b = static_cast<unsigned char>(name[i]);
            const bool cyrillic_lead = b >= 0xD0 && b <= 0xD3 && i + 1 < name.size() &&
                                       (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80;
            if (b >= 0xE3 && b <= 0xE9) return Script::han;
            if (cyrillic_lead) script = Script::cyrillic;
        }
    }
    return script;
}

// Folded from every result so that no call can be skipped; also a cheap consistency check between
// the single- and multi-threaded runs (they must agree).
struct Checksum {
    std::size_t problems = 0, repairs = 0, key_bytes = 0, phones = 0;
    void add(const cardex::NormalizedRecord& r) {
        problems += r.problems.size();
        repairs += r.repairs.size();
        key_bytes += r.name_key.size();
        phones += r.phone_e164.empty() ? 0 : 1;
    }
    void add(const Checksum& o) {
        problems += o.problems;
        repairs += o.repairs;
        key_bytes += o.key_bytes;
        phones += o.phones;
    }
    bool operator==(const Checksum&) const = default;
};

using Records = std::vector<cardex::gen::GeneratedRecord>;

Checksum normalize_indices(const Records& records, const std::vector<std::size_t>& indices,
                           const cardex::NormalizeOptions& options) {
    Checksum sum;
    for (std::size_t i : indices) sum.add(cardex::normalize_record(records[i].record, options));
    return sum;
}

Checksum normalize_range(const Records& records, std::size_t begin, std::size_t end,
                         const cardex::NormalizeOptions& options) {
    Checksum sum;
    for (std::size_t i = begin; i < end; ++i) sum.add(cardex::normalize_record(records[i].record, options));
    return sum;
}

// T threads, each a contiguous slice; the clock starts when all of them are ready.
Checksum run_threads(const Records& records, unsigned threads, const cardex::NormalizeOptions& options,
                     double& elapsed) {
    std::vector<Checksum> sums(threads);
    std::vector<std::thread> workers;
    std::latch ready(static_cast<std::ptrdiff_t>(threads) + 1);
    const std::size_t n = records.size();
    for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            ready.arrive_and_wait();
            sums[t] = normalize_range(records, n * t / threads, n * (t + 1) / threads, options);
        });
    }
    ready.arrive_and_wait();
    const auto start = Clock::now();
    for (auto& w : workers) w.join();
    elapsed = seconds_since(start);
    Checksum total;
    for (const auto& s : sums) total.add(s);
    return total;
}

double rate(std::size_t count, double seconds) { return seconds > 0 ? static_cast<double>(count) / seconds : 0.0; }

// Each normaliser alone on the same records, to tell which one a slow run is waiting for. The
// inputs are prepared first (as normalize_record does: display names before keys, region before
// phone) so that each timing covers one function.
void time_components(const Records& all, std::size_t count, const cardex::NormalizeOptions& options) {
    const Records::const_iterator end = all.begin() + static_cast<std::ptrdiff_t>(std::min(count, all.size()));
    const std::size_t n = static_cast<std::size_t>(end - all.begin());
    std::vector<std::string> tidy(2 * n);
    std::vector<std::string> regions(n);
    std::size_t sink = 0;
    struct Timing {
        std::string_view name;
        double seconds;
    };
    std::vector<Timing> timings;
    auto timed = [&](std::string_view name, auto&& body) {
        const auto start = Clock::now();
        for (std::size_t i = 0; i < n; ++i) body(i, all[i].record);
        timings.push_back({name, seconds_since(start)});
    };
    using cardex::gen::field;
    timed("country_to_alpha2 (nationality, country)", [&](std::size_t i, const cardex::RawRecord& r) {
        auto nat = cardex::country_to_alpha2(field(r, "nationality"));
        auto cty = cardex::country_to_alpha2(field(r, "country"));
        regions[i] = cty ? *cty : nat ? *nat : options.default_country;
    });
    timed("tidy_name (first, last)", [&](std::size_t i, const cardex::RawRecord& r) {
        tidy[2 * i] = cardex::tidy_name(field(r, "first_name"));
        tidy[2 * i + 1] = cardex::tidy_name(field(r, "last_name"));
    });
    timed("name_key (first, last)", [&](std::size_t i, const cardex::RawRecord&) {
        sink += cardex::name_key(tidy[2 * i]).size() + cardex::name_key(tidy[2 * i + 1]).size();
    });
    timed("normalize_email", [&](std::size_t, const cardex::RawRecord& r) {
        sink += cardex::normalize_email(field(r, "email")).email.size();
    });
    timed("normalize_phone", [&](std::size_t i, const cardex::RawRecord& r) {
        sink += cardex::normalize_phone(field(r, "phone"), regions[i]).e164.size();
    });
    timed("parse_birth_date", [&](std::size_t, const cardex::RawRecord& r) {
        const auto text = field(r, "birth_date");
        if (!text.empty()) sink += cardex::parse_birth_date(text, options.today) ? 1 : 0;
    });
    double total = 0;
    for (const auto& t : timings) total += t.seconds;
    std::printf("per normaliser, 1 thread, %zu records (sink %zu):\n", n, sink % 10);
    for (const auto& t : timings)
        std::printf("  %-42s %10.0f records/s  %5.1f %%\n", t.name.data(), rate(n, t.seconds), 100.0 * t.seconds / total);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Measures cardex::normalize_record throughput on generated guest records"};
    std::size_t count = 1'000'000;
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::uint64_t seed = 42;
    app.add_option("--records", count, "Number of records")->check(CLI::PositiveNumber);
    app.add_option("--threads", threads, "Threads of the parallel run")->check(CLI::Range(1u, 1024u));
    app.add_option("--seed", seed, "Generator seed");
    std::size_t components = 100'000;
    app.add_option("--components", components, "Records timed normaliser by normaliser (0: skip)");
    CLI11_PARSE(app, argc, argv);

    auto start = Clock::now();
    const Records records = cardex::gen::GuestGenerator(seed).generate(count);
    const double generation = seconds_since(start);

    std::array<std::vector<std::size_t>, 3> by_script;
    for (std::size_t i = 0; i < records.size(); ++i)
        by_script[static_cast<std::size_t>(script_of(records[i].record))].push_back(i);

    cardex::NormalizeOptions options;
    options.default_country = "FR";
    options.today = cardex::Date{2026, 1, 1};  // the generator's reference date: results do not depend on the clock

    std::printf("records: %zu (", count);
    for (std::size_t s = 0; s < 3; ++s)
        std::printf("%s%s %.1f %%", s ? ", " : "", script_names[s].data(),
                    100.0 * static_cast<double>(by_script[s].size()) / static_cast<double>(count));
    std::printf("), generated in %.2f s (not measured)\n", generation);

    // Warm-up: ICU transliterators, libphonenumber metadata and the e-mail rules load on first use.
    for (const auto& indices : by_script) {
        std::vector<std::size_t> some(indices.begin(), indices.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(indices.size(), 500)));
        (void)normalize_indices(records, some, options);
    }

    // One thread, script by script.
    Checksum single;
    double single_time = 0;
    std::array<double, 3> script_time{};
    for (std::size_t s = 0; s < 3; ++s) {
        start = Clock::now();
        single.add(normalize_indices(records, by_script[s], options));
        script_time[s] = seconds_since(start);
        single_time += script_time[s];
    }
    std::printf("1 thread:  %10.0f records/s  (%.2f s)\n", rate(count, single_time), single_time);
    for (std::size_t s = 0; s < 3; ++s)
        std::printf("  %-9s %10.0f records/s  (%zu records, %.2f s)\n", script_names[s].data(),
                    rate(by_script[s].size(), script_time[s]), by_script[s].size(), script_time[s]);

    if (components > 0) time_components(records, components, options);

    double parallel_time = 0;
    const Checksum parallel = run_threads(records, threads, options, parallel_time);
    const double parallel_rate = rate(count, parallel_time);
    std::printf("%u threads: %10.0f records/s  (%.2f s, speed-up %.2f)\n", threads, parallel_rate, parallel_time,
                single_time / parallel_time);
    std::printf("checksum: problems=%zu repairs=%zu key_bytes=%zu phones=%zu%s\n", parallel.problems,
                parallel.repairs, parallel.key_bytes, parallel.phones,
                parallel == single ? "" : "  (MISMATCH between the 1-thread and T-thread runs)");
    std::printf("RESULT normalize records_per_s=%.0f threads=%u\n", parallel_rate, threads);
    return parallel == single ? 0 : 1;
}
