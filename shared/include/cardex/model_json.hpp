// cardex/model_json.hpp — the JSON forms of the model (protocol.md v1).
//
// Parsing is strict: wrong types, unknown keys, missing required keys and malformed JSON come back
// as FieldErrors naming the JSON path; nothing is thrown and nothing is dropped silently.
// Semantic checks (formats, dates, required fields of a country's card) are in validation.hpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "cardex/model.hpp"
#include "cardex/result.hpp"

namespace cardex {

/// Limits applied while parsing untrusted JSON.
struct JsonLimits {
    std::size_t max_bytes = 2 * 1024 * 1024;  ///< whole document
    int max_depth = 16;                       ///< nesting of objects/arrays
    std::size_t max_string_bytes = 256 * 1024; ///< any one string (signatures are the largest)
};

/// Parses one submission object. Field paths in errors start at `path` (e.g. "submissions[2]");
/// errors about the whole text (invalid_json, too_large, too_deep) have `path` itself as field.
/// Codes: "invalid_json" (syntax, invalid UTF-8, a key twice in one object; message gives the byte
/// offset), "too_large" (over max_bytes, checked before parsing), "too_deep" (over max_depth),
/// "missing_field", "wrong_type", "unknown_field" (every key must be known: a typo is never dropped),
/// "invalid_value" (enum value not in the list, negative or out-of-range count, 1e400 or 2^64
/// included: a number too large to hold is that member's error, not the document's), "too_long" (a string
/// over max_string_bytes). All errors are returned, not only the first.
/// Required: submission_id, kind, captured_at (non-empty strings), guest (an object); inside an
/// object that is given: guest.document.type, consents[i].purpose and .granted, signature.format.
/// Everything else may be absent, null or "" (all mean "not given"); stay.adults defaults to 1,
/// companions[i].relationship to "other". Counts are JSON integers ≥ 0 (2.0 is a wrong_type).
Result<Submission> parse_submission_json(std::string_view json_text, const JsonLimits& limits = {},
                                         std::string_view path = "");

/// One element of a batch's "submissions" array: the submission, or the errors that kept it from
/// parsing (paths relative to the submission: "guest.email"), with its submission_id when readable.
struct ParsedBatchItem {
    std::string submission_id;
    std::optional<Submission> submission;
    FieldErrors errors;
};

struct ParsedBatch {
    std::string batch_id;
    std::vector<ParsedBatchItem> items;
};

/// Parses an upload batch (protocol.md "Upload"). The batch fails as a whole only when it cannot be
/// read as one: "too_large", "invalid_json", "too_deep", "wrong_type" (not an object, batch_id not
/// a string or submissions not an array), "missing_field" (batch_id absent, null or "", or
/// submissions absent), "invalid_id" (batch_id not a UUID), "unknown_field", "too_many" (over
/// max_items). Errors about the whole text are on field "", the others on the member's name. A bad
/// element never fails the others.
Result<ParsedBatch> parse_batch_json(std::string_view json_text, const JsonLimits& limits = {},
                                     std::size_t max_items = 500);

/// A small request object whose members are all strings (an enrolment, an operator's decision):
/// read with the same checks as a batch (limits, strict syntax, no key twice); then it must be an
/// object ("wrong_type" on ""), every member named in `allowed` ("unknown_field") and a string
/// ("wrong_type"), each error on the member's name. Required members are the caller's to check.
Result<std::map<std::string, std::string>> parse_string_members(std::string_view json_text,
                                                                const std::vector<std::string>& allowed,
                                                                const JsonLimits& limits = {});

/// Serialises a submission; empty optional parts are omitted. parse(to_json(s)) == s for every s that
/// parses. Never throws: invalid UTF-8 bytes (which validation rejects) are written as U+FFFD.
std::string to_json(const Submission& s);

}  // namespace cardex
