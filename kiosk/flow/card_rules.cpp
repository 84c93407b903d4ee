#include "flow/card_rules.hpp"

namespace cardex::kiosk {
namespace {

// Every card shows the guest's names, contact fields and the stay; the rest depends on the country.
const std::set<std::string> common_fields = {
    "guest.first_name", "guest.last_name", "guest.email", "guest.phone", "stay.arrival", "stay.departure",
    "stay.adults", "stay.children", "companions", "signature"};

std::set<std::string> with(std::set<std::string> fields) {
    fields.insert(common_fields.begin(), common_fields.end());
    return fields;
}

const std::set<std::string> address_fields = {"guest.address.line1", "guest.address.line2", "guest.address.postcode",
                                              "guest.address.city", "guest.address.country"};
const std::set<std::string> document_fields = {"guest.document", "guest.document.type", "guest.document.number",
                                               "guest.document.issuing_country"};

std::set<std::string> join(std::initializer_list<std::set<std::string>> parts) {
    std::set<std::string> all;
    for (const auto& p : parts) all.insert(p.begin(), p.end());
    return all;
}

}  // namespace

FieldNeed CardRules::need(const std::string& field, const std::string& nationality) const {
    if (!shown.contains(field)) return FieldNeed::hidden;
    const auto& r = requirements;
    if (field == "guest.first_name" || field == "guest.last_name") return FieldNeed::required;
    // A national where only foreigners fill a card: the rest of the card is theirs to give or not
    // (the server's validate_submission asks no more of them either).
    const bool exempt = !r.exempt_nationality.empty() && nationality == r.exempt_nationality;
    const bool document = field == "guest.document" || field == "guest.document.number" || field == "guest.document.type";
    if (exempt && !(document && nationality == document_not_required_for_nationality)) return FieldNeed::optional;
    if (field == "guest.birth_date") return r.birth_date ? FieldNeed::required : FieldNeed::optional;
    if (field == "guest.birth_place") return r.birth_place ? FieldNeed::required : FieldNeed::optional;
    if (field == "guest.nationality") return r.nationality ? FieldNeed::required : FieldNeed::optional;
    if (field == "guest.address.line1" || field == "guest.address.city" || field == "guest.address.country")
        return r.address ? FieldNeed::required : FieldNeed::optional;
    if (document) {
        if (!document_not_required_for_nationality.empty() && nationality == document_not_required_for_nationality)
            return FieldNeed::hidden;
        return r.document ? FieldNeed::required : FieldNeed::optional;
    }
    if (field == "guest.email" || field == "guest.phone") return r.contact ? FieldNeed::either : FieldNeed::optional;
    if (field == "stay.arrival" || field == "stay.departure") return r.stay ? FieldNeed::required : FieldNeed::optional;
    if (field == "signature") return r.signature ? FieldNeed::required : FieldNeed::optional;
    return FieldNeed::optional;
}

CardRules card_rules_for(const std::string& country) {
    CardRules rules;
    if (country == "ES") {
        // RD 933/2021: document, contact (phone or e-mail), every guest; relationship of minors.
        rules.country = "ES";
        rules.requirements = cardex::card_requirements_for("ES");
        rules.shown = with(join({{"guest.birth_date", "guest.nationality"}, address_fields, document_fields}));
        rules.companions = CompanionRule::everyone;
    } else if (country == "IT") {
        // TULPS art. 109: birth place and document; no signature; no home address on Alloggiati Web.
        rules.country = "IT";
        rules.requirements = cardex::card_requirements_for("IT");
        rules.shown = with(join({{"guest.birth_date", "guest.birth_place", "guest.nationality"}, document_fields}));
        rules.shown.erase("signature");
        rules.companions = CompanionRule::everyone;
    } else if (country == "DE") {
        // BMG §§29–30: foreigners give a passport number; German citizens are exempt from the card
        // since 2025 — they still see it, all optional, and the document is not asked.
        rules.country = "DE";
        rules.requirements = cardex::card_requirements_for("DE");
        rules.shown = with(join({{"guest.birth_date", "guest.nationality"}, address_fields, document_fields}));
        rules.companions = CompanionRule::everyone;
        rules.document_not_required_for_nationality = "DE";
    } else if (country == "PT") {
        // Lei 23/2007 (SIBA): document and issuing country; birth place optional; no signature.
        rules.country = "PT";
        rules.requirements = cardex::card_requirements_for("PT");
        rules.shown = with(join({{"guest.birth_date", "guest.birth_place", "guest.nationality"}, address_fields,
                                 document_fields}));
        rules.shown.erase("signature");
        rules.companions = CompanionRule::everyone;
    } else {
        // France (CESEDA R.814-1), the default: no identity document on the card; French guests
        // fill none (they see it, all optional).
        rules.country = "FR";
        rules.requirements = cardex::card_requirements_for("FR");
        rules.shown = with(join({{"guest.birth_date", "guest.birth_place", "guest.nationality"}, address_fields}));
        rules.companions = CompanionRule::children_under_15;
    }
    return rules;
}

std::vector<std::string> card_rule_countries() { return {"FR", "ES", "IT", "DE", "PT"}; }

}  // namespace cardex::kiosk
