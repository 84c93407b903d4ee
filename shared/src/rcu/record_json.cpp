// Stored JSON forms of a source record: the raw columns as received and the normalised values.
//
// Both are stored as JSON text in the register so that a schema change in NormalizedRecord does
// not need a table migration: unknown keys are ignored on read, missing keys read as empty.
//
// They are written and read on the register's one writer thread for every record a guest's card
// is compared with, so neither builds a JSON document: the writer appends to one string, and the
// reader takes nlohmann's SAX events straight into the record (a document of maps and strings,
// built and destroyed for each read, was most of that thread's allocations).
#include <optional>

#include <nlohmann/json.hpp>

#include "cardex/rcu/store.hpp"
#include "cardex/text.hpp"

namespace cardex::rcu {

namespace {

using nlohmann::json;

// --- writing ---

// Appends `value` as a JSON string. Valid UTF-8 is copied as is, with only what RFC 8259 requires
// escaped; anything else goes through nlohmann, which replaces invalid bytes with U+FFFD.
void append_string(std::string& out, std::string_view value) {
    if (!is_valid_utf8(value)) {
        out += json(std::string(value)).dump(-1, ' ', false, json::error_handler_t::replace);
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (char ch : value) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

// Appends `"name":` (names are the literals below: nothing to escape).
void append_key(std::string& out, const char* name) {
    if (out.back() != '{') out += ',';
    out += '"';
    out += name;
    out += "\":";
}

void append_problems(std::string& out, const char* name, const std::vector<Problem>& list) {
    append_key(out, name);
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i) out += ',';
        out += "{\"field\":";
        append_string(out, list[i].field);
        out += ",\"code\":";
        append_string(out, list[i].code);
        out += '}';
    }
    out += ']';
}

// The string members of a NormalizedRecord, by their stored names.
struct TextField {
    const char* name;
    std::string NormalizedRecord::*member;
};
constexpr TextField kTextFields[] = {
    {"source", &NormalizedRecord::source},
    {"source_record_id", &NormalizedRecord::source_record_id},
    {"hotel_id", &NormalizedRecord::hotel_id},
    {"first_name", &NormalizedRecord::first_name},
    {"last_name", &NormalizedRecord::last_name},
    {"first_name_key", &NormalizedRecord::first_name_key},
    {"last_name_key", &NormalizedRecord::last_name_key},
    {"name_key", &NormalizedRecord::name_key},
    {"email", &NormalizedRecord::email},
    {"phone_e164", &NormalizedRecord::phone_e164},
    {"birth_date", &NormalizedRecord::birth_date},
    {"nationality", &NormalizedRecord::nationality},
    {"country", &NormalizedRecord::country},
    {"postcode", &NormalizedRecord::postcode},
    {"city_key", &NormalizedRecord::city_key},
    {"address_key", &NormalizedRecord::address_key},
    {"document_key", &NormalizedRecord::document_key},
    {"company_key", &NormalizedRecord::company_key},
    {"booking_key", &NormalizedRecord::booking_key},
    {"stay_arrival", &NormalizedRecord::stay_arrival},
    {"stay_departure", &NormalizedRecord::stay_departure},
    {"language", &NormalizedRecord::language},
};

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

// --- reading ---

// nlohmann's SAX events with nothing to do by default; a reader overrides what it needs and
// tracks the depth (1: inside the top-level value).
struct SaxBase {
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    int depth = 0;

    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(number_integer_t) { return scalar(); }
    bool number_unsigned(number_unsigned_t) { return scalar(); }
    bool number_float(number_float_t, const string_t&) { return scalar(); }
    bool binary(binary_t&) { return scalar(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }
    virtual bool scalar() { return true; }
    virtual ~SaxBase() = default;
};

// The normalised record: an object of strings, and two arrays of {field, code} objects.
struct NormalizedReader : SaxBase {
    NormalizedRecord n;
    std::string email_kind, phone_kind, sex;
    std::string* text = nullptr;           // where the top-level key's string value goes
    std::vector<Problem>* list = nullptr;  // the problems or repairs array being read
    std::string* problem_text = nullptr;   // "field" or "code" of the problem being read
    bool object = false;                   // the top level was an object

    bool start_object(std::size_t) {
        if (depth == 0) object = true;
        if (depth == 2 && list) list->emplace_back();
        ++depth;
        return true;
    }
    bool end_object() {
        --depth;
        return true;
    }
    bool start_array(std::size_t) {
        ++depth;
        return true;
    }
    bool end_array() {
        if (--depth == 1) list = nullptr;
        return true;
    }
    bool key(string_t& k) {
        if (depth == 1) {
            text = nullptr;
            list = nullptr;
            if (k == "problems") list = &n.problems;
            else if (k == "repairs") list = &n.repairs;
            else if (k == "email_kind") text = &email_kind;
            else if (k == "phone_kind") text = &phone_kind;
            else if (k == "sex") text = &sex;
            else
                for (const auto& f : kTextFields)
                    if (k == f.name) text = &(n.*f.member);
        } else if (depth == 3 && list) {
            problem_text = k == "field" ? &list->back().field : k == "code" ? &list->back().code : nullptr;
        }
        return true;
    }
    bool string(string_t& v) {
        if (depth == 1 && text) *text = std::move(v);
        if (depth == 3 && list && problem_text) *problem_text = std::move(v);
        return true;
    }
};

// The raw record: an array of [name, value] or [name, hex, "hex"] arrays of strings.
struct RawReader : SaxBase {
    RawRecord r;
    bool array = false;                // the top level was an array
    bool malformed = false;            // an array, but not of [name, value] pairs of strings
    std::vector<std::string> pair;     // the strings of the column being read
    std::optional<std::string> bad_hex;  // the column whose hex value did not decode

    bool fail_shape() {
        malformed = array;  // at the top level, it is not an array at all
        return false;       // stops the parse
    }
    bool start_array(std::size_t) {
        if (depth >= 2) return fail_shape();
        if (depth == 0) array = true;
        if (depth == 1) pair.clear();
        ++depth;
        return true;
    }
    bool end_array() {
        if (--depth == 1) {
            if (pair.size() != 2 && pair.size() != 3) return fail_shape();
            if (pair.size() == 3) {
                auto bytes = from_hex(pair[1]);
                if (!bytes) {
                    bad_hex = pair[0];
                    return false;
                }
                pair[1] = std::move(*bytes);
            }
            r.fields.emplace_back(std::move(pair[0]), std::move(pair[1]));
        }
        return true;
    }
    bool start_object(std::size_t) { return fail_shape(); }
    bool end_object() { return fail_shape(); }
    bool key(string_t&) { return fail_shape(); }
    bool string(string_t& v) {
        if (depth != 2) return fail_shape();
        pair.push_back(std::move(v));
        return true;
    }
    bool scalar() override { return fail_shape(); }
};

}  // namespace

std::string normalized_to_json(const NormalizedRecord& n) {
    std::string out;
    out.reserve(512);
    out += '{';
    for (const auto& f : kTextFields) {
        append_key(out, f.name);
        append_string(out, n.*f.member);
    }
    append_key(out, "email_kind");
    append_string(out, to_string(n.email_kind));
    append_key(out, "phone_kind");
    append_string(out, to_string(n.phone_kind));
    append_key(out, "sex");
    append_string(out, n.sex ? std::string(1, n.sex) : std::string());
    append_problems(out, "problems", n.problems);
    append_problems(out, "repairs", n.repairs);
    out += '}';
    return out;
}

Result<NormalizedRecord, std::string> normalized_from_json(const std::string& text) {
    NormalizedReader reader;
    if (!json::sax_parse(text, &reader) || !reader.object)
        return fail(std::string("normalized record: not a JSON object"));
    auto& n = reader.n;
    n.email_kind = email_kind_from(reader.email_kind);
    n.phone_kind = phone_kind_from(reader.phone_kind);
    n.sex = reader.sex.size() == 1 ? reader.sex[0] : 0;
    return std::move(n);
}

// Raw records keep column order: an array of [name, value] pairs. A value that is not UTF-8 (a
// Windows-1252 PMS export) is kept byte for byte as [name, hex, "hex"]: the original is never lost.
std::string raw_to_json(const RawRecord& r) {
    std::string out;
    out.reserve(64 * r.fields.size() + 2);
    out += '[';
    for (const auto& [k, v] : r.fields) {
        if (out.size() > 1) out += ',';
        out += '[';
        if (is_valid_utf8(k)) append_string(out, k);
        else append_string(out, clean_text(k));
        out += ',';
        if (is_valid_utf8(v)) {
            append_string(out, v);
        } else {
            append_string(out, to_hex(v));
            out += ",\"hex\"";
        }
        out += ']';
    }
    out += ']';
    return out;
}

Result<RawRecord, std::string> raw_from_json(const std::string& text) {
    RawReader reader;
    bool parsed = json::sax_parse(text, &reader);
    if (reader.bad_hex) return fail("raw record: column " + *reader.bad_hex + ": bad hex value");
    if (reader.malformed) return fail(std::string("raw record: each column must be a [name, value] pair of strings"));
    if (!parsed) return fail(std::string("raw record: not a JSON array"));
    return std::move(reader.r);
}

}  // namespace cardex::rcu
