// cardex/normalize.hpp — one guest record from any source, normalised for matching and display.
//
// Input records use the column names of import-schema.md; output is what `cardexctl normalize`
// prints and what the register and the dedup engine compare.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "cardex/date.hpp"
#include "cardex/email.hpp"
#include "cardex/phone.hpp"

namespace cardex {

/// A record as read: (column, value) pairs in input order. Values may be any bytes.
struct RawRecord {
    std::vector<std::pair<std::string, std::string>> fields;
    /// The value of a column, or "" when absent.
    const std::string& get(std::string_view column) const;
};

struct Problem {
    std::string field;
    std::string code;
    bool operator==(const Problem&) const = default;
};

struct NormalizedRecord {
    std::string source, source_record_id, hotel_id;  ///< identity of the row, trimmed
    std::string first_name, last_name;        ///< display form (tidy_name)
    std::string first_name_key, last_name_key; ///< name_key of each
    std::string name_key;                     ///< tokens of both keys, sorted: order-independent
    std::string email;
    EmailKind email_kind = EmailKind::empty;
    std::string phone_e164;
    PhoneKind phone_kind = PhoneKind::empty;
    std::string birth_date;                   ///< "YYYY-MM-DD" or ""
    std::string nationality, country;         ///< alpha-2 or ""
    std::string postcode;                     ///< upper case, spaces and dashes removed ("69003", "SW1A1AA")
    std::string city_key;                     ///< fold_latin(city)
    std::string address_key;                  ///< fold_latin(address_line1): "12, Rue des Lilas" → "12 rue des lilas"
    std::string document_key;                 ///< "FR:X4RTBPFW4": issuing country + upper alphanumerics; "" if none
    std::string company_key;                  ///< fold_latin(company)
    std::string booking_key;                  ///< booking_key(hotel_id, reservation_ref)
    /// The days the record puts its guest at its hotel, "YYYY-MM-DD" or "": a stay's arrival and
    /// departure, or a spa or restaurant visit's day alone (no departure).
    std::string stay_arrival, stay_departure;
    /// A spa or restaurant visit: a day at the hotel, no departure (not a stay).
    bool is_visit() const { return !stay_arrival.empty() && stay_departure.empty(); }
    std::string language;                     ///< BCP 47 as given, lower-cased language part
    char sex = 0;                             ///< 'M' / 'F' from an unambiguous title (Mr, Mme, Herr, Frau, Sra…), else 0
    std::vector<Problem> problems;  ///< what could not be understood (the value is left empty)
    std::vector<Problem> repairs;   ///< what was understood only after repair: "not_utf8", "mojibake_repaired"
};

struct NormalizeOptions {
    std::string default_country = "FR";         ///< the hotel's country: region for national phones
    Date today = Date::today_utc();             ///< for birth-date plausibility
    const EmailRules* email_rules = nullptr;    ///< nullptr: EmailRules::builtin()
};

/// The matching key of a booking: "H001|R1234567", the hotel id, then the reservation reference's
/// letters and digits in upper case ("r 123-4567" is "R1234567"). "" when the hotel is missing or
/// the reference is a placeholder: no digit, fewer than four characters, or only zeros.
std::string booking_key(std::string_view hotel_id, std::string_view reservation_ref);

/// Normalises one record. Never fails: what cannot be understood is left empty and listed in
/// `problems`. Deterministic and idempotent on its outputs. Thread-safe.
NormalizedRecord normalize_record(const RawRecord& in, const NormalizeOptions& opt = {});

}  // namespace cardex
