#include "dedup/cluster_set.hpp"

#include <algorithm>
#include <map>

#include "dedup/counted_once.hpp"
#include "dedup/group_score.hpp"

namespace cardex::dedup {

namespace {
std::pair<std::uint32_t, std::uint32_t> ordered(std::uint32_t a, std::uint32_t b) {
    return a < b ? std::pair{a, b} : std::pair{b, a};
}
}  // namespace

ClusterSet::ClusterSet(const std::vector<NormalizedRecord>& records, const FrequencyTable& freq, Thresholds thresholds,
                       FrequencyTable* count_once)
    : records_(records), freq_(freq), count_once_(count_once), thresholds_(thresholds), parent_(records.size()),
      members_(records.size()) {
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        parent_[i] = i;
        members_[i] = {i};
    }
}

std::uint32_t ClusterSet::find(std::uint32_t x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];  // path halving
        x = parent_[x];
    }
    return x;
}

std::vector<const NormalizedRecord*> ClusterSet::group(std::uint32_t root) const {
    std::vector<const NormalizedRecord*> g;
    for (auto m : members_[root]) g.push_back(&records_[m]);
    return g;
}

void ClusterSet::unite(std::uint32_t ra, std::uint32_t rb) {
    if (members_[ra].size() < members_[rb].size()) std::swap(ra, rb);
    parent_[rb] = ra;
    members_[ra].insert(members_[ra].end(), members_[rb].begin(), members_[rb].end());
    members_[rb].clear();
    members_[rb].shrink_to_fit();
}

void ClusterSet::forbid(std::uint32_t a, std::uint32_t b) {
    auto p = ordered(a, b);
    different_.insert(std::upper_bound(different_.begin(), different_.end(), p), p);
}

bool ClusterSet::forbidden(std::uint32_t ra, std::uint32_t rb) const {
    if (different_.empty()) return false;
    for (auto x : members_[ra])
        for (auto y : members_[rb])
            if (std::binary_search(different_.begin(), different_.end(), ordered(x, y))) return true;
    return false;
}

void ClusterSet::force_link(std::uint32_t a, std::uint32_t b, std::vector<ScoredPair>& links) {
    auto ra = find(a), rb = find(b);
    if (ra == rb) return;
    PairScore s = score_pair(records_[a], records_[b], &freq_, true);
    s.evidence.push_back({"operator", "same", 0.0});
    links.push_back({a, b, std::move(s), true});
    unite(ra, rb);
}

bool ClusterSet::try_link(std::uint32_t a, std::uint32_t b, std::vector<ScoredPair>& links) {
    auto ra = find(a), rb = find(b);
    if (ra == rb || forbidden(ra, rb)) return false;
    // Every cross pair must be free of conflict, not only the pair that brought the clusters together.
    for (auto x : members_[ra])
        for (auto y : members_[rb])
            if ((x != a || y != b) && !score_pair(records_[x], records_[y], &freq_, false).conflict.empty()) return false;
    links.push_back({a, b, score_pair(records_[a], records_[b], &freq_, true), true});
    unite(ra, rb);
    return true;
}

bool ClusterSet::try_link_groups(std::uint32_t a, std::uint32_t b, std::vector<ScoredPair>& links) {
    auto ra = find(a), rb = find(b);
    if (ra == rb || forbidden(ra, rb)) return false;
    auto s = [&] {
        if (!count_once_) return score_groups(group(ra), group(rb), &freq_);
        CountedOnce a_once(*count_once_, group(ra)), b_once(*count_once_, group(rb));
        return score_groups(a_once.records(), b_once.records(), &freq_);
    }();
    if (!s.links(thresholds_)) return false;
    links.push_back({a, b, std::move(s), true});
    unite(ra, rb);
    return true;
}

std::vector<std::uint32_t> ClusterSet::cluster_ids() {
    std::vector<std::uint32_t> ids(parent_.size());
    for (std::uint32_t i = 0; i < parent_.size(); ++i) {
        auto root = find(i);
        ids[i] = *std::min_element(members_[root].begin(), members_[root].end());
    }
    return ids;
}

std::vector<ScoredPair> ClusterSet::review_pairs(std::size_t count, const std::function<Candidate(std::size_t)>& pair_at) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::pair<std::uint32_t, std::uint32_t>> best;  // roots → pair
    std::map<std::pair<std::uint32_t, std::uint32_t>, float> best_score;
    for (std::size_t i = 0; i < count; ++i) {
        const auto [a, b, score, conflict, identifying, common_name] = pair_at(i);
        // A pair left unlinked above the link threshold is ambiguous: review it (PairScore::reviews).
        if (conflict || common_name || score < thresholds_.review_from(identifying)) continue;
        auto ra = find(a), rb = find(b);
        if (ra == rb) continue;
        auto roots = ordered(ra, rb);
        auto it = best_score.find(roots);
        if (it == best_score.end() || score > it->second) {
            best_score[roots] = score;
            best[roots] = {a, b};
        }
    }
    std::vector<ScoredPair> out;
    for (const auto& [roots, ab] : best)
        out.push_back({ab.first, ab.second, score_pair(records_[ab.first], records_[ab.second], &freq_, true), false});
    return out;
}

}  // namespace cardex::dedup
