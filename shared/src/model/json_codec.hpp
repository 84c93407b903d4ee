// json_codec.hpp — internal: the nlohmann/json side of cardex/model_json.hpp.
//
// The sync server parses a whole batch with nlohmann (parse_json_limited, with its own limits) and
// then calls submission_from_json on each element, so that a bad submission is rejected with field
// errors ("submissions[2].guest.email") without failing the others. parse_submission_json is a thin
// wrapper over the same two functions, so the kiosk and the server read a submission identically.
// Nothing here throws on any input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cardex/model.hpp"
#include "cardex/model_json.hpp"
#include "cardex/result.hpp"

namespace cardex::detail {

/// Parses untrusted JSON text. Checks, in this order: the size (limits.max_bytes, before any
/// parsing), the syntax (strict RFC 8259, UTF-8, nothing after the value), the nesting depth
/// (limits.max_depth, enforced while parsing so a 10,000-deep array costs nothing), and duplicate
/// object keys (which nlohmann would otherwise resolve silently, last one wins).
/// Errors are one FieldError on field `path` with code "too_large", "invalid_json" (message with
/// the byte offset) or "too_deep". String lengths are checked by the readers, which know the path.
Result<nlohmann::json> parse_json_limited(std::string_view text, const JsonLimits& limits, std::string_view path);

/// Reads one submission object. Every problem is reported, each at its JSON path below `path`:
/// "missing_field", "wrong_type", "unknown_field", "invalid_value", "too_long" (strings over
/// limits.max_string_bytes). `limits.max_bytes`/`max_depth` are not used here (the text is gone).
Result<Submission> submission_from_json(const nlohmann::json& j, std::string_view path,
                                        const JsonLimits& limits = {});

/// The wire form of a submission; empty optional parts are omitted.
nlohmann::json submission_to_json(const Submission& s);

/// "guest" + "email" → "guest.email"; "" + "guest" → "guest".
std::string json_path(std::string_view parent, std::string_view key);
/// "consents" + 1 → "consents[1]".
std::string json_path(std::string_view parent, std::size_t index);

}  // namespace cardex::detail
