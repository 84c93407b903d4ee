// Reading a submission from JSON (protocol.md v1, one element of "submissions").
//
// Strict on shape, lenient on absence: every optional member may be absent, null or "" (all mean
// "not given"), but a member of the wrong type, an unknown key or an enum value outside the list is
// an error, so that a kiosk bug or a typo never loses data silently. Every problem is collected.
#include <climits>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include "model/json_codec.hpp"

namespace cardex::detail {

std::string json_path(std::string_view parent, std::string_view key) {
    if (parent.empty()) return std::string(key);
    std::string p(parent);
    p += '.';
    p += key;
    return p;
}

std::string json_path(std::string_view parent, std::size_t index) {
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

namespace {

using nlohmann::json;

struct Ctx {
    const JsonLimits& limits;
    FieldErrors errors;

    void add(std::string field, const char* code, std::string message) {
        errors.push_back({std::move(field), code, std::move(message)});
    }
    void wrong_type(const std::string& field, const char* expected, const json& got) {
        add(field, "wrong_type",
            shown(field) + " must be " + expected + ", not " + with_article(json_type_name(got)) + ".");
    }
    static std::string with_article(std::string_view type) {
        const bool vowel = !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
        return (vowel ? "an " : "a ") + std::string(type);
    }
    /// The name of a field in a message ("The submission" for the root of a bare submission).
    static std::string shown(const std::string& field) { return field.empty() ? "The submission" : field; }
};

/// A key shortened for an error path (keys of unknown members come from the client).
std::string short_key(const std::string& k) {
    constexpr std::size_t max = 64;
    if (k.size() <= max) return k;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(k[n]) & 0xC0) == 0x80) --n;
    return k.substr(0, n) + "...";
}

/// Reads the members of one JSON object; unknown members are reported when it is made.
class ObjectReader {
public:
    ObjectReader(const json& obj, std::string path, Ctx& ctx, std::initializer_list<std::string_view> known)
        : obj_(obj), path_(std::move(path)), ctx_(ctx) {
        for (const auto& [k, v] : obj_.items()) {
            bool is_known = false;
            for (auto name : known) is_known = is_known || name == k;
            if (!is_known)
                ctx_.add(at(short_key(k)), "unknown_field", at(short_key(k)) + " is not a known field.");
        }
    }

    std::string at(std::string_view key) const { return json_path(path_, key); }

    /// The member, or nullptr when absent or null (both mean "not given").
    const json* get(std::string_view key) const {
        auto it = obj_.find(key);
        if (it == obj_.end() || it->is_null()) return nullptr;
        return &*it;
    }

    /// An optional string member; absent, null and "" leave `out` empty.
    void text(std::string_view key, std::string& out) const {
        const json* v = get(key);
        if (!v) return;
        if (!v->is_string()) return ctx_.wrong_type(at(key), "a string", *v);
        const auto& s = v->get_ref<const std::string&>();
        if (s.size() > ctx_.limits.max_string_bytes)
            return ctx_.add(at(key), "too_long",
                            at(key) + " is longer than " + std::to_string(ctx_.limits.max_string_bytes) + " bytes.");
        out = s;
    }

    void required_text(std::string_view key, std::string& out) const {
        if (!present(key)) return;
        text(key, out);
        if (is_empty_string(key)) missing(key);
    }

    /// An enum member given by its wire name. Returns false when absent (nothing reported).
    template <class E>
    bool enumerated(std::string_view key, E& out, std::optional<E> (*from)(std::string_view),
                    const char* allowed) const {
        std::string s;
        text(key, s);
        if (s.empty()) return false;
        if (auto v = from(s)) out = *v;
        else ctx_.add(at(key), "invalid_value", at(key) + " must be one of " + allowed + ".");
        return true;
    }

    template <class E>
    void required_enum(std::string_view key, E& out, std::optional<E> (*from)(std::string_view),
                       const char* allowed) const {
        if (!enumerated(key, out, from, allowed) && present(key) && is_empty_string(key)) missing(key);
    }

    /// An integer ≥ 0; absent or null keeps the default in `out`.
    void count(std::string_view key, int& out) const {
        const json* v = get(key);
        if (!v) return;
        if (is_unrepresentable_number(*v))
            return ctx_.add(at(key), "invalid_value", at(key) + " is a number out of range (a whole number from 0).");
        if (!v->is_number_integer()) return ctx_.wrong_type(at(key), "an integer", *v);
        const bool in_range = v->is_number_unsigned() ? v->get<std::uint64_t>() <= INT_MAX
                                                      : v->get<std::int64_t>() >= 0 && v->get<std::int64_t>() <= INT_MAX;
        if (!in_range) return ctx_.add(at(key), "invalid_value", at(key) + " must be a whole number from 0.");
        out = v->get<int>();
    }

    void required_bool(std::string_view key, bool& out) const {
        if (!present(key)) return;
        const json* v = get(key);
        if (!v->is_boolean()) return ctx_.wrong_type(at(key), "true or false", *v);
        out = v->get<bool>();
    }

    /// An object member: the object, or nullptr when absent/null or of the wrong type (reported).
    const json* object(std::string_view key) const {
        const json* v = get(key);
        if (v && !v->is_object()) {
            ctx_.wrong_type(at(key), "an object", *v);
            return nullptr;
        }
        return v;
    }

    const json* array(std::string_view key) const {
        const json* v = get(key);
        if (v && !v->is_array()) {
            ctx_.wrong_type(at(key), "an array", *v);
            return nullptr;
        }
        return v;
    }

    /// Reports missing_field when a required member is absent or null.
    bool present(std::string_view key) const {
        if (get(key)) return true;
        missing(key);
        return false;
    }

private:
    bool is_empty_string(std::string_view key) const {
        const json* v = get(key);
        return v && v->is_string() && v->get_ref<const std::string&>().empty();
    }

    void missing(std::string_view key) const { ctx_.add(at(key), "missing_field", at(key) + " is required."); }

    const json& obj_;
    std::string path_;
    Ctx& ctx_;
};

constexpr const char* kinds = "registration_card, precheckin, email_capture";
constexpr const char* document_types = "passport, id_card, driving_licence, residence_permit";
constexpr const char* relationships = "child, spouse, other";
constexpr const char* purposes = "marketing_email, marketing_sms, profiling, data_processing";
constexpr const char* signature_formats = "svg-path, png-base64";

Address read_address(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx, {"line1", "line2", "postcode", "city", "region", "country"});
    Address a;
    r.text("line1", a.line1);
    r.text("line2", a.line2);
    r.text("postcode", a.postcode);
    r.text("city", a.city);
    r.text("region", a.region);
    r.text("country", a.country);
    return a;
}

// A document without its type would have to be guessed as a passport; the type is required.
IdentityDocument read_document(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx, {"type", "number", "issuing_country", "expiry_date"});
    IdentityDocument d;
    r.required_enum("type", d.type, &document_type_from, document_types);
    r.text("number", d.number);
    r.text("issuing_country", d.issuing_country);
    r.text("expiry_date", d.expiry_date);
    return d;
}

Guest read_guest(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx,
                   {"title", "first_name", "last_name", "birth_date", "birth_place", "nationality", "email", "phone",
                    "address", "document"});
    Guest g;
    r.text("title", g.title);
    r.text("first_name", g.first_name);
    r.text("last_name", g.last_name);
    r.text("birth_date", g.birth_date);
    r.text("birth_place", g.birth_place);
    r.text("nationality", g.nationality);
    r.text("email", g.email);
    r.text("phone", g.phone);
    if (const json* a = r.object("address")) g.address = read_address(*a, r.at("address"), ctx);
    if (const json* d = r.object("document")) g.document = read_document(*d, r.at("document"), ctx);
    return g;
}

Stay read_stay(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx, {"arrival", "departure", "adults", "children"});
    Stay s;
    r.text("arrival", s.arrival);
    r.text("departure", s.departure);
    r.count("adults", s.adults);
    r.count("children", s.children);
    return s;
}

// A companion without a relationship is "other", the catch-all the kiosk offers anyway.
Companion read_companion(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx, {"first_name", "last_name", "birth_date", "nationality", "relationship"});
    Companion c;
    r.text("first_name", c.first_name);
    r.text("last_name", c.last_name);
    r.text("birth_date", c.birth_date);
    r.text("nationality", c.nationality);
    r.enumerated("relationship", c.relationship, &relationship_from, relationships);
    return c;
}

// A consent is a decision about a purpose: both are required (no default could be right).
ConsentEvent read_consent(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx, {"purpose", "granted", "text_id", "text_version", "language", "captured_at"});
    ConsentEvent c;
    r.required_enum("purpose", c.purpose, &consent_purpose_from, purposes);
    r.required_bool("granted", c.granted);
    r.text("text_id", c.text_id);
    r.count("text_version", c.text_version);
    r.text("language", c.language);
    r.text("captured_at", c.captured_at);
    return c;
}

Signature read_signature(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx, {"format", "data", "sha256"});
    Signature s;
    r.required_enum("format", s.format, &signature_format_from, signature_formats);
    r.text("data", s.data);
    r.text("sha256", s.sha256);
    return s;
}

/// Reads each element of an array of objects with `read`.
template <class T, class Read>
std::vector<T> read_list(const json* arr, const std::string& path, Ctx& ctx, Read read) {
    std::vector<T> out;
    if (!arr) return out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const json& e = (*arr)[i];
        const std::string p = json_path(path, i);
        if (e.is_object()) out.push_back(read(e, p, ctx));
        else ctx.wrong_type(p, "an object", e);
    }
    return out;
}

Submission read_submission(const json& j, const std::string& path, Ctx& ctx) {
    ObjectReader r(j, path, ctx,
                   {"submission_id", "kind", "captured_at", "reservation_ref", "language", "guest", "stay",
                    "companions", "consents", "signature"});
    Submission s;
    r.required_text("submission_id", s.submission_id);
    r.required_enum("kind", s.kind, &submission_kind_from, kinds);
    r.required_text("captured_at", s.captured_at);
    r.text("reservation_ref", s.reservation_ref);
    r.text("language", s.language);
    if (r.present("guest"))
        if (const json* g = r.object("guest")) s.guest = read_guest(*g, r.at("guest"), ctx);
    if (const json* st = r.object("stay")) s.stay = read_stay(*st, r.at("stay"), ctx);
    s.companions = read_list<Companion>(r.array("companions"), r.at("companions"), ctx, &read_companion);
    s.consents = read_list<ConsentEvent>(r.array("consents"), r.at("consents"), ctx, &read_consent);
    if (const json* sig = r.object("signature")) s.signature = read_signature(*sig, r.at("signature"), ctx);
    return s;
}

}  // namespace

Result<Submission> submission_from_json(const json& j, std::string_view path, const JsonLimits& limits) {
    Ctx ctx{limits, {}};
    const std::string p(path);
    if (!j.is_object()) {
        ctx.wrong_type(p, "an object", j);
        return fail(std::move(ctx.errors));
    }
    Submission s = read_submission(j, p, ctx);
    if (!ctx.errors.empty()) return fail(std::move(ctx.errors));
    return s;
}

}  // namespace cardex::detail

namespace cardex {

Result<Submission> parse_submission_json(std::string_view json_text, const JsonLimits& limits, std::string_view path) {
    auto doc = detail::parse_json_limited(json_text, limits, path);
    if (!doc) return fail(std::move(doc).error());
    return detail::submission_from_json(*doc, path, limits);
}

}  // namespace cardex
