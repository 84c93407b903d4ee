// json_codec.hpp — internal: the nlohmann/json side of cardex/model_json.hpp.
//
// The sync server parses a whole batch with nlohmann (parse_json_limited, with its own limits) and
// then calls submission_from_json on each element, so that a bad submission is rejected with field
// errors ("submissions[2].guest.email") without failing the others. parse_submission_json is a thin
// wrapper over the same two functions, so the kiosk and the server read a submission identically.
// Nothing here throws on any input.
#pragma once

#include <cstddef>
#include <cstdint>
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
/// object keys (which nlohmann would otherwise resolve silently, last one wins). A number too large
/// to hold is not a syntax error: it becomes unrepresentable_number() (below).
/// Errors are one FieldError on field `path` with code "too_large", "invalid_json" (message with
/// the byte offset) or "too_deep". String lengths are checked by the readers, which know the path.
Result<nlohmann::json> parse_json_limited(std::string_view text, const JsonLimits& limits, std::string_view path);

/// Where the text has a number that neither a double nor a 64-bit integer holds (1e400, 2^64),
/// parse_json_limited puts this value instead: a binary, which no JSON text makes, so that the
/// readers report that member ("stay.adults" out of range) and the rest of the document is read.
inline constexpr std::uint64_t kUnrepresentableNumber = 0x4e554d;  // "NUM"
nlohmann::json unrepresentable_number();
bool is_unrepresentable_number(const nlohmann::json& v);
/// v.type_name() for messages, "number" for an unrepresentable number.
std::string json_type_name(const nlohmann::json& v);

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
