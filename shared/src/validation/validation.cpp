// Semantic validation of a submission, shared by the kiosk and the server (see validation.hpp).
//
// Every check adds to one list so that the guest or supervisor sees all problems at once. A field
// whose text is not valid UTF-8 (or too long, or has control characters) gets that error only: its
// content checks would just add noise.
#include "cardex/validation.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "cardex/country.hpp"
#include "cardex/digest.hpp"
#include "cardex/email.hpp"
#include "cardex/phone.hpp"
#include "cardex/text.hpp"

namespace cardex {

namespace {

// Byte limits of free-text fields: generous for any real value, small enough that a field cannot
// be used to store a payload or break a printed card layout.
constexpr std::size_t max_name = 200;
constexpr std::size_t max_title = 50;
constexpr std::size_t max_address_line = 200;
constexpr std::size_t max_postcode = 20;
constexpr std::size_t max_ref = 64;
constexpr std::size_t max_email = 254;  // RFC 5321 path limit
constexpr std::size_t max_phone = 64;
constexpr std::size_t max_document_number = 64;
constexpr std::size_t max_text_id = 200;
constexpr std::size_t max_language = 35;  // longest plausible BCP 47 tag in practice
constexpr std::size_t max_signature = 256 * 1024;
constexpr int max_persons = 99;

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

/// A plausible BCP 47 tag: a 2–3 letter language, then subtags of 1–8 letters or digits ("fr",
/// "zh-Hans-CN", "de-CH-1996"). Not a registry check; "fr_FR" (a POSIX locale) is refused.
bool is_language_tag(std::string_view s) {
    if (s.empty() || s.size() > max_language) return false;
    std::size_t start = 0;
    for (bool first = true; start <= s.size(); first = false) {
        std::size_t end = s.find('-', start);
        if (end == std::string_view::npos) end = s.size();
        const std::string_view sub = s.substr(start, end - start);
        if (sub.empty() || sub.size() > 8) return false;
        for (char c : sub)
            if (first ? !is_alpha(c) : !is_alnum(c)) return false;
        if (first && (sub.size() < 2 || sub.size() > 3)) return false;
        start = end + 1;
    }
    return true;
}

/// Characters no one-line field may hold: C0 and C1 controls, line and paragraph separators, and
/// the bidirectional embeddings, overrides and isolates, which make a name display as another
/// ("\u202Eevil" reads "live") on a supervisor's screen or a police printout. The marks that
/// written names need (ZWJ, ZWNJ, LRM, RLM) are allowed. `s` is valid UTF-8.
bool has_control_chars(std::string_view s) {
    for (std::int32_t i = 0, n = static_cast<std::int32_t>(s.size()); i < n;) {
        UChar32 c;
        U8_NEXT(s.data(), i, n, c);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF)
            return true;
    }
    return false;
}

/// Whether a name has a letter: one made of hyphens, soft hyphens or combining marks alone is no name.
bool has_letter(std::string_view s) {
    for (std::int32_t i = 0, n = static_cast<std::int32_t>(s.size()); i < n;) {
        UChar32 c;
        U8_NEXT(s.data(), i, n, c);
        if (c >= 0 && u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) return true;
    }
    return false;
}

/// SVG path data ("M10 10 L20 20 Z"): commands, numbers, separators. Refusing anything else keeps
/// the data safe to place in a d="…" attribute when a card is rendered for the police.
bool is_svg_path(std::string_view s) {
    for (char c : s)
        if (!(std::string_view("MmLlHhVvCcSsQqTtAaZz0123456789.,+-eE \t\r\n").find(c) != std::string_view::npos))
            return false;
    return true;
}

bool is_base64(std::string_view s) {
    for (char c : s)
        if (!(is_alnum(c) || c == '+' || c == '/' || c == '=' || c == '\r' || c == '\n')) return false;
    return true;
}

std::string at(std::string_view path, std::size_t i) { return std::string(path) + "[" + std::to_string(i) + "]"; }

class Checker {
public:
    explicit Checker(Date today) : today_(today) {}

    void add(std::string field, const char* code, std::string message) {
        errors_.push_back({std::move(field), code, std::move(message)});
    }

    /// UTF-8, length and (for one-line fields) control characters. False when the text is unusable.
    bool text(const std::string& field, std::string_view v, std::size_t max, bool one_line = true) {
        if (!is_valid_utf8(v)) {
            add(field, "invalid_utf8", field + " is not valid UTF-8 text.");
            return false;
        }
        if (v.size() > max) {
            add(field, "too_long", field + " is longer than " + std::to_string(max) + " bytes.");
            return false;
        }
        if (one_line && has_control_chars(v)) {
            add(field, "invalid_characters", field + " contains control characters (a line break, a text-direction override).");
            return false;
        }
        return true;
    }

    /// A person's name: one-line text with at least one letter.
    void name(const std::string& field, std::string_view v, std::size_t max) {
        if (v.empty() || !text(field, v, max)) return;
        if (!has_letter(v)) add(field, "invalid_value", field + " has no letter.");
    }

    void date(const std::string& field, std::string_view v) {
        if (v.empty() || !text(field, v, 10)) return;
        if (!is_iso_date(v)) add(field, "invalid_date", field + " must be a real date written YYYY-MM-DD.");
    }

    void birth_date(const std::string& field, std::string_view v) {
        if (v.empty() || !text(field, v, 10)) return;
        if (!is_iso_date(v)) return add(field, "invalid_date", field + " must be a real date written YYYY-MM-DD.");
        auto d = parse_birth_date(v, today_);
        if (d) return;
        const std::string& code = d.error();
        if (code == date_error::in_future) add(field, date_error::in_future, field + " is in the future.");
        else if (code == date_error::implausible) add(field, date_error::implausible, field + " is more than 125 years ago.");
        else add(field, "invalid_date", field + " must be a real date written YYYY-MM-DD.");
    }

    void timestamp(const std::string& field, std::string_view v) {
        if (v.empty() || !text(field, v, 64)) return;
        if (!is_rfc3339_timestamp(v))
            add(field, "invalid_timestamp", field + " must be an RFC 3339 time with an offset, like 2026-11-22T09:58:12+01:00.");
    }

    void country(const std::string& field, std::string_view v) {
        if (v.empty() || !text(field, v, 64)) return;
        if (!is_country_code(v))
            add(field, "invalid_country", field + " must be an ISO 3166-1 alpha-2 country code in upper case, like FR.");
    }

    void language(const std::string& field, std::string_view v) {
        if (v.empty() || !text(field, v, max_language)) return;
        if (!is_language_tag(v)) add(field, "invalid_language", field + " must be a BCP 47 language tag, like fr or pt-BR.");
    }

    void required(const std::string& field, bool given, const std::string& why) {
        if (!given) add(field, "required", field + " is required " + why + ".");
    }

    Date today() const { return today_; }
    FieldErrors take() { return std::move(errors_); }

private:
    Date today_;
    FieldErrors errors_;
};

void check_header(const Submission& s, Checker& c) {
    if (s.submission_id.empty()) c.add("submission_id", "required", "submission_id is required.");
    else if (c.text("submission_id", s.submission_id, 36) && !is_uuid(s.submission_id))
        c.add("submission_id", "invalid_id", "submission_id must be a UUID (8-4-4-4-12 hexadecimal digits).");
    if (s.captured_at.empty()) c.add("captured_at", "required", "captured_at is required.");
    c.timestamp("captured_at", s.captured_at);
    c.text("reservation_ref", s.reservation_ref, max_ref);
    c.language("language", s.language);
}

void check_address(const Address& a, Checker& c) {
    c.text("guest.address.line1", a.line1, max_address_line);
    c.text("guest.address.line2", a.line2, max_address_line);
    c.text("guest.address.postcode", a.postcode, max_postcode);
    c.text("guest.address.city", a.city, max_address_line);
    c.text("guest.address.region", a.region, max_address_line);
    c.country("guest.address.country", a.country);
}

void check_document(const IdentityDocument& d, Checker& c) {
    c.text("guest.document.number", d.number, max_document_number);
    c.country("guest.document.issuing_country", d.issuing_country);
    c.date("guest.document.expiry_date", d.expiry_date);
}

// An OTA relay address (…@guest.booking.com) is a valid address: it is accepted without error, and
// the kiosk is the one that asks the guest for a personal address.
void check_email(std::string_view email, Checker& c) {
    if (email.empty() || !c.text("guest.email", email, max_email)) return;
    if (normalize_email(email).kind == EmailKind::invalid)
        c.add("guest.email", "invalid_email", "guest.email is not a valid e-mail address.");
}

/// A national number is read in the guest's country: the address's, else the nationality's, else
/// France (the default hotel country).
void check_phone(const Guest& g, Checker& c) {
    if (g.phone.empty() || !c.text("guest.phone", g.phone, max_phone)) return;
    std::string_view region = "FR";
    if (is_country_code(g.address.country)) region = g.address.country;
    else if (is_country_code(g.nationality)) region = g.nationality;
    const NormalizedPhone p = normalize_phone(g.phone, region);
    if (!p.problem.empty() || p.kind == PhoneKind::invalid)
        c.add("guest.phone", "invalid_phone", "guest.phone is not a valid telephone number.");
}

void check_guest(const Guest& g, Checker& c) {
    c.text("guest.title", g.title, max_title);
    c.name("guest.first_name", g.first_name, max_name);
    c.name("guest.last_name", g.last_name, max_name);
    c.birth_date("guest.birth_date", g.birth_date);
    c.text("guest.birth_place", g.birth_place, max_name);
    c.country("guest.nationality", g.nationality);
    check_email(g.email, c);
    check_phone(g, c);
    check_address(g.address, c);
    if (g.document) check_document(*g.document, c);
}

void check_stay(const Stay& s, Checker& c) {
    c.date("stay.arrival", s.arrival);
    c.date("stay.departure", s.departure);
    if (is_iso_date(s.arrival) && is_iso_date(s.departure) && s.departure <= s.arrival)  // ISO compares as text
        c.add("stay.departure", "departure_before_arrival", "stay.departure must be after stay.arrival.");
    if (s.adults < 1 || s.adults > max_persons)
        c.add("stay.adults", "invalid_value", "stay.adults must be from 1 to " + std::to_string(max_persons) + ".");
    if (s.children < 0 || s.children > max_persons)
        c.add("stay.children", "invalid_value", "stay.children must be from 0 to " + std::to_string(max_persons) + ".");
}

void check_companions(const std::vector<Companion>& list, Checker& c) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string p = at("companions", i);
        c.name(p + ".first_name", list[i].first_name, max_name);
        c.name(p + ".last_name", list[i].last_name, max_name);
        c.birth_date(p + ".birth_date", list[i].birth_date);
        c.country(p + ".nationality", list[i].nationality);
    }
}

// A consent is evidence: which wording (text_id, text_version) was shown. Two decisions for one
// purpose in one submission would make that evidence ambiguous.
void check_consents(const std::vector<ConsentEvent>& list, Checker& c) {
    std::array<bool, 4> seen{};
    for (std::size_t i = 0; i < list.size(); ++i) {
        const ConsentEvent& e = list[i];
        const std::string p = at("consents", i);
        if (e.text_id.empty()) c.add(p + ".text_id", "required", p + ".text_id is required: the id of the text shown.");
        else c.text(p + ".text_id", e.text_id, max_text_id);
        if (e.text_version < 1) c.add(p + ".text_version", "invalid_value", p + ".text_version must be 1 or more.");
        c.language(p + ".language", e.language);
        c.timestamp(p + ".captured_at", e.captured_at);
        const auto k = static_cast<std::size_t>(e.purpose);
        if (k < seen.size() && seen[k])
            c.add(p + ".purpose", "duplicate_consent",
                  p + ".purpose repeats " + std::string(to_string(e.purpose)) + ", already given in this submission.");
        if (k < seen.size()) seen[k] = true;
    }
}

void check_signature(const Signature& s, Checker& c) {
    if (s.data.empty()) return c.add("signature.data", "required", "signature.data is required when a signature is given.");
    if (!c.text("signature.data", s.data, max_signature, false)) return;
    const bool shape_ok = s.format == SignatureFormat::svg_path ? is_svg_path(s.data) : is_base64(s.data);
    if (!shape_ok)
        c.add("signature.data", "invalid_value",
              "signature.data is not " + std::string(s.format == SignatureFormat::svg_path ? "SVG path data." : "base64."));
    if (s.sha256 != sha256_hex(s.data))
        c.add("signature.sha256", "signature_mismatch",
              "signature.sha256 is not the lower-case hexadecimal SHA-256 of signature.data.");
}

bool at_least_years_old(const Date& birth, int years, const Date& on) {
    Date birthday = birth;
    birthday.year += years;
    if (birthday.month == 2 && birthday.day == 29 && !Date::is_valid(birthday.year, 2, 29)) birthday.day = 28;
    return birthday <= on;
}

// Who may be listed on the guest's card rather than fill their own (police-cards.md, "who fills").
// A card that lists someone the law registers one by one would leave that person unregistered:
// the card is refused and the error says who, so the kiosk can send them to a card of their own.
void check_companions_on_card(const Submission& s, const CardRequirements& card, Checker& c, const Date& today) {
    if (card.companion_own_card_from_age < 0) return;
    // Age on the day of arrival: a child turning 15 during a stay that began at 14 is on the card.
    Date on = today;
    if (s.stay)
        if (auto arrival = parse_date(s.stay->arrival)) on = *arrival;
    for (std::size_t i = 0; i < s.companions.size(); ++i) {
        const Companion& comp = s.companions[i];
        const std::string p = at("companions", i);
        if (!card.exempt_nationality.empty() && comp.nationality == card.exempt_nationality) continue;
        if (card.companion_spouse_listed && comp.relationship == Relationship::spouse) continue;
        const std::string rule = card.exempt_nationality.empty()
                                     ? ""
                                     : " (a national of " + card.exempt_nationality + " excepted)";
        if (card.companion_own_card_from_age == 0) {
            c.add(p + ".nationality", "own_card_needed",
                  p + ".nationality: this companion fills a card of their own, as every guest does" + rule + ".");
            continue;
        }
        if (comp.birth_date.empty()) {
            c.add(p + ".birth_date", "required",
                  p + ".birth_date is required on a registration card: from " +
                      std::to_string(card.companion_own_card_from_age) + " a guest fills a card of their own.");
            continue;
        }
        const auto birth = parse_date(comp.birth_date);  // an unreadable one is check_companions' error
        if (birth && at_least_years_old(*birth, card.companion_own_card_from_age, on))
            c.add(p + ".birth_date", "own_card_needed",
                  p + ".birth_date: this companion is " + std::to_string(card.companion_own_card_from_age) +
                      " or older on arrival and fills a card of their own" + rule + ".");
    }
}

void check_card(const Submission& s, const CardRequirements& card, Checker& c, const Date& today) {
    const std::string why = "on a registration card";
    const Guest& g = s.guest;
    // Every country's card names the guest.
    c.required("guest.last_name", !g.last_name.empty(), why);
    c.required("guest.first_name", !g.first_name.empty(), why);
    // Before the national's early return: a national's card may list a foreigner the law registers.
    check_companions_on_card(s, card, c, today);
    if (!card.exempt_nationality.empty() && g.nationality == card.exempt_nationality) return;  // a national: no card
    if (card.birth_date) c.required("guest.birth_date", !g.birth_date.empty(), why);
    if (card.birth_place) c.required("guest.birth_place", !g.birth_place.empty(), why);
    if (card.nationality) c.required("guest.nationality", !g.nationality.empty(), why);
    if (card.address) {
        c.required("guest.address.line1", !g.address.line1.empty(), why);
        c.required("guest.address.city", !g.address.city.empty(), why);
        c.required("guest.address.country", !g.address.country.empty(), why);
    }
    if (card.contact && g.email.empty() && g.phone.empty())
        c.add("guest.email", "required", "guest.email or guest.phone is required " + why + ".");
    if (card.document) {
        c.required("guest.document", g.document.has_value(), why);
        if (g.document) c.required("guest.document.number", !g.document->number.empty(), why);
    }
    if (card.signature) c.required("signature", s.signature.has_value(), why);
    if (card.stay) {
        c.required("stay", s.stay.has_value(), why);
        if (s.stay) {
            c.required("stay.arrival", !s.stay->arrival.empty(), why);
            c.required("stay.departure", !s.stay->departure.empty(), why);
        }
    }
}

void check_kind(const Submission& s, const CardRequirements& card, Checker& c, const Date& today) {
    switch (s.kind) {
        case SubmissionKind::registration_card:
            return check_card(s, card, c, today);
        case SubmissionKind::email_capture:
            return c.required("guest.email", !s.guest.email.empty(), "to capture an e-mail address");
        case SubmissionKind::precheckin:
            c.required("guest.last_name", !s.guest.last_name.empty(), "for a pre-check-in");
            return c.required("reservation_ref", !s.reservation_ref.empty(), "for a pre-check-in");
    }
}

}  // namespace

// CESEDA R.814-1 lists: names, birth date and place, nationality, usual home address, mobile phone
// and e-mail, arrival and planned departure; the card is signed. All are shown on the card.
// Required: everything a guest can always give. Phone and e-mail are shown but not required: a guest
// may have neither, and refusing the card for it would block a check-in the law does not block.
// The identity document is not part of the French card.
CardRequirements france_card_requirements() {
    CardRequirements r;
    r.birth_date = true;
    r.birth_place = true;
    r.nationality = true;
    r.address = true;
    r.contact = false;
    r.document = false;
    r.signature = true;
    r.stay = true;
    r.exempt_nationality = "FR";
    r.companion_own_card_from_age = 15;  // children under 15 may be written on an adult's card
    return r;
}

CardRequirements card_requirements_for(std::string_view country) {
    CardRequirements r = france_card_requirements();
    if (country == "ES") {  // RD 933/2021: every guest; document; a phone or an e-mail
        r.birth_place = false;
        r.document = true;
        r.contact = true;
        r.exempt_nationality.clear();
        r.companion_own_card_from_age = 14;  // from 14 each traveller gives a document and signs
    } else if (country == "IT") {  // TULPS art. 109 (Alloggiati Web): every guest; no address, no signature
        r.document = true;
        r.signature = false;
        r.address = false;
        r.exempt_nationality.clear();
        r.companion_own_card_from_age = -1;  // the head of a family or group lists its members
    } else if (country == "DE") {  // BMG §§29–30: foreigners, with a passport number
        r.birth_place = false;
        r.document = true;
        r.exempt_nationality = "DE";
        r.companion_own_card_from_age = 18;  // a spouse or partner and minor children are counted
        r.companion_spouse_listed = true;
    } else if (country == "PT") {  // Lei 23/2007 (SIBA): every foreign guest, any age; no signature
        r.birth_place = false;
        r.document = true;
        r.signature = false;
        r.exempt_nationality = "PT";
        r.companion_own_card_from_age = 0;
    }
    return r;
}

bool is_uuid(std::string_view s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !is_hex(s[i])) return false;
    }
    return true;
}

FieldErrors validate_submission(const Submission& s, const CardRequirements& card, Date today) {
    Checker c(today);
    check_header(s, c);
    check_guest(s.guest, c);
    if (s.stay) check_stay(*s.stay, c);
    check_companions(s.companions, c);
    check_consents(s.consents, c);
    if (s.signature) check_signature(*s.signature, c);
    check_kind(s, card, c, today);
    return c.take();
}

}  // namespace cardex
