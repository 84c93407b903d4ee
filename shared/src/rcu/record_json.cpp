// Stored JSON forms of a source record: the raw columns as received and the normalised values.
//
// Both are stored as JSON text in the register so that a schema change in NormalizedRecord does
// not need a table migration: unknown keys are ignored on read, missing keys read as empty.
#include <optional>

#include <nlohmann/json.hpp>

#include "cardex/rcu/store.hpp"
#include "cardex/text.hpp"

namespace cardex::rcu {

namespace {

using nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json problems_json(const std::vector<Problem>& list) {
    auto arr = json::array();
    for (const auto& p : list) arr.push_back({{"field", p.field}, {"code", p.code}});
    return arr;
}

std::vector<Problem> problems_from(const json& j) {
    std::vector<Problem> out;
    if (!j.is_array()) return out;
    for (const auto& p : j) out.push_back({p.value("field", ""), p.value("code", "")});
    return out;
}

EmailKind email_kind_from(const std::string& s) {
    for (auto k : {EmailKind::personal, EmailKind::ota_relay, EmailKind::role, EmailKind::invalid, EmailKind::empty})
        if (to_string(k) == s) return k;
    return EmailKind::empty;
}

PhoneKind phone_kind_from(const std::string& s) {
    for (auto k : {PhoneKind::mobile, PhoneKind::fixed, PhoneKind::unknown, PhoneKind::invalid, PhoneKind::empty})
        if (to_string(k) == s) return k;
    return PhoneKind::empty;
}

}  // namespace

std::string normalized_to_json(const NormalizedRecord& n) {
    json j = {{"source", n.source},
              {"source_record_id", n.source_record_id},
              {"hotel_id", n.hotel_id},
              {"first_name", n.first_name},
              {"last_name", n.last_name},
              {"first_name_key", n.first_name_key},
              {"last_name_key", n.last_name_key},
              {"name_key", n.name_key},
              {"email", n.email},
              {"email_kind", to_string(n.email_kind)},
              {"phone_e164", n.phone_e164},
              {"phone_kind", to_string(n.phone_kind)},
              {"birth_date", n.birth_date},
              {"nationality", n.nationality},
              {"country", n.country},
              {"postcode", n.postcode},
              {"city_key", n.city_key},
              {"address_key", n.address_key},
              {"document_key", n.document_key},
              {"company_key", n.company_key},
              {"language", n.language},
              {"sex", n.sex ? std::string(1, n.sex) : std::string()},
              {"problems", problems_json(n.problems)},
              {"repairs", problems_json(n.repairs)}};
    return dump(j);
}

Result<NormalizedRecord, std::string> normalized_from_json(const std::string& text) {
    json j = json::parse(text, nullptr, false);
    if (!j.is_object()) return fail(std::string("normalized record: not a JSON object"));
    NormalizedRecord n;
    auto s = [&](const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string(); };
    n.source = s("source");
    n.source_record_id = s("source_record_id");
    n.hotel_id = s("hotel_id");
    n.first_name = s("first_name");
    n.last_name = s("last_name");
    n.first_name_key = s("first_name_key");
    n.last_name_key = s("last_name_key");
    n.name_key = s("name_key");
    n.email = s("email");
    n.email_kind = email_kind_from(s("email_kind"));
    n.phone_e164 = s("phone_e164");
    n.phone_kind = phone_kind_from(s("phone_kind"));
    n.birth_date = s("birth_date");
    n.nationality = s("nationality");
    n.country = s("country");
    n.postcode = s("postcode");
    n.city_key = s("city_key");
    n.address_key = s("address_key");
    n.document_key = s("document_key");
    n.company_key = s("company_key");
    n.language = s("language");
    auto sex = s("sex");
    n.sex = sex.size() == 1 ? sex[0] : 0;
    if (j.contains("problems")) n.problems = problems_from(j["problems"]);
    if (j.contains("repairs")) n.repairs = problems_from(j["repairs"]);
    return n;
}

namespace {

std::string to_hex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::optional<std::string> from_hex(std::string_view hex) {
    if (hex.size() % 2) return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
    }
    return out;
}

}  // namespace

// Raw records keep column order: an array of [name, value] pairs. A value that is not UTF-8 (a
// Windows-1252 PMS export) is kept byte for byte as [name, hex, "hex"]: the original is never lost.
std::string raw_to_json(const RawRecord& r) {
    auto arr = json::array();
    for (const auto& [k, v] : r.fields) {
        std::string name = is_valid_utf8(k) ? k : clean_text(k);
        if (is_valid_utf8(v))
            arr.push_back(json::array({name, v}));
        else
            arr.push_back(json::array({name, to_hex(v), "hex"}));
    }
    return dump(arr);
}

Result<RawRecord, std::string> raw_from_json(const std::string& text) {
    json j = json::parse(text, nullptr, false);
    if (!j.is_array()) return fail(std::string("raw record: not a JSON array"));
    RawRecord r;
    for (const auto& pair : j) {
        bool ok = pair.is_array() && (pair.size() == 2 || pair.size() == 3) && pair[0].is_string() && pair[1].is_string();
        if (!ok) return fail(std::string("raw record: each column must be a [name, value] pair of strings"));
        std::string value = pair[1].get<std::string>();
        if (pair.size() == 3) {
            auto bytes = from_hex(value);
            if (!bytes) return fail("raw record: column " + pair[0].get<std::string>() + ": bad hex value");
            value = std::move(*bytes);
        }
        r.fields.emplace_back(pair[0].get<std::string>(), std::move(value));
    }
    return r;
}

}  // namespace cardex::rcu
