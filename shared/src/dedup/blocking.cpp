// Blocking keys: only records that share one are ever compared.
#include <string>
#include <vector>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

namespace {

// "1956-12-28" → "1956-28-12" when the day could be a month (the classic DD/MM vs MM/DD swap).
std::string swapped_day_month(const std::string& iso) {
    if (iso.size() != 10) return {};
    int day = std::stoi(iso.substr(8, 2));
    if (day > 12 || iso.substr(5, 2) == iso.substr(8, 2)) return {};
    return iso.substr(0, 5) + iso.substr(8, 2) + "-" + iso.substr(5, 2);
}

}  // namespace

std::vector<std::string> blocking_keys(const NormalizedRecord& r) {
    std::vector<std::string> keys;
    if (r.email_kind == EmailKind::personal) keys.push_back("e:" + r.email);
    if (!r.phone_e164.empty()) keys.push_back("p:" + r.phone_e164);
    if (!r.document_key.empty()) keys.push_back("d:" + r.document_key);
    if (!r.birth_date.empty()) {
        if (!r.name_key.empty()) keys.push_back("nb:" + r.name_key + "|" + r.birth_date);
        if (!r.last_name_key.empty()) keys.push_back("lb:" + r.last_name_key + "|" + r.birth_date);
        if (!r.first_name_key.empty()) keys.push_back("fb:" + r.first_name_key + "|" + r.birth_date);
        if (auto swapped = swapped_day_month(r.birth_date); !swapped.empty() && !r.last_name_key.empty())
            keys.push_back("lb:" + r.last_name_key + "|" + swapped);
    }
    // The full address: a household's records meet even when the names were shortened ("Ramos
    // Pérez" / "Ramos") or their columns swapped. Company and hotel addresses make oversized
    // blocks, which are paired by sorted neighbourhood only.
    if (!r.address_key.empty() && !r.postcode.empty()) keys.push_back("a:" + r.address_key + "|" + r.postcode);
    if (!r.postcode.empty() && !r.last_name_key.empty() && !r.first_name_key.empty())
        keys.push_back("lfp:" + r.last_name_key + "|" + r.first_name_key.substr(0, 1) + "|" + r.postcode);
    return keys;
}

}  // namespace cardex::dedup
