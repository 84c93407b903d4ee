// cardexctl rematch — searches again from the profiles of stored records (docs/dedup.md). The
// engine matches a record when it is stored, and again only when it, or a record it meets, next
// changes; after an upgrade that brings new evidence (the stay evidence of schema 5) or a change
// of the thresholds, this applies it to what the register already holds.
#include <set>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "ctl_common.hpp"

namespace cardex::ctl {

namespace {

struct RematchArgs {
    std::vector<std::string> sources;  ///< empty: every source
    std::size_t batch = 1000;
    bool json = false;
};

int run_rematch(const GlobalOptions& g, const RematchArgs& a) {
    const std::string cmd = "rematch";
    auto reg = open_register(g, cmd);
    if (!reg) return kExitUsage;
    const std::set<std::string> sources(a.sources.begin(), a.sources.end());
    std::size_t records = 0, profiles = 0, merged = 0, next_report = 100000;
    rcu::RecordId after = 0;
    // A transaction per page of records: a server on the same register waits for one page at most.
    for (auto page = reg->store().scan_records(after, a.batch); !page.empty();
         page = reg->store().scan_records(after, a.batch)) {
        std::vector<rcu::RecordId> ids;
        for (const auto& r : page) {
            after = r.id;
            if (sources.empty() || sources.count(r.source)) ids.push_back(r.id);
        }
        auto done = reg->rematch(ids, g.actor_or_default());
        if (!done) return report_error(cmd, done.error());
        records += ids.size();
        profiles += done->profiles;
        merged += done->merged;
        if (records >= next_report && !a.json) {
            std::cerr << "cardexctl rematch: " << records << " records, " << merged << " profiles merged so far\n";
            next_report += 100000;
        }
    }
    if (a.json) {
        std::cout << nlohmann::json{{"records", records}, {"profiles", profiles}, {"merged", merged}}.dump() << "\n";
    } else {
        std::cout << "rematch: " << records << " records, " << profiles << " profiles searched again, " << merged
                  << " profiles merged into them\n";
    }
    return 0;
}

}  // namespace

void register_rematch_command(CLI::App& app, std::shared_ptr<GlobalOptions> g) {
    auto args = std::make_shared<RematchArgs>();
    auto* c = app.add_subcommand("rematch", "Search again from the profiles of stored records and merge what now matches");
    c->add_option("--source", args->sources, "Only records of these sources (spa, restaurant, …); repeat or comma-separate")
        ->delimiter(',');
    c->add_option("--batch", args->batch, "Records per transaction")->check(CLI::Range(1, 100000));
    c->add_flag("--json", args->json, "Print one JSON object: records, profiles, merged");
    c->callback([g, args] { throw CLI::RuntimeError(run_rematch(*g, *args)); });
}

}  // namespace cardex::ctl
