// generator/formats.hpp — the written forms of phone numbers, dates and countries (internal).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "countries.hpp"
#include "rng.hpp"

namespace cardex::gen {

/// Concatenation without `"literal" + std::string`, which GCC 12 flags with a false -Wrestrict.
inline std::string cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view part : parts) out.append(part);
    return out;
}

/// Appends `value` in decimal, zero-padded to `width` digits (snprintf was a tenth of the run time).
inline void append_number(std::string& out, unsigned long long value, int width = 1) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (int i = n; i < width; ++i) out.push_back('0');
    while (n > 0) out.push_back(digits[--n]);
}

/// A phone number as the generator stores it: country and national significant number.
struct Phone {
    Nat country = Nat::FR;
    std::string nsn;      ///< "652527272"; empty when the person has none
    int area_length = 0;  ///< digits of the area code (fixed lines), 0 for mobiles
    bool mobile = true;
    bool empty() const { return nsn.empty(); }
};

/// Ways people and systems write a number.
enum class PhoneStyle {
    national_spaced,   ///< "06 52 52 72 72", "0151 23456789", "(212) 555-0123"
    national_compact,  ///< "0652527272"
    national_dots,     ///< "06.52.52.72.72" (and "-" or "/" where that is the local habit)
    intl_spaced,       ///< "+33 6 52 52 72 72"
    intl_compact,      ///< "+33652527272" (E.164, what the kiosk stores)
    intl_00,           ///< "0033652527272", dialled from Europe
    intl_trunk,        ///< "+33 (0)6 52 52 72 72", the business-card habit
};

std::string format_phone(const Phone& phone, PhoneStyle style);

/// "+33652527272"
std::string e164(const Phone& phone);

struct Ymd {
    int year = 0, month = 0, day = 0;
    auto operator<=>(const Ymd&) const = default;
};

/// Days since 1970-01-01 and back (Howard Hinnant's civil-calendar algorithms).
long days_from_civil(Ymd d);
Ymd civil_from_days(long days);

enum class DateStyle {
    iso,           ///< 1956-12-28 (kiosk, modern exports)
    dmy_slash,     ///< 28/12/1956 (French PMS)
    dmy_dot,       ///< 28.12.1956 (German, Swiss, Russian systems)
    compact,       ///< 19561228
    dmy_unpadded,  ///< 8/3/1956
    dmy_dash,      ///< 28-12-1956
    mdy_slash,     ///< 12/28/1956 (US systems, or a day/month mix-up)
};

std::string format_date(Ymd d, DateStyle style);

/// One written form of a country: alpha-2, alpha-3 or a name in the language of whoever typed it.
enum class CountryForm { alpha2, alpha3, name_fr, name_en, name_native, alias };
std::string format_country(Nat nat, CountryForm form, Rng& rng);

/// Splits "a|b|c" and returns item i (clamped to the last one).
std::string_view nth_form(std::string_view forms, std::size_t i);
std::size_t form_count(std::string_view forms);

}  // namespace cardex::gen
