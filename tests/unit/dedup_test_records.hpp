// Records and evidence checks shared by the dedup engine's unit tests.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cardex/dedup.hpp"

namespace cardex::test {

/// A record normalised as of 2026-11-22 from (column, value) pairs of import-schema.md.
inline NormalizedRecord rec(std::vector<std::pair<std::string, std::string>> fields) {
    NormalizeOptions opt;
    opt.today = Date{2026, 11, 22};
    return normalize_record(RawRecord{std::move(fields)}, opt);
}

/// Whether the score's explanation holds `field` at `level`.
inline bool has_evidence(const dedup::PairScore& s, std::string_view field, std::string_view level) {
    return std::any_of(s.evidence.begin(), s.evidence.end(),
                       [&](const dedup::Evidence& e) { return e.field == field && e.level == level; });
}

}  // namespace cardex::test
