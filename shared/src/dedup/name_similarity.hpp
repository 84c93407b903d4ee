// How two name keys (cardex::name_key output: lower-case Latin tokens) compare.
#pragma once

#include <string_view>

namespace cardex::dedup {

enum class NameLevel {
    missing,    ///< one side empty
    exact,      ///< same key
    initial,    ///< one is an initial of the other ("p" / "patrick", "j p" / "jean pierre")
    partial,    ///< one's tokens are a subset of the other's ("jean" / "jean pierre", "dupont" / "dupont lefevre")
    similar,    ///< a typo or transliteration variant (Jaro–Winkler ≥ 0.90, or the same without spaces)
    different,
};

/// Jaro–Winkler similarity of two byte strings (the keys are ASCII), 0..1.
double jaro_winkler(std::string_view a, std::string_view b);

NameLevel compare_names(std::string_view a, std::string_view b);

/// True when b is a with one letter replaced, inserted, deleted, or two neighbours swapped: the
/// typos of a keyboard ("henk" / "hdnk", "anna" / "anan"). False for equal strings.
bool one_edit_apart(std::string_view a, std::string_view b);

/// The generation a name key ends with ("brown jr" → "junior", "shaw sr" → "senior", "ford iii"
/// → "iii"), or "" for none. Junior and Senior of one name share an address and often a phone:
/// two different suffixes are two people.
std::string_view generation_suffix(std::string_view name_key);

}  // namespace cardex::dedup
