// Writing a submission as JSON (protocol.md v1). Empty strings and absent parts are omitted, so the
// wire carries only what the guest gave; the reader maps omission back to the same empty values,
// which is what makes parse(to_json(s)) == s hold.
#include <string>

#include "model/json_codec.hpp"

namespace cardex::detail {

namespace {

using nlohmann::json;

void put_text(json& j, const char* key, const std::string& v) {
    if (!v.empty()) j[key] = v;
}

json address_json(const Address& a) {
    json j = json::object();
    put_text(j, "line1", a.line1);
    put_text(j, "line2", a.line2);
    put_text(j, "postcode", a.postcode);
    put_text(j, "city", a.city);
    put_text(j, "region", a.region);
    put_text(j, "country", a.country);
    return j;
}

json document_json(const IdentityDocument& d) {
    json j = json::object();
    j["type"] = to_string(d.type);
    put_text(j, "number", d.number);
    put_text(j, "issuing_country", d.issuing_country);
    put_text(j, "expiry_date", d.expiry_date);
    return j;
}

json guest_json(const Guest& g) {
    json j = json::object();
    put_text(j, "title", g.title);
    put_text(j, "first_name", g.first_name);
    put_text(j, "last_name", g.last_name);
    put_text(j, "birth_date", g.birth_date);
    put_text(j, "birth_place", g.birth_place);
    put_text(j, "nationality", g.nationality);
    put_text(j, "email", g.email);
    put_text(j, "phone", g.phone);
    if (json a = address_json(g.address); !a.empty()) j["address"] = std::move(a);
    if (g.document) j["document"] = document_json(*g.document);
    return j;
}

json stay_json(const Stay& s) {
    json j = json::object();
    put_text(j, "arrival", s.arrival);
    put_text(j, "departure", s.departure);
    j["adults"] = s.adults;
    j["children"] = s.children;
    return j;
}

json companion_json(const Companion& c) {
    json j = json::object();
    put_text(j, "first_name", c.first_name);
    put_text(j, "last_name", c.last_name);
    put_text(j, "birth_date", c.birth_date);
    put_text(j, "nationality", c.nationality);
    j["relationship"] = to_string(c.relationship);
    return j;
}

json consent_json(const ConsentEvent& c) {
    json j = json::object();
    j["purpose"] = to_string(c.purpose);
    j["granted"] = c.granted;
    put_text(j, "text_id", c.text_id);
    j["text_version"] = c.text_version;
    put_text(j, "language", c.language);
    put_text(j, "captured_at", c.captured_at);
    return j;
}

json signature_json(const Signature& s) {
    json j = json::object();
    j["format"] = to_string(s.format);
    put_text(j, "data", s.data);
    put_text(j, "sha256", s.sha256);
    return j;
}

}  // namespace

json submission_to_json(const Submission& s) {
    json j = json::object();
    j["submission_id"] = s.submission_id;
    j["kind"] = to_string(s.kind);
    j["captured_at"] = s.captured_at;
    put_text(j, "reservation_ref", s.reservation_ref);
    put_text(j, "language", s.language);
    j["guest"] = guest_json(s.guest);
    if (s.stay) j["stay"] = stay_json(*s.stay);
    if (!s.companions.empty()) {
        json& list = j["companions"] = json::array();
        for (const auto& c : s.companions) list.push_back(companion_json(c));
    }
    if (!s.consents.empty()) {
        json& list = j["consents"] = json::array();
        for (const auto& c : s.consents) list.push_back(consent_json(c));
    }
    if (s.signature) j["signature"] = signature_json(*s.signature);
    return j;
}

}  // namespace cardex::detail

namespace cardex {

// dump() would throw on invalid UTF-8; such bytes become U+FFFD instead (validation rejects a
// submission with invalid UTF-8 before it is ever sent).
std::string to_json(const Submission& s) {
    return detail::submission_to_json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace cardex
