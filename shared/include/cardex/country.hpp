// cardex/country.hpp — countries as ISO 3166-1 codes (ICU's region data underneath).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cardex {

/// Resolves a country written as alpha-2 ("FR"), alpha-3 ("FRA"), an ICAO document code ("D" for
/// Germany, "GBD"), or a name in any kiosk language (fr, en, es, it, de, zh, uk) and common aliases
/// ("France", "Frankreich", "法国", "Франція", "USA", "Holland"), the country's own name ("Polska"),
/// and common nationality adjectives of a PMS nationality column ("Française", "German"); case,
/// accents, punctuation and spaces ignored. Returns the alpha-2 code, or nullopt when it is not a
/// country we know. Only ISO 3166-1 assigned codes come out: not ICU's pseudo-regions, not "XK", and
/// not the ICAO codes for the UN, stateless persons and refugees (UNO, XXA …). Thread-safe.
std::optional<std::string> country_to_alpha2(std::string_view text);

/// ISO alpha-3 of an alpha-2 code ("FR" → "FRA", "fr" too); empty when unknown.
std::string country_alpha3(std::string_view alpha2);

/// The country's name in `language` (BCP 47, e.g. "fr", "zh", "pt-BR"); empty when the country is
/// unknown. A language ICU has no names for gives the English name.
std::string country_name(std::string_view alpha2, std::string_view language);

/// True when `alpha2` is an assigned ISO 3166-1 alpha-2 code in upper case.
bool is_country_code(std::string_view alpha2);

}  // namespace cardex
