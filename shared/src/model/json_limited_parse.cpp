// Parsing untrusted JSON within limits, without exceptions (see json_codec.hpp).
//
// nlohmann's SAX parser is iterative, so the depth can be enforced by a SAX handler that refuses to
// open one level too many: nothing deeper is ever built, and the call stack does not grow with the
// input. The handler builds the DOM itself (instead of nlohmann's detail::json_sax_dom_parser) so
// that it can also refuse duplicate keys.
#include <string>
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
    bool number_float(json::number_float_t v, const json::string_t& /*text*/) { return put(json(v)); }
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

}  // namespace

Result<json> parse_json_limited(std::string_view text, const JsonLimits& limits, std::string_view path) {
    const std::string field(path);
    if (text.size() > limits.max_bytes)
        return fail(FieldErrors{{field, "too_large",
                                 "The JSON is " + std::to_string(text.size()) + " bytes, over the limit of " +
                                     std::to_string(limits.max_bytes) + "."}});
    LimitedDomBuilder builder(limits.max_depth);
    const bool ok = json::sax_parse(text.data(), text.data() + text.size(), &builder, json::input_format_t::json,
                                    /*strict=*/true, /*ignore_comments=*/false);
    if (!ok) {
        auto [code, message] = builder.problem();
        if (code.empty()) code = "invalid_json", message = "The request is not valid JSON.";
        return fail(FieldErrors{{field, code, message}});
    }
    return std::move(builder.root());
}

}  // namespace cardex::detail
