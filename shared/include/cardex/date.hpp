// cardex/date.hpp — calendar dates as guests and PMS exports write them.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "cardex/result.hpp"

namespace cardex {

/// A calendar date (proleptic Gregorian). Always a valid date once constructed by the parsers.
struct Date {
    int year = 0;
    int month = 0;  ///< 1..12
    int day = 0;    ///< 1..31

    /// "YYYY-MM-DD"
    std::string iso() const;
    /// Days since 1970-01-01 (negative before).
    long days_since_epoch() const;
    /// The inverse of days_since_epoch, clamped to 0001-01-01 … 9999-12-31.
    static Date from_days_since_epoch(long days);
    /// Today's date in UTC.
    static Date today_utc();
    /// A real day of the years 1 to 9999 (the range of the four-digit forms).
    static bool is_valid(int year, int month, int day);

    auto operator<=>(const Date&) const = default;
};

/// Error codes returned by the date parsers (FieldError::code values).
namespace date_error {
inline constexpr const char* invalid_format = "invalid_date";      ///< not a date form we know
inline constexpr const char* impossible = "impossible_date";       ///< 31/02/1990, month 13 …
inline constexpr const char* in_future = "future_date";            ///< a birth date after today
inline constexpr const char* implausible = "implausible_date";     ///< a birth date over 125 years ago
}  // namespace date_error

/// Parses the forms of import-schema.md: YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, YYYYMMDD,
/// also with one-digit day/month and an optional time part after the date ("1956-12-28T00:00:00").
/// Slashed dates are read day first (European); when the first number cannot be a month day-first
/// is certain, and when only the US order (MM/DD/YYYY) is possible it is used. A two-digit year is
/// refused (its century is unknown). The time part ("T"/space, H:MM[:SS[.f]], optional AM/PM and
/// offset) is checked for shape and dropped. Years 0001–9999.
/// Returns the error code (one of date_error) on failure: invalid_date for a form we do not know,
/// impossible_date for a known form naming no real day.
Result<Date, std::string> parse_date(std::string_view text);

/// parse_date plus plausibility for a birth date: not after `today`, not more than 125 years before.
Result<Date, std::string> parse_birth_date(std::string_view text, Date today);

/// True when `text` is strictly "YYYY-MM-DD" and a real date (the wire format of protocol.md).
bool is_iso_date(std::string_view text);

/// True when `text` is an RFC 3339 timestamp with an offset ("2026-11-22T09:58:12+01:00" or "...Z"),
/// optional fractional seconds. Strict: upper-case "T" and "Z" only, no leap second (":60").
bool is_rfc3339_timestamp(std::string_view text);

}  // namespace cardex
