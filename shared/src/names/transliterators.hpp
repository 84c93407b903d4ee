// names/transliterators.hpp — per-thread ICU transliterators used by name_key (internal).
#pragma once

#include <unicode/unistr.h>

namespace cardex::detail {

enum class Translit {
    cyrillic_ukrainian,  ///< KMU resolution No. 55 (2010), lower-case Cyrillic input
    cyrillic_icao,       ///< ICAO Doc 9303 (7th ed., 2015), lower-case Cyrillic input
    han_latin,           ///< ICU "Han-Latin": Pinyin with tone marks, syllables space-separated
    any_latin,           ///< ICU "Any-Latin" for every other script
    latin_ascii,         ///< ICU "Latin-ASCII": ß → ss, æ → ae, accents off, fullwidth → ASCII
};
inline constexpr int kTranslitCount = 5;

/// Transliterates `text` in place with the calling thread's instance of `which`, built on first
/// use (ICU transliterators are costly to build and not thread-safe). Returns false, leaving
/// `text` untouched, if ICU could not build it.
bool transliterate(Translit which, icu::UnicodeString& text);

}  // namespace cardex::detail
