// Upload batches (the envelope fails as a whole, its elements one by one) and small request objects.
#include <algorithm>

#include "cardex/validation.hpp"
#include "model/json_codec.hpp"

namespace cardex {

Result<ParsedBatch> parse_batch_json(std::string_view text, const JsonLimits& limits, std::size_t max_items) {
    auto doc = detail::parse_json_limited(text, limits, "");
    if (!doc) return fail(doc.error());
    const auto& j = *doc;
    if (!j.is_object()) return fail(FieldErrors{{"", "wrong_type", "a batch is a JSON object"}});
    FieldErrors errors;
    for (const auto& [key, value] : j.items())
        if (key != "batch_id" && key != "submissions")
            errors.push_back({key, "unknown_field", "a batch has only batch_id and submissions"});
    // protocol.md: a batch names itself with a UUID the tablet makes (cardex::sync::make_uuid). The
    // value is never echoed: the message says what it must be.
    ParsedBatch batch;
    const auto id = j.find("batch_id");
    if (id == j.end() || id->is_null() || (id->is_string() && id->get_ref<const std::string&>().empty()))
        errors.push_back({"batch_id", "missing_field", "batch_id is required (a UUID)"});
    else if (!id->is_string())
        errors.push_back({"batch_id", "wrong_type", "batch_id is a string (a UUID)"});
    else if (!is_uuid(id->get_ref<const std::string&>()))
        errors.push_back({"batch_id", "invalid_id", "batch_id must be a UUID (8-4-4-4-12 hexadecimal digits)"});
    else
        batch.batch_id = id->get<std::string>();
    if (!j.contains("submissions")) {
        errors.push_back({"submissions", "missing_field", "submissions is required"});
    } else if (!j["submissions"].is_array()) {
        errors.push_back({"submissions", "wrong_type", "submissions is an array"});
    } else if (j["submissions"].size() > max_items) {
        errors.push_back({"submissions", "too_many",
                          "at most " + std::to_string(max_items) + " submissions per batch (got " +
                              std::to_string(j["submissions"].size()) + ")"});
    }
    if (!errors.empty()) return fail(std::move(errors));

    for (const auto& element : j["submissions"]) {
        ParsedBatchItem item;
        if (element.is_object() && element.contains("submission_id") && element["submission_id"].is_string())
            item.submission_id = element["submission_id"].get<std::string>();
        auto parsed = detail::submission_from_json(element, "", limits);
        if (parsed) item.submission = std::move(*parsed);
        else item.errors = parsed.error();
        batch.items.push_back(std::move(item));
    }
    return batch;
}

Result<std::map<std::string, std::string>> parse_string_members(std::string_view text,
                                                                const std::vector<std::string>& allowed,
                                                                const JsonLimits& limits) {
    auto doc = detail::parse_json_limited(text, limits, "");
    if (!doc) return fail(doc.error());
    if (!doc->is_object()) return fail(FieldErrors{{"", "wrong_type", "the body is a JSON object"}});
    std::map<std::string, std::string> members;
    FieldErrors errors;
    for (const auto& [key, value] : doc->items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            errors.push_back({key, "unknown_field", "not a member of this request"});
        else if (!value.is_string())
            errors.push_back({key, "wrong_type", key + " is a string"});
        else if (value.get_ref<const std::string&>().size() > limits.max_string_bytes)
            errors.push_back({key, "too_long", key + " is too long"});
        else
            members[key] = value.get<std::string>();
    }
    if (!errors.empty()) return fail(std::move(errors));
    return members;
}

}  // namespace cardex
