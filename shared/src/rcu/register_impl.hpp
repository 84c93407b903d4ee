// Internals of cardex::rcu::Register shared by its source files.
#pragma once

#include <map>
#include <optional>
#include <set>

#include "cardex/rcu/register.hpp"

namespace cardex::rcu {

std::string now_rfc3339();

/// Members of one profile, loaded.
struct LoadedProfile {
    ProfileId id = 0;
    std::vector<SourceRecord> records;
    std::vector<const NormalizedRecord*> normalized() const;
};

struct Register::Impl {
    std::unique_ptr<Store> store;
    RegisterOptions options;
    std::optional<dedup::FrequencyTable> freq;  // built on first use from every record

    dedup::FrequencyTable& frequencies();

    // --- matching (register_matching.cpp) ---
    /// Links a stored, unlinked record: best profile above the link threshold, else a new profile;
    /// review items for profiles between the thresholds; then the closure. Returns the profile.
    ProfileId attach(const SourceRecord& record, const Actor& actor, IngestResult& result);
    /// Searches again from `profile` and folds in every profile that now matches it as a whole,
    /// until nothing changes. Returns the profiles merged.
    std::vector<ProfileId> closure(ProfileId profile, const Actor& actor);
    /// Profiles (other than `except`) holding records that share a blocking key with `records`.
    std::vector<LoadedProfile> candidate_profiles(const std::vector<SourceRecord>& records, ProfileId except);
    LoadedProfile load_profile(ProfileId id);
    /// True when two of the profiles a record would link to are different people (a conflict, or
    /// an operator's decision): the record is then not linked to any of them.
    bool ambiguous(const std::vector<std::pair<const LoadedProfile*, dedup::PairScore>>& linkable);
    /// True when an operator said some record of `a` is a different person from some record of `b`.
    bool decided_different(const std::vector<SourceRecord>& a, const std::vector<SourceRecord>& b);
    /// Groups `p` with profiles it shares an address, phone or e-mail with but is not merged with.
    void update_groups(const LoadedProfile& p, const std::vector<LoadedProfile>& others);
    void move_records(const std::vector<SourceRecord>& records, ProfileId to, double score, const std::string& rule,
                      const Actor& actor);

    // --- golden records ---
    void refresh_golden(ProfileId id);

    // --- operator actions (register_operator.cpp) ---
    /// Re-clusters a profile's records with the operator decisions that concern them; the cluster
    /// holding the oldest record keeps the profile id, the others get new profiles.
    std::vector<ProfileId> recluster(ProfileId id, const Actor& actor);

    /// Operator said `a` and `b` are one person: their profiles become one (the older survives).
    void merge_decided_same(const SourceRecord& a, const SourceRecord& b, const Actor& actor);

    Result<IngestResult, std::string> ingest_one(const Ingest& in, const Actor& actor);
};

}  // namespace cardex::rcu
