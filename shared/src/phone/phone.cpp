// Telephone numbers: one libphonenumber Parse per call, then its type tells validity and kind.
//
// Extensions ("01 42 68 53 00 ext. 12", "x12", "#12", French "poste 12") are recognised and dropped:
// the E.164 form names the line, which is what the register stores and the dedup engine compares; an
// extension only routes a call inside a switchboard.
#include "cardex/phone.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace cardex {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber refuses longer input itself; capping here also bounds the work on hostile input.
constexpr std::size_t max_input_bytes = 250;
// No numbering plan has numbers this short; fewer digits cannot be "a number lacking its country".
constexpr int min_digits_for_a_number = 4;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_separator(char c) { return is_space(c) || c == '.' || c == '-' || c == '/' || c == '(' || c == ')'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// Well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF), without NULs:
// libphonenumber is not documented to cope with anything else.
bool is_clean_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b == 0) return false;
        if (b < 0x80) { ++i; continue; }
        std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
        if (len == 0 || b > 0xF4 || i + len > s.size()) return false;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F)) return false;  // overlong, surrogate
        if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F)) return false;  // overlong, > U+10FFFF
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

// Parse spends about half its time on separators: a number made only of digits, separators and a
// leading "+" (nearly every real one) is handed over as bare digits. Anything else (letters, an
// extension, full-width digits) goes to Parse as written. Returns false when not in that form.
bool compact_simple_number(std::string_view s, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (is_digit(c)) out.push_back(c);
        else if (c == '+' && out.empty() && i == s.find_first_not_of(" \t(")) out.push_back(c);
        else if (!is_separator(c)) return false;
    }
    return true;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// libphonenumber knows "ext", "x", "#" and others, but reads the French "poste 12" as a vanity
// number (letters to digits). Cut it off here, so the line itself is still recognised.
std::string_view drop_french_extension(std::string_view s) {
    for (std::size_t at = s.find_first_of("pP"); at != std::string_view::npos; at = s.find_first_of("pP", at + 1)) {
        std::string_view word = s.substr(at, 5);
        bool is_poste = word.size() == 5;
        for (std::size_t k = 0; is_poste && k < 5; ++k) is_poste = (word[k] | 0x20) == "poste"[k];
        if (is_poste) return trim(s.substr(0, at));
    }
    return s;
}

// A note in parentheses ("06 52 52 72 72 (portable)", "(bureau)") would also be read as vanity
// letters. Groups with a letter in them are dropped; "(0)" and "(650)" are part of the number.
std::string drop_notes(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::size_t close = s[i] == '(' ? s.find(')', i) : std::string_view::npos;
        const std::string_view group = close == std::string_view::npos ? std::string_view() : s.substr(i, close - i);
        if (std::any_of(group.begin(), group.end(), is_ascii_letter)) i = close;
        else out.push_back(s[i]);
    }
    return out;
}

int count_ascii_digits(std::string_view s) {
    int n = 0;
    for (char c : s) n += is_digit(c) ? 1 : 0;
    return n;
}

std::string upper_region(std::string_view region) {
    std::string r(trim(region));
    for (char& c : r)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return r;
}

PhoneKind kind_of(PhoneNumberUtil::PhoneNumberType type) {
    switch (type) {
        case PhoneNumberUtil::MOBILE: return PhoneKind::mobile;
        case PhoneNumberUtil::FIXED_LINE: return PhoneKind::fixed;
        case PhoneNumberUtil::UNKNOWN: return PhoneKind::invalid;
        default: return PhoneKind::unknown;  // fixed-or-mobile (NANP), VoIP, toll-free, premium …
    }
}

NormalizedPhone invalid(const char* problem) { return {std::string(), PhoneKind::invalid, problem}; }

// A national number with no usable region cannot be read; say so rather than "invalid", so the
// caller can tell the guest (or the import) to give a country. An unknown "+999" code is invalid.
NormalizedPhone parse_failure(const PhoneNumberUtil& util, PhoneNumberUtil::ErrorType error,
                              std::string_view text, const std::string& region) {
    const bool no_region = util.GetCountryCodeForRegion(region) == 0;
    const bool international = !text.empty() && text.front() == '+';
    if (error == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR && no_region && !international &&
        count_ascii_digits(text) >= min_digits_for_a_number)
        return invalid("phone_needs_country");
    return invalid("invalid_phone");
}

}  // namespace

std::string_view to_string(PhoneKind kind) {
    switch (kind) {
        case PhoneKind::empty: return "empty";
        case PhoneKind::mobile: return "mobile";
        case PhoneKind::fixed: return "fixed";
        case PhoneKind::unknown: return "unknown";
        case PhoneKind::invalid: return "invalid";
    }
    return "invalid";
}

NormalizedPhone normalize_phone(std::string_view raw, std::string_view region) {
    const std::string_view text = trim(raw);
    if (text.empty()) return {};
    if (text.size() > max_input_bytes || !is_clean_utf8(text)) return invalid("invalid_phone");

    std::string input;
    if (!compact_simple_number(text, input)) input = drop_notes(drop_french_extension(text));
    const std::string region_code = upper_region(region);

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto error = util.Parse(input, region_code, &number);
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) return parse_failure(util, error, text, region_code);

    // GetNumberType is IsValidNumber's own test (UNKNOWN means invalid): one call gives both.
    const PhoneKind kind = kind_of(util.GetNumberType(number));
    if (kind == PhoneKind::invalid) return invalid("invalid_phone");
    NormalizedPhone out;
    util.Format(number, PhoneNumberUtil::E164, &out.e164);  // E.164 never carries the extension
    out.kind = kind;
    return out;
}

}  // namespace cardex
