// Device routes of protocol v1: health, enrolment, batch upload, booking look-up.
#include <algorithm>
#include <chrono>

#include "api_impl.hpp"
#include "cardex/name_key.hpp"
#include "cardex/normalize.hpp"
#include "credentials.hpp"

namespace cardex::server {

namespace {

ApiResponse too_many(long retry_after, const std::string& detail) {
    auto r = problem(429, "Too Many Requests", detail);
    r.headers.emplace_back("Retry-After", std::to_string(retry_after));
    return r;
}

// A batch refused as a whole: 413 for its size and count, 400 when the text is not a JSON object
// (protocol.md), 422 when the envelope's members are wrong (batch_id, submissions, an unknown one),
// as for every other body (docs/api.md).
ApiResponse unreadable(const FieldErrors& errors) {
    for (const auto& e : errors)
        if (e.code == "too_large" || e.code == "too_many") return problem(413, "Content Too Large", e.message, errors);
    return body_problem(errors, "the body is not a valid batch");
}

}  // namespace

// The media type is the part before any parameter ("; charset=utf-8"), compared without case
// (RFC 9110 8.3.1): "Application/JSON" is JSON, "application/jsonfoo" is not.
bool is_json_content(const std::string& content_type) {
    std::string_view type(content_type);
    type = type.substr(0, type.find(';'));
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
    while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
    static constexpr std::string_view json_type = "application/json";
    if (type.size() != json_type.size()) return false;
    for (std::size_t i = 0; i < type.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(type[i])) != json_type[i]) return false;
    return true;
}

ApiResponse Api::Impl::health() {
    std::string db = "ok";
    try {
        reg.store().stats();
    } catch (const std::exception&) {
        db = "unavailable";
    }
    auto r = json_response(db == "ok" ? 200 : 503, {{"status", db == "ok" ? "ok" : "degraded"}, {"version", CARDEX_VERSION}, {"db", db}});
    if (db != "ok") r.headers.emplace_back("Retry-After", "5");
    return r;
}

// A missing or malformed token was refused before (credentials_refusal): here the register says
// whether an active device holds it.
std::variant<rcu::DeviceRow, ApiResponse> Api::Impl::device_of(const ApiRequest& req) {
    auto device = authenticate_device(reg.store(), bearer_token(req.authorization));
    if (!device) return unknown_device_token();
    if (auto wait = device_requests.hit("device:" + device->id))
        return too_many(wait, "too many requests from this device");
    return *device;
}

ApiResponse Api::Impl::enroll(const ApiRequest& req) {
    if (auto wait = enrol_attempts.hit("addr:" + req.remote)) return too_many(wait, "too many enrolment attempts");
    if (!is_json_content(req.content_type)) return problem(415, "Unsupported Media Type", "send application/json");
    auto body = parse_string_members(req.body, {"code", "device_name"});
    if (!body) return body_problem(body.error(), "the enrolment request cannot be read");
    FieldErrors errors;
    auto text = [&](const char* key, std::size_t max) -> std::string {
        auto it = body->find(key);
        if (it == body->end() || it->second.empty()) {
            errors.push_back({key, "required", std::string(key) + " is a required string"});
            return {};
        }
        if (it->second.size() > max) errors.push_back({key, "too_long", std::string(key) + " is too long"});
        return it->second;
    };
    auto code = text("code", 64);
    auto name = text("device_name", 200);
    if (!errors.empty()) return problem(422, "Unprocessable Content", "the enrolment request is incomplete", errors);

    std::optional<EnrolledDevice> enrolled;
    std::optional<EnrolError> refused;
    auto tx = reg.with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        auto r = enrol_device(store, code, name);
        if (r) enrolled = std::move(*r);
        else refused = r.error();
        return true;
    });
    if (!tx) throw std::runtime_error(tx.error());
    if (refused) {
        const char* why = *refused == EnrolError::used_code      ? "this enrolment code was already used"
                          : *refused == EnrolError::expired_code ? "this enrolment code has expired"
                                                                 : "unknown enrolment code";
        auto r = problem(401, "Unauthorized", why);
        r.headers.emplace_back("WWW-Authenticate", "Bearer");  // RFC 9110: every 401 names a scheme
        return r;
    }
    return json_response(201, {{"device_id", enrolled->device.id},
                               {"device_token", enrolled->token},
                               {"hotel_id", enrolled->device.hotel_id},
                               {"server_time", now_utc()}});
}

Result<CheckedBatch, FieldErrors> Api::Impl::read_upload(const std::string& body) const {
    JsonLimits limits;
    limits.max_bytes = config.limits.body_bytes;
    limits.max_depth = config.limits.json_depth;
    auto batch = parse_batch_json(body, limits, config.limits.max_batch);
    if (!batch) return fail(std::move(batch).error());
    // The card of the hotels' country, the rules its tablets show (police-cards.md).
    IntakeOptions options;
    options.card = card_requirements_for(config.default_country);
    return check_batch(std::move(batch->items), options);
}

ApiResponse Api::Impl::upload(const ApiRequest& req, const rcu::DeviceRow& device) {
    if (!is_json_content(req.content_type)) return problem(415, "Unsupported Media Type", "send application/json");
    // Normally read on the connection's thread already (Api::prepare).
    std::optional<Result<CheckedBatch, FieldErrors>> read_here;
    if (!req.prepared) read_here.emplace(read_upload(req.body));
    const auto& batch = req.prepared ? req.prepared->upload : *read_here;
    if (!batch) return unreadable(batch.error());

    auto started = std::chrono::steady_clock::now();
    auto outcomes = take_in_batch(reg, device, *batch);
    if (!outcomes) throw std::runtime_error(outcomes.error());
    metrics.batch(batch->items.size(), std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());

    json results = json::array();
    for (const auto& o : *outcomes) {
        json errors = json::array();
        for (const auto& e : o.errors) errors.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
        results.push_back({{"submission_id", o.submission_id}, {"status", o.status}, {"profile_id", o.profile_id}, {"errors", errors}});
    }
    return json_response(200, {{"results", results}, {"server_time", now_utc()}});
}

// A guest types the reference as they read it ("abc 123", "ABC-123"): the booking is found by its
// matching key (normalize.hpp booking_key), as every stored record has it, not by the exact text
// the PMS exported.
std::vector<rcu::StayRow> stays_for_reference(rcu::Store& store, const std::string& hotel_id, const std::string& ref) {
    const std::string booking = booking_key(hotel_id, ref);
    if (booking.empty()) return store.stays_by_reservation(hotel_id, ref);
    std::vector<rcu::StayRow> stays = store.stays_of(store.records_with_keys({"b:" + booking}, 100));
    std::erase_if(stays, [&](const rcu::StayRow& s) { return booking_key(s.hotel_id, s.reservation_ref) != booking; });
    std::sort(stays.begin(), stays.end(), [](const rcu::StayRow& a, const rcu::StayRow& b) { return a.id < b.id; });
    return stays;
}

ApiResponse Api::Impl::lookup(const std::map<std::string, std::string>& query, const rcu::DeviceRow& device) {
    std::string key = "device:" + device.id;
    if (auto wait = lookup_failures.blocked_for(key)) return too_many(wait, "too many failed look-ups from this device");
    std::string ref = query_value(query, "ref"), last_name = query_value(query, "last_name");
    FieldErrors errors;
    if (ref.empty()) errors.push_back({"ref", "required", "the booking reference is required"});
    if (last_name.empty()) errors.push_back({"last_name", "required", "the last name is required"});
    if (ref.size() > 64) errors.push_back({"ref", "too_long", "a booking reference is at most 64 characters"});
    if (last_name.size() > 200) errors.push_back({"last_name", "too_long", "a last name is at most 200 bytes"});
    if (!errors.empty()) return problem(400, "Bad Request", "ref and last_name are required", errors);

    auto& store = reg.store();
    auto wanted = name_key(last_name);
    for (const auto& stay : stays_for_reference(store, device.hotel_id, ref)) {
        auto rec = store.record(stay.record);
        if (!rec || rec->normalized.last_name_key.empty() || rec->normalized.last_name_key != wanted) continue;
        // Only what pre-fills the card; no birth date or document: the look-up needs a reference
        // and a name, which a fellow traveller may know.
        const auto& raw = rec->raw;
        json guest = {{"first_name", rec->normalized.first_name},
                      {"last_name", rec->normalized.last_name},
                      {"nationality", rec->normalized.nationality},
                      {"email", rec->normalized.email},
                      {"phone", raw.get("phone")},
                      {"address", {{"line1", raw.get("address_line1")}, {"postcode", raw.get("postcode")},
                                   {"city", raw.get("city")}, {"country", rec->normalized.country}}}};
        store.audit({0, now_utc(), "device:" + device.id, "reservation.lookup", "record:" + std::to_string(rec->id), "found"});
        return json_response(200, {{"reservation_ref", stay.reservation_ref},
                                   {"arrival", stay.arrival},
                                   {"departure", stay.departure},
                                   {"adults", stay.adults},
                                   {"children", stay.children},
                                   {"guest", guest}});
    }
    lookup_failures.hit(key);
    return problem(404, "Not Found", "no reservation with this reference and last name");
}

}  // namespace cardex::server
