// The retention purge: records whose registration-card keeping period has ended lose their card
// data (signature, identity document, birth place). Run by cardex-server at start and every 6
// hours, and by `cardexctl purge` (deploy/systemd/cardex-purge.timer).
#pragma once

#include <chrono>
#include <string>

#include "cardex/rcu/register.hpp"
#include "cardex/retention.hpp"

namespace cardex::server {

struct PurgeReport {
    std::size_t cards = 0;     ///< records whose card data was purged (or would be, in a dry run)
    std::string cutoff;        ///< "YYYY-MM-DD": cards kept from before this day were due
    CardRetention retention;
    bool more = false;         ///< purge_step: more cards are due than this step took
    /// Records whose stored data could not be read, left as they were (audited, retried by the
    /// next run): the operator restores them from a backup or erases them.
    std::vector<rcu::RecordId> failed;
};

/// The first day still kept: a card kept from an earlier day is due at `now`.
std::string purge_cutoff(const CardRetention& retention, std::chrono::system_clock::time_point now);

/// One step: at most `batch` due records in one short transaction, audited (counts only). The
/// server runs one step per job on the register's thread, so that tablets' uploads go between
/// steps of a long backlog (the first purge after an upgrade). `first` audits a step that found
/// nothing too: the log shows that the purge ran.
Result<PurgeReport, std::string> purge_step(rcu::Register& reg, const std::string& country, const CardRetention& retention,
                                            std::chrono::system_clock::time_point now, const rcu::Actor& actor,
                                            bool first, std::size_t batch = 500);

/// Every due record, step after step (cardexctl). A dry run counts them and changes nothing.
/// Errors name the country or the step that failed; steps done before stay done.
Result<PurgeReport, std::string> purge_expired_cards(rcu::Register& reg, const std::string& country,
                                                     std::chrono::system_clock::time_point now, const rcu::Actor& actor,
                                                     bool dry_run = false);

}  // namespace cardex::server
