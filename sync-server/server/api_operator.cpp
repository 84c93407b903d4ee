// Operator and supervisor API (/v1/admin/…) and one-click unsubscribe (RFC 8058).
// Operators see every hotel; a supervisor only profiles seen in their hotel, read-only.
#include <set>

#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "api_impl.hpp"
#include "cardex/email.hpp"
#include "cardex/phone.hpp"
#include "credentials.hpp"

namespace cardex::server {

namespace {

std::string to_hex(const unsigned char* p, std::size_t n) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += hex[p[i] >> 4];
        out += hex[p[i] & 15];
    }
    return out;
}

std::optional<std::int64_t> id_in(const std::string& text) {
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoll(text);
}

bool valid_purpose(const std::string& p) { return consent_purpose_from(p).has_value(); }

std::string html_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string Api::Impl::unsubscribe_signature(const std::string& profile, const std::string& purpose) {
    auto& store = reg.store();
    auto key = store.secret("unsubscribe_key");
    if (!key) {
        unsigned char bytes[32];
        if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("random generator failed");
        key = to_hex(bytes, sizeof bytes);
        auto tx = reg.with_transaction([&](rcu::Store& s) -> Result<bool, std::string> {
            if (auto existing = s.secret("unsubscribe_key")) key = existing;
            else s.put_secret("unsubscribe_key", *key);
            return true;
        });
        if (!tx) throw std::runtime_error(tx.error());
    }
    std::string message = "unsubscribe:" + profile + ":" + purpose;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key->data(), static_cast<int>(key->size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), mac, &len);
    return to_hex(mac, len);
}

ApiResponse Api::Impl::unsubscribe(const ApiRequest& req, const std::map<std::string, std::string>& query) {
    auto get = [&](const char* k) {
        auto it = query.find(k);
        return it == query.end() ? std::string() : it->second;
    };
    std::string profile = get("profile"), purpose = get("purpose"), sig = get("sig");
    auto id = id_in(profile);
    if (!id || !valid_purpose(purpose) || sig.size() != 64) return problem(400, "Bad Request", "this unsubscribe link is incomplete");
    auto expected = unsubscribe_signature(profile, purpose);
    if (CRYPTO_memcmp(expected.data(), sig.data(), 64) != 0) return problem(403, "Forbidden", "this unsubscribe link is not valid");
    if (req.method == "GET") {
        // A GET never changes anything (mail scanners follow links); the page posts the one click.
        ApiResponse r;
        r.content_type = "text/html; charset=utf-8";
        r.body = "<!doctype html><meta charset=utf-8><title>Unsubscribe</title><form method=post action=\"/v1/unsubscribe?profile=" +
                 html_escape(profile) + "&amp;purpose=" + html_escape(purpose) + "&amp;sig=" + html_escape(sig) +
                 "\"><input type=hidden name=List-Unsubscribe value=One-Click><button>Unsubscribe</button></form>";
        return r;
    }
    if (req.method != "POST") {
        auto r = problem(405, "Method Not Allowed", "use POST (RFC 8058)");
        r.headers.emplace_back("Allow", "GET, POST");
        return r;
    }
    rcu::ConsentRow withdrawal;
    withdrawal.purpose = purpose;
    withdrawal.granted = false;
    withdrawal.text_id = "unsubscribe-link";
    withdrawal.text_version = 1;
    withdrawal.captured_at = now_utc();
    auto done = reg.record_consent(*id, withdrawal, "guest:unsubscribe-link");
    if (!done) return problem(404, "Not Found", "this guest is no longer in the register");
    return json_response(200, {{"status", "unsubscribed"}, {"purpose", purpose}});
}

ApiResponse Api::Impl::operator_route(const ApiRequest& req, const std::string& path,
                                      const std::map<std::string, std::string>& query) {
    auto user = authenticate_api_user(reg.store(), bearer_token(req.authorization));
    if (!user) {
        auto r = problem(401, "Unauthorized", "an operator or supervisor token is required");
        r.headers.emplace_back("WWW-Authenticate", "Bearer");
        return r;
    }
    if (auto wait = api_requests.hit("user:" + std::to_string(user->id))) {
        auto r = problem(429, "Too Many Requests", "slow down");
        r.headers.emplace_back("Retry-After", std::to_string(wait));
        return r;
    }
    const bool is_operator = user->role == "operator";
    const std::string actor = user->role + ":" + user->name;
    auto param = [&](const char* k) {
        auto it = query.find(k);
        return it == query.end() ? std::string() : it->second;
    };
    auto& store = reg.store();
    auto visible = [&](rcu::ProfileId id) {
        if (is_operator) return true;
        for (const auto& r : store.records(store.records_of_profile(id)))
            if (r.hotel_id == user->hotel_id) return true;
        return false;
    };
    auto operator_only = [&]() { return problem(403, "Forbidden", "only an operator may do this"); };

    if (path == "/v1/admin/stats" && req.method == "GET") {
        if (!is_operator) return operator_only();
        auto s = store.stats();
        auto rate = [&](std::int64_t n) { return s.profiles ? static_cast<double>(n) / static_cast<double>(s.profiles) : 0.0; };
        return json_response(200, {{"source_records", s.source_records}, {"profiles", s.profiles}, {"devices", s.devices},
                                   {"open_reviews", s.open_reviews},
                                   {"fill_rates", {{"email", rate(s.with_email)}, {"personal_email", rate(s.with_personal_email)},
                                                   {"phone", rate(s.with_phone)}, {"language", rate(s.with_language)}}}});
    }
    if (path == "/v1/admin/profiles" && req.method == "GET") {
        // Search by exact contact or reference only: an operator answers a guest's request, they
        // do not browse names.
        std::vector<std::string> keys;
        if (auto e = param("email"); !e.empty()) keys.push_back("e:" + normalize_email(e).email);
        if (auto p = param("phone"); !p.empty()) keys.push_back("p:" + normalize_phone(p, config.default_country).e164);
        std::set<rcu::ProfileId> found;
        for (const auto& r : store.records(store.records_with_keys(keys, 50))) found.insert(r.profile);
        if (auto ref = param("reservation_ref"); !ref.empty() && !param("hotel_id").empty())
            for (const auto& stay : stays_for_reference(store, param("hotel_id"), ref))
                if (auto r = store.record(stay.record)) found.insert(r->profile);
        if (keys.empty() && param("reservation_ref").empty())
            return problem(400, "Bad Request", "search by email, phone, or reservation_ref with hotel_id");
        json out = json::array();
        for (auto id : found) {
            if (id == 0 || !visible(id)) continue;
            auto golden = store.golden(id);
            out.push_back({{"profile_id", std::to_string(id)}, {"golden", golden ? json::parse(*golden, nullptr, false) : json()}});
        }
        store.audit({0, now_utc(), actor, "profile.search", "search", std::to_string(out.size()) + " profiles"});
        return json_response(200, {{"profiles", out}});
    }
    if (path == "/v1/admin/reviews" && req.method == "GET") {
        if (!is_operator) return operator_only();
        std::string status = param("status").empty() ? "open" : param("status");
        json out = json::array();
        for (const auto& r : store.reviews(status, 200))
            out.push_back({{"review_id", r.id}, {"record_a", r.a}, {"record_b", r.b}, {"score", r.score},
                           {"explanation", json::parse(r.explanation, nullptr, false)}, {"status", r.status}});
        return json_response(200, {{"reviews", out}});
    }
    const std::string reviews_prefix = "/v1/admin/reviews/";
    if (path.rfind(reviews_prefix, 0) == 0 && path.size() > reviews_prefix.size() + 9 &&
        path.substr(path.size() - 9) == "/decision") {
        if (req.method != "POST") return problem(405, "Method Not Allowed", "use POST");
        if (!is_operator) return operator_only();
        auto id = id_in(path.substr(reviews_prefix.size(), path.size() - reviews_prefix.size() - 9));
        json body = json::parse(req.body, nullptr, false);
        std::string decision = body.is_object() && body.contains("decision") && body["decision"].is_string() ? body["decision"].get<std::string>() : "";
        if (!id) return problem(404, "Not Found", "no such review item");
        if (decision != "same" && decision != "different")
            return problem(422, "Unprocessable Content", "decision must be same or different",
                           {{"decision", "invalid_value", "same or different"}});
        auto done = reg.decide_review(*id, decision == "same" ? rcu::PairDecision::same : rcu::PairDecision::different, actor);
        if (!done) return problem(409, "Conflict", done.error());
        return json_response(200, {{"review_id", *id}, {"status", decision}});
    }
    const std::string profiles_prefix = "/v1/admin/profiles/";
    if (path.rfind(profiles_prefix, 0) == 0) {
        std::string rest = path.substr(profiles_prefix.size());
        std::string action;
        if (auto slash = rest.find('/'); slash != std::string::npos) {
            action = rest.substr(slash + 1);
            rest.erase(slash);
        }
        auto id = id_in(rest);
        if (!id || !store.profile_exists(*id) || !visible(*id)) return problem(404, "Not Found", "no such profile");
        if (action.empty() && req.method == "GET") {
            auto view = reg.profile(*id, actor);
            if (!view) return problem(404, "Not Found", view.error());
            auto r = json_response(200, json::parse(rcu::profile_to_json(*view)));
            return r;
        }
        if (action == "export" && req.method == "GET") {
            auto view = reg.profile(*id, actor + " (access request)");
            if (!view) return problem(404, "Not Found", view.error());
            auto r = json_response(200, json::parse(rcu::profile_to_json(*view)));
            r.headers.emplace_back("Content-Disposition", "attachment; filename=\"profile-" + rest + ".json\"");
            return r;
        }
        if (action.empty() && req.method == "DELETE") {
            if (!is_operator) return operator_only();
            auto done = reg.erase_profile(*id, actor);
            if (!done) return problem(404, "Not Found", done.error());
            return json_response(200, {{"profile_id", rest}, {"status", "erased"}});
        }
        if (action == "unsubscribe-link" && req.method == "POST") {
            json body = json::parse(req.body, nullptr, false);
            std::string purpose = body.is_object() && body.contains("purpose") && body["purpose"].is_string() ? body["purpose"].get<std::string>() : "marketing_email";
            if (!valid_purpose(purpose))
                return problem(422, "Unprocessable Content", "unknown purpose", {{"purpose", "invalid_value", "a consent purpose"}});
            std::string base = config.public_url.empty() ? https_url(config.host, config.port) : config.public_url;
            std::string url = base + "/v1/unsubscribe?profile=" + rest + "&purpose=" + purpose + "&sig=" + unsubscribe_signature(rest, purpose);
            // The header a mailing sends with it (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post.
            return json_response(200, {{"url", url}, {"list_unsubscribe", "<" + url + ">"},
                                       {"list_unsubscribe_post", "List-Unsubscribe=One-Click"}});
        }
        return problem(405, "Method Not Allowed", "this method is not supported on " + path);
    }
    return problem(404, "Not Found", "no route " + path);
}

}  // namespace cardex::server
