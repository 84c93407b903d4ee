// cardexctl review list|decide, link, unlink — the operator's hand on dedup decisions.
#include <chrono>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "ctl_common.hpp"
#include "credentials.hpp"

namespace cardex::ctl {

namespace {

struct ReviewArgs {
    std::size_t limit = 50;
    bool json = false;
    std::int64_t id = 0;
    std::string decision;
    rcu::RecordId record = 0, other = 0;
    rcu::ProfileId profile = 0;
};

int run_list(const GlobalOptions& g, const ReviewArgs& a) {
    auto reg = open_register(g, "review list");
    if (!reg) return kExitUsage;
    auto items = reg->store().reviews("open", a.limit);
    // The list shows guests' names: a read of personal data, audited like a profile's.
    auto audited = reg->with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        store.audit({0, server::rfc3339_utc(std::chrono::system_clock::now()), g.actor_or_default(), "review.list", "reviews",
                     std::to_string(items.size()) + " open items shown"});
        return true;
    });
    if (!audited) return report_error("review list", audited.error());
    if (a.json) {
        for (const auto& it : items)
            std::cout << nlohmann::json{{"review_id", it.id}, {"a", it.a}, {"b", it.b}, {"score", it.score},
                                        {"explanation", nlohmann::json::parse(it.explanation, nullptr, false)},
                                        {"created_at", it.created_at}}
                             .dump()
                      << "\n";
        return 0;
    }
    if (items.empty()) std::cout << "no pairs waiting for review\n";
    for (const auto& it : items) {
        auto ra = reg->store().record(it.a), rb = reg->store().record(it.b);
        if (!ra || !rb) continue;
        std::cout << "#" << it.id << "  score " << it.score << "\n"
                  << "   record " << it.a << " " << ra->source << ":" << ra->source_record_id << "  "
                  << ra->normalized.first_name << " " << ra->normalized.last_name << "\n"
                  << "   record " << it.b << " " << rb->source << ":" << rb->source_record_id << "  "
                  << rb->normalized.first_name << " " << rb->normalized.last_name << "\n";
        auto expl = nlohmann::json::parse(it.explanation, nullptr, false);
        if (expl.is_object())
            for (const auto& e : expl["evidence"])
                std::cout << "     " << e["field"].get<std::string>() << ": " << e["level"].get<std::string>() << " ("
                          << e["weight"].get<double>() << ")\n";
    }
    return 0;
}

int run_decide(const GlobalOptions& g, const ReviewArgs& a) {
    const std::string cmd = "review decide";
    if (a.decision != "same" && a.decision != "different")
        return report_error(cmd, "decision must be 'same' or 'different', not '" + a.decision + "'");
    auto reg = open_register(g, cmd);
    if (!reg) return kExitUsage;
    auto r = reg->decide_review(a.id, a.decision == "same" ? rcu::PairDecision::same : rcu::PairDecision::different,
                                g.actor_or_default());
    if (!r) return report_error(cmd, r.error());
    std::cout << "review " << a.id << ": " << a.decision << "\n";
    return 0;
}

// Any pair of records, not only a review item's: how an operator undoes an unlink or a
// "different" they regret, or joins two records the engine never compared.
int run_decide_pair(const GlobalOptions& g, const ReviewArgs& a) {
    const std::string cmd = "decide";
    if (a.decision != "same" && a.decision != "different")
        return report_error(cmd, "decision must be 'same' or 'different', not '" + a.decision + "'");
    if (a.record == a.other) return report_error(cmd, "the two records are one");
    auto reg = open_register(g, cmd);
    if (!reg) return kExitUsage;
    auto r = reg->decide(a.record, a.other, a.decision == "same" ? rcu::PairDecision::same : rcu::PairDecision::different,
                         g.actor_or_default());
    if (!r) return report_error(cmd, r.error());
    std::cout << "records " << a.record << " and " << a.other << ": " << a.decision << "\n";
    return 0;
}

int run_link(const GlobalOptions& g, const ReviewArgs& a) {
    auto reg = open_register(g, "link");
    if (!reg) return kExitUsage;
    auto r = reg->link(a.record, a.profile, g.actor_or_default());
    if (!r) return report_error("link", r.error());
    std::cout << "record " << a.record << " linked to profile " << a.profile << "\n";
    return 0;
}

int run_unlink(const GlobalOptions& g, const ReviewArgs& a) {
    auto reg = open_register(g, "unlink");
    if (!reg) return kExitUsage;
    auto r = reg->unlink(a.record, g.actor_or_default());
    if (!r) return report_error("unlink", r.error());
    std::cout << "record " << a.record << " moved to new profile " << *r << "\n";
    return 0;
}

}  // namespace

void register_review_commands(CLI::App& app, std::shared_ptr<GlobalOptions> g) {
    auto* review = app.add_subcommand("review", "Pairs the engine was not sure about");
    review->require_subcommand(1);
    auto list = std::make_shared<ReviewArgs>();
    auto* l = review->add_subcommand("list", "List open review items with their evidence");
    l->add_option("--limit", list->limit, "At most this many")->capture_default_str();
    l->add_flag("--json", list->json, "One JSON object per line");
    l->callback([g, list] { throw CLI::RuntimeError(run_list(*g, *list)); });

    auto decide = std::make_shared<ReviewArgs>();
    auto* d = review->add_subcommand("decide", "Decide a review item: same person or different people");
    d->add_option("id", decide->id, "Review item id")->required();
    d->add_option("decision", decide->decision, "same | different")->required();
    d->callback([g, decide] { throw CLI::RuntimeError(run_decide(*g, *decide)); });

    auto link = std::make_shared<ReviewArgs>();
    auto pair = std::make_shared<ReviewArgs>();
    auto* p = app.add_subcommand("decide", "Decide whether two source records are the same person (undoes an unlink)");
    p->add_option("record", pair->record, "Record id")->required();
    p->add_option("other", pair->other, "The other record's id")->required();
    p->add_option("decision", pair->decision, "same or different")->required();
    p->callback([g, pair] { throw CLI::RuntimeError(run_decide_pair(*g, *pair)); });

    auto* k = app.add_subcommand("link", "Link a source record into a profile (operator decision)");
    k->add_option("record", link->record, "Record id")->required();
    k->add_option("profile", link->profile, "Profile id")->required();
    k->callback([g, link] { throw CLI::RuntimeError(run_link(*g, *link)); });

    auto unlink = std::make_shared<ReviewArgs>();
    auto* u = app.add_subcommand("unlink", "Move a source record out of its profile; it stays apart from those records");
    u->add_option("record", unlink->record, "Record id")->required();
    u->callback([g, unlink] { throw CLI::RuntimeError(run_unlink(*g, *unlink)); });
}

}  // namespace cardex::ctl
