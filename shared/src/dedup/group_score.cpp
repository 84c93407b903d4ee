#include "dedup/group_score.hpp"

#include <map>

namespace cardex::dedup {

PairScore score_groups(const std::vector<const NormalizedRecord*>& a, const std::vector<const NormalizedRecord*>& b,
                       const FrequencyTable* freq) {
    // field → its best evidence over all cross pairs. Name fields of one pair belong together
    // (orientation), but taking each field's best is what a multi-valued profile means.
    std::map<std::string_view, Evidence> best;
    PairScore out;
    bool common_name = false;
    for (const auto* x : a) {
        for (const auto* y : b) {
            auto s = score_pair(*x, *y, freq, true);
            if (!s.conflict.empty()) {
                out.conflict = s.conflict;
                out.identifying = s.identifying;
                out.score = s.score;
                out.evidence = std::move(s.evidence);
                return out;
            }
            common_name |= s.common_name;
            for (const auto& e : s.evidence) {
                auto [it, inserted] = best.try_emplace(e.field, e);
                if (!inserted && e.weight > it->second.weight) it->second = e;
            }
        }
    }
    for (const auto& [field, e] : best) {
        out.score += e.weight;
        out.evidence.push_back(e);
    }
    out.identifying = identifies(out.evidence);
    // Names only, and one of the profiles' full names is common: namesakes, not a review.
    out.common_name = !out.identifying && common_name;
    return out;
}

}  // namespace cardex::dedup
