// Incremental dedup: candidate profiles by blocking keys, whole-profile scoring, closure, groups.
#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "cardex/digest.hpp"
#include "dedup/group_score.hpp"
#include "rcu/register_impl.hpp"

namespace cardex::rcu {

namespace {

std::string explanation_json(const dedup::PairScore& s) {
    auto arr = nlohmann::json::array();
    for (const auto& e : s.evidence)
        arr.push_back({{"field", std::string(e.field)}, {"level", std::string(e.level)}, {"weight", e.weight}});
    nlohmann::json j = {{"score", s.score}, {"evidence", std::move(arr)}};
    if (!s.conflict.empty()) j["conflict"] = s.conflict;
    return j.dump();
}

std::vector<std::string> keys_of(const std::vector<SourceRecord>& records) {
    std::vector<std::string> keys;
    for (const auto& r : records)
        for (auto& k : dedup::search_keys(r.normalized)) keys.push_back(std::move(k));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

}  // namespace

LoadedProfile Register::Impl::load_profile(ProfileId id) { return {id, store->profile_records(id)}; }

std::vector<LoadedProfile> Register::Impl::candidate_profiles(const std::vector<SourceRecord>& records, ProfileId except) {
    std::vector<LoadedProfile> out;
    for (auto p : store->profiles_with_keys(keys_of(records), options.candidates_per_key))
        if (p != 0 && p != except) out.push_back(load_profile(p));
    return out;
}

bool Register::Impl::decided_different(const std::vector<SourceRecord>& a, const std::vector<SourceRecord>& b) {
    std::vector<RecordId> ids;
    for (const auto& r : a) ids.push_back(r.id);
    std::set<RecordId> other;
    for (const auto& r : b) other.insert(r.id);
    std::set<RecordId> mine(ids.begin(), ids.end());
    for (const auto& d : store->decisions_for(ids)) {
        if (d.decision != PairDecision::different) continue;
        if ((mine.count(d.a) && other.count(d.b)) || (mine.count(d.b) && other.count(d.a))) return true;
    }
    return false;
}

void Register::Impl::move_records(const std::vector<SourceRecord>& records, ProfileId to, double score,
                                  const std::string& rule, const Actor& actor) {
    for (const auto& r : records) store->set_link({r.id, to, score, rule, actor, now_rfc3339()});
}

bool Register::Impl::ambiguous(const ScoredProfiles& linkable) {
    for (std::size_t i = 0; i < linkable.size(); ++i) {
        for (std::size_t j = i + 1; j < linkable.size(); ++j) {
            // One decisively better fit is not a guess (Thresholds::decisive).
            if (std::abs(linkable[i].second.score - linkable[j].second.score) >= options.match.thresholds.decisive) continue;
            const auto &a = *linkable[i].first, &b = *linkable[j].first;
            if (decided_different(a.records, b.records)) return true;
            CountedOnce a_once(frequencies(), a.normalized()), b_once(frequencies(), b.normalized());
            if (!dedup::score_groups(a.normalized(), b.normalized(), &frequencies()).conflict.empty()) return true;
        }
    }
    return false;
}

ProfileId Register::Impl::attach(const SourceRecord& record, const Actor& actor, IngestResult& result) {
    LoadedProfile self{0, {record}};
    auto candidates = candidate_profiles(self.records, 0);
    auto& table = frequencies();

    const LoadedProfile* best = nullptr;
    dedup::PairScore best_score;
    ScoredProfiles doubtful;
    auto linkable = linkable_among(self, candidates, &doubtful);
    if (ambiguous(linkable)) {
        // It fits two profiles that are clearly different people: placing it would be a guess.
        for (auto& l : linkable) doubtful.push_back(std::move(l));
    } else {
        for (auto& [p, s] : linkable)
            if (!best || s.score > best_score.score) {
                best = p;
                best_score = s;
            }
    }

    ProfileId profile;
    if (best) {
        profile = best->id;
        store->set_link({record.id, profile, best_score.score, "auto_link", "engine", now_rfc3339()});
        result.rule = "auto_link";
        result.score = best_score.score;
    } else {
        profile = store->create_profile();
        store->set_link({record.id, profile, 0, "new_profile", "engine", now_rfc3339()});
        result.rule = "new_profile";
    }
    for (const auto& [p, s] : doubtful) {
        if (p == best) continue;
        // The review item names the member of the other profile that resembles the record most.
        RecordId other = p->records.front().id;
        double top = -1e9;
        for (const auto& m : p->records) {
            double v = dedup::score_pair(record.normalized, m.normalized, &table, false).score;
            if (v > top) { top = v; other = m.id; }
        }
        result.reviews.push_back(store->add_review(
            {0, std::min(record.id, other), std::max(record.id, other), s.score, explanation_json(s), now_rfc3339(), "open"}));
    }
    // The profile as it now stands, from what was read for the candidates: the profile linked to
    // (its records in id order, the new record has the highest id) and the record. Its records
    // are moved, not copied (a regular guest's are hundreds): that candidate is not read again.
    LoadedProfile now{profile, {}};
    if (best) {
        auto linked = std::find_if(candidates.begin(), candidates.end(), [profile](const auto& p) { return p.id == profile; });
        now.records = std::move(linked->records);
    }
    now.records.push_back(record);
    now.records.back().profile = profile;
    result.merged = best ? closure(profile, actor, &now) : std::vector<ProfileId>{};
    // Households: the candidates that were not merged but share a contact with the new record.
    std::vector<LoadedProfile> neighbours;
    for (auto& p : candidates)
        if (p.id != profile && std::find(result.merged.begin(), result.merged.end(), p.id) == result.merged.end())
            neighbours.push_back(std::move(p));
    update_groups({profile, {record}}, neighbours);
    if (result.merged.empty()) refresh_golden(now);  // a merge has refreshed it from all its records
    return profile;
}

Register::Impl::ScoredProfiles Register::Impl::linkable_among(const LoadedProfile& self,
                                                              const std::vector<LoadedProfile>& candidates,
                                                              ScoredProfiles* doubtful) {
    ScoredProfiles linkable;
    auto& table = frequencies();
    const auto mine = self.normalized();
    CountedOnce self_once(table, mine);
    for (const auto& q : candidates) {
        if (decided_different(self.records, q.records)) continue;
        const auto theirs = q.normalized();
        CountedOnce q_once(table, theirs);
        auto s = dedup::score_groups(mine, theirs, &table);
        if (s.links(options.match.thresholds)) linkable.emplace_back(&q, std::move(s));
        else if (doubtful && s.reviews(options.match.thresholds)) doubtful->emplace_back(&q, std::move(s));
    }
    return linkable;
}

// Each step asks both sides, as the insert does for a new record: the profile must not fit two
// different people, nor the profile it would take in (a spa visit during the stays of two
// namesakes belongs to neither, whichever of them is searched from). The best fit goes first.
std::vector<ProfileId> Register::Impl::closure(ProfileId profile, const Actor& actor, const LoadedProfile* loaded) {
    std::vector<ProfileId> merged;
    if (profile == 0) return merged;
    for (bool changed = true; changed;) {
        changed = false;
        LoadedProfile read;
        const LoadedProfile& self = loaded && merged.empty() ? *loaded : (read = load_profile(profile));
        if (self.records.empty()) break;
        auto candidates = candidate_profiles(self.records, profile);
        auto linkable = linkable_among(self, candidates);
        if (ambiguous(linkable)) break;
        std::sort(linkable.begin(), linkable.end(),
                  [](const auto& x, const auto& y) { return x.second.score > y.second.score; });
        for (const auto& [q, s] : linkable) {
            if (ambiguous(linkable_among(*q, candidate_profiles(q->records, q->id)))) continue;
            absorb(profile, *q, s.score, actor);
            merged.push_back(q->id);
            changed = true;
            break;  // the profile grew: search again from all of it
        }
    }
    if (!merged.empty()) {
        // Pairs queued for review when their profiles were apart are answered now: off the queue.
        store->close_reviews_within(profile, "linked");
        refresh_golden(profile);
    }
    return merged;
}

void Register::Impl::absorb(ProfileId profile, const LoadedProfile& q, double score, const Actor& actor) {
    move_records(q.records, profile, score, "auto_link", "engine");
    fold_profile(q.id, profile);
    store->audit({0, now_rfc3339(), actor, "profile.merge", "profile:" + std::to_string(profile),
                  "absorbed profile:" + std::to_string(q.id) + " score:" + std::to_string(score)});
}

void Register::Impl::fold_profile(ProfileId gone, ProfileId into) {
    // The records that made the absorbed profile a member are the merged profile's now.
    for (const auto& g : store->groups_of(gone)) store->add_group_member(g.id, into);
    store->delete_profile(gone);
}

namespace {

// Group keys are stored, and must not keep an erased guest's address or phone: a SHA-256 of what
// is shared identifies the group without holding the value.
std::string hashed(const std::string& kind, const std::string& value) { return kind + ":" + sha256_hex(value); }

// What two records share that makes them a household or a company account, or "" for nothing.
std::pair<std::string, std::string> shared_contact(const NormalizedRecord& a, const NormalizedRecord& b) {
    bool same_company = !a.company_key.empty() && a.company_key == b.company_key;
    if (same_company && ((!a.phone_e164.empty() && a.phone_e164 == b.phone_e164) ||
                         (a.email_kind == EmailKind::role && email_match_key(a.email) == email_match_key(b.email)) ||
                         (!a.address_key.empty() && a.address_key == b.address_key)))
        return {"company", hashed("company", a.company_key)};
    if (!a.address_key.empty() && !a.postcode.empty() && a.address_key == b.address_key && a.postcode == b.postcode)
        return {"household", hashed("address", a.address_key + "|" + a.postcode)};
    if (!a.phone_e164.empty() && a.phone_e164 == b.phone_e164) return {"household", hashed("phone", a.phone_e164)};
    if (a.email_kind == EmailKind::personal && email_match_key(a.email) == email_match_key(b.email))
        return {"household", hashed("email", email_match_key(a.email))};
    return {};
}

}  // namespace

void Register::Impl::update_groups(const LoadedProfile& p, const std::vector<LoadedProfile>& others) {
    for (const auto& q : others) {
        for (const auto& x : p.records) {
            for (const auto& y : q.records) {
                auto [kind, key] = shared_contact(x.normalized, y.normalized);
                if (kind.empty()) continue;
                auto group = store->group_for(kind, key);
                store->add_group_member(group, p.id);
                store->add_group_member(group, q.id);
            }
        }
    }
}

}  // namespace cardex::rcu
