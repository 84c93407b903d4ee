// ICAO Doc 9303 machine-readable zones: TD1 (3×30), TD2 (2×36), TD3 (2×44).
//
// The layout tables are in Doc 9303 parts 4 (TD3), 5 (TD1) and 6 (TD2). Positions below are
// 0-based, unlike the 1-based positions of the ICAO text.
#include "cardex/mrz.hpp"

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace cardex {

namespace {

constexpr std::size_t td1_len = 30;
constexpr std::size_t td2_len = 36;
constexpr std::size_t td3_len = 44;

FieldError shape_error(std::string message) {
    return {"mrz", "invalid_mrz", std::move(message)};
}

bool is_mrz_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '<';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

char to_upper_ascii(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim_spaces(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

/// Splits on CR, LF or CRLF, trims each line and drops empty ones (a scanner may end every line
/// with CRLF and add a blank line at the end).
std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\r' && text[i] != '\n') continue;
        std::string_view line = trim_spaces(text.substr(start, i - start));
        if (!line.empty()) lines.emplace_back(line);
        start = i + 1;
    }
    return lines;
}

/// Cuts one run-together line into lines of `len` characters.
std::vector<std::string> cut(const std::string& all, std::size_t len) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < all.size(); i += len) lines.push_back(all.substr(i, len));
    return lines;
}

std::optional<MrzFormat> format_of(const std::vector<std::string>& lines) {
    const auto all_of_length = [&](std::size_t n) {
        for (const auto& l : lines)
            if (l.size() != n) return false;
        return true;
    };
    if (lines.size() == 3 && all_of_length(td1_len)) return MrzFormat::td1;
    if (lines.size() == 2 && all_of_length(td2_len)) return MrzFormat::td2;
    if (lines.size() == 2 && all_of_length(td3_len)) return MrzFormat::td3;
    return std::nullopt;
}

/// Lines of a known format, in upper case, or an invalid_mrz error.
Result<std::vector<std::string>> normalise(std::string_view text, MrzFormat& format) {
    std::vector<std::string> lines = split_lines(text);
    for (auto& line : lines)
        for (auto& c : line) c = to_upper_ascii(c);
    if (lines.size() == 1) {
        // A keyboard-wedge scanner may send the lines without separators.
        const std::size_t n = lines[0].size();
        if (n == 3 * td1_len) lines = cut(lines[0], td1_len);
        else if (n == 2 * td2_len) lines = cut(lines[0], td2_len);
        else if (n == 2 * td3_len) lines = cut(lines[0], td3_len);
    }
    const auto f = format_of(lines);
    if (!f)
        return fail(FieldErrors{shape_error(
            "The MRZ must be 3 lines of 30 characters (TD1), 2 lines of 36 (TD2) or 2 lines of 44 (TD3).")});
    for (std::size_t l = 0; l < lines.size(); ++l)
        for (std::size_t i = 0; i < lines[l].size(); ++i)
            if (!is_mrz_char(lines[l][i]))
                return fail(FieldErrors{shape_error("The MRZ has a character other than A-Z, 0-9 or '<' on line " +
                                                    std::to_string(l + 1) + ", position " + std::to_string(i + 1) +
                                                    ".")});
    format = *f;
    return lines;
}

/// "ANNA<MARIA<<<<" → "ANNA MARIA": fillers become spaces, runs collapse, ends are trimmed.
std::string unfill(std::string_view field) {
    std::string out;
    for (char c : field) {
        if (c == '<') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void split_names(std::string_view field, MrzData& out) {
    const auto sep = field.find("<<");
    if (sep == std::string_view::npos) {
        out.last_name = unfill(field);
        return;
    }
    out.last_name = unfill(field.substr(0, sep));
    out.first_names = unfill(field.substr(sep + 2));
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// Kept local (rather than Date::is_valid) so that the MRZ reader stands on its own.
bool real_date(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string iso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

int two_digits(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

/// Reads YYMMDD. The birth date takes the latest century that does not put it after `today`
/// (YY ≤ today's YY → 20YY, else 19YY; the same YY later in the year → 19YY); expiry is 20YY.
std::optional<Date> mrz_date(std::string_view yymmdd, bool birth, const Date& today) {
    for (char c : yymmdd)
        if (!is_digit(c)) return std::nullopt;
    const int yy = two_digits(yymmdd.substr(0, 2));
    Date d{2000 + yy, two_digits(yymmdd.substr(2, 2)), two_digits(yymmdd.substr(4, 2))};
    if (birth) {
        d.year = today.year / 100 * 100 + yy;
        if (d > today) d.year -= 100;
    }
    if (!real_date(d.year, d.month, d.day)) return std::nullopt;
    return d;
}

struct Checker {
    FieldErrors errors;
    bool field_failed = false;

    /// Verifies `digit` against `data`. `may_be_filler`: an unused optional field may carry '<'.
    void check(std::string_view data, char digit, const char* field, const char* what, bool may_be_filler = false) {
        if (may_be_filler && digit == '<' && data.find_first_not_of('<') == std::string_view::npos) return;
        if (is_digit(digit) && mrz_check_digit(data) == digit - '0') return;
        field_failed = true;
        errors.push_back({field, "check_digit", std::string("The check digit of the ") + what + " in the MRZ is wrong."});
    }

    // The composite covers the fields already checked, so when one of them failed it would only
    // repeat that error; it is reported alone only when every field check passed.
    void composite(std::string_view data, char digit) {
        if (field_failed) return;
        check(data, digit, "mrz.composite", "whole MRZ (composite)");
    }

    void date(std::string_view yymmdd, bool birth, const Date& today, std::string& out) {
        const char* field = birth ? "mrz.birth_date" : "mrz.expiry_date";
        if (auto d = mrz_date(yymmdd, birth, today)) {
            out = iso(*d);
            return;
        }
        errors.push_back({field, "invalid_date",
                          std::string("The ") + (birth ? "birth date" : "expiry date") + " in the MRZ is not a real date."});
    }

    void sex(char c, std::string& out) {
        if (c == 'F' || c == 'M' || c == 'X') out = std::string(1, c);
        else if (c == '<') out = "X";  // unspecified
        else errors.push_back({"mrz.sex", "invalid_mrz", "The sex in the MRZ must be F, M, X or '<'."});
    }
};

/// The document number of TD1/TD2: when its check digit position holds '<', the number is longer
/// than 9 characters and continues in the optional data up to the next '<', whose last character
/// is the check digit (Doc 9303 part 5 §4.2.4, part 6 §4.2.4). `optional` loses the consumed part.
void document_number(std::string_view number, char check, std::string_view& optional, Checker& c,
                     MrzData& out) {
    if (check != '<') {
        out.document_number = unfill(number);
        c.check(number, check, "mrz.document_number", "document number");
        return;
    }
    auto end = optional.find('<');
    if (end == std::string_view::npos) end = optional.size();
    if (end == 0) {
        out.document_number = unfill(number);
        c.check(number, check, "mrz.document_number", "document number");
        return;
    }
    const std::string full = std::string(number) + std::string(optional.substr(0, end - 1));
    out.document_number = unfill(full);
    c.check(full, optional[end - 1], "mrz.document_number", "document number");
    optional.remove_prefix(end);
}

void header(std::string_view line, MrzData& out) {
    out.document_code = unfill(line.substr(0, 2));
    out.issuing_state = unfill(line.substr(2, 3));
}

std::string join_optional(const std::string& a, const std::string& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + " " + b;
}

FieldErrors parse_td3(const std::vector<std::string>& l, const Date& today, MrzData& out) {
    const std::string_view l1 = l[0], l2 = l[1];
    Checker c;
    header(l1, out);
    split_names(l1.substr(5), out);
    out.document_number = unfill(l2.substr(0, 9));
    c.check(l2.substr(0, 9), l2[9], "mrz.document_number", "document number");
    out.nationality = unfill(l2.substr(10, 3));
    c.check(l2.substr(13, 6), l2[19], "mrz.birth_date", "birth date");
    c.date(l2.substr(13, 6), true, today, out.birth_date);
    c.sex(l2[20], out.sex);
    c.check(l2.substr(21, 6), l2[27], "mrz.expiry_date", "expiry date");
    c.date(l2.substr(21, 6), false, today, out.expiry_date);
    out.optional_data = unfill(l2.substr(28, 14));
    c.check(l2.substr(28, 14), l2[42], "mrz.optional_data", "personal number", true);
    c.composite(std::string(l2.substr(0, 10)) + std::string(l2.substr(13, 7)) + std::string(l2.substr(21, 22)), l2[43]);
    return c.errors;
}

FieldErrors parse_td2(const std::vector<std::string>& l, const Date& today, MrzData& out) {
    const std::string_view l1 = l[0], l2 = l[1];
    Checker c;
    header(l1, out);
    split_names(l1.substr(5), out);
    std::string_view optional = l2.substr(28, 7);
    document_number(l2.substr(0, 9), l2[9], optional, c, out);
    out.nationality = unfill(l2.substr(10, 3));
    c.check(l2.substr(13, 6), l2[19], "mrz.birth_date", "birth date");
    c.date(l2.substr(13, 6), true, today, out.birth_date);
    c.sex(l2[20], out.sex);
    c.check(l2.substr(21, 6), l2[27], "mrz.expiry_date", "expiry date");
    c.date(l2.substr(21, 6), false, today, out.expiry_date);
    out.optional_data = unfill(optional);
    c.composite(std::string(l2.substr(0, 10)) + std::string(l2.substr(13, 7)) + std::string(l2.substr(21, 14)), l2[35]);
    return c.errors;
}

FieldErrors parse_td1(const std::vector<std::string>& l, const Date& today, MrzData& out) {
    const std::string_view l1 = l[0], l2 = l[1];
    Checker c;
    header(l1, out);
    std::string_view optional1 = l1.substr(15, 15);
    document_number(l1.substr(5, 9), l1[14], optional1, c, out);
    c.check(l2.substr(0, 6), l2[6], "mrz.birth_date", "birth date");
    c.date(l2.substr(0, 6), true, today, out.birth_date);
    c.sex(l2[7], out.sex);
    c.check(l2.substr(8, 6), l2[14], "mrz.expiry_date", "expiry date");
    c.date(l2.substr(8, 6), false, today, out.expiry_date);
    out.nationality = unfill(l2.substr(15, 3));
    out.optional_data = join_optional(unfill(optional1), unfill(l2.substr(18, 11)));
    split_names(l[2], out);
    c.composite(std::string(l1.substr(5, 25)) + std::string(l2.substr(0, 7)) + std::string(l2.substr(8, 7)) +
                    std::string(l2.substr(18, 11)),
                l2[29]);
    return c.errors;
}

/// The document code says which layout the line 2 follows; a visa (V…) of the same size has
/// another layout (no composite), and TD3 is the passport booklet.
bool code_fits(MrzFormat f, char first) {
    if (f == MrzFormat::td3) return first == 'P';
    return first == 'I' || first == 'A' || first == 'C';
}

// The French identity card issued before 2021 is 2×36 like TD2 but not laid out as ICAO TD2;
// reading it as TD2 would report wrong check digits, which would mislead the supervisor.
bool is_old_french_id(MrzFormat f, const std::string& line1) {
    return f == MrzFormat::td2 && line1.compare(0, 5, "IDFRA") == 0;
}

}  // namespace

int mrz_check_digit(std::string_view field) {
    static constexpr int weights[] = {7, 3, 1};
    int sum = 0;
    for (std::size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        int v = 0;
        if (c >= '0' && c <= '9') v = c - '0';
        else if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
        else if (c != '<') return -1;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

Result<MrzData> parse_mrz(std::string_view text, Date today) {
    MrzFormat format = MrzFormat::td3;
    auto lines = normalise(text, format);
    if (!lines) return fail(std::move(lines).error());
    const auto& l = *lines;
    if (is_old_french_id(format, l[0]))
        return fail(FieldErrors{shape_error(
            "This is a French identity card issued before 2021, whose MRZ is not in an ICAO layout; enter the "
            "fields by hand.")});
    if (!code_fits(format, l[0][0]))
        return fail(FieldErrors{shape_error("The document code '" + l[0].substr(0, 2) +
                                            "' does not fit an MRZ of this size (passport P, identity card I, A or C).")});
    MrzData out;
    out.format = format;
    FieldErrors errors = format == MrzFormat::td3   ? parse_td3(l, today, out)
                         : format == MrzFormat::td2 ? parse_td2(l, today, out)
                                                    : parse_td1(l, today, out);
    if (!errors.empty()) return fail(std::move(errors));
    return out;
}

}  // namespace cardex
