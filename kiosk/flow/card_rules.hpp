// kiosk/flow/card_rules.hpp — which fields the registration card shows and requires, per country
// (police-cards.md). Data, not code branches: the screens ask "is this field shown / required?".
// The required part is cardex::CardRequirements, the same rules the server enforces.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "cardex/validation.hpp"

namespace cardex::kiosk {

/// `either`: one of a group is required (Spain: an e-mail address or a phone number), not each.
enum class FieldNeed { hidden, optional, required, either };

/// Who goes in the "travelling with you" list of the card.
enum class CompanionRule {
    children_under_15,  ///< France: children under 15 may be written on an adult's card
    everyone,           ///< Spain, Italy, Germany, Portugal: every person of the party is listed
};

struct CardRules {
    std::string country;  ///< ISO alpha-2 of the hotel's country
    cardex::CardRequirements requirements;
    std::set<std::string> shown;  ///< field paths (protocol.md) shown on the card
    CompanionRule companions = CompanionRule::children_under_15;
    /// Citizens of the hotel's country who need no card data beyond names (Germany since 2025);
    /// empty when everyone fills the same card.
    std::string document_not_required_for_nationality;

    /// hidden / optional / required for a field path, taking the guest's nationality into account.
    FieldNeed need(const std::string& field, const std::string& nationality = {}) const;
};

/// The rule set of a country (FR, ES, IT, DE, PT); France for any other code.
CardRules card_rules_for(const std::string& country);
/// The countries with a rule set, France first.
std::vector<std::string> card_rule_countries();

}  // namespace cardex::kiosk
