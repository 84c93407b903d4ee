// cardexctl import — loads a PMS / channel / spa export into the register, deduplicating each row.
#include <chrono>
#include <cmath>
#include <cstdlib>

#include "cardex/csv.hpp"
#include "cardex/date.hpp"
#include "cardex/text.hpp"
#include "commands.hpp"
#include "ctl_common.hpp"

namespace cardex::ctl {

namespace {

struct ImportArgs {
    std::string in, map, source, hotel, default_country = "FR";
    bool jsonl = false;
    std::size_t batch = 500;
};

struct Tally {
    std::size_t inserted = 0, updated = 0, unchanged = 0, erased = 0, linked = 0, new_profiles = 0, merged = 0, reviews = 0;
    std::size_t rejected = 0, unreadable = 0;

    void count(const rcu::IngestResult& r) {
        inserted += r.outcome == rcu::IngestOutcome::inserted;
        updated += r.outcome == rcu::IngestOutcome::updated;
        unchanged += r.outcome == rcu::IngestOutcome::unchanged;
        erased += r.outcome == rcu::IngestOutcome::erased;
        linked += r.rule == "auto_link";
        new_profiles += r.rule == "new_profile";
        merged += r.merged.size();
        reviews += r.reviews.size();
    }
};

void skip_row(std::size_t line, const std::string& why, std::size_t& counter) {
    std::cerr << "cardexctl import: line " << line << ": " << why << " (row skipped)\n";
    ++counter;
}

// The value as the register reads it: white space collapsed and trimmed.
std::string trimmed(const RawRecord& raw, const char* column) { return collapse_spaces(raw.get(column)); }

// Fills in source/hotel from the command line where the file has no such column (or a blank one).
void apply_defaults(RawRecord& raw, const ImportArgs& args) {
    if (trimmed(raw, "source").empty() && !args.source.empty()) raw.fields.emplace_back("source", args.source);
    if (trimmed(raw, "hotel_id").empty() && !args.hotel.empty()) raw.fields.emplace_back("hotel_id", args.hotel);
}

// An amount as exports write it: digits with an optional sign and decimal point. strtod alone
// would take "nan", "inf", hex and 1e999 (stored as infinity).
Result<double, std::string> parse_amount(const std::string& text) {
    const std::string value = collapse_spaces(text);
    const auto bad = [&] { return fail("amount: '" + text + "' is not a number"); };
    std::size_t i = value.starts_with('-') || value.starts_with('+') ? 1 : 0;
    std::size_t digits = 0, points = 0;
    for (; i < value.size(); ++i) {
        if (value[i] >= '0' && value[i] <= '9') ++digits;
        else if (value[i] == '.' && ++points == 1) continue;
        else return bad();
    }
    if (digits == 0) return bad();
    const double amount = std::strtod(value.c_str(), nullptr);
    if (!std::isfinite(amount)) return bad();
    return amount;
}

// A stay, when the row has one. Returns an error naming the field when a value cannot be read.
Result<std::optional<rcu::StayRow>, std::string> stay_of(const RawRecord& raw) {
    const std::string arrival = trimmed(raw, "arrival"), ref = trimmed(raw, "reservation_ref");
    if (arrival.empty() && ref.empty()) return std::optional<rcu::StayRow>{};
    rcu::StayRow s;
    s.hotel_id = trimmed(raw, "hotel_id");
    s.reservation_ref = ref;
    for (auto [column, target] : {std::pair{"arrival", &s.arrival}, std::pair{"departure", &s.departure}}) {
        const std::string text = trimmed(raw, column);
        if (text.empty()) continue;
        auto d = parse_date(text);
        if (!d) return fail(std::string(column) + ": '" + raw.get(column) + "' is not a date");
        *target = d->iso();
    }
    // A stay that ends before it begins is a typing error (swapped, or the wrong year): stored,
    // it would put the guest in the hotel on no day at all. The normaliser calls it before_arrival.
    if (!s.departure.empty() && s.departure < s.arrival)
        return fail("departure: " + s.departure + " is before the arrival " + s.arrival + " (before_arrival)");
    if (const std::string amount = trimmed(raw, "amount"); !amount.empty()) {
        auto value = parse_amount(raw.get("amount"));
        if (!value) return fail(value.error());
        s.amount = *value;
    }
    s.currency = trimmed(raw, "currency");
    return std::optional<rcu::StayRow>{s};
}

// What the register would refuse in a row, checked here so that the row alone is skipped.
std::string missing_identity(const RawRecord& raw) {
    if (trimmed(raw, "source_record_id").empty()) return "source_record_id: required";
    if (trimmed(raw, "source").empty()) return "source: required (a column or --source)";
    return "";
}

// Rows waiting for their transaction, with the file lines they came from.
struct Batch {
    std::vector<rcu::Ingest> rows;
    std::vector<std::size_t> lines;
};

// Stores a batch in one transaction. Should the register refuse it (a row it cannot store), the
// rows are stored one by one and those it refuses are skipped with their line; only when every
// row of a batch fails is the register itself taken to be failing, and the import stopped.
bool flush(rcu::Register& reg, Batch& batch, const std::string& actor, Tally& tally) {
    if (batch.rows.empty()) return true;
    auto r = reg.ingest_batch(batch.rows, actor);
    if (r) {
        for (const auto& one : *r) tally.count(one);
    } else {
        std::size_t failed = 0;
        std::string last_error;
        for (std::size_t i = 0; i < batch.rows.size(); ++i) {
            auto one = reg.ingest(batch.rows[i], actor);
            if (one) { tally.count(*one); continue; }
            last_error = one.error();
            skip_row(batch.lines[i], last_error, tally.rejected);
            ++failed;
        }
        if (failed == batch.rows.size() && failed > 1) {
            report_error("import", "the register refuses every row (" + last_error + "): import stopped at line " +
                                       std::to_string(batch.lines.front()) + ", the rows before it are imported");
            return false;
        }
    }
    batch.rows.clear();
    batch.lines.clear();
    return true;
}

void print_summary(const Tally& tally, std::chrono::steady_clock::time_point started) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "imported: " << tally.inserted << " new, " << tally.updated << " updated, " << tally.unchanged
              << " unchanged; " << tally.linked << " linked to an existing profile, " << tally.new_profiles
              << " new profiles, " << tally.merged << " profiles merged, " << tally.reviews << " pairs to review; "
              << tally.rejected + tally.unreadable << " rows skipped (" << secs << " s)\n";
    // Said apart: the PMS still holds guests the register erased, which the hotel must erase there too.
    if (tally.erased)
        std::cout << tally.erased << " rows not imported: their guest was erased from the register (GDPR); erase them "
                  << "in the PMS as well\n";
}

int run_import(const GlobalOptions& g, const ImportArgs& args) {
    const std::string cmd = "import";
    auto map = parse_column_map(args.map);
    if (!map) return report_error(cmd, map.error());
    rcu::RegisterOptions options;
    if (!parse_country_option(args.default_country, cmd, options.normalize.default_country)) return kExitUsage;
    InputFile input;
    if (!open_input(args.in, input, cmd)) return kExitUsage;
    auto reg = open_register(g, cmd, IfMissing::create, options);
    if (!reg) return kExitUsage;

    auto started = std::chrono::steady_clock::now();
    auto source = open_record_source(*input.stream, args.jsonl ? RecordFormat::json_lines : RecordFormat::csv, *map);
    std::string actor = g.actor_or_default();
    Tally tally;
    Batch batch;
    std::size_t rows = 0;
    for (SourceItem item; source->next(item); ++rows) {
        if (!item.error_code.empty()) {
            skip_row(item.line, item.error_message, tally.unreadable);
            continue;
        }
        apply_defaults(item.record, args);
        auto stay = stay_of(item.record);
        if (auto missing = missing_identity(item.record); !missing.empty() || !stay) {
            skip_row(item.line, missing.empty() ? stay.error() : missing, tally.rejected);
            continue;
        }
        batch.rows.push_back({std::move(item.record), std::move(*stay), {}});
        batch.lines.push_back(item.line);
        if (batch.rows.size() >= args.batch && !flush(*reg, batch, actor, tally)) return kExitUsage;
    }
    if (!flush(*reg, batch, actor, tally)) return kExitUsage;
    if (auto fatal = source->fatal(); !fatal.empty()) return report_error(cmd, args.in + ": " + fatal);
    if (auto note = source->note(); !note.empty()) std::cerr << "cardexctl import: " << note << "\n";
    if (rows == 0) std::cerr << "cardexctl import: " << args.in << ": no records after the header\n";
    print_summary(tally, started);
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
    cmd->add_option("--default-country", args->default_country,
                    "Hotel's country (alpha-2, alpha-3 or name): region for national phone numbers of rows with "
                    "neither country nor nationality")
        ->capture_default_str();
    cmd->add_option("--batch", args->batch, "Rows per transaction")->capture_default_str()->check(CLI::Range(1, 100000));
    cmd->callback([g, args] { throw CLI::RuntimeError(run_import(*g, *args)); });
}

}  // namespace cardex::ctl
