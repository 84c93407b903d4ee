// Parsing untrusted JSON within limits, without exceptions (see json_codec.hpp).
//
// nlohmann's SAX parser is iterative, so the depth can be enforced by a SAX handler that refuses to
// open one level too many: nothing deeper is ever built, and the call stack does not grow with the
// input. The handler builds the DOM itself (instead of nlohmann's detail::json_sax_dom_parser) so
// that it can also refuse duplicate keys.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/json_codec.hpp"

namespace cardex::detail {

namespace {

using nlohmann::json;

class LimitedDomBuilder {
public:
    explicit LimitedDomBuilder(int max_depth) : max_depth_(max_depth) {}

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(json::number_integer_t v) { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
    // An integer token nlohmann reads as a double is one no 64-bit integer holds (2^64): marked,
    // as the huge numbers the pre-scan rewrote into one (huge_numbers_replaced).
    bool number_float(json::number_float_t v, const json::string_t& text) {
        if (text.find_first_of(".eE") == json::string_t::npos) return put(unrepresentable_number());
        return put(json(v));
    }
    bool string(json::string_t& v) { return put(json(std::move(v))); }
    bool binary(json::binary_t& v) { return put(json::binary(std::move(v))); }  // not produced by JSON text

    bool start_object(std::size_t /*elements*/) { return open(json::object()); }
    bool start_array(std::size_t /*elements*/) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& k) {
        if (stack_.back()->contains(k)) {
            problem_ = {"invalid_json", "The JSON has the key \"" + printable(k) + "\" twice in one object."};
            return false;
        }
        key_ = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/, const json::exception& ex) {
        problem_ = {"invalid_json", "The request is not valid JSON: " + reason(ex.what()) + " (byte offset " +
                                        std::to_string(position > 0 ? position - 1 : 0) + ")."};
        return false;
    }

    json& root() { return root_; }
    const std::pair<std::string, std::string>& problem() const { return problem_; }

private:
    /// Places a value in the container being built (or as the root) and returns where it went.
    json* place(json&& v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        json& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        json& slot = top[key_];
        slot = std::move(v);
        return &slot;
    }

    bool put(json&& v) {
        place(std::move(v));
        return true;
    }

    bool open(json&& container) {
        if (static_cast<int>(stack_.size()) >= max_depth_) {
            problem_ = {"too_deep", "The JSON is nested deeper than " + std::to_string(max_depth_) + " levels."};
            return false;
        }
        // Pointers stay valid: a container only grows while it is the top of the stack.
        stack_.push_back(place(std::move(container)));
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    /// nlohmann's message without its "[json.exception…] " prefix and without the "last read"
    /// excerpt, which would copy guest data into an error message (and possibly into logs).
    static std::string reason(std::string what) {
        if (auto p = what.find("] "); p != std::string::npos) what.erase(0, p + 2);
        if (auto p = what.find("; last read"); p != std::string::npos) what.erase(p);
        return what;
    }

    /// Keys are valid UTF-8 (the lexer checked); a long one is shortened at a character boundary.
    static std::string printable(const std::string& k) {
        constexpr std::size_t max = 64;
        if (k.size() <= max) return k;
        std::size_t n = max;
        while (n > 0 && (static_cast<unsigned char>(k[n]) & 0xC0) == 0x80) --n;
        return k.substr(0, n) + "...";
    }

    int max_depth_;
    json root_;
    std::vector<json*> stack_;
    std::string key_;
    std::pair<std::string, std::string> problem_;
};

/// A JSON number's magnitude as a power of ten: 2 for 123, -1 for 0.5, 400 for 1e400; nullopt for
/// zero or a token that is not a JSON number (RFC 8259 §6), which is left to the parser.
std::optional<long long> decimal_magnitude(std::string_view t) {
    auto digits = [&](std::size_t from) {
        std::size_t to = from;
        while (to < t.size() && t[to] >= '0' && t[to] <= '9') ++to;
        return to;
    };
    std::size_t i = t.size() > 0 && t[0] == '-' ? 1 : 0;
    const std::size_t int_begin = i, int_end = digits(i);
    if (int_end == int_begin || (t[int_begin] == '0' && int_end - int_begin > 1)) return std::nullopt;
    std::size_t frac_begin = int_end, frac_end = int_end;
    if (frac_end < t.size() && t[frac_end] == '.') {
        frac_begin = frac_end + 1;
        frac_end = digits(frac_begin);
        if (frac_end == frac_begin) return std::nullopt;
    }
    long long exponent = 0;
    i = frac_end;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        const bool negative = i < t.size() && t[i] == '-';
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
        const std::size_t exp_end = digits(i);
        if (exp_end == i) return std::nullopt;
        for (; i < exp_end; ++i) exponent = std::min(exponent * 10 + (t[i] - '0'), 1'000'000'000LL);  // saturates
        if (negative) exponent = -exponent;
    }
    if (i != t.size()) return std::nullopt;
    for (std::size_t k = int_begin; k < int_end; ++k)
        if (t[k] != '0') return static_cast<long long>(int_end - 1 - k) + exponent;
    for (std::size_t k = frac_begin; k < frac_end; ++k)
        if (t[k] != '0') return exponent - static_cast<long long>(k - frac_begin + 1);
    return std::nullopt;  // zero
}

/// nlohmann's parser fails the whole document on a number beyond a double's range (1e400, or 400
/// digits), before any member is known; one bad card would refuse the whole batch. So number tokens
/// of 10^308 or more (a double ends at 1.8e308; no member takes a number that large) are rewritten,
/// in a copy, as an integer token that no 64-bit integer holds, which the parser reads as a double
/// and the DOM builder marks like 2^64 itself. Strings are skipped; nullopt when nothing changed.
/// The byte offsets of later syntax errors then count from the copy.
std::optional<std::string> huge_numbers_replaced(std::string_view text) {
    static constexpr std::string_view huge = "18446744073709551616";  // 2^64
    std::optional<std::string> out;
    std::size_t copied = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        if (c != '-' && (c < '0' || c > '9')) continue;
        std::size_t end = i;
        while (end < text.size() && std::string_view("+-.eE0123456789").find(text[end]) != std::string_view::npos) ++end;
        if (auto magnitude = decimal_magnitude(text.substr(i, end - i)); magnitude && *magnitude >= 308) {
            if (!out) out.emplace();
            out->append(text.substr(copied, i - copied)).append(huge);
            copied = end;
        }
        i = end - 1;
    }
    if (out) out->append(text.substr(copied));
    return out;
}

}  // namespace

json unrepresentable_number() { return json::binary(json::binary_t::container_type{}, kUnrepresentableNumber); }

bool is_unrepresentable_number(const json& v) {
    return v.is_binary() && v.get_binary().has_subtype() && v.get_binary().subtype() == kUnrepresentableNumber;
}

std::string json_type_name(const json& v) { return is_unrepresentable_number(v) ? "number" : v.type_name(); }

Result<json> parse_json_limited(std::string_view text, const JsonLimits& limits, std::string_view path) {
    const std::string field(path);
    if (text.size() > limits.max_bytes)
        return fail(FieldErrors{{field, "too_large",
                                 "The JSON is " + std::to_string(text.size()) + " bytes, over the limit of " +
                                     std::to_string(limits.max_bytes) + "."}});
    const auto replaced = huge_numbers_replaced(text);
    const std::string_view input = replaced ? std::string_view(*replaced) : text;
    LimitedDomBuilder builder(limits.max_depth);
    const bool ok = json::sax_parse(input.data(), input.data() + input.size(), &builder, json::input_format_t::json,
                                    /*strict=*/true, /*ignore_comments=*/false);
    if (!ok) {
        auto [code, message] = builder.problem();
        if (code.empty()) code = "invalid_json", message = "The request is not valid JSON.";
        return fail(FieldErrors{{field, code, message}});
    }
    return std::move(builder.root());
}

}  // namespace cardex::detail
