// cardexctl normalize — see import-schema.md "Output of cardexctl normalize".
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cardex/country.hpp"
#include "cardex/csv.hpp"
#include "cardex/date.hpp"
#include "cardex/email.hpp"
#include "cardex/normalize.hpp"
#include "cardex/text.hpp"
#include "commands.hpp"
#include "ctl_common.hpp"
#include "record_source.hpp"

namespace cardex::ctl {

namespace {

struct NormalizeArgs {
    std::string in = "-", out = "-";
    bool csv = false;
    std::string default_country = "FR";
    std::string email_rules_file;
    std::string map;
    std::string today;  // for reproducible runs; default: today (UTC)
};

nlohmann::json problems_json(const std::vector<Problem>& list) {
    auto arr = nlohmann::json::array();
    for (const auto& p : list) arr.push_back({{"field", p.field}, {"code", p.code}});
    return arr;
}

// Originals are echoed as given. A value that is not UTF-8 is shown with its UTF-8 characters kept
// and its stray bytes decoded as Windows-1252, which maps every byte to one character.
nlohmann::json originals_json(const RawRecord& record) {
    auto obj = nlohmann::json::object();
    for (const auto& [column, value] : record.fields)
        obj[decode_utf8_or_windows1252(column)] = decode_utf8_or_windows1252(value);
    return obj;
}

// The CSV reader decodes a value that is not UTF-8 before normalisation sees it: said here.
void add_not_utf8_repairs(nlohmann::json& repairs, const std::vector<std::string>& columns) {
    for (const auto& column : columns) {
        nlohmann::json repair = {{"field", column}, {"code", "not_utf8"}};
        if (std::find(repairs.begin(), repairs.end(), repair) == repairs.end()) repairs.push_back(std::move(repair));
    }
}

nlohmann::json record_json(const SourceItem& item, const NormalizedRecord& n) {
    const std::size_t line = item.line;
    const RawRecord& in = item.record;
    nlohmann::json out = {
        {"line", line},
        {"source_record_id", originals_json(RawRecord{{{"id", in.get("source_record_id")}}})["id"]},
        {"original", originals_json(in)},
        {"first_name", n.first_name},
        {"last_name", n.last_name},
        {"name_key", n.name_key},
        {"first_name_key", n.first_name_key},
        {"last_name_key", n.last_name_key},
        {"email", n.email},
        {"email_kind", to_string(n.email_kind)},
        {"phone_e164", n.phone_e164},
        {"phone_kind", to_string(n.phone_kind)},
        {"birth_date", n.birth_date},
        {"nationality", n.nationality},
        {"country", n.country},
    };
    auto problems = problems_json(n.problems);
    if (in.get("source_record_id").empty())
        problems.push_back({{"field", "source_record_id"}, {"code", "missing_field"}});
    out["problems"] = std::move(problems);
    out["repairs"] = problems_json(n.repairs);
    add_not_utf8_repairs(out["repairs"], item.not_utf8);
    return out;
}

nlohmann::json error_json(const SourceItem& item) {
    nlohmann::json err = {{"code", item.error_code}, {"message", item.error_message}};
    if (!item.raw.empty()) err["input"] = decode_utf8_or_windows1252(item.raw);
    return {{"line", item.line}, {"error", std::move(err)}};
}

// Validates the options that need the library; on error prints it and returns false.
bool prepare(const NormalizeArgs& args, NormalizeOptions& opt, EmailRules& rules, ColumnMap& map) {
    if (!parse_country_option(args.default_country, "normalize", opt.default_country)) return false;
    if (same_file(args.out, args.in)) {
        report_error("normalize", "--out is the input file: refused, it would be overwritten");
        return false;
    }
    if (!args.today.empty()) {
        auto today = parse_date(args.today);
        if (!today) {
            std::cerr << "cardexctl normalize: --today: '" << args.today << "' is not a date\n";
            return false;
        }
        opt.today = *today;
    }
    rules = EmailRules::builtin();
    if (!args.email_rules_file.empty()) {
        auto added = rules.add_rules_file(args.email_rules_file);
        if (!added) {
            std::cerr << "cardexctl normalize: --email-rules " << args.email_rules_file << ": " << added.error() << "\n";
            return false;
        }
    }
    opt.email_rules = &rules;
    auto parsed = parse_column_map(args.map);
    if (!parsed) {
        std::cerr << "cardexctl normalize: " << parsed.error() << "\n";
        return false;
    }
    map = std::move(*parsed);
    return true;
}

int run_normalize(const NormalizeArgs& args) {
    NormalizeOptions opt;
    EmailRules rules;
    ColumnMap map;
    if (!prepare(args, opt, rules, map)) return 2;

    InputFile input;
    if (!open_input(args.in, input, "normalize")) return 2;
    OutputFile output;
    if (!output.open(args.out, "normalize")) return 2;

    auto source = open_record_source(*input.stream, args.csv ? RecordFormat::csv : RecordFormat::json_lines, map);
    std::size_t records = 0, errors = 0;
    SourceItem item;
    while (source->next(item)) {
        nlohmann::json line_out;
        if (item.error_code.empty()) {
            line_out = record_json(item, normalize_record(item.record, opt));
            ++records;
        } else {
            line_out = error_json(item);
            ++errors;
        }
        output.stream() << line_out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    if (auto fatal = source->fatal(); !fatal.empty()) return report_error("normalize", args.in + ": " + fatal);
    if (!output.commit("normalize")) return 2;
    if (auto note = source->note(); !note.empty()) std::cerr << "cardexctl normalize: " << note << "\n";
    std::cerr << "cardexctl normalize: " << records << " records, " << errors << " unreadable lines\n";
    return 0;
}

}  // namespace

void register_normalize_command(CLI::App& app) {
    auto args = std::make_shared<NormalizeArgs>();
    auto* cmd = app.add_subcommand("normalize", "Normalise guest records: JSON lines (or CSV) in, JSON lines out");
    cmd->add_option("--in", args->in, "Input file ('-' for standard input)")->capture_default_str();
    cmd->add_option("--out", args->out, "Output file ('-' for standard output)")->capture_default_str();
    cmd->add_flag("--csv", args->csv, "Input is CSV with a header row (UTF-8, stray bytes read as Windows-1252; ',' ';' or tab)");
    cmd->add_option("--default-country", args->default_country,
                    "Hotel's country: region for national phone numbers without country or nationality")
        ->capture_default_str();
    cmd->add_option("--email-rules", args->email_rules_file, "Extra OTA domains / role local parts (see docs)");
    cmd->add_option("--map", args->map, "Rename input columns: old=new,old2=new2");
    cmd->add_option("--today", args->today, "Reference date for birth-date checks (YYYY-MM-DD; default today)");
    cmd->callback([args] { throw CLI::RuntimeError(run_normalize(*args)); });
}

}  // namespace cardex::ctl
