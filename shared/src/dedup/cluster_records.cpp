// Batch clustering: blocking → parallel scoring → constrained union-find → fixpoint on clusters.
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <thread>
#include <unordered_map>

#include "cardex/dedup.hpp"
#include "dedup/cluster_set.hpp"

namespace cardex::dedup {

namespace {

using PairKey = std::uint64_t;
PairKey pair_key(std::uint32_t a, std::uint32_t b) {
    if (a > b) std::swap(a, b);
    return (static_cast<std::uint64_t>(a) << 32) | b;
}

template <class F>
void parallel_for(std::size_t n, unsigned threads, F&& body) {
    if (threads <= 1 || n < 1024) {
        body(std::size_t{0}, n);
        return;
    }
    std::vector<std::thread> pool;
    std::size_t chunk = (n + threads - 1) / threads;
    for (unsigned t = 0; t < threads; ++t) {
        std::size_t lo = t * chunk, hi = std::min(n, lo + chunk);
        if (lo < hi) pool.emplace_back([&body, lo, hi] { body(lo, hi); });
    }
    for (auto& th : pool) th.join();
}

// (hash of a blocking key, record) for every key of every record, sorted so that blocks are runs.
std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed_records(const std::vector<NormalizedRecord>& records) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed;
    keyed.reserve(records.size() * 5);
    std::hash<std::string> hash;
    // Keyed by its search keys, a visit joins the blocks of the stays of its week (a stay keeps
    // its own keys): pairs of two stays are compared there too, and their score has no stay evidence.
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        for (const auto& key : records[i].is_visit() ? search_keys(records[i]) : blocking_keys(records[i]))
            keyed.emplace_back(hash(key), i);
    }
    std::sort(keyed.begin(), keyed.end());
    keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
    return keyed;
}

// Candidate pairs. A block larger than max_block_size (a switchboard number, a family's shared
// e-mail used by a thousand bookings) is not compared all-pairs: its records are sorted by name and
// only neighbours within a window are paired, which keeps the pairs that matter (same names) without
// a quadratic blow-up.
std::vector<PairKey> candidate_pairs(const std::vector<NormalizedRecord>& records, const MatchConfig& config,
                                     std::size_t& oversized) {
    auto keyed = keyed_records(records);
    std::vector<PairKey> pairs;
    std::vector<std::uint32_t> block;
    for (std::size_t i = 0; i < keyed.size();) {
        std::size_t j = i;
        block.clear();
        while (j < keyed.size() && keyed[j].first == keyed[i].first) block.push_back(keyed[j++].second);
        i = j;
        if (block.size() < 2) continue;
        std::size_t window = block.size();
        if (block.size() > config.max_block_size) {
            ++oversized;
            window = config.neighbourhood;
            std::sort(block.begin(), block.end(), [&](std::uint32_t x, std::uint32_t y) {
                const auto &a = records[x], &b = records[y];
                return std::tie(a.last_name_key, a.first_name_key, x) < std::tie(b.last_name_key, b.first_name_key, y);
            });
        }
        for (std::size_t a = 0; a < block.size(); ++a)
            for (std::size_t b = a + 1; b < block.size() && b - a < window; ++b)
                pairs.push_back(pair_key(block[a], block[b]));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

struct Scored {
    PairKey key;
    float score;
    bool conflict;
    bool identifying;
    bool common_name;
};

// A record that would link to two records which are clearly different people (a "J Moreau"
// sharing a phone with both Jean Moreau born 1970 and J Moreau born 1998) cannot be placed without
// guessing unless it fits one of them decisively better (Thresholds::decisive). Else it links to
// neither; its pairs go to review.
std::vector<bool> ambiguous_records(const std::vector<NormalizedRecord>& records, const std::vector<Scored>& scored,
                                    const FrequencyTable& freq, const Thresholds& t) {
    std::vector<std::vector<std::pair<std::uint32_t, double>>> partners(records.size());
    for (const auto& s : scored) {
        if (s.conflict || !s.identifying || s.score < t.link) continue;
        auto a = static_cast<std::uint32_t>(s.key >> 32), b = static_cast<std::uint32_t>(s.key);
        partners[a].emplace_back(b, s.score);
        partners[b].emplace_back(a, s.score);
    }
    std::vector<bool> ambiguous(records.size(), false);
    for (std::size_t x = 0; x < records.size(); ++x) {
        const auto& p = partners[x];
        for (std::size_t i = 0; i < p.size() && !ambiguous[x]; ++i)
            for (std::size_t j = i + 1; j < p.size() && !ambiguous[x]; ++j)
                ambiguous[x] = std::abs(p[i].second - p[j].second) < t.decisive &&
                               !score_pair(records[p[i].first], records[p[j].first], &freq, false).conflict.empty();
    }
    return ambiguous;
}

}  // namespace

BatchResult cluster_records(const std::vector<NormalizedRecord>& records, const MatchConfig& config, unsigned threads,
                            const Constraints* constraints, const FrequencyTable* given_freq) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    BatchResult result;
    FrequencyTable own_freq;
    if (!given_freq)
        for (const auto& r : records) own_freq.add(r);
    const FrequencyTable& freq = given_freq ? *given_freq : own_freq;

    auto pairs = candidate_pairs(records, config, result.oversized_blocks);
    result.candidate_pairs = pairs.size();
    std::vector<Scored> scored(pairs.size());
    parallel_for(pairs.size(), threads, [&](std::size_t lo, std::size_t hi) {
        for (std::size_t i = lo; i < hi; ++i) {
            auto a = static_cast<std::uint32_t>(pairs[i] >> 32), b = static_cast<std::uint32_t>(pairs[i]);
            auto s = score_pair(records[a], records[b], &freq, false);
            scored[i] = {pairs[i], static_cast<float>(s.score), !s.conflict.empty(), s.identifying, s.common_name};
        }
    });
    pairs = {};

    auto ambiguous = ambiguous_records(records, scored, freq, config.thresholds);
    auto involves_ambiguous = [&](const Scored& s) {
        return ambiguous[static_cast<std::uint32_t>(s.key >> 32)] || ambiguous[static_cast<std::uint32_t>(s.key)];
    };
    // Counting a cluster's repeats once changes the table: only our own. A given one may already
    // have these records' repeats taken out, and taking them out twice would corrupt its counts.
    ClusterSet clusters(records, freq, config.thresholds, given_freq ? nullptr : &own_freq);
    if (constraints) {
        for (auto [a, b] : constraints->different) clusters.forbid(a, b);
        for (auto [a, b] : constraints->same) clusters.force_link(a, b, result.links);
    }
    // Strongest evidence first, so a doubtful pair never decides before a certain one.
    std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
        return x.score != y.score ? x.score > y.score : x.key < y.key;
    });
    for (const auto& s : scored) {
        if (s.conflict || !s.identifying || s.score < config.thresholds.link || involves_ambiguous(s)) continue;
        clusters.try_link(static_cast<std::uint32_t>(s.key >> 32), static_cast<std::uint32_t>(s.key), result.links);
    }
    // Fixpoint: a record that matched no single member may match the merged profile (its e-mail
    // from one record, its birth date from another). Repeat until a whole pass links nothing.
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& s : scored) {
            if (s.conflict || involves_ambiguous(s)) continue;
            auto a = static_cast<std::uint32_t>(s.key >> 32), b = static_cast<std::uint32_t>(s.key);
            if (clusters.same(a, b) || (clusters.size_of(a) == 1 && clusters.size_of(b) == 1)) continue;
            changed |= clusters.try_link_groups(a, b, result.links);
        }
    }
    result.reviews = clusters.review_pairs(scored.size(), [&](std::size_t i) {
        const auto& s = scored[i];
        return ClusterSet::Candidate{static_cast<std::uint32_t>(s.key >> 32), static_cast<std::uint32_t>(s.key), s.score,
                                     s.conflict, s.identifying, s.common_name};
    });
    result.cluster_of = clusters.cluster_ids();
    return result;
}

}  // namespace cardex::dedup
