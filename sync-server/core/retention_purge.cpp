#include "retention_purge.hpp"

#include "cardex/retention.hpp"
#include "credentials.hpp"

namespace cardex::server {

Result<PurgeReport, std::string> purge_expired_cards(rcu::Register& reg, const std::string& country,
                                                     std::chrono::system_clock::time_point now, const rcu::Actor& actor,
                                                     bool dry_run) {
    auto days = card_retention_days(country);
    if (!days) return fail("country: no registration-card rule set for \"" + country + "\" (FR, ES, IT, DE, PT)");
    PurgeReport report;
    report.keep_days = *days;
    report.cutoff = rfc3339_utc(now - std::chrono::days(*days));
    const std::vector<std::string> columns(std::begin(kCardOnlyColumns), std::end(kCardOnlyColumns));
    if (dry_run) {
        report.cards = reg.store().cards_to_purge(report.cutoff, std::numeric_limits<std::size_t>::max() / 2).size();
        return report;
    }
    for (;;) {
        std::size_t batch = 0;
        auto tx = reg.with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
            auto due = store.cards_to_purge(report.cutoff, 500);
            for (const auto& card : due) store.purge_card(card, columns);
            batch = due.size();
            // Every run is audited, one that found nothing too: the log shows the purge ran.
            if (batch || report.cards == 0)
                store.audit({0, rfc3339_utc(now), actor, "retention.purge", "cards",
                             std::to_string(batch) + " cards received before " + report.cutoff + " (" + country + ", " +
                                 std::to_string(*days) + " days)"});
            return true;
        });
        if (!tx) return fail(tx.error());
        report.cards += batch;
        if (batch < 500) break;
    }
    return report;
}

}  // namespace cardex::server
