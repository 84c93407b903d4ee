// cardexctl thresholds — shows or sets the dedup thresholds of the register (docs/dedup.md), which
// the server and every cardexctl command then use (a running server from its next batch).
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "ctl_common.hpp"

namespace cardex::ctl {

namespace {

struct ThresholdArgs {
    double link = 0, review = 0, review_names_only = 0;
    CLI::Option *link_opt = nullptr, *review_opt = nullptr, *names_only_opt = nullptr;
    bool json = false;
    bool changes() const { return link_opt->count() + review_opt->count() + names_only_opt->count() > 0; }
};

void print(const dedup::Thresholds& t, bool json) {
    if (json) {
        nlohmann::json j;
        for (const auto& n : dedup::kNamedThresholds) j[n.name] = t.*n.field;
        std::cout << j.dump() << "\n";
        return;
    }
    std::cout << "link_threshold              " << t.link << "   (identifying pairs at or above: linked)\n"
              << "review_threshold            " << t.review << "   (identifying pairs at or above: review queue)\n"
              << "review_names_only_threshold " << t.review_names_only
              << "   (pairs with only names in common at or above: review queue)\n";
}

int run_thresholds(const GlobalOptions& g, const ThresholdArgs& a) {
    const std::string cmd = "thresholds";
    if (!a.changes() && !register_exists(g)) {  // shown, not written: a mistyped --data-dir stays empty
        std::cerr << "cardexctl thresholds: no register in " << g.data_dir
                  << " yet: these are the defaults a new register starts with\n";
        print(dedup::Thresholds{}, a.json);
        return 0;
    }
    // Setting them is setting a register up (before its first import): that may create it.
    auto reg = open_register(g, cmd, a.changes() ? IfMissing::create : IfMissing::refuse);
    if (!reg) return kExitUsage;
    auto current = reg->thresholds();
    const bool all_given = a.link_opt->count() && a.review_opt->count() && a.names_only_opt->count();
    if (!current && !all_given)  // a damaged setting is repaired by giving all three
        return report_error(cmd, current.error() + " (set all three: --link, --review, --review-names-only)");
    dedup::Thresholds t = current ? *current : dedup::Thresholds{};
    if (a.changes()) {
        if (a.link_opt->count()) t.link = a.link;
        if (a.review_opt->count()) t.review = a.review;
        if (a.names_only_opt->count()) t.review_names_only = a.review_names_only;
        if (auto ok = reg->set_thresholds(t, g.actor_or_default()); !ok) return report_error(cmd, ok.error());
    }
    print(t, a.json);
    return 0;
}

}  // namespace

void register_thresholds_command(CLI::App& app, std::shared_ptr<GlobalOptions> g) {
    auto args = std::make_shared<ThresholdArgs>();
    auto* c = app.add_subcommand("thresholds", "Show or set the register's dedup thresholds (server and cardexctl)");
    args->link_opt = c->add_option("--link", args->link, "Score at or above which identifying pairs link");
    args->review_opt = c->add_option("--review", args->review, "Score at or above which identifying pairs go to review");
    args->names_only_opt = c->add_option("--review-names-only", args->review_names_only,
                                         "Score at or above which pairs with only names in common go to review");
    c->add_flag("--json", args->json, "Print one JSON object");
    c->callback([g, args] { throw CLI::RuntimeError(run_thresholds(*g, *args)); });
}

}  // namespace cardex::ctl
