// Clusters of records under construction: union-find that refuses links between conflicting groups.
#pragma once

#include <functional>
#include <tuple>
#include <utility>
#include <vector>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

class ClusterSet {
public:
    /// `count_once`: `freq` itself, changed while two clusters are scored as wholes so that each
    /// counts its repeats once; null when `freq` must only be read.
    ClusterSet(const std::vector<NormalizedRecord>& records, const FrequencyTable& freq, Thresholds thresholds,
               FrequencyTable* count_once = nullptr);

    /// Operator decisions: "different" pairs are never put in one cluster; "same" pairs are joined
    /// at once (call before any other link).
    void forbid(std::uint32_t a, std::uint32_t b);
    void force_link(std::uint32_t a, std::uint32_t b, std::vector<ScoredPair>& links);

    bool same(std::uint32_t a, std::uint32_t b) { return find(a) == find(b); }
    std::size_t size_of(std::uint32_t r) { return members_[find(r)].size(); }

    /// Links the clusters of a and b (a pair already known to score above the link threshold)
    /// unless some record of one conflicts with some record of the other. Appends the link.
    bool try_link(std::uint32_t a, std::uint32_t b, std::vector<ScoredPair>& links);

    /// Links the clusters of a and b if the groups as wholes score at or above the link threshold
    /// without conflict (see score_groups), each counting the values it repeats once (with
    /// `count_once`): a regular guest's own mobile on twelve stays is one person's, not a switchboard.
    bool try_link_groups(std::uint32_t a, std::uint32_t b, std::vector<ScoredPair>& links);

    /// Per record: its cluster's smallest member index.
    std::vector<std::uint32_t> cluster_ids();

    /// A scored candidate pair as review_pairs() reads it.
    struct Candidate {
        std::uint32_t a, b;
        float score;
        bool conflict, identifying, common_name;
    };
    /// Pairs of different clusters that PairScore::reviews() would queue (between the thresholds,
    /// above the link threshold but left unlinked as ambiguous, or names only from their own
    /// threshold), one (the best) per cluster pair. `pair_at(i)` gives the i-th candidate pair.
    std::vector<ScoredPair> review_pairs(std::size_t count, const std::function<Candidate(std::size_t)>& pair_at);

private:
    std::uint32_t find(std::uint32_t x);
    std::vector<const NormalizedRecord*> group(std::uint32_t root) const;
    bool forbidden(std::uint32_t ra, std::uint32_t rb) const;
    void unite(std::uint32_t ra, std::uint32_t rb);

    const std::vector<NormalizedRecord>& records_;
    const FrequencyTable& freq_;
    FrequencyTable* count_once_;
    Thresholds thresholds_;
    std::vector<std::uint32_t> parent_;
    std::vector<std::vector<std::uint32_t>> members_;  // non-empty only at roots
    std::vector<std::pair<std::uint32_t, std::uint32_t>> different_;  // sorted (min, max)
};

}  // namespace cardex::dedup
