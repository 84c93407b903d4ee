// Blocking keys: only records that share one are ever compared.
#include <algorithm>
#include <string>
#include <vector>

#include "cardex/date.hpp"
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

// Days since 1970-01-01 of a "YYYY-MM-DD" the normaliser wrote.
long epoch_days(const std::string& iso) {
    auto date = parse_date(iso);
    return date ? date->days_since_epoch() : 0;
}

// A guest at their hotel: the same last name at the same hotel in the same week, for each week a
// stay touches ("s:") or the week of a spa or restaurant visit ("v:"). Weeks rather than days keep
// a week-long stay to two keys; the scoring checks the days themselves. A stay of more than five
// weeks (a long-stay resident) gives its first five. Stays and visits are filed apart because only
// a visit during a stay is evidence: each searches the other kind (search_keys), so a register
// never loads a guest's namesakes who merely stayed in the same week.
void add_stay_keys(const NormalizedRecord& r, std::vector<std::string>& keys) {
    if (r.stay_arrival.empty() || r.hotel_id.empty() || r.last_name_key.empty()) return;
    constexpr long kMaxWeeks = 5;
    const bool visit = r.is_visit();
    const long first = epoch_days(r.stay_arrival) / 7;
    const long last = visit ? first : std::min(first + kMaxWeeks - 1, epoch_days(r.stay_departure) / 7);
    for (long week = first; week <= last; ++week)
        keys.push_back((visit ? "v:" : "s:") + r.hotel_id + "|" + std::to_string(week) + "|" + r.last_name_key);
}

}  // namespace

std::vector<std::string> blocking_keys(const NormalizedRecord& r) {
    std::vector<std::string> keys;
    if (r.email_kind == EmailKind::personal) keys.push_back("e:" + email_match_key(r.email));
    if (!r.phone_e164.empty()) keys.push_back("p:" + r.phone_e164);
    if (!r.document_key.empty()) keys.push_back("d:" + r.document_key);
    if (!r.birth_date.empty()) {
        if (!r.name_key.empty()) keys.push_back("nb:" + r.name_key + "|" + r.birth_date);
        if (!r.last_name_key.empty()) keys.push_back("lb:" + r.last_name_key + "|" + r.birth_date);
        if (!r.first_name_key.empty()) keys.push_back("fb:" + r.first_name_key + "|" + r.birth_date);
        if (auto swapped = swapped_day_month(r.birth_date); !swapped.empty() && !r.last_name_key.empty())
            keys.push_back("lb:" + r.last_name_key + "|" + swapped);
    }
    // No key on the address alone: it would join a household's records whose names were shortened
    // or swapped (+0.15 points of recall on generated data), but a hotel's or a company's address
    // typed by hundreds of guests makes a block the register must load on every insert (100
    // candidate profiles per key): the kiosk benchmark saw 300 cards go from 0.8 s to 22 s.
    if (!r.postcode.empty() && !r.last_name_key.empty() && !r.first_name_key.empty())
        keys.push_back("lfp:" + r.last_name_key + "|" + r.first_name_key.substr(0, 1) + "|" + r.postcode);
    // Co-guests of one booking share it too (a couple, colleagues): the block brings them together,
    // and the scoring tells them apart by their first names (dedup::identifies).
    if (!r.booking_key.empty()) keys.push_back("b:" + r.booking_key);
    add_stay_keys(r, keys);
    return keys;
}

std::vector<std::string> search_keys(const NormalizedRecord& r) {
    auto keys = blocking_keys(r);
    for (auto& k : keys) {
        if (k.rfind("s:", 0) == 0) k[0] = 'v';
        else if (k.rfind("v:", 0) == 0) k[0] = 's';
    }
    return keys;
}

}  // namespace cardex::dedup
