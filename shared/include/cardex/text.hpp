// cardex/text.hpp — Unicode text hygiene for guest data (ICU underneath).
//
// Guest names arrive from many systems: valid UTF-8, UTF-8 that went through a Latin-1/Windows-1252
// decoder once or twice ("LÃ©onard"), legacy Windows-1252 files, upper-case PMS exports. These
// functions turn them into clean NFC UTF-8 without losing the original (callers keep it).
#pragma once

#include <string>
#include <string_view>

namespace cardex {

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

/// Decodes Windows-1252 bytes to UTF-8 (the 5 bytes 1252 leaves undefined map to U+0081 … as Latin-1 does).
std::string decode_windows1252(std::string_view bytes);

/// NFC normalisation. Invalid UTF-8 sequences are replaced by U+FFFD first.
std::string to_nfc(std::string_view utf8);

/// Repairs mojibake: UTF-8 that was decoded as Windows-1252 (or Latin-1) and re-encoded, once or
/// twice ("LÃ©onard" → "Léonard", "LÃƒÂ©onard" → "Léonard", "Ð¡ÐµÑ€Ð³ÐµÐ¹" → "Сергей").
/// Text that is not mojibake is returned unchanged ("JOÃO", "Ångström", "Ñandú").
/// `repaired`, when given, is set to whether a repair was made.
std::string repair_mojibake(std::string_view utf8, bool* repaired = nullptr);

/// Makes any input valid NFC UTF-8: invalid UTF-8 is read as Windows-1252, then mojibake is
/// repaired, then NFC. `note`, when given, receives "" or the reason the text changed encoding
/// ("not_utf8" or "mojibake_repaired").
std::string clean_text(std::string_view bytes, std::string* note = nullptr);

/// Display form of a person's name: clean_text, white space collapsed and trimmed, spaces around
/// hyphens and apostrophes removed, typographic apostrophes unified to ASCII "'", and names typed all
/// upper-case or all lower-case put in title case ("JEAN-PIERRE" → "Jean-Pierre", "o'brien" →
/// "O'Brien", "DE LA FONTAINE" → "de La Fontaine"). Mixed-case input keeps its case ("McDonald").
/// Never transliterates. Idempotent.
std::string tidy_name(std::string_view name);

/// Collapses runs of white space to one ASCII space and trims both ends.
std::string collapse_spaces(std::string_view utf8);

}  // namespace cardex
