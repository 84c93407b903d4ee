// cardex/name_key.hpp — the matching form of a name.
//
// Two spellings of one name must give one key: "Олександр Шевченко" and "Oleksandr Shevchenko",
// "王伟" and "Wang Wei", "Léonard" and "LEONARD". The key is Latin, accent-free, lower case, tokens
// separated by one space. Apostrophes are removed, joining ("O'Brien" → "obrien"); hyphens, dots
// and all other punctuation separate tokens ("Jean-Pierre" → "jean pierre", "J.R." → "j r").
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

/// Matching key of one name field (first name or last name, or a whole name): the fold_latin of
/// the romanised tidy_name(name), so raw and tidied forms of a name have one key. Idempotent.
/// Han characters become Pinyin (each character's ICU Han-Latin reading, tones dropped), one
/// token per name part: a field of only Han characters, 1–4 of them, is read as surname + given
/// name ("王小明" → "wang xiaoming", "欧阳娜娜" → "ouyang nana": compound surnames such as 欧阳
/// kept together; polyphonic surnames in their surname reading, "曾" → "zeng"). So a given name
/// alone in its own field is read that way too ("小明" → "xiao ming"). Otherwise each run of Han
/// characters is one token ("王 小明" → "wang xiaoming"). Cyrillic uses the standard named by
/// `hint`; other scripts use ICU's Any-Latin (Korean Hangul gives one token per word: "김민준" →
/// "gimminjun"). Thread-safe; ICU objects are built once per thread.
std::string name_key(std::string_view name, CyrillicHint hint = CyrillicHint::unknown);

/// Folds a Latin string to the key alphabet: accents removed as ICU Latin-ASCII does (ü → u, not
/// ue; ß → ss, æ → ae, ø → o, ł → l, þ → th; also ə → a), lower case, digits kept (any script's
/// decimal digits become ASCII), apostrophes removed, other punctuation and white space to one
/// space, trimmed. Letters of non-Latin scripts are kept, lower-cased. Used by name_key and for
/// other keys. Never touches ICU for ASCII input.
std::string fold_latin(std::string_view utf8);

}  // namespace cardex
