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

/// Reads bytes as UTF-8 where they are UTF-8: valid UTF-8 is returned unchanged; otherwise each
/// well-formed, plausible multi-byte sequence is kept and every other byte is read as Windows-1252.
/// So one stray Latin-1 byte in a line of Cyrillic or Han costs that byte, not the whole text.
std::string decode_utf8_or_windows1252(std::string_view bytes);

/// NFC normalisation. Invalid UTF-8 sequences are replaced by U+FFFD first.
std::string to_nfc(std::string_view utf8);

/// Repairs mojibake: UTF-8 that was decoded as Windows-1252 (or Latin-1) and re-encoded, once or
/// more ("LÃ©onard" → "Léonard", "LÃƒÂ©onard" → "Léonard", "Ð¡ÐµÑ€Ð³ÐµÐ¹" → "Сергей").
/// A layer is undone only when every character maps back to one Windows-1252/Latin-1 byte and
/// those bytes are valid UTF-8 made of characters names really use (so "ANDRÉ’S" does not turn
/// into IPA). Text that is not mojibake, and invalid UTF-8, is returned unchanged ("JOÃO",
/// "Ångström", "Ñandú"). `repaired`, when given, is set to whether a repair was made.
std::string repair_mojibake(std::string_view utf8, bool* repaired = nullptr);

/// Makes any input valid NFC UTF-8: invalid UTF-8 is read as Windows-1252 (except its well-formed
/// multi-byte UTF-8 characters, so UTF-8 cut short by a field-length limit keeps them), then
/// mojibake is repaired (on NFC text, and the result is NFC again). `note`, when given, receives "" or the
/// reason the text changed encoding ("not_utf8" or "mojibake_repaired"). Idempotent.
std::string clean_text(std::string_view bytes, std::string* note = nullptr);

/// Display form of a person's name: clean_text, white space collapsed and trimmed, spaces around
/// hyphens and apostrophes removed, typographic apostrophes (’ ʼ ` ´ …) unified to ASCII "'" and
/// dashes (– — ‐ …) to "-", and names typed all upper-case or all lower-case put in title case per
/// word and per hyphen part ("JEAN-PIERRE" → "Jean-Pierre", "o'brien" → "O'Brien",
/// "ОЛЕКСАНДР" → "Олександр"). In such names the particles de du des la le van von der den di da
/// dos das del della y ten ter zu are lower case unless first or last word ("DE LA FONTAINE" →
/// "De la Fontaine", "LUDWIG VAN BEETHOVEN" → "Ludwig van Beethoven"). Mixed-case input keeps its
/// case ("McDonald", "van der Berg"). Never transliterates. Idempotent. Details in tidy_name.cpp.
std::string tidy_name(std::string_view name);

/// Collapses runs of white space (Unicode White_Space: tabs, line breaks, NBSP, ideographic
/// space …) to one ASCII space and trims both ends. Ill-formed bytes are passed through.
std::string collapse_spaces(std::string_view utf8);

/// `text` with its ASCII letters a–z in upper case and every other byte as it is ("fr" → "FR").
std::string ascii_upper(std::string_view text);

}  // namespace cardex
