// Survivorship: choosing each golden value from a profile's records (see cardex/rcu/golden.hpp).
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "cardex/rcu/golden.hpp"
#include "cardex/text.hpp"

namespace cardex::rcu {

namespace {

// The guest typed it themselves on the tablet: nothing a back-office system holds beats that.
int source_rank(const std::string& source) {
    if (source == "kiosk") return 2;
    if (source == "pms") return 1;
    return 0;
}

// Rank of a record for a field: higher wins. Extra is a field-specific quality placed before the
// source rank (e-mail kind, phone kind, name completeness).
using Rank = std::tuple<int, int, std::string, RecordId>;

Rank rank_of(const SourceRecord& r, int quality) { return {quality, source_rank(r.source), r.received_at, r.id}; }

GoldenField choose(const std::vector<SourceRecord>& records, const std::function<std::string(const SourceRecord&)>& value,
                   const std::function<int(const SourceRecord&)>& quality = nullptr) {
    const SourceRecord* best = nullptr;
    Rank best_rank{};
    for (const auto& r : records) {
        if (value(r).empty()) continue;
        Rank rank = rank_of(r, quality ? quality(r) : 0);
        if (!best || rank > best_rank) {
            best = &r;
            best_rank = rank;
        }
    }
    if (!best) return {};
    return {value(*best), best->id};
}

int email_quality(const SourceRecord& r) {
    switch (r.normalized.email_kind) {
        case EmailKind::personal: return 3;
        case EmailKind::role: return 2;
        case EmailKind::ota_relay: return 1;
        default: return 0;
    }
}

int phone_quality(const SourceRecord& r) {
    switch (r.normalized.phone_kind) {
        case PhoneKind::mobile: return 2;
        case PhoneKind::fixed: case PhoneKind::unknown: return 1;
        default: return 0;
    }
}

// Whole names beat initials ("p", "j p"); among whole names the longer key ("jean pierre" over
// "jean") wins.
int name_quality(const std::string& key) {
    bool whole_word = false;
    std::size_t run = 0;
    for (char c : key + ' ') {
        if (c != ' ') { ++run; continue; }
        whole_word |= run > 1;
        run = 0;
    }
    return (whole_word ? 1000 : 0) + static_cast<int>(key.size());
}

std::string raw_field(const SourceRecord& r, std::string_view column) { return collapse_spaces(clean_text(r.raw.get(column))); }

std::vector<GoldenConsent> newest_consents(const std::vector<ConsentRow>& consents) {
    std::map<std::string, const ConsentRow*> newest;
    for (const auto& c : consents) {
        auto& slot = newest[c.purpose];
        if (!slot || std::tie(c.captured_at, c.id) > std::tie(slot->captured_at, slot->id)) slot = &c;
    }
    std::vector<GoldenConsent> out;
    for (const auto& [purpose, c] : newest)
        out.push_back({purpose, c->granted, c->captured_at, c->text_id, c->language, c->text_version, c->record});
    return out;
}

}  // namespace

GoldenRecord compute_golden(const std::vector<SourceRecord>& records, const std::vector<ConsentRow>& consents) {
    GoldenRecord g;
    g.records = static_cast<int>(records.size());
    g.first_name = choose(records, [](const SourceRecord& r) { return r.normalized.first_name; },
                          [](const SourceRecord& r) { return name_quality(r.normalized.first_name_key); });
    g.last_name = choose(records, [](const SourceRecord& r) { return r.normalized.last_name; },
                         [](const SourceRecord& r) { return name_quality(r.normalized.last_name_key); });
    g.birth_date = choose(records, [](const SourceRecord& r) { return r.normalized.birth_date; });
    g.email = choose(records, [](const SourceRecord& r) { return r.normalized.email; }, email_quality);
    g.phone = choose(records, [](const SourceRecord& r) { return r.normalized.phone_e164; }, phone_quality);
    g.nationality = choose(records, [](const SourceRecord& r) { return r.normalized.nationality; });
    g.country = choose(records, [](const SourceRecord& r) { return r.normalized.country; });
    g.language = choose(records, [](const SourceRecord& r) { return r.normalized.language; });
    // The address's parts come from one record, never mixed from several.
    g.address_line1 = choose(records, [](const SourceRecord& r) { return raw_field(r, "address_line1"); });
    for (const auto& r : records) {
        if (r.id != g.address_line1.from) continue;
        g.postcode = {raw_field(r, "postcode"), r.id};
        g.city = {raw_field(r, "city"), r.id};
    }
    g.company = choose(records, [](const SourceRecord& r) { return raw_field(r, "company"); });
    for (const auto& r : records) {
        if (r.id == g.email.from) g.email_kind = std::string(to_string(r.normalized.email_kind));
        if (r.id == g.phone.from) g.phone_kind = std::string(to_string(r.normalized.phone_kind));
    }
    g.consents = newest_consents(consents);
    std::set<std::string> hotels;
    for (const auto& r : records)
        if (!r.hotel_id.empty()) hotels.insert(r.hotel_id);
    g.hotels.assign(hotels.begin(), hotels.end());
    return g;
}

std::string golden_to_json(const GoldenRecord& g) {
    nlohmann::json j = nlohmann::json::object(), sources = nlohmann::json::object();
    auto put = [&](const char* name, const GoldenField& f) {
        j[name] = f.value;
        if (f.from != 0) sources[name] = f.from;
    };
    put("first_name", g.first_name);
    put("last_name", g.last_name);
    put("birth_date", g.birth_date);
    put("email", g.email);
    put("phone", g.phone);
    put("nationality", g.nationality);
    put("country", g.country);
    put("language", g.language);
    put("address_line1", g.address_line1);
    put("postcode", g.postcode);
    put("city", g.city);
    put("company", g.company);
    j["email_kind"] = g.email.value.empty() ? "empty" : g.email_kind;
    j["phone_kind"] = g.phone.value.empty() ? "empty" : g.phone_kind;
    j["sources"] = std::move(sources);
    auto consents = nlohmann::json::array();
    for (const auto& c : g.consents)
        consents.push_back({{"purpose", c.purpose}, {"granted", c.granted}, {"captured_at", c.captured_at},
                            {"text_id", c.text_id}, {"text_version", c.text_version}, {"language", c.language},
                            {"record", c.from}});
    j["consents"] = std::move(consents);
    j["hotels"] = g.hotels;
    j["records"] = g.records;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace cardex::rcu
