// cardexctl dedup — batch clustering of a CSV export in memory (import-schema.md "Outputs of
// cardexctl dedup"): clusters.csv with one row per input row, and with --explain the evidence of
// every linked (and review) pair as JSON lines.
#include <algorithm>
#include <chrono>
#include <future>
#include <iterator>
#include <thread>

#include <nlohmann/json.hpp>

#include "cardex/csv.hpp"
#include "cardex/dedup.hpp"
#include "commands.hpp"
#include "ctl_common.hpp"
#include "record_source.hpp"

namespace cardex::ctl {

namespace {

struct DedupArgs {
    std::string in, out, explain, map;
    bool jsonl = false;
    std::string default_country = "FR";
    unsigned threads = 0;
    double link_threshold = dedup::Thresholds{}.link;
    double review_threshold = dedup::Thresholds{}.review;
    double review_names_only_threshold = dedup::Thresholds{}.review_names_only;
};

// Normalises rows on every core: normalisation is most of a batch run's work.
std::vector<NormalizedRecord> normalize_parallel(const std::vector<RawRecord>& rows, const NormalizeOptions& opt,
                                                 unsigned threads) {
    std::vector<NormalizedRecord> out(rows.size());
    std::vector<std::thread> pool;
    std::size_t chunk = (rows.size() + threads - 1) / std::max(1u, threads);
    for (unsigned t = 0; t < threads; ++t) {
        std::size_t lo = t * chunk, hi = std::min(rows.size(), lo + chunk);
        if (lo >= hi) break;
        pool.emplace_back([&, lo, hi] {
            for (std::size_t i = lo; i < hi; ++i) out[i] = normalize_record(rows[i], opt);
        });
    }
    for (auto& th : pool) th.join();
    return out;
}

// Rows are read and normalised a chunk at a time, the next chunk read while this one is being
// normalised: reading the file overlaps the normalisation, and only two chunks of raw rows are
// ever held (all the rows of a million-record export, as read, were about half of this command's
// peak memory).
constexpr std::size_t kChunkRows = 20000;

// Up to kChunkRows readable rows; an unreadable row is reported with its line and skipped.
std::vector<RawRecord> read_chunk(RecordSource& source, std::size_t& unreadable) {
    std::vector<RawRecord> rows;
    rows.reserve(kChunkRows);
    for (SourceItem item; rows.size() < kChunkRows && source.next(item);) {
        if (!item.error_code.empty()) {
            std::cerr << "cardexctl dedup: line " << item.line << ": " << item.error_message << " (row skipped)\n";
            ++unreadable;
            continue;
        }
        rows.push_back(std::move(item.record));
    }
    return rows;
}

std::vector<NormalizedRecord> read_and_normalize(RecordSource& source, const NormalizeOptions& opt, unsigned threads,
                                                 std::size_t& unreadable) {
    std::vector<NormalizedRecord> out;
    std::vector<RawRecord> chunk = read_chunk(source, unreadable);
    while (!chunk.empty()) {
        auto normalized = std::async(std::launch::async, [&] { return normalize_parallel(chunk, opt, threads); });
        std::vector<RawRecord> next = read_chunk(source, unreadable);
        auto part = normalized.get();  // before `chunk` is replaced: the workers read it
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
        chunk = std::move(next);
    }
    return out;
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) {
        if (c == '"') q += '"';
        q += c;
    }
    return q + "\"";
}

nlohmann::json pair_json(const dedup::ScoredPair& p, const std::vector<NormalizedRecord>& records) {
    auto evidence = nlohmann::json::array();
    for (const auto& e : p.score.evidence)
        evidence.push_back({{"field", std::string(e.field)}, {"level", std::string(e.level)}, {"weight", e.weight}});
    return {{"a", records[p.a].source_record_id}, {"b", records[p.b].source_record_id},
            {"decision", p.linked ? "link" : "review"}, {"score", p.score.score}, {"evidence", std::move(evidence)}};
}

// Refuses outputs that would overwrite the input or each other.
bool check_paths(const DedupArgs& args, const std::string& cmd) {
    std::string clash = same_file(args.out, args.in)                            ? "--out is the input file"
                        : !args.explain.empty() && same_file(args.explain, args.in) ? "--explain is the input file"
                        : !args.explain.empty() && same_file(args.explain, args.out) ? "--explain is the --out file"
                                                                                  : "";
    if (clash.empty()) return true;
    report_error(cmd, clash + ": refused, it would be overwritten");
    return false;
}

void write_results(std::ostream& out, std::ostream* explain, const std::vector<NormalizedRecord>& records,
                   const dedup::BatchResult& result) {
    out << "source_record_id,cluster_id\n";
    for (std::size_t i = 0; i < records.size(); ++i)
        out << csv_field(records[i].source_record_id) << ",c" << result.cluster_of[i] + 1 << "\n";
    if (!explain) return;
    for (const auto& p : result.links) *explain << pair_json(p, records).dump() << "\n";
    for (const auto& p : result.reviews) *explain << pair_json(p, records).dump() << "\n";
}

int run_dedup(const DedupArgs& args) {
    const std::string cmd = "dedup";
    dedup::MatchConfig config;
    config.thresholds.link = args.link_threshold;
    config.thresholds.review = args.review_threshold;
    config.thresholds.review_names_only = args.review_names_only_threshold;
    if (auto e = dedup::threshold_error(config.thresholds); !e.empty()) return report_error(cmd, e);
    auto map = parse_column_map(args.map);
    if (!map) return report_error(cmd, map.error());
    NormalizeOptions nopt;
    if (!parse_country_option(args.default_country, cmd, nopt.default_country)) return kExitUsage;
    if (!check_paths(args, cmd)) return kExitUsage;
    InputFile input;
    if (!open_input(args.in, input, cmd)) return kExitUsage;
    OutputFile out, explain;
    if (!out.open(args.out, cmd)) return kExitUsage;
    if (!args.explain.empty() && !explain.open(args.explain, cmd)) return kExitUsage;
    unsigned threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());

    auto started = std::chrono::steady_clock::now();
    auto source = open_record_source(*input.stream, args.jsonl ? RecordFormat::json_lines : RecordFormat::csv, *map);
    std::size_t unreadable = 0;
    auto records = read_and_normalize(*source, nopt, threads, unreadable);
    if (auto fatal = source->fatal(); !fatal.empty()) return report_error(cmd, args.in + ": " + fatal);
    if (auto note = source->note(); !note.empty()) std::cerr << "cardexctl dedup: " << note << "\n";
    auto normalized_at = std::chrono::steady_clock::now();

    auto result = dedup::cluster_records(records, config, threads);
    write_results(out.stream(), args.explain.empty() ? nullptr : &explain.stream(), records, result);
    if (!out.commit(cmd) || (!args.explain.empty() && !explain.commit(cmd))) return kExitUsage;

    auto done = std::chrono::steady_clock::now();
    auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
    std::size_t clusters = 0;
    for (std::size_t i = 0; i < result.cluster_of.size(); ++i) clusters += result.cluster_of[i] == i;
    std::cerr << "cardexctl dedup: " << records.size() << " records → " << clusters << " clusters, "
              << result.links.size() << " links, " << result.reviews.size() << " pairs to review, "
              << result.candidate_pairs << " pairs compared (" << result.oversized_blocks << " oversized blocks); "
              << "read and normalise " << secs(started, normalized_at) << " s, cluster " << secs(normalized_at, done) << " s\n";
    return unreadable ? kExitRowErrors : 0;
}

}  // namespace

void register_dedup_command(CLI::App& app) {
    auto args = std::make_shared<DedupArgs>();
    auto* cmd = app.add_subcommand("dedup", "Cluster the rows of a CSV export by person (in memory, all cores)");
    cmd->add_option("--in", args->in, "Input CSV (import-schema.md)")->required();
    cmd->add_option("--out", args->out, "Output clusters.csv: source_record_id,cluster_id")->required();
    cmd->add_option("--explain", args->explain, "Write every linked and review pair with its evidence (JSON lines)");
    cmd->add_flag("--jsonl", args->jsonl, "Input is JSON lines instead of CSV");
    cmd->add_option("--map", args->map, "Rename input columns: old=new,old2=new2");
    cmd->add_option("--default-country", args->default_country,
                    "Hotel's country (alpha-2, alpha-3 or name): region for national phone numbers")
        ->capture_default_str();
    cmd->add_option("--threads", args->threads, "Threads (0: one per core)")->capture_default_str();
    cmd->add_option("--link-threshold", args->link_threshold, "Score at or above which pairs link")->capture_default_str();
    cmd->add_option("--review-threshold", args->review_threshold, "Score at or above which pairs are listed for review")
        ->capture_default_str();
    cmd->add_option("--review-names-only-threshold", args->review_names_only_threshold,
                    "Score at or above which pairs with only names in common are listed for review")
        ->capture_default_str();
    cmd->callback([args] { throw CLI::RuntimeError(run_dedup(*args)); });
}

}  // namespace cardex::ctl
