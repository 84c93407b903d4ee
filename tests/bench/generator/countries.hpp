// generator/countries.hpp — what the generator knows of each guest country (internal): names of
// the country in several languages, the numbering plan, cities with postcodes, streets, e-mail
// providers and company names.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace cardex::gen {

/// Guest nationalities and countries of residence.
enum class Nat : std::uint8_t { FR, DE, ES, IT, GB, US, BE, CH, NL, PT, UA, RU, CN, JP };
inline constexpr int nat_count = 14;

/// A mobile range: national significant numbers start with `prefix` and have `length` digits.
struct MobileRange {
    std::string_view prefix;
    int length;
};

struct City {
    std::string_view names;      ///< "|"-separated: local name first, then exonyms ("München|Munich|Muenchen")
    std::string_view postcodes;  ///< "|"-separated postcodes of the city
    std::string_view area;       ///< fixed-line area code, without trunk prefix
    int subscriber_digits;       ///< digits after the area code
    std::string_view region;     ///< state/province written in addresses (US), else ""
    std::string_view first_digits = "23456789";  ///< allowed first subscriber digits (the plan's ranges)
};

struct CountryInfo {
    std::string_view alpha2, alpha3;
    std::string_view calling_code;  ///< "33"
    std::string_view trunk;         ///< national prefix: "0", "8" (RU), "" (ES, IT, PT, CN mobile …)
    /// Names of the country: French, English, German, Spanish, Italian, then the native name and
    /// aliases, "|"-separated.
    std::string_view names;
    std::string_view languages;  ///< BCP 47 tags guests of this nationality prefer, "|"-separated
    std::span<const MobileRange> mobiles;
    std::span<const City> cities;
    std::span<const std::string_view> streets;
    std::string_view street_format;  ///< "{n} {s}", "{s} {n}", "{s}, {n}" …
    std::span<const std::string_view> line2;  ///< building / flat lines
    std::span<const std::string_view> email_providers;  ///< most used first
    std::span<const std::string_view> business_words;   ///< "Conseil", "Logistik" …
    std::span<const std::string_view> company_forms;    ///< "SARL", "GmbH" …
    std::string_view tld;
    std::string_view document_pattern;  ///< passport number: A letter, 9 digit, X either
};

const CountryInfo& country(Nat nat);

/// Relative share of each nationality among hotel guests (France first).
std::span<const int> nationality_weights();

}  // namespace cardex::gen
