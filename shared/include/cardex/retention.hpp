// cardex/retention.hpp — how long a hotel keeps a guest's registration card, by country
// (police-cards.md). The server's purge applies it; nothing is left to an operator's memory.
#pragma once

#include <optional>
#include <string_view>

namespace cardex {

/// Days a registration card (signature, identity document, birth place) is kept after it was
/// received, for hotels in `country` (alpha-2): FR 183 (6 months), ES 1096 (3 years), DE 365
/// (12 months; destroyed within the 3 following), IT and PT 30 (the card is transmitted to the
/// police within 1–3 days; 30 days leave room for failed transmissions). nullopt for a country
/// without a rule set: the caller must be told, not guess.
std::optional<int> card_retention_days(std::string_view country);

/// The columns of a source record that belong to the registration card only and are removed when
/// its keeping period ends (the guest's name, contact and consents stay with their profile).
inline constexpr std::string_view kCardOnlyColumns[] = {"document_type", "document_number", "document_country",
                                                       "document_expiry", "birth_place"};

}  // namespace cardex
