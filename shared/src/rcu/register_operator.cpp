// Operator actions on the register: unlink, link, pair decisions, erasure, re-clustering.
#include <algorithm>
#include <map>
#include <set>

#include "rcu/register_impl.hpp"

namespace cardex::rcu {

namespace {

std::string target(const char* kind, std::int64_t id) { return std::string(kind) + ":" + std::to_string(id); }

}  // namespace

std::vector<ProfileId> Register::Impl::recluster(ProfileId id, const Actor& actor) {
    auto profile = load_profile(id);
    std::vector<ProfileId> profiles{id};
    if (profile.records.size() < 2) {
        refresh_golden(id);
        return profiles;
    }
    // Oldest record first: its cluster keeps the profile id, so references to it stay meaningful.
    std::sort(profile.records.begin(), profile.records.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::map<RecordId, std::uint32_t> index;
    std::vector<NormalizedRecord> normalized;
    std::vector<RecordId> ids;
    for (const auto& r : profile.records) {
        index[r.id] = static_cast<std::uint32_t>(normalized.size());
        normalized.push_back(r.normalized);
        ids.push_back(r.id);
    }
    dedup::Constraints constraints;
    for (const auto& d : store->decisions_for(ids)) {
        if (!index.count(d.a) || !index.count(d.b)) continue;
        auto pair = std::make_pair(index[d.a], index[d.b]);
        (d.decision == PairDecision::same ? constraints.same : constraints.different).push_back(pair);
    }
    // The profile's repeats count once: a regular guest's own history must not make their phone
    // look shared by many people and split their bills off.
    std::vector<const NormalizedRecord*> members;
    for (const auto& n : normalized) members.push_back(&n);
    auto result = [&] {
        CountedOnce once(frequencies(), members);
        return dedup::cluster_records(normalized, options.match, 1, &constraints, &frequencies());
    }();

    std::map<std::uint32_t, ProfileId> profile_of_cluster{{result.cluster_of[0], id}};
    for (std::size_t i = 0; i < profile.records.size(); ++i) {
        auto [it, is_new] = profile_of_cluster.try_emplace(result.cluster_of[i], 0);
        if (is_new) {
            it->second = store->create_profile();
            profiles.push_back(it->second);
        }
        if (it->second != id) {
            store->set_link({profile.records[i].id, it->second, 0, "split", actor, now_rfc3339()});
        }
    }
    for (auto p : profiles) refresh_golden(p);
    group_apart(profiles);
    if (profiles.size() > 1)
        store->audit({0, now_rfc3339(), actor, "profile.split", target("profile", id),
                      "into " + std::to_string(profiles.size()) + " profiles"});
    return profiles;
}

// Profiles that were one and are now apart may still share an address, a phone or an e-mail: a
// household or a company account, as if they had come in apart.
void Register::Impl::group_apart(const std::vector<ProfileId>& profiles) {
    if (profiles.size() < 2) return;
    std::vector<LoadedProfile> loaded;
    for (auto p : profiles) loaded.push_back(load_profile(p));
    for (std::size_t i = 0; i < loaded.size(); ++i)
        update_groups(loaded[i], std::vector<LoadedProfile>(loaded.begin() + static_cast<std::ptrdiff_t>(i) + 1, loaded.end()));
}

Result<ProfileId, std::string> Register::unlink(RecordId record, const Actor& actor) {
    auto& impl = *impl_;
    return impl.transaction<ProfileId>([&]() -> Result<ProfileId, std::string> {
        auto link = impl.store->link_of(record);
        if (!link) return fail("record " + std::to_string(record) + " does not exist or is not linked");
        auto others = impl.store->records_of_profile(link->profile);
        if (others.size() < 2) return fail("record " + std::to_string(record) + " is alone in its profile");
        for (auto other : others)
            if (other != record)
                impl.store->put_decision({std::min(record, other), std::max(record, other), PairDecision::different,
                                          actor, now_rfc3339()});
        // Its pairs with the records it leaves are decided "different"; its pairs with other
        // profiles' records are still questions.
        impl.store->close_reviews_between(record, link->profile, "different");
        ProfileId fresh = impl.store->create_profile();
        impl.store->set_link({record, fresh, 0, "operator_unlink", actor, now_rfc3339()});
        auto rest = impl.recluster(link->profile, actor);  // what remains may have been held together by the record
        impl.refresh_golden(fresh);
        rest.push_back(fresh);
        impl.group_apart(rest);  // a record unlinked from its spouse's profile is still of the household
        impl.store->audit({0, now_rfc3339(), actor, "unlink", target("record", record),
                           "from profile:" + std::to_string(link->profile) + " to profile:" + std::to_string(fresh)});
        return fresh;
    });
}

Result<bool, std::string> Register::link(RecordId record, ProfileId profile, const Actor& actor) {
    auto& impl = *impl_;
    return impl.transaction<bool>([&]() -> Result<bool, std::string> {
        auto rec = impl.store->record(record);
        if (!rec) return fail("record " + std::to_string(record) + " does not exist");
        if (!impl.store->profile_exists(profile)) return fail("profile " + std::to_string(profile) + " does not exist");
        if (rec->profile == profile) return true;
        auto target_profile = impl.load_profile(profile);
        for (const auto& m : target_profile.records)
            if (impl.decided_different({*rec}, {m}))
                return fail("an operator decided that record " + std::to_string(record) + " is a different person from record " +
                            std::to_string(m.id) + " of profile " + std::to_string(profile) + ": decide that pair again first (" +
                            "cardexctl decide " + std::to_string(record) + " " + std::to_string(m.id) + " same)");
        for (const auto& m : target_profile.records)
            impl.store->put_decision({std::min(record, m.id), std::max(record, m.id), PairDecision::same, actor, now_rfc3339()});
        ProfileId old = rec->profile;
        impl.store->set_link({record, profile, 0, "operator_link", actor, now_rfc3339()});
        impl.store->close_reviews_within(profile, "same");
        if (old != 0) {
            if (impl.store->records_of_profile(old).empty()) impl.fold_profile(old, profile);
            else impl.recluster(old, actor);
        }
        impl.refresh_golden(profile);
        impl.store->audit({0, now_rfc3339(), actor, "link", target("record", record), "to profile:" + std::to_string(profile)});
        return true;
    });
}

void Register::Impl::merge_decided_same(const SourceRecord& a, const SourceRecord& b, const Actor& actor) {
    store->put_decision({std::min(a.id, b.id), std::max(a.id, b.id), PairDecision::same, actor, now_rfc3339()});
    if (a.profile == b.profile) return;
    // The older profile survives, so ids already handed out keep pointing at the guest.
    ProfileId keep = std::min(a.profile, b.profile), gone = std::max(a.profile, b.profile);
    auto kept = load_profile(keep), moved = load_profile(gone);
    // The operator's latest word wins: earlier "different" decisions between the two profiles
    // (an unlink that is now being undone) contradict it and are replaced, visibly in the audit.
    std::set<RecordId> in_moved;
    for (const auto& r : moved.records) in_moved.insert(r.id);
    std::set<RecordId> in_kept;
    for (const auto& r : kept.records) in_kept.insert(r.id);
    int overridden = 0;
    for (const auto& d : store->decisions_for(std::vector<RecordId>(in_kept.begin(), in_kept.end()))) {
        bool across = (in_kept.count(d.a) && in_moved.count(d.b)) || (in_kept.count(d.b) && in_moved.count(d.a));
        if (!across || d.decision != PairDecision::different) continue;
        store->put_decision({d.a, d.b, PairDecision::same, actor, now_rfc3339()});
        ++overridden;
    }
    move_records(moved.records, keep, 0, "operator_link", actor);
    store->close_reviews_within(keep, "same");  // the pairs across the two; a third record's stay open
    fold_profile(gone, keep);
    refresh_golden(keep);
    store->audit({0, now_rfc3339(), actor, "decide", target("record", std::min(a.id, b.id)),
                  "same as record:" + std::to_string(std::max(a.id, b.id)) + "; profile:" + std::to_string(gone) +
                      " merged into profile:" + std::to_string(keep) + "; " + std::to_string(overridden) +
                      " earlier 'different' decisions overridden"});
}

Result<bool, std::string> Register::decide(RecordId a, RecordId b, PairDecision decision, const Actor& actor) {
    if (a == b) return fail(std::string("a record cannot be decided against itself"));
    auto& impl = *impl_;
    auto ra = impl.store->record(a), rb = impl.store->record(b);
    if (!ra || !rb) return fail("record " + std::to_string(!ra ? a : b) + " does not exist");
    if (decision == PairDecision::same) {
        return impl.transaction<bool>([&]() -> Result<bool, std::string> {
            impl.merge_decided_same(*ra, *rb, actor);
            return true;
        });
    }
    return impl.transaction<bool>([&]() -> Result<bool, std::string> {
        impl.store->put_decision({std::min(a, b), std::max(a, b), PairDecision::different, actor, now_rfc3339()});
        impl.store->close_review_of_pair(a, b, "different");
        if (ra->profile == rb->profile && ra->profile != 0) impl.recluster(ra->profile, actor);
        impl.store->audit({0, now_rfc3339(), actor, "decide", target("record", std::min(a, b)),
                           "different from record:" + std::to_string(std::max(a, b))});
        return true;
    });
}

// One transaction (decide's own is nested in it): a crash cannot leave a decided pair "open".
Result<bool, std::string> Register::decide_review(std::int64_t review_id, PairDecision decision, const Actor& actor) {
    return impl_->transaction<bool>([&]() -> Result<bool, std::string> {
        auto item = impl_->store->review(review_id);
        if (!item) return fail("review item " + std::to_string(review_id) + " does not exist");
        if (item->status != "open") return fail("review item " + std::to_string(review_id) + " is already " + item->status);
        auto decided = decide(item->a, item->b, decision, actor);
        if (!decided) return decided;
        impl_->store->set_review_status(review_id, decision == PairDecision::same ? "same" : "different");
        return true;
    });
}

Result<bool, std::string> Register::record_consent(ProfileId id, ConsentRow consent, const Actor& actor) {
    auto& impl = *impl_;
    return impl.transaction<bool>([&]() -> Result<bool, std::string> {
        if (!impl.store->profile_exists(id)) return fail("profile " + std::to_string(id) + " does not exist");
        auto records = impl.store->records_of_profile(id);
        if (records.empty()) return fail("profile " + std::to_string(id) + " has no records");
        if (std::find(records.begin(), records.end(), consent.record) == records.end()) consent.record = records.back();
        consent.actor = actor;
        impl.store->add_consent(consent);
        impl.refresh_golden(id);
        impl.store->audit({0, now_rfc3339(), actor, "consent", target("profile", id),
                           consent.purpose + (consent.granted ? " granted" : " withdrawn")});
        return true;
    }, false);  // the thresholds play no part: works even if they are unreadable
}

Result<bool, std::string> Register::erase_profile(ProfileId id, const Actor& actor) {
    auto& impl = *impl_;
    std::vector<NormalizedRecord> erased;  // what the name frequencies counted
    auto r = impl.transaction<bool>([&]() -> Result<bool, std::string> {
        if (!impl.store->profile_exists(id)) return fail("profile " + std::to_string(id) + " does not exist");
        auto records = impl.store->records_of_profile(id);
        for (auto rid : records) {
            if (auto rec = impl.store->record(rid)) erased.push_back(std::move(rec->normalized));
            impl.store->erase_record(rid);
        }
        impl.store->delete_profile(id);
        impl.store->audit({0, now_rfc3339(), actor, "erase", target("profile", id),
                           std::to_string(records.size()) + " records erased"});
        return true;
    }, false);  // the thresholds play no part: works even if they are unreadable
    if (!r) return r;  // rolled back: nothing was subtracted
    // Subtracted, not rebuilt: rebuilding reads every record, minutes on a large register, on the
    // thread every tablet's batch waits for.
    if (impl.freq)
        for (const auto& n : erased) impl.freq->remove(n);
    impl.store->clear_write_ahead_log();  // best effort: see Store::clear_write_ahead_log
    return r;
}

Result<Register::Rematched, std::string> Register::rematch(const std::vector<RecordId>& records, const Actor& actor) {
    return impl_->transaction<Rematched>([&]() -> Result<Rematched, std::string> {
        Rematched out;
        std::set<ProfileId> searched;  // a profile merged into another is searched with it
        for (RecordId record : records) {
            auto link = impl_->store->link_of(record);
            if (!link || link->profile == 0 || !searched.insert(link->profile).second) continue;
            ++out.profiles;
            auto merged = impl_->closure(link->profile, actor);
            out.merged += merged.size();
            searched.insert(merged.begin(), merged.end());
        }
        return out;
    });
}

}  // namespace cardex::rcu
