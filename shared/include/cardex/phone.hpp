// cardex/phone.hpp — telephone numbers (libphonenumber underneath).
#pragma once

#include <string>
#include <string_view>

namespace cardex {

enum class PhoneKind { empty, mobile, fixed, unknown, invalid };

/// "mobile", "fixed", "unknown", "invalid", "empty" (the words of import-schema.md).
std::string_view to_string(PhoneKind kind);

struct NormalizedPhone {
    std::string e164;  ///< "+33652527272", or empty when the number is empty or invalid
    PhoneKind kind = PhoneKind::empty;
    std::string problem;  ///< "" or an error code: "invalid_phone", "phone_needs_country"
};

/// Parses any national or international form of a number. A national number ("06 52 52 72 72") is
/// read in `region` (ISO 3166-1 alpha-2; callers pick the record's country, else its nationality,
/// else the hotel's default). International forms ("+33 …", "0033 …" dialled from `region`) need no
/// region. Kinds: mobile, fixed (fixed line), unknown (valid but the plan does not tell, e.g. US
/// numbers or VoIP/toll-free), invalid (not a valid number), empty. Thread-safe.
/// An extension ("ext. 12", "x12", "#12", "poste 12") is recognised and left out of `e164`, which names
/// the line; a note in parentheses ("(portable)") is ignored. Problems: "invalid_phone", or
/// "phone_needs_country" for a national number when `region` is empty or not a known region.
NormalizedPhone normalize_phone(std::string_view raw, std::string_view region);

}  // namespace cardex
