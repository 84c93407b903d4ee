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
        // One damaged record (its stored JSON unreadable) must not keep every other card past its
        // period: it is left as it was, named in the audit and retried by the next run; a step that
        // could purge none of its records ends the run.
        for (auto record : due) {
            if (store.purge_card_data(record)) ++report.cards;
            else report.failed.push_back(record);
        }
        if (report.cards == 0 && !report.failed.empty()) report.more = false;
        std::string damaged;
        for (auto record : report.failed)
            damaged += (damaged.empty() ? "" : ", ") + std::string("record:") + std::to_string(record);
        if (report.cards || first || !damaged.empty())
            store.audit({0, rfc3339_utc(now), actor, "retention.purge", "cards",
                         std::to_string(report.cards) + " cards kept from before " + report.cutoff + " (" + country +
                             ", " + std::to_string(retention.days) + " days)" +
                             (damaged.empty() ? "" : "; not purged, damaged: " + damaged)});
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
        total.failed.insert(total.failed.end(), step->failed.begin(), step->failed.end());
        if (!step->more) return total;
    }
}

}  // namespace cardex::server
