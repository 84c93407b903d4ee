// Operator and supervisor API (/v1/admin/…).
// Operators see every hotel; a supervisor sees, read-only, a profile seen in their hotel, and of it
// only what their hotel recorded: its records, stays and consents there, and a golden record
// computed from those alone. Other hotels' records of the same guest are not theirs to read.
#include <set>

#include "api_impl.hpp"
#include "cardex/email.hpp"
#include "cardex/phone.hpp"
#include "credentials.hpp"

namespace cardex::server {

namespace {

/// One admin route: its template (the metrics label), the methods it takes, its id if any.
struct AdminRoute {
    std::string name;
    std::string allow;
    std::optional<std::int64_t> id;
};

std::vector<std::string> segments_of(std::string_view text, std::string_view separator) {
    std::vector<std::string> out;
    while (!text.empty()) {
        auto at = text.find(separator);
        out.emplace_back(text.substr(0, at));
        if (at == std::string_view::npos) break;
        text.remove_prefix(at + separator.size());
    }
    return out;
}

/// The route a path below /v1/admin/ names, or nullopt for an unknown path (404).
std::optional<AdminRoute> admin_route(const std::string& path) {
    auto s = segments_of(std::string_view(path).substr(std::string_view("/v1/admin/").size()), "/");
    auto with_id = [&](const char* name, const char* allow) -> std::optional<AdminRoute> {
        auto id = id_in(s[1]);
        if (!id) return std::nullopt;
        return AdminRoute{name, allow, id};
    };
    if (s.size() == 1 && s[0] == "stats") return AdminRoute{"/v1/admin/stats", "GET", {}};
    if (s.size() == 1 && s[0] == "profiles") return AdminRoute{"/v1/admin/profiles", "GET", {}};
    if (s.size() == 1 && s[0] == "reviews") return AdminRoute{"/v1/admin/reviews", "GET", {}};
    if (s.size() == 2 && s[0] == "profiles") return with_id("/v1/admin/profiles/{id}", "GET, DELETE");
    if (s.size() == 3 && s[0] == "profiles" && s[2] == "export") return with_id("/v1/admin/profiles/{id}/export", "GET");
    if (s.size() == 3 && s[0] == "profiles" && s[2] == "unsubscribe-link")
        return with_id("/v1/admin/profiles/{id}/unsubscribe-link", "POST");
    if (s.size() == 3 && s[0] == "reviews" && s[2] == "decision") return with_id("/v1/admin/reviews/{id}/decision", "POST");
    return std::nullopt;
}

/// Whether "GET, DELETE" lists `method`.
bool allows(std::string_view allow, std::string_view method) {
    for (const auto& m : segments_of(allow, ", "))
        if (m == method) return true;
    return false;
}

ApiResponse operator_only() { return problem(403, "Forbidden", "only an operator may do this"); }

/// Keeps of `records` and `consents` what `hotel` recorded, and returns the ids of the records
/// kept. A withdrawal the guest made by an unsubscribe link is kept, from whichever record it came:
/// it is the guest's will about every hotel, and hiding it would let a hotel write to a guest who
/// said no.
std::set<rcu::RecordId> keep_hotel_part(std::vector<rcu::SourceRecord>& records, std::vector<rcu::ConsentRow>& consents,
                                        const std::string& hotel) {
    std::set<rcu::RecordId> mine;
    std::erase_if(records, [&](const rcu::SourceRecord& r) { return r.hotel_id != hotel; });
    for (const auto& r : records) mine.insert(r.id);
    std::erase_if(consents, [&](const rcu::ConsentRow& c) {
        return !mine.count(c.record) && !(c.actor == "guest:unsubscribe-link" && !c.granted);
    });
    return mine;
}

/// What `hotel` recorded of a profile: its records there, their links, stays and consents
/// (keep_hotel_part), and the golden record of those alone.
rcu::ProfileView hotel_view(rcu::ProfileView v, const std::string& hotel,
                            const std::function<bool(rcu::ProfileId)>& visible) {
    const auto mine = keep_hotel_part(v.records, v.consents, hotel);
    std::erase_if(v.links, [&](const rcu::Link& l) { return !mine.count(l.record); });
    std::erase_if(v.stays, [&](const rcu::StayRow& s) { return !mine.count(s.record) || s.hotel_id != hotel; });
    std::erase_if(v.earlier_versions, [&](const rcu::SourceRecord& r) { return !mine.count(r.id); });
    std::erase_if(v.submissions, [&](const rcu::SubmissionRow& s) { return !mine.count(s.record); });
    for (auto& g : v.groups)
        std::erase_if(g.members, [&](rcu::ProfileId p) { return p != v.id && !visible(p); });
    std::erase_if(v.groups, [](const rcu::Group& g) { return g.members.size() < 2; });
    v.golden = rcu::compute_golden(v.records, v.consents);
    return v;
}

/// A profile as the API answers it. Every answer of the API gives a profile id as a string, as
/// protocol.md's batch answer does ("profile_id": "…"), so that a client reads it one way
/// wherever it comes from; cardexctl's --json prints the register's numbers, as for every id.
json profile_answer(const rcu::ProfileView& v) {
    auto j = json::parse(rcu::profile_to_json(v));
    j["profile_id"] = std::to_string(v.id);
    for (auto& group : j["groups"])
        for (auto& member : group["members"]) member = std::to_string(member.get<rcu::ProfileId>());
    return j;
}

}  // namespace

ApiResponse Api::Impl::operator_route(const ApiRequest& req, const std::string& path,
                                      const std::map<std::string, std::string>& query) {
    auto route = admin_route(path);
    auto tagged = [&](ApiResponse r) {
        if (route) r.route = route->name;
        return r;
    };
    auto user = authenticate_api_user(reg.store(), bearer_token(req.authorization));
    if (!user) return tagged(api_token_required());
    if (auto wait = api_requests.hit("user:" + std::to_string(user->id))) {
        auto r = problem(429, "Too Many Requests", "slow down");
        r.headers.emplace_back("Retry-After", std::to_string(wait));
        return tagged(r);
    }
    if (!route) return problem(404, "Not Found", "no route " + path);
    if (!allows(route->allow, req.method)) {
        auto r = problem(405, "Method Not Allowed", route->name + " accepts " + route->allow);
        r.headers.emplace_back("Allow", route->allow);
        return tagged(r);
    }
    const AdminCaller caller{user->role == "operator", user->role + ":" + user->name, user->hotel_id};
    const auto& name = route->name;
    if (name == "/v1/admin/stats") return tagged(caller.is_operator ? admin_stats() : operator_only());
    if (name == "/v1/admin/reviews")
        return tagged(caller.is_operator ? admin_reviews(query_value(query, "status")) : operator_only());
    if (name == "/v1/admin/reviews/{id}/decision")
        return tagged(caller.is_operator ? admin_decide(req, *route->id, caller.actor) : operator_only());
    if (name == "/v1/admin/profiles") return tagged(admin_search(query, caller));
    return tagged(admin_profile(req, *route->id, name, caller));
}

std::string admin_route_name(const std::string& path) {
    auto route = admin_route(path);
    return route ? route->name : "other";
}

bool Api::Impl::visible_to(rcu::ProfileId id, bool is_operator, const std::string& hotel) {
    if (is_operator) return true;
    auto& store = reg.store();
    for (const auto& r : store.records(store.records_of_profile(id)))
        if (r.hotel_id == hotel) return true;
    return false;
}

ApiResponse Api::Impl::admin_stats() {
    auto s = reg.store().stats();
    auto rate = [&](std::int64_t n) { return s.profiles ? static_cast<double>(n) / static_cast<double>(s.profiles) : 0.0; };
    return json_response(200, {{"source_records", s.source_records}, {"profiles", s.profiles}, {"devices", s.devices},
                               {"open_reviews", s.open_reviews},
                               {"fill_rates", {{"email", rate(s.with_email)}, {"personal_email", rate(s.with_personal_email)},
                                               {"phone", rate(s.with_phone)}, {"language", rate(s.with_language)}}}});
}

ApiResponse Api::Impl::admin_reviews(const std::string& status_param) {
    std::string status = status_param.empty() ? "open" : status_param;
    json out = json::array();
    for (const auto& r : reg.store().reviews(status, 200))
        out.push_back({{"review_id", r.id}, {"record_a", r.a}, {"record_b", r.b}, {"score", r.score},
                       {"explanation", json::parse(r.explanation, nullptr, false)}, {"status", r.status}});
    return json_response(200, {{"reviews", out}});
}

ApiResponse Api::Impl::admin_decide(const ApiRequest& req, std::int64_t id, const std::string& actor) {
    if (!is_json_content(req.content_type)) return problem(415, "Unsupported Media Type", "send application/json");
    auto body = parse_string_members(req.body, {"decision"});
    if (!body) return body_problem(body.error(), "the decision cannot be read");
    auto decision = body->count("decision") ? body->at("decision") : "";
    if (decision != "same" && decision != "different")
        return problem(422, "Unprocessable Content", "decision must be same or different",
                       {{"decision", decision.empty() ? "required" : "invalid_value", "same or different"}});
    auto item = reg.store().review(id);
    if (!item) return problem(404, "Not Found", "no such review item");
    auto done = reg.decide_review(id, decision == "same" ? rcu::PairDecision::same : rcu::PairDecision::different, actor);
    if (!done) return problem(409, "Conflict", done.error());
    return json_response(200, {{"review_id", id}, {"status", decision}});
}

// Search by exact contact or reference only: an operator answers a guest's request, they do not
// browse names. Each profile found is audited as read (its golden record is in the answer) in one
// row, which says by what it was found, never the value searched for. An operator gets the stored
// golden record; a supervisor's is computed once, from their hotel's records alone.
ApiResponse Api::Impl::admin_search(const std::map<std::string, std::string>& query, const AdminCaller& caller) {
    const std::string email = query_value(query, "email"), phone = query_value(query, "phone");
    const std::string ref = query_value(query, "reservation_ref");
    std::string hotel = query_value(query, "hotel_id");
    if (email.empty() && phone.empty() && ref.empty())
        return problem(400, "Bad Request", "search by email, phone, or reservation_ref with hotel_id",
                       {{"email", "required", "give email, phone or reservation_ref"}});
    if (!caller.is_operator) {
        if (!hotel.empty() && hotel != caller.hotel) return problem(403, "Forbidden", "a supervisor searches their own hotel only");
        hotel = caller.hotel;
    }
    if (!ref.empty() && hotel.empty())
        return problem(400, "Bad Request", "a reservation reference is searched in one hotel",
                       {{"hotel_id", "required", "hotel_id is required with reservation_ref"}});
    auto& store = reg.store();
    std::vector<std::string> keys;
    if (!email.empty()) keys.push_back("e:" + email_match_key(normalize_email(email).email));
    if (!phone.empty()) keys.push_back("p:" + normalize_phone(phone, config.default_country).e164);
    std::set<rcu::ProfileId> found;
    for (const auto& r : store.records(store.records_with_keys(keys, 50))) found.insert(r.profile);
    if (!ref.empty())
        for (const auto& stay : stays_for_reference(store, hotel, ref))
            if (auto r = store.record(stay.record)) found.insert(r->profile);
    const std::string by = !email.empty() ? "by email" : !phone.empty() ? "by phone" : "by reservation";
    json out = json::array();
    for (auto id : found) {
        if (id == 0) continue;
        json golden;
        if (caller.is_operator) {
            auto stored = store.golden(id);
            golden = stored ? json::parse(*stored, nullptr, false) : json();
        } else {
            const auto ids = store.records_of_profile(id);
            auto records = store.records(ids);
            auto consents = store.consents_of(ids);
            if (keep_hotel_part(records, consents, caller.hotel).empty()) continue;  // not seen in their hotel
            golden = json::parse(rcu::golden_to_json(rcu::compute_golden(records, consents)));
        }
        store.audit({0, now_utc(), caller.actor, "profile.search", "profile:" + std::to_string(id), by});
        out.push_back({{"profile_id", std::to_string(id)}, {"golden", std::move(golden)}});
    }
    if (out.empty()) store.audit({0, now_utc(), caller.actor, "profile.search", "search", by + ", nothing found"});
    return json_response(200, {{"profiles", out}});
}

ApiResponse Api::Impl::admin_profile(const ApiRequest& req, std::int64_t id, const std::string& route,
                                     const AdminCaller& caller) {
    auto& store = reg.store();
    if (!store.profile_exists(id) || !visible_to(id, caller.is_operator, caller.hotel))
        return problem(404, "Not Found", "no such profile");
    const std::string id_text = std::to_string(id);
    if (req.method == "DELETE") {
        if (!caller.is_operator) return operator_only();
        auto done = reg.erase_profile(id, caller.actor);
        if (!done) return problem(404, "Not Found", done.error());
        return json_response(200, {{"profile_id", id_text}, {"status", "erased"}});
    }
    std::string purpose = "marketing_email";
    if (route == "/v1/admin/profiles/{id}/unsubscribe-link") {
        if (!is_json_content(req.content_type)) return problem(415, "Unsupported Media Type", "send application/json");
        auto body = parse_string_members(req.body, {"purpose"});
        if (!body) return body_problem(body.error(), "the request cannot be read");
        if (body->count("purpose")) purpose = body->at("purpose");
        if (!consent_purpose_from(purpose))
            return problem(422, "Unprocessable Content", "unknown purpose", {{"purpose", "invalid_value", "a consent purpose"}});
    }
    const bool exporting = route == "/v1/admin/profiles/{id}/export";
    auto view = exporting ? reg.access_export(id, caller.actor + " (access request)") : reg.profile(id, caller.actor);
    if (!view) return problem(404, "Not Found", view.error());
    if (!caller.is_operator)
        view = hotel_view(std::move(*view), caller.hotel, [&](rcu::ProfileId p) { return visible_to(p, false, caller.hotel); });
    if (route == "/v1/admin/profiles/{id}/unsubscribe-link") {
        std::string url = unsubscribe_url(*view, purpose);
        // The headers a mailing sends with it (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post.
        return json_response(200, {{"url", url}, {"list_unsubscribe", "<" + url + ">"},
                                   {"list_unsubscribe_post", "List-Unsubscribe=One-Click"}});
    }
    auto r = json_response(200, profile_answer(*view));
    if (exporting) r.headers.emplace_back("Content-Disposition", "attachment; filename=\"profile-" + id_text + ".json\"");
    return r;
}

}  // namespace cardex::server
