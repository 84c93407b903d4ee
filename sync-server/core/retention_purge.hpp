// The retention purge: registration cards past their country's keeping period lose their card
// data (signature, identity document, birth place). Run by cardex-server every few hours and by
// `cardexctl purge` (deploy/systemd/cardex-purge.timer).
#pragma once

#include <chrono>
#include <string>

#include "cardex/rcu/register.hpp"

namespace cardex::server {

struct PurgeReport {
    std::size_t cards = 0;     ///< cards purged (or that would be, in a dry run)
    std::string cutoff;        ///< cards received before this were due
    int keep_days = 0;
};

/// Purges the cards of hotels in `country` received more than its keeping period before `now`.
/// In batches of 500 per transaction; audited per batch (counts only). Errors name the country.
Result<PurgeReport, std::string> purge_expired_cards(rcu::Register& reg, const std::string& country,
                                                     std::chrono::system_clock::time_point now, const rcu::Actor& actor,
                                                     bool dry_run = false);

}  // namespace cardex::server
