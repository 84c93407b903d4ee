// Internals of cardex::rcu::Register shared by its source files.
#pragma once

#include <map>
#include <optional>
#include <set>

#include "cardex/rcu/register.hpp"
#include "dedup/counted_once.hpp"

namespace cardex::rcu {

std::string now_rfc3339();

/// Members of one profile, loaded.
struct LoadedProfile {
    ProfileId id = 0;
    std::vector<SourceRecord> records;
    std::vector<const NormalizedRecord*> normalized() const;
};

using dedup::CountedOnce;

struct Register::Impl {
    std::unique_ptr<Store> store;
    RegisterOptions options;                    // match.thresholds: those in force (load_settings)
    dedup::Thresholds default_thresholds;       // the options' own, where the register sets none
    std::optional<dedup::FrequencyTable> freq;  // built on first use from every record

    dedup::FrequencyTable& frequencies();

    // --- matching (register_matching.cpp) ---
    /// Links a stored, unlinked record: best profile above the link threshold, else a new profile;
    /// review items for profiles between the thresholds; then the closure. Returns the profile.
    ProfileId attach(const SourceRecord& record, const Actor& actor, IngestResult& result);
    /// Searches again from `profile` and folds in every profile that now matches it as a whole,
    /// until nothing changes; a step is refused when either side would link to two different
    /// people (ambiguous). Returns the profiles merged.
    /// `loaded`, when given, is the profile as it stands (its records already read): the first
    /// search starts from it instead of reading the profile again.
    std::vector<ProfileId> closure(ProfileId profile, const Actor& actor, const LoadedProfile* loaded = nullptr);
    using ScoredProfiles = std::vector<std::pair<const LoadedProfile*, dedup::PairScore>>;
    /// The candidates `self` links to, and (when `doubtful` is given) those it would send to review;
    /// a candidate with an operator "different" decision against `self` is neither.
    ScoredProfiles linkable_among(const LoadedProfile& self, const std::vector<LoadedProfile>& candidates,
                                  ScoredProfiles* doubtful = nullptr);
    /// Deletes profile `gone` whose records moved to `into`; `into` takes its place in its
    /// households and company accounts (a group left with one member is dissolved).
    void fold_profile(ProfileId gone, ProfileId into);
    /// Moves the records of `q` into `profile` and deletes `q` (audited as a merge).
    void absorb(ProfileId profile, const LoadedProfile& q, double score, const Actor& actor);
    /// Profiles (other than `except`) holding records that share a blocking key with `records`.
    std::vector<LoadedProfile> candidate_profiles(const std::vector<SourceRecord>& records, ProfileId except);
    LoadedProfile load_profile(ProfileId id);
    /// True when two of the profiles a record would link to are different people (a conflict, or
    /// an operator's decision): the record is then not linked to any of them.
    bool ambiguous(const ScoredProfiles& linkable);
    /// True when an operator said some record of `a` is a different person from some record of `b`.
    bool decided_different(const std::vector<SourceRecord>& a, const std::vector<SourceRecord>& b);
    /// Groups with each other the profiles of a split or an unlink that share a contact.
    void group_apart(const std::vector<ProfileId>& profiles);
    /// Groups `p` with profiles it shares an address, phone or e-mail with but is not merged with.
    void update_groups(const LoadedProfile& p, const std::vector<LoadedProfile>& others);
    void move_records(const std::vector<SourceRecord>& records, ProfileId to, double score, const std::string& rule,
                      const Actor& actor);

    // --- golden records ---
    void refresh_golden(ProfileId id);
    /// The same from the profile's records, already read (all of them, as profile_records gives).
    void refresh_golden(const LoadedProfile& profile);

    // --- operator actions (register_operator.cpp) ---
    /// Re-clusters a profile's records with the operator decisions that concern them; the cluster
    /// holding the oldest record keeps the profile id, the others get new profiles.
    std::vector<ProfileId> recluster(ProfileId id, const Actor& actor);

    /// Operator said `a` and `b` are one person: their profiles become one (the older survives).
    void merge_decided_same(const SourceRecord& a, const SourceRecord& b, const Actor& actor);

    Result<IngestResult, std::string> ingest_one(const Ingest& in, const Actor& actor);

    // --- settings (register_settings.cpp) ---
    /// Reads the register's settings into options (at the start of every transaction).
    Result<bool, std::string> load_settings();

    /// Runs `body` in one transaction, with the register's settings as they are in it (unless
    /// `with_settings` is false: setting them must work even when the stored ones are unreadable);
    /// rolls back on error or exception (the register stays as it was).
    template <class T, class F>
    Result<T, std::string> transaction(F&& body, bool with_settings = true) {
        if (auto b = store->begin(); !b) return fail(b.error());
        try {
            if (with_settings) {
                if (auto loaded = load_settings(); !loaded) {
                    store->rollback();
                    return fail(loaded.error());
                }
            }
            Result<T, std::string> r = body();
            if (!r) {
                store->rollback();
                return r;
            }
            if (auto c = store->commit(); !c) return fail(c.error());
            return r;
        } catch (const std::exception& e) {
            store->rollback();
            return fail(std::string("register: ") + e.what());
        }
    }
};

}  // namespace cardex::rcu
