// Calendar dates: the forms PMS exports and guests write, scanned by hand (std::regex is far too
// slow for millions of imported rows), validated with <chrono>'s calendar.
//
// Ambiguity: "03/04/1990" is read day first (3 April), as Europe writes it and as Cardex's hotels do.
// Only when the day-first reading is impossible and the US one is possible ("04/13/1990") is it
// read month first. A two-digit year ("28/12/56") is refused: its century cannot be known.
#include "cardex/date.hpp"

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace cardex {

namespace {

namespace chr = std::chrono;

constexpr int min_year = 1;
constexpr int max_year = 9999;  // a four-digit year: what iso() writes and the parsers read
constexpr int max_birth_age_years = 125;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

chr::year_month_day to_ymd(const Date& d) {
    return chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} / chr::day{static_cast<unsigned>(d.day)};
}

// A left-to-right reader over the text; every method leaves the position unchanged on failure.
struct Scanner {
    std::string_view s;
    std::size_t pos = 0;

    bool at_end() const { return pos == s.size(); }
    char peek() const { return at_end() ? '\0' : s[pos]; }
    bool accept(char c) {
        if (peek() != c) return false;
        ++pos;
        return true;
    }
    // Reads between `min` and `max` (at most 9) digits, and no more may follow; the count, or 0.
    int digits(int min, int max, int& value) {
        int n = 0, v = 0;
        for (; pos + static_cast<std::size_t>(n) < s.size() && is_digit(s[pos + static_cast<std::size_t>(n)]); ++n) {
            if (n == max) return 0;
            v = v * 10 + (s[pos + static_cast<std::size_t>(n)] - '0');
        }
        if (n < min) return 0;
        pos += static_cast<std::size_t>(n);
        value = v;
        return n;
    }
    bool exactly(int n, int& value) { return digits(n, n, value) == n; }
    // Reads `n` digits whatever follows ("+0100": hours, then minutes).
    bool take(int n, int& value) {
        if (s.size() - pos < static_cast<std::size_t>(n)) return false;
        int v = 0;
        for (std::size_t i = pos; i < pos + static_cast<std::size_t>(n); ++i) {
            if (!is_digit(s[i])) return false;
            v = v * 10 + (s[i] - '0');
        }
        pos += static_cast<std::size_t>(n);
        value = v;
        return true;
    }
};

// An offset "Z", "+01:00"; with `lenient`, also "+0100", "+01" as exports write them.
bool scan_offset(Scanner& in, bool lenient) {
    if (in.accept('Z')) return true;
    if (!in.accept('+') && !in.accept('-')) return false;
    int hh = 0, mm = 0;
    if (!in.take(2, hh) || hh > 23) return false;
    const bool colon = in.accept(':');
    if (colon || (lenient && is_digit(in.peek()))) return in.take(2, mm) && mm <= 59;
    return lenient;
}

// "HH:MM[:SS[.fff]]" with optional " AM"/"PM" and offset: the time an export appends to a date.
// Only checked for shape and range; a birth date has no use for it.
bool scan_time_part(Scanner& in) {
    int hh = 0, mm = 0, ss = 0;
    if (in.digits(1, 2, hh) == 0 || hh > 23 || !in.accept(':') || !in.exactly(2, mm) || mm > 59) return false;
    if (in.accept(':')) {
        if (!in.exactly(2, ss) || ss > 60) return false;
        if (in.accept('.') || in.accept(',')) {
            int fraction = 0;
            if (in.digits(1, 9, fraction) == 0) return false;
        }
    }
    while (in.accept(' ')) {
    }
    std::string_view rest = in.s.substr(in.pos);
    if (rest.size() >= 2 && (rest[1] == 'M' || rest[1] == 'm') &&
        (rest[0] == 'A' || rest[0] == 'a' || rest[0] == 'P' || rest[0] == 'p')) {
        if (hh == 0 || hh > 12) return false;
        in.pos += 2;
    }
    if (!in.at_end() && !scan_offset(in, true)) return false;
    return in.at_end();
}

// After the date: nothing, or "T"/spaces then a time.
bool scan_after_date(Scanner& in) {
    if (in.at_end()) return true;
    if (!in.accept('T') && !in.accept(' ')) return false;
    while (in.accept(' ')) {
    }
    return scan_time_part(in);
}

struct Fields {
    int year = 0, month = 0, day = 0;
};

// "YYYY-MM-DD" (also with "/" or "." and one-digit month or day) or "YYYYMMDD".
bool scan_year_first(Scanner& in, Fields& f) {
    Scanner t = in;
    if (t.exactly(8, f.day)) {  // YYYYMMDD read as one number, then split
        f.year = f.day / 10000;
        f.month = f.day / 100 % 100;
        f.day %= 100;
        in = t;
        return true;
    }
    if (!t.exactly(4, f.year)) return false;
    const char sep = t.peek();
    if ((sep != '-' && sep != '/' && sep != '.') || !t.accept(sep)) return false;
    if (t.digits(1, 2, f.month) == 0 || !t.accept(sep) || t.digits(1, 2, f.day) == 0) return false;
    in = t;
    return true;
}

// "DD/MM/YYYY", "DD.MM.YYYY", "DD-MM-YYYY" (one-digit day or month too); US order when only it fits.
// A two-digit year fails here: it does not match the form.
bool scan_day_first(Scanner& in, Fields& f) {
    Scanner t = in;
    int a = 0, b = 0;
    if (t.digits(1, 2, a) == 0) return false;
    const char sep = t.peek();
    if ((sep != '/' && sep != '.' && sep != '-') || !t.accept(sep)) return false;
    if (t.digits(1, 2, b) == 0 || !t.accept(sep)) return false;
    if (!t.exactly(4, f.year)) return false;
    const bool only_us_order = a <= 12 && b > 12;
    f.day = only_us_order ? b : a;
    f.month = only_us_order ? a : b;
    in = t;
    return true;
}

Result<Date, std::string> fail_with(const char* code) { return fail(std::string(code)); }

}  // namespace

std::string Date::iso() const {
    // Fixed-width fields; values outside them (an unchecked Date) are written as they are.
    auto pad = [](int v, int width) {
        std::string s = std::to_string(v < 0 ? -v : v);
        if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<std::size_t>(width) - s.size(), '0');
        return v < 0 ? "-" + s : s;
    };
    return pad(year, 4) + '-' + pad(month, 2) + '-' + pad(day, 2);
}

long Date::days_since_epoch() const {
    return static_cast<long>(chr::sys_days(to_ymd(*this)).time_since_epoch().count());
}

Date Date::from_days_since_epoch(long days) {
    // Clamped to the years the parsers produce (0001-01-01 … 9999-12-31): <chrono> gives no
    // guarantee for days far outside the range of its year type.
    constexpr long first = -719162, last = 2932896;
    days = days < first ? first : days > last ? last : days;
    const chr::year_month_day ymd{chr::sys_days{chr::days{days}}};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date Date::today_utc() {
    const auto today = chr::floor<chr::days>(chr::system_clock::now());
    return from_days_since_epoch(static_cast<long>(today.time_since_epoch().count()));
}

bool Date::is_valid(int year, int month, int day) {
    if (year < min_year || year > max_year || month < 1 || month > 12 || day < 1 || day > 31) return false;
    return to_ymd(Date{year, month, day}).ok();
}

Result<Date, std::string> parse_date(std::string_view text) {
    Scanner in{trim(text)};
    Fields f;
    if (!scan_year_first(in, f) && !scan_day_first(in, f)) return fail_with(date_error::invalid_format);
    if (!scan_after_date(in)) return fail_with(date_error::invalid_format);
    if (!Date::is_valid(f.year, f.month, f.day)) return fail_with(date_error::impossible);
    return Date{f.year, f.month, f.day};
}

Result<Date, std::string> parse_birth_date(std::string_view text, Date today) {
    auto date = parse_date(text);
    if (!date) return date;
    if (*date > today) return fail_with(date_error::in_future);
    // The same day 125 years earlier; 29 February becomes the 28th in a non-leap year.
    const chr::year_month_day same_day = to_ymd(Date{today.year - max_birth_age_years, today.month, today.day});
    const chr::year_month_day limit =
        same_day.ok() || !same_day.month().ok() ? same_day
                                                : chr::year_month_day{chr::year_month_day_last{same_day.year(), chr::month_day_last{same_day.month()}}};
    if (to_ymd(*date) < limit) return fail_with(date_error::implausible);
    return date;
}

bool is_iso_date(std::string_view text) {
    Scanner in{text};
    int y = 0, m = 0, d = 0;
    return in.exactly(4, y) && in.accept('-') && in.exactly(2, m) && in.accept('-') && in.exactly(2, d) &&
           in.at_end() && Date::is_valid(y, m, d);
}

bool is_rfc3339_timestamp(std::string_view text) {
    // full-date "T" HH:MM:SS [.frac] ("Z" / ±HH:MM). Upper-case "T" and "Z" only, no leap second:
    // this is the wire format, which every consumer must be able to parse.
    Scanner in{text};
    int y = 0, mo = 0, d = 0, hh = 0, mm = 0, ss = 0;
    if (!(in.exactly(4, y) && in.accept('-') && in.exactly(2, mo) && in.accept('-') && in.exactly(2, d))) return false;
    if (!Date::is_valid(y, mo, d) || !in.accept('T')) return false;
    if (!(in.exactly(2, hh) && in.accept(':') && in.exactly(2, mm) && in.accept(':') && in.exactly(2, ss))) return false;
    if (hh > 23 || mm > 59 || ss > 59) return false;
    if (in.accept('.')) {
        while (is_digit(in.peek())) ++in.pos;
        if (!is_digit(in.s[in.pos - 1])) return false;  // a "." with no digit after it
    }
    return scan_offset(in, false) && in.at_end();
}

}  // namespace cardex
