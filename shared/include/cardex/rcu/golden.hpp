// cardex/rcu/golden.hpp — the golden record: what a profile shows, computed from its records.
//
// Records are never overwritten by a merge; the profile's values are chosen from its linked
// records by survivorship rules, so unlinking a record gives both sides back exactly.
#pragma once

#include <string>
#include <vector>

#include "cardex/rcu/store.hpp"

namespace cardex::rcu {

/// One chosen value and the record it came from.
struct GoldenField {
    std::string value;
    RecordId from = 0;
};

/// The newest consent decision for one purpose.
struct GoldenConsent {
    std::string purpose;
    bool granted = false;
    std::string captured_at, text_id, language;
    int text_version = 0;
    RecordId from = 0;
};

struct GoldenRecord {
    GoldenField first_name, last_name, birth_date, email, phone, nationality, country, language;
    GoldenField address_line1, postcode, city, company;
    std::string email_kind, phone_kind;
    std::vector<GoldenConsent> consents;  ///< one per purpose, newest wins
    std::vector<std::string> hotels;      ///< every hotel the guest was seen in, sorted
    int records = 0;
};

/// Survivorship rules, in order:
///  - the guest's own kiosk entry beats every other source for the fields they typed;
///  - an e-mail: personal beats role beats OTA relay; a phone: mobile beats fixed;
///  - a name: the most complete wins (whole names beat initials, then longer, then newer);
///  - otherwise the newest record with the field wins;
///  - consents: the newest event per purpose wins, whatever record it came with.
GoldenRecord compute_golden(const std::vector<SourceRecord>& records, const std::vector<ConsentRow>& consents);

/// JSON form stored with the profile and shown by `cardexctl profile show`:
/// {"first_name": "...", ..., "email_kind": "...", "sources": {"email": 12, ...}, "consents": [...], "hotels": [...]}
std::string golden_to_json(const GoldenRecord& g);

}  // namespace cardex::rcu
