// cardexctl import — loads a PMS / channel / spa export into the register, deduplicating each row.
#include <chrono>

#include "cardex/csv.hpp"
#include "cardex/date.hpp"
#include "commands.hpp"
#include "ctl_common.hpp"

namespace cardex::ctl {

namespace {

struct ImportArgs {
    std::string in, map, source, hotel;
    bool jsonl = false;
    std::size_t batch = 500;
};

struct Tally {
    std::size_t inserted = 0, updated = 0, unchanged = 0, linked = 0, new_profiles = 0, merged = 0, reviews = 0;
    std::size_t rejected = 0, unreadable = 0;

    void count(const rcu::IngestResult& r) {
        inserted += r.outcome == rcu::IngestOutcome::inserted;
        updated += r.outcome == rcu::IngestOutcome::updated;
        unchanged += r.outcome == rcu::IngestOutcome::unchanged;
        linked += r.rule == "auto_link";
        new_profiles += r.rule == "new_profile";
        merged += r.merged.size();
        reviews += r.reviews.size();
    }
};

// Fills in source/hotel from the command line where the file has no such column.
void apply_defaults(RawRecord& raw, const ImportArgs& args) {
    if (raw.get("source").empty() && !args.source.empty()) raw.fields.emplace_back("source", args.source);
    if (raw.get("hotel_id").empty() && !args.hotel.empty()) raw.fields.emplace_back("hotel_id", args.hotel);
}

// A stay, when the row has one. Returns an error naming the field when its dates are not dates.
Result<std::optional<rcu::StayRow>, std::string> stay_of(const RawRecord& raw) {
    const auto& arrival = raw.get("arrival");
    const auto& ref = raw.get("reservation_ref");
    if (arrival.empty() && ref.empty()) return std::optional<rcu::StayRow>{};
    rcu::StayRow s;
    s.hotel_id = raw.get("hotel_id");
    s.reservation_ref = ref;
    for (auto [column, target] : {std::pair{"arrival", &s.arrival}, std::pair{"departure", &s.departure}}) {
        const auto& text = raw.get(column);
        if (text.empty()) continue;
        auto d = parse_date(text);
        if (!d) return fail(std::string(column) + ": '" + text + "' is not a date");
        *target = d->iso();
    }
    if (const auto& amount = raw.get("amount"); !amount.empty()) {
        char* end = nullptr;
        s.amount = std::strtod(amount.c_str(), &end);
        if (end == amount.c_str() || *end != '\0') return fail("amount: '" + amount + "' is not a number");
    }
    s.currency = raw.get("currency");
    return std::optional<rcu::StayRow>{s};
}

bool flush(rcu::Register& reg, std::vector<rcu::Ingest>& batch, const std::string& actor, Tally& tally) {
    if (batch.empty()) return true;
    auto r = reg.ingest_batch(batch, actor);
    batch.clear();
    if (!r) {
        report_error("import", r.error());
        return false;
    }
    for (const auto& one : *r) tally.count(one);
    return true;
}

int run_import(const GlobalOptions& g, const ImportArgs& args) {
    const std::string cmd = "import";
    auto map = parse_column_map(args.map);
    if (!map) return report_error(cmd, map.error());
    InputFile input;
    if (!open_input(args.in, !args.jsonl, input, cmd)) return kExitUsage;
    auto reg = open_register(g, cmd);
    if (!reg) return kExitUsage;

    auto started = std::chrono::steady_clock::now();
    auto source = open_record_source(*input.stream, args.jsonl ? RecordFormat::json_lines : RecordFormat::csv, *map);
    if (auto note = source->note(); !note.empty()) std::cerr << "cardexctl import: " << note << "\n";
    std::string actor = g.actor_or_default();
    Tally tally;
    std::vector<rcu::Ingest> batch;
    for (SourceItem item; source->next(item);) {
        if (!item.error_code.empty()) {
            std::cerr << "cardexctl import: line " << item.line << ": " << item.error_message << " (row skipped)\n";
            ++tally.unreadable;
            continue;
        }
        apply_defaults(item.record, args);
        auto stay = stay_of(item.record);
        std::string missing = item.record.get("source_record_id").empty() ? "source_record_id"
                              : item.record.get("source").empty()          ? "source (column or --source)"
                                                                            : "";
        if (!stay || !missing.empty()) {
            std::cerr << "cardexctl import: line " << item.line << ": "
                      << (!missing.empty() ? missing + ": required" : stay.error()) << " (row skipped)\n";
            ++tally.rejected;
            continue;
        }
        batch.push_back({std::move(item.record), std::move(*stay), {}});
        if (batch.size() >= args.batch && !flush(*reg, batch, actor, tally)) return kExitUsage;
    }
    if (!flush(*reg, batch, actor, tally)) return kExitUsage;

    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "imported: " << tally.inserted << " new, " << tally.updated << " updated, " << tally.unchanged
              << " unchanged; " << tally.linked << " linked to an existing profile, " << tally.new_profiles
              << " new profiles, " << tally.merged << " profiles merged, " << tally.reviews << " pairs to review; "
              << tally.rejected + tally.unreadable << " rows skipped (" << secs << " s)\n";
    return tally.rejected + tally.unreadable ? kExitRowErrors : 0;
}

}  // namespace

void register_import_command(CLI::App& app, std::shared_ptr<GlobalOptions> g) {
    auto args = std::make_shared<ImportArgs>();
    auto* cmd = app.add_subcommand("import", "Import a CSV export into the register and deduplicate each row");
    cmd->add_option("--in", args->in, "Input CSV (import-schema.md)")->required();
    cmd->add_flag("--jsonl", args->jsonl, "Input is JSON lines instead of CSV");
    cmd->add_option("--map", args->map, "Rename input columns: old=new,old2=new2");
    cmd->add_option("--source", args->source, "Source name for rows without a 'source' column (pms, spa, …)");
    cmd->add_option("--hotel", args->hotel, "Hotel id for rows without a 'hotel_id' column");
    cmd->add_option("--batch", args->batch, "Rows per transaction")->capture_default_str()->check(CLI::Range(1, 100000));
    cmd->callback([g, args] { throw CLI::RuntimeError(run_import(*g, *args)); });
}

}  // namespace cardex::ctl
