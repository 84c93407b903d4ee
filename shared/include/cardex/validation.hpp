// cardex/validation.hpp — the rules a submission must meet, shared by the kiosk and the server so
// that a card accepted on the tablet is accepted by the server and the other way round.
#pragma once

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
};

/// France (CESEDA R.814-1): the default.
CardRequirements france_card_requirements();

/// Checks a submission: format of every field (ids, dates, country codes, e-mail, phone, consents,
/// signature hash), plausibility (birth date not in the future, departure after arrival), and for a
/// registration card the fields `card` requires. Returns every problem found, not only the first.
/// `today` is used for date plausibility.
FieldErrors validate_submission(const Submission& s, const CardRequirements& card = france_card_requirements(),
                                Date today = Date::today_utc());

}  // namespace cardex
