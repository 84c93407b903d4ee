// Records and evidence checks shared by the dedup engine's unit tests.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "cardex/dedup.hpp"
#include "cardex/rcu/register.hpp"
#include "support/process.hpp"

namespace cardex::test {

/// A record normalised as of 2026-11-22 from (column, value) pairs of import-schema.md.
inline NormalizedRecord rec(std::vector<std::pair<std::string, std::string>> fields) {
    NormalizeOptions opt;
    opt.today = Date{2026, 11, 22};
    return normalize_record(RawRecord{std::move(fields)}, opt);
}

/// A register in `dir` (a real SQLite file) that normalises as of the same day as rec().
inline std::unique_ptr<rcu::Register> open_register(const TempDir& dir) {
    rcu::RegisterOptions opt;
    opt.normalize.today = Date{2026, 11, 22};
    auto reg = rcu::Register::open(dir.path().string(), opt);
    REQUIRE(reg);
    return std::move(*reg);
}

/// Whether the score's explanation holds `field` at `level`.
inline bool has_evidence(const dedup::PairScore& s, std::string_view field, std::string_view level) {
    return std::any_of(s.evidence.begin(), s.evidence.end(),
                       [&](const dedup::Evidence& e) { return e.field == field && e.level == level; });
}

}  // namespace cardex::test
