// JSON form of a profile view: `cardexctl profile show --json|export` and the operator API.
#include <nlohmann/json.hpp>

#include "cardex/rcu/register.hpp"

namespace cardex::rcu {

namespace {

// A column a file named twice ("notes,notes") keeps both values, as an array: an export must
// show everything received, and the last value alone would hide the first.
nlohmann::json raw_json(const RawRecord& raw) {
    auto obj = nlohmann::json::object();
    for (const auto& [k, v] : raw.fields) {
        if (!obj.contains(k)) obj[k] = v;
        else if (obj[k].is_array()) obj[k].push_back(v);
        else obj[k] = nlohmann::json::array({obj[k], v});
    }
    return obj;
}

nlohmann::json record_json(const SourceRecord& r, const std::vector<Link>& links) {
    nlohmann::json j = {{"record_id", r.id},       {"source", r.source},           {"source_record_id", r.source_record_id},
                        {"hotel_id", r.hotel_id},  {"version", r.version},         {"received_at", r.received_at},
                        {"fields", raw_json(r.raw)}};
    for (const auto& l : links) {
        if (l.record != r.id) continue;
        j["link"] = {{"rule", l.rule}, {"score", l.score}, {"decided_by", l.decided_by}, {"decided_at", l.decided_at}};
    }
    return j;
}

}  // namespace

std::string profile_to_json(const ProfileView& v) {
    nlohmann::json j;
    j["profile_id"] = v.id;
    j["golden"] = nlohmann::json::parse(golden_to_json(v.golden));
    j["records"] = nlohmann::json::array();
    for (const auto& r : v.records) j["records"].push_back(record_json(r, v.links));
    j["stays"] = nlohmann::json::array();
    for (const auto& s : v.stays)
        j["stays"].push_back({{"record_id", s.record}, {"hotel_id", s.hotel_id}, {"reservation_ref", s.reservation_ref},
                              {"arrival", s.arrival}, {"departure", s.departure}, {"amount", s.amount},
                              {"currency", s.currency}, {"adults", s.adults}, {"children", s.children}});
    j["consents"] = nlohmann::json::array();
    for (const auto& c : v.consents)
        j["consents"].push_back({{"record_id", c.record}, {"purpose", c.purpose}, {"granted", c.granted},
                                 {"text_id", c.text_id}, {"text_version", c.text_version}, {"language", c.language},
                                 {"captured_at", c.captured_at}, {"device", c.device}, {"actor", c.actor}});
    j["groups"] = nlohmann::json::array();
    for (const auto& g : v.groups) j["groups"].push_back({{"group_id", g.id}, {"kind", g.kind}, {"members", g.members}});
    if (!v.earlier_versions.empty()) {
        j["earlier_versions"] = nlohmann::json::array();
        for (const auto& r : v.earlier_versions)
            j["earlier_versions"].push_back({{"record_id", r.id}, {"version", r.version}, {"received_at", r.received_at},
                                             {"fields", raw_json(r.raw)}});
    }
    if (!v.submissions.empty()) {
        j["submissions"] = nlohmann::json::array();
        for (const auto& s : v.submissions)
            j["submissions"].push_back({{"record_id", s.record}, {"device_id", s.device_id},
                                        {"submission_id", s.submission_id}, {"kind", s.kind},
                                        {"received_at", s.received_at},
                                        {"signature", {{"format", s.signature_format}, {"data", s.signature_data},
                                                       {"sha256", s.signature_sha256}}}});
    }
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace cardex::rcu
