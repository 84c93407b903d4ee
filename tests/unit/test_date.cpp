#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "cardex/date.hpp"

using cardex::Date;
using cardex::is_iso_date;
using cardex::is_rfc3339_timestamp;
using cardex::parse_birth_date;
using cardex::parse_date;

namespace {
const Date today{2026, 11, 22};  // fixed: tests must not depend on the day they run
}  // namespace

TEST_CASE("Every date form of the import schema is read", "[date]") {
    const Date patrick{1956, 12, 28};
    for (const char* form : {"1956-12-28", "28/12/1956", "28.12.1956", "28-12-1956", "19561228", "1956-12-28T00:00:00",
                             "1956-12-28T00:00:00Z", "1956-12-28T00:00:00.000+01:00", "1956-12-28 00:00:00",
                             "28/12/1956 00:00", "28/12/1956 0:00:00", "  28/12/1956 ", "1956/12/28", "1956.12.28",
                             "12/28/1956", "12/28/1956 12:00:00 AM", "1956-12-28T00:00:00+0100"}) {
        CAPTURE(form);
        const auto d = parse_date(form);
        REQUIRE(d);
        CHECK(*d == patrick);
    }
}

TEST_CASE("One-digit days and months are read", "[date]") {
    CHECK(parse_date("1/2/1990").value() == Date{1990, 2, 1});
    CHECK(parse_date("1.2.1990").value() == Date{1990, 2, 1});
    CHECK(parse_date("01/2/1990").value() == Date{1990, 2, 1});
    CHECK(parse_date("1990-2-1").value() == Date{1990, 2, 1});
}

TEST_CASE("Slashed dates are day first unless only the US order is possible", "[date]") {
    CHECK(parse_date("03/04/1990").value() == Date{1990, 4, 3});   // ambiguous: European order
    CHECK(parse_date("13/04/1990").value() == Date{1990, 4, 13});  // certainly day first
    CHECK(parse_date("04/13/1990").value() == Date{1990, 4, 13});  // only month first fits
    CHECK(parse_date("12/12/1990").value() == Date{1990, 12, 12});
}

TEST_CASE("Impossible dates and unknown forms are told apart", "[date]") {
    const std::pair<const char*, const char*> cases[] = {
        {"31/02/1990", "impossible_date"}, {"02/31/1990", "impossible_date"}, {"1990-13-01", "impossible_date"},
        {"1990-02-29", "impossible_date"}, {"13/13/1990", "impossible_date"}, {"00/01/1990", "impossible_date"},
        {"1990-00-10", "impossible_date"}, {"0000-01-01", "impossible_date"}, {"19900230", "impossible_date"},
        {"", "invalid_date"}, {"   ", "invalid_date"}, {"28/12/56", "invalid_date"}, {"28.12.56", "invalid_date"},
        {"561228", "invalid_date"}, {"1956-12", "invalid_date"}, {"28/12", "invalid_date"}, {"hier", "invalid_date"},
        {"28 décembre 1956", "invalid_date"}, {"1956-12-28T", "invalid_date"}, {"1956-12-28T25:00", "invalid_date"},
        {"1956-12-28 12", "invalid_date"}, {"28/12-1956", "invalid_date"}, {"1956-12/28", "invalid_date"},
        {"123/12/1956", "invalid_date"}, {"28/12/19567", "invalid_date"}, {"1956-12-28x", "invalid_date"},
        {"195612281", "invalid_date"}, {"２８/１２/１９５６", "invalid_date"}, {"1956-12-28T00:00:00+25:00", "invalid_date"},
    };
    for (const auto& [text, code] : cases) {
        CAPTURE(text);
        const auto d = parse_date(text);
        REQUIRE_FALSE(d);
        CHECK(d.error() == code);
    }
    CHECK(parse_date("2024-02-29").value() == Date{2024, 2, 29});  // leap year
    CHECK(parse_date("2000-02-29").value() == Date{2000, 2, 29});
    CHECK_FALSE(parse_date("1900-02-29"));
}

TEST_CASE("Hostile input never throws and is invalid", "[date]") {
    const std::string nul_inside("1956-12-28\0", 11);
    const std::string huge(1000000, '1');
    for (const std::string& text : {nul_inside, huge, std::string("\xFF\xFE"), std::string("99999999999999999999")}) {
        const auto d = parse_date(text);
        REQUIRE_FALSE(d);
        CHECK(d.error() == "invalid_date");
    }
}

TEST_CASE("Birth dates must be plausible", "[date]") {
    CHECK(parse_birth_date("28/12/1956", today).value() == Date{1956, 12, 28});  // Patrick Martin
    CHECK(parse_birth_date("2026-11-22", today).value() == today);                // born today
    CHECK(parse_birth_date("2026-11-23", today).error() == "future_date");
    CHECK(parse_birth_date("2030-01-01", today).error() == "future_date");
    CHECK(parse_birth_date("1901-11-22", today).value() == Date{1901, 11, 22});   // exactly 125 years
    CHECK(parse_birth_date("1901-11-21", today).error() == "implausible_date");
    CHECK(parse_birth_date("1850-01-01", today).error() == "implausible_date");
    CHECK(parse_birth_date("31/02/1990", today).error() == "impossible_date");
    CHECK(parse_birth_date("hier", today).error() == "invalid_date");
    // On 29 February the limit is 28 February, 125 years earlier (not a leap year).
    CHECK(parse_birth_date("1899-02-28", Date{2024, 2, 29}));
    CHECK(parse_birth_date("1899-02-27", Date{2024, 2, 29}).error() == "implausible_date");
}

TEST_CASE("Parsing the ISO form of a parsed date gives it back", "[date]") {
    for (const char* text : {"28/12/1956", "1/2/1990", "04/13/1990", "19561228", "0001-01-01", "9999-12-31"}) {
        CAPTURE(text);
        const Date d = parse_date(text).value();
        CHECK(is_iso_date(d.iso()));
        CHECK(parse_date(d.iso()).value() == d);
    }
}

TEST_CASE("Date arithmetic and formatting", "[date]") {
    CHECK(Date{1956, 12, 28}.iso() == "1956-12-28");
    CHECK(Date{5, 1, 2}.iso() == "0005-01-02");
    CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
    CHECK(Date{1969, 12, 31}.days_since_epoch() == -1);
    CHECK(Date{2026, 11, 22}.days_since_epoch() == 20779);
    CHECK(Date::from_days_since_epoch(20779) == Date{2026, 11, 22});
    CHECK(Date::from_days_since_epoch(-1) == Date{1969, 12, 31});
    for (long days : {-719162L, -25000L, 0L, 11016L, 2932896L}) {
        CHECK(Date::from_days_since_epoch(days).days_since_epoch() == days);
    }
    // Far outside the four-digit years: clamped, never garbage.
    CHECK(Date::from_days_since_epoch(-100000000L) == Date{1, 1, 1});
    CHECK(Date::from_days_since_epoch(100000000L) == Date{9999, 12, 31});
    CHECK(Date{1956, 12, 28} < Date{1957, 1, 1});

    CHECK(Date::is_valid(2024, 2, 29));
    CHECK_FALSE(Date::is_valid(2023, 2, 29));
    CHECK_FALSE(Date::is_valid(2023, 4, 31));
    CHECK_FALSE(Date::is_valid(2023, 0, 1));
    CHECK_FALSE(Date::is_valid(2023, -1, 1));
    CHECK_FALSE(Date::is_valid(2023, 1, -5));
    CHECK_FALSE(Date::is_valid(0, 1, 1));
    CHECK_FALSE(Date::is_valid(10000, 1, 1));

    const Date now = Date::today_utc();
    CHECK(Date::is_valid(now.year, now.month, now.day));
    CHECK(now.year >= 2024);
}

TEST_CASE("is_iso_date accepts only YYYY-MM-DD real dates", "[date]") {
    CHECK(is_iso_date("1956-12-28"));
    CHECK(is_iso_date("2024-02-29"));
    for (const char* text : {"1956-12-28T00:00:00", "28/12/1956", "19561228", "1956-1-28", "1956-12-8", "2023-02-29",
                             "1956-13-01", " 1956-12-28", "1956-12-28 ", "", "1956_12_28", "+1956-12-28"}) {
        CAPTURE(text);
        CHECK_FALSE(is_iso_date(text));
    }
}

TEST_CASE("is_rfc3339_timestamp is strict", "[date]") {
    for (const char* text : {"2026-11-22T09:58:12+01:00", "2026-11-22T09:58:12Z", "2026-11-22T09:58:12.5Z",
                             "2026-11-22T09:58:12.123456-05:30", "2024-02-29T23:59:59+14:00", "2026-11-22T00:00:00-00:00"}) {
        CAPTURE(text);
        CHECK(is_rfc3339_timestamp(text));
    }
    for (const char* text : {"2026-11-22", "2026-11-22T09:58:12", "2026-11-22 09:58:12Z", "2026-11-22t09:58:12z",
                             "2026-11-22T09:58Z", "2026-11-22T24:00:00Z", "2026-11-22T09:60:00Z", "2026-11-22T09:58:60Z",
                             "2026-02-30T09:58:12Z", "2026-11-22T09:58:12+0100", "2026-11-22T09:58:12+01",
                             "2026-11-22T09:58:12.Z", "2026-11-22T09:58:12+24:00", "2026-11-22T9:58:12Z",
                             "2026-11-22T09:58:12Z ", " 2026-11-22T09:58:12Z", "2026-11-22T09:58:12+01:00:00", ""}) {
        CAPTURE(text);
        CHECK_FALSE(is_rfc3339_timestamp(text));
    }
}
