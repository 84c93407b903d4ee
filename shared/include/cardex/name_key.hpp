// cardex/name_key.hpp — the matching form of a name.
//
// Two spellings of one name must give one key: "Олександр Шевченко" and "Oleksandr Shevchenko",
// "王伟" and "Wang Wei", "Léonard" and "LEONARD". The key is Latin, accent-free, lower case, tokens
// separated by one space, with punctuation (hyphens, apostrophes, dots) removed.
#pragma once

#include <string>
#include <string_view>

namespace cardex {

/// Which romanisation to use for Cyrillic when the letters alone do not tell (Ukrainian-only letters
/// і ї є ґ always select Ukrainian).
enum class CyrillicHint {
    unknown,    ///< Russian-style ICAO 9303 romanisation unless Ukrainian letters are present
    ukrainian,  ///< Ukrainian national passport romanisation (KMU resolution 55, 2010)
};

/// Picks the hint from an alpha-2 country (nationality or address): "UA" → ukrainian.
CyrillicHint cyrillic_hint_for_country(std::string_view alpha2);

/// Matching key of one name field (first name or last name, or a whole name).
/// Han characters become Pinyin, one token per name part (a Han-only field of 2–4 characters is
/// read as surname + given name, "王小明" → "wang xiaoming"; compound surnames such as 欧阳 kept
/// together); Cyrillic uses the standard named by `hint`; other scripts use ICU's Any-Latin.
/// Input need not be clean: it goes through clean_text first. Thread-safe.
std::string name_key(std::string_view name, CyrillicHint hint = CyrillicHint::unknown);

/// Folds a Latin string to the key alphabet: accents removed (ß → ss, æ → ae, ø → o, ł → l),
/// lower case, punctuation to spaces, spaces collapsed. Used by name_key and for other keys.
std::string fold_latin(std::string_view utf8);

}  // namespace cardex
