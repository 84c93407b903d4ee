// cardex/retention.hpp — how long a hotel keeps a guest's registration card, by country
// (police-cards.md). The server's purge applies it; nothing is left to an operator's memory.
#pragma once

#include <string>
#include <string_view>

#include "cardex/result.hpp"

namespace cardex {

/// A country's keeping period for registration cards.
struct CardRetention {
    /// Days a card is kept after the guest's stay ended (or after it was received, when the stay's
    /// end is not known): FR 183 (6 months), ES 1096 (3 years from the end of the service), DE 365
    /// (12 months from departure; destroyed within the 3 following), IT and PT 30 (the card is
    /// transmitted to the police within 1–3 days; 30 days leave room for failed transmissions).
    int days = 183;
    /// False for a country without a rule set of its own: its hotels use France's card (the
    /// default of police-cards.md), so they keep it as France does. The caller warns about it.
    bool own_rules = true;
};

/// The keeping period for hotels in `country` (ISO 3166 alpha-2, upper case). A code that is not a
/// country ("France", "fr", "ZZ", "") is an error naming it: a guess would keep cards too long or
/// destroy them too early.
Result<CardRetention, std::string> card_retention_for(std::string_view country);

/// The columns of a source record that belong to the registration card only and are removed when
/// its keeping period ends (the guest's name, contact and consents stay with their profile).
inline constexpr std::string_view kCardOnlyColumns[] = {"document_type", "document_number", "document_country",
                                                       "document_expiry", "birth_place"};

/// True when `column` is one of kCardOnlyColumns.
bool is_card_only_column(std::string_view column);

/// The day ("YYYY-MM-DD") a card's keeping period counts from: the stay's departure, else its
/// arrival, as the law counts it (a German card is kept "from the day of departure"), never more
/// than 366 days after the day of `received_at` (a mistyped departure in 2099 would keep the card
/// for ever); the day of `received_at` when the stay names no date. A card synced or imported after
/// the stay ended is not kept longer for it.
std::string card_keep_from(std::string_view arrival, std::string_view departure, std::string_view received_at);

}  // namespace cardex
