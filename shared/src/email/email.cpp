// E-mail addresses: a practical syntax check by hand (fast, no regex), then classification.
//
// "Practical" means: what real mail systems deliver, not every RFC 5322 oddity. Accepted: a dot-atom
// local part (ASCII atext, and UTF-8 letters as RFC 6531 allows) or a quoted one; a domain of at
// least two LDH labels whose top-level label is alphabetic (or an IDN). Refused: comments, domain
// literals ("[1.2.3.4]"), single-label domains ("a@localhost"), a trailing dot.
// Internationalised domains are checked by ICU's UTS #46 (label rules, lengths on the ASCII form)
// and kept in Unicode: lower case, NFC; a Punycode domain ("xn--…") is shown in Unicode too, so that
// both spellings of an address compare equal.
#include <unicode/bytestream.h>
#include <unicode/idna.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "cardex/email.hpp"

namespace cardex {

namespace {

constexpr std::size_t max_address = 254;  // RFC 5321 path limit, minus the angle brackets
constexpr std::size_t max_local = 64;
constexpr std::size_t max_domain = 253;
constexpr std::size_t max_label = 63;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (ascii_lower(s[i]) != prefix[i]) return false;
    return true;
}

// Spaces, and the no-break space that copying from a web page or a PDF brings along.
std::string_view trim(std::string_view s) {
    constexpr std::string_view nbsp = "\xC2\xA0";
    while (true) {
        if (!s.empty() && is_space(s.front())) s.remove_prefix(1);
        else if (s.substr(0, 2) == nbsp) s.remove_prefix(2);
        else if (!s.empty() && is_space(s.back())) s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == nbsp) s.remove_suffix(2);
        else return s;
    }
}

// What people paste: "mailto:x@y.fr", "<x@y.fr>".
std::string_view strip_decorations(std::string_view s) {
    s = trim(s);
    if (starts_with_nocase(s, "mailto:")) s = trim(s.substr(7));
    if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = trim(s.substr(1, s.size() - 2));
    return s;
}

// Well-formed UTF-8 without control characters (a NUL or a line break is never part of an address).
bool is_clean_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x20 || b == 0x7F) return false;
        if (b < 0x80) { ++i; continue; }
        const std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
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

// RFC 5322 atext, plus any UTF-8 byte (RFC 6531 local parts; validity was checked already).
bool is_atext(char c) {
    if (is_alpha(c) || is_digit(c) || !is_ascii(c)) return true;
    return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool is_dot_atom(std::string_view s) {
    if (s.empty() || s.front() == '.' || s.back() == '.') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.' ? s[i + 1] == '.' : !is_atext(s[i])) return false;  // s.back() is not '.'
    }
    return true;
}

// Length of a quoted local part at the start of `s` ("\"john doe\"" → 10), 0 when malformed.
std::size_t quoted_length(std::string_view s) {
    for (std::size_t i = 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') return i + 1;
        if (c == '\\') ++i;  // quoted pair: the next character is taken literally
        if (i >= s.size() || !is_ascii(s[i])) return 0;
    }
    return 0;
}

struct Parts {
    std::string_view local, domain;
};

// Splits at the "@" that ends the local part; false when the local part is malformed.
bool split_address(std::string_view s, Parts& parts) {
    const std::size_t at = s.front() == '"' ? quoted_length(s) : s.find('@');
    if (at == 0 || at == std::string_view::npos || at >= s.size() || s[at] != '@') return false;
    parts.local = s.substr(0, at);
    parts.domain = s.substr(at + 1);
    if (parts.local.size() > max_local) return false;
    return parts.local.front() == '"' ? parts.local.size() > 2 : is_dot_atom(parts.local);  // not an empty ""
}

bool is_label(std::string_view label) {
    if (label.empty() || label.size() > max_label || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
        if (!is_alpha(c) && !is_digit(c) && c != '-') return false;
    return true;
}

// A top-level label is alphabetic ("com", "fr") or an IDN TLD in Punycode ("xn--p1ai").
bool is_top_label(std::string_view label) {
    if (starts_with_nocase(label, "xn--")) return label.size() > 4;
    if (label.size() < 2) return false;
    for (char c : label)
        if (!is_alpha(c)) return false;
    return true;
}

// `ascii` is the ASCII (Punycode) form of the domain, which is what DNS limits apply to.
bool is_ascii_domain_valid(std::string_view ascii) {
    if (ascii.size() > max_domain) return false;
    std::size_t labels = 0;
    std::string_view last;
    while (true) {
        const std::size_t dot = ascii.find('.');
        last = ascii.substr(0, dot);
        if (!is_label(last)) return false;
        ++labels;
        if (dot == std::string_view::npos) break;
        ascii.remove_prefix(dot + 1);
    }
    return labels >= 2 && is_top_label(last);
}

bool needs_idna(std::string_view domain) {
    for (char c : domain)
        if (!is_ascii(c)) return true;
    // A Punycode label anywhere: shown in Unicode, like the same address typed in Unicode.
    while (true) {
        if (starts_with_nocase(domain, "xn--")) return true;
        const std::size_t dot = domain.find('.');
        if (dot == std::string_view::npos) return false;
        domain.remove_prefix(dot + 1);
    }
}

const icu::IDNA* uts46() {
    // Created once; ICU documents IDNA instances as usable concurrently.
    static const std::unique_ptr<icu::IDNA> idna = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::IDNA> p(icu::IDNA::createUTS46Instance(
            UIDNA_USE_STD3_RULES | UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |
                UIDNA_NONTRANSITIONAL_TO_UNICODE,
            status));
        return U_SUCCESS(status) ? std::move(p) : nullptr;
    }();
    return idna.get();
}

// An IDN domain → its Unicode form (UTS #46 mapping: lower case, NFC), or "" when it is not a
// valid domain. The ASCII form is checked like any ASCII domain.
std::string idn_domain(std::string_view domain) {
    const icu::IDNA* idna = uts46();
    if (idna == nullptr) return {};
    std::string ascii, unicode;
    icu::StringByteSink<std::string> ascii_sink(&ascii), unicode_sink(&unicode);
    icu::IDNAInfo info;
    UErrorCode status = U_ZERO_ERROR;
    idna->nameToASCII_UTF8(icu::StringPiece(domain.data(), static_cast<int32_t>(domain.size())), ascii_sink, info, status);
    if (U_FAILURE(status) || info.hasErrors() || !is_ascii_domain_valid(ascii)) return {};
    idna->nameToUnicodeUTF8(icu::StringPiece(ascii.data(), static_cast<int32_t>(ascii.size())), unicode_sink, info, status);
    if (U_FAILURE(status) || info.hasErrors()) return {};
    return unicode;
}

// The domain in canonical form (lower case; Unicode NFC for IDNs), or "" when invalid.
std::string canonical_domain(std::string_view domain) {
    if (domain.empty() || domain.size() > max_address) return {};
    if (needs_idna(domain)) return idn_domain(domain);
    if (!is_ascii_domain_valid(domain)) return {};
    std::string out(domain);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

// A UTF-8 local part is put in NFC: the same mailbox typed on two keyboards must compare equal.
std::string canonical_local(std::string_view local) {
    bool ascii = true;
    for (char c : local) ascii = ascii && is_ascii(c);
    if (ascii) return std::string(local);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::string(local);
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    nfc->normalizeUTF8(0, icu::StringPiece(local.data(), static_cast<int32_t>(local.size())), sink, nullptr, status);
    return U_SUCCESS(status) ? out : std::string(local);
}

NormalizedEmail invalid() { return {std::string(), EmailKind::invalid, "invalid_email"}; }

}  // namespace

std::string_view to_string(EmailKind kind) {
    switch (kind) {
        case EmailKind::empty: return "empty";
        case EmailKind::personal: return "personal";
        case EmailKind::ota_relay: return "ota_relay";
        case EmailKind::role: return "role";
        case EmailKind::invalid: return "invalid";
    }
    return "invalid";
}

NormalizedEmail normalize_email(std::string_view raw, const EmailRules& rules) {
    const std::string_view text = strip_decorations(raw);
    if (text.empty()) return {};
    if (text.size() > max_address || !is_clean_utf8(text)) return invalid();
    Parts parts;
    if (!split_address(text, parts)) return invalid();
    std::string domain = canonical_domain(parts.domain);
    if (domain.empty()) return invalid();

    NormalizedEmail out;
    out.email = canonical_local(parts.local);
    if (out.email.size() > max_local) return invalid();
    out.email.push_back('@');
    out.email += domain;
    if (out.email.size() > max_address) return invalid();

    if (rules.is_ota_domain(domain)) out.kind = EmailKind::ota_relay;
    else if (rules.is_role_local_part(parts.local)) out.kind = EmailKind::role;
    else out.kind = EmailKind::personal;
    return out;
}

std::string email_match_key(std::string_view email) {
    std::string key(email);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

}  // namespace cardex
