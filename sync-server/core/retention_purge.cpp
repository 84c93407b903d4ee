#include "retention_purge.hpp"

#include "cardex/date.hpp"
#include "credentials.hpp"

namespace cardex::server {

std::string purge_cutoff(const CardRetention& retention, std::chrono::system_clock::time_point now) {
    const auto today = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
    return Date::from_days_since_epoch(static_cast<long>(today) - retention.days).iso();
}

Result<PurgeReport, std::string> purge_step(rcu::Register& reg, const std::string& country, const CardRetention& retention,
                                            std::chrono::system_clock::time_point now, const rcu::Actor& actor,
                                            bool first, std::size_t batch) {
    PurgeReport report;
    report.retention = retention;
    report.cutoff = purge_cutoff(retention, now);
    auto tx = reg.with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        auto due = store.cards_due(report.cutoff, batch + 1);
        report.more = due.size() > batch;
        if (report.more) due.pop_back();
        for (auto record : due) store.purge_card_data(record);
        report.cards = due.size();
        if (report.cards || first)
            store.audit({0, rfc3339_utc(now), actor, "retention.purge", "cards",
                         std::to_string(report.cards) + " cards kept from before " + report.cutoff + " (" + country +
                             ", " + std::to_string(retention.days) + " days)"});
        return true;
    });
    if (!tx) return fail("purge of cards kept from before " + report.cutoff + ": " + tx.error());
    return report;
}

Result<PurgeReport, std::string> purge_expired_cards(rcu::Register& reg, const std::string& country,
                                                     std::chrono::system_clock::time_point now, const rcu::Actor& actor,
                                                     bool dry_run) {
    auto retention = card_retention_for(country);
    if (!retention) return fail(retention.error());
    PurgeReport total;
    total.retention = *retention;
    total.cutoff = purge_cutoff(*retention, now);
    if (dry_run) {
        total.cards = reg.store().count_cards_due(total.cutoff);
        return total;
    }
    for (bool first = true;; first = false) {
        auto step = purge_step(reg, country, *retention, now, actor, first);
        if (!step) return fail(step.error() + " (" + std::to_string(total.cards) + " purged before it stay purged)");
        total.cards += step->cards;
        if (!step->more) return total;
    }
}

}  // namespace cardex::server
