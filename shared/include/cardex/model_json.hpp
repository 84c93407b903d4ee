// cardex/model_json.hpp — the JSON forms of the model (protocol.md v1).
//
// Parsing is strict: wrong types, unknown keys, missing required keys and malformed JSON come back
// as FieldErrors naming the JSON path; nothing is thrown and nothing is dropped silently.
// Semantic checks (formats, dates, required fields of a country's card) are in validation.hpp.
#pragma once

#include <string>
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

/// Parses one submission object. Field paths in errors start at `path` (e.g. "submissions[2]").
Result<Submission> parse_submission_json(std::string_view json_text, const JsonLimits& limits = {},
                                         std::string_view path = "");

/// Serialises a submission; empty optional parts are omitted. parse(to_json(s)) == s.
std::string to_json(const Submission& s);

}  // namespace cardex
