// cardex/validation.hpp — the rules a submission must meet, shared by the kiosk and the server so
// that a card accepted on the tablet is accepted by the server and the other way round.
#pragma once

#include <string>
#include <string_view>

#include "cardex/date.hpp"
#include "cardex/model.hpp"
#include "cardex/result.hpp"

namespace cardex {

/// What a country's registration card requires beyond the format rules (see police-cards.md).
/// The kiosk shows fields from the same rules; the server enforces them for registration cards.
struct CardRequirements {
    bool birth_date = true;
    bool birth_place = false;
    bool nationality = true;
    bool address = true;       ///< line1, city and country
    bool contact = false;      ///< e-mail or phone
    bool document = false;
    bool signature = true;
    bool stay = true;
    /// Nationals of the hotel's country who fill no card (France: every non-French guest fills
    /// one; Germany since 2025 and Portugal likewise only foreigners): for a guest of this
    /// nationality only the names are required. "" when every guest fills a card.
    std::string exempt_nationality;
    /// Who may be written on this guest's card as a companion instead of filling a card of their
    /// own (police-cards.md, "who fills"): a companion this old or older on the day of arrival
    /// fills their own card; -1 when anyone may be listed, 0 when nobody may (Portugal: every
    /// foreign guest, any age). A national of `exempt_nationality` fills no card and may always be
    /// listed. Where the age decides, the companion's birth date is required.
    int companion_own_card_from_age = -1;
    /// A companion listed as the guest's spouse or partner may be on the card at any age (Germany,
    /// BMG §30: spouses, partners and minor children are counted on the guest's card).
    bool companion_spouse_listed = false;
};

/// France (CESEDA R.814-1): the default. The card shows what the law lists: names, birth date and
/// place, nationality, home address, mobile phone and e-mail, arrival and planned departure, and it
/// is signed. Required: all of these except phone and e-mail (a guest may have neither; they are
/// shown, not enforced). No identity document (not part of the French card).
CardRequirements france_card_requirements();

/// The card of a hotel's country (alpha-2, police-cards.md): FR (the default, also for a country
/// without rules of its own; children under 15 on an adult's card), ES (document and a contact,
/// every guest; from 14 a card of one's own), IT (document, no address, no signature; the head of a
/// family or group lists the others), DE (document; German citizens exempt; a spouse and children
/// under 18 on the guest's card), PT (document, no signature; every foreign guest fills their own).
CardRequirements card_requirements_for(std::string_view country);

/// 8-4-4-4-12 hexadecimal digits, either case: the form of submission and batch ids (protocol.md).
/// The version is not checked: any UUID is an id.
bool is_uuid(std::string_view s);

/// Checks a submission: format of every field (ids, dates, country codes, e-mail, phone, consents,
/// signature hash), plausibility (birth date not in the future, departure after arrival), and for a
/// registration card the fields `card` requires. Returns every problem found, not only the first.
/// `today` is used for date plausibility.
/// Codes: "required", "invalid_id" (submission_id not a UUID), "invalid_timestamp" (not RFC 3339),
/// "invalid_language" (not a BCP 47 tag), "invalid_date", "future_date", "implausible_date" (birth
/// over 125 years ago), "invalid_country" (not an upper-case ISO alpha-2 code), "invalid_email",
/// "invalid_phone" (national numbers read in the address country, else the nationality, else FR),
/// "departure_before_arrival" (also for the same day), "invalid_value" (adults not 1..99, children
/// not 0..99, text_version < 1, signature data not of its format), "duplicate_consent",
/// "signature_mismatch", "invalid_utf8", "too_long" (names 200 bytes, …), "invalid_characters"
/// (control characters in a one-line field), "own_card_needed" (on a registration card, a
/// companion who must fill a card of their own: the error names the companion's birth_date, or
/// nationality when any age needs one). An OTA relay e-mail address is valid (no error).
/// Every kind: submission_id, captured_at. registration_card: guest first and last name plus what
/// `card` requires; email_capture: guest.email; precheckin: guest.last_name and reservation_ref.
FieldErrors validate_submission(const Submission& s, const CardRequirements& card = france_card_requirements(),
                                Date today = Date::today_utc());

}  // namespace cardex
