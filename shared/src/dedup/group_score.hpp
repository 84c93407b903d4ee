// Scoring a record group against another: the evidence of a merged profile.
#pragma once

#include <vector>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

/// Compares every record of `a` with every record of `b`. Any conflicting pair makes the groups
/// conflict (no chaining A~B~C into a false merge when A and C are clearly different people).
/// Otherwise, for each field the strongest agreement among the cross pairs counts once: a profile
/// holds every value its records brought (several phones, an e-mail from one, a birth date from
/// another). The evidence of the result lists those best fields.
PairScore score_groups(const std::vector<const NormalizedRecord*>& a, const std::vector<const NormalizedRecord*>& b,
                       const FrequencyTable* freq);

}  // namespace cardex::dedup
