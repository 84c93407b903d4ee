// cardex/mrz.hpp — machine-readable zones of travel documents (ICAO Doc 9303).
//
// Read from a keyboard-wedge scanner or typed by a guest. Only parsed fields are kept, never an
// image of the document (see police-cards.md).
#pragma once

#include <string>
#include <string_view>

#include "cardex/date.hpp"
#include "cardex/result.hpp"

namespace cardex {

enum class MrzFormat {
    td1,  ///< ID cards: 3 lines of 30 characters
    td2,  ///< older ID cards / visas: 2 lines of 36
    td3,  ///< passports: 2 lines of 44
};

struct MrzData {
    MrzFormat format = MrzFormat::td3;
    std::string document_code;     ///< "P", "I", "ID", "AC" … (fillers removed)
    std::string issuing_state;     ///< alpha-3 / ICAO code as printed ("FRA", "D", "UTO")
    std::string document_number;   ///< fillers removed, full length (TD1 long numbers joined)
    std::string last_name;         ///< primary identifier, "<" as spaces ("DE LA FONTAINE")
    std::string first_names;       ///< secondary identifier, "<" as spaces
    std::string nationality;       ///< alpha-3 / ICAO code as printed
    std::string birth_date;        ///< "YYYY-MM-DD"; century chosen so that it is not in the future
    std::string sex;               ///< "F", "M" or "X" ('<', unspecified, is given as "X")
    std::string expiry_date;       ///< "YYYY-MM-DD" (20YY)
    std::string optional_data;     ///< personal number / optional data, fillers as spaces, trimmed
                                   ///< (TD1: line 1 and line 2 parts joined by a space)
};

/// ICAO 9303 check digit (weights 7-3-1) of a field: '0'..'9', 'A'..'Z' = 10..35, '<' = 0.
/// Returns -1 when the field contains another character.
int mrz_check_digit(std::string_view field);

/// Parses an MRZ. Accepts lines separated by newlines (CR/LF) or run together as a scanner may send
/// them (90, 72 or 88 characters), in upper or lower case, with surrounding spaces. Every check
/// digit is verified (document number, birth date, expiry date, TD3 personal number — which may be
/// '<' when the number is empty — and the composite). The composite is reported only when the field
/// checks pass: a wrong field check digit would otherwise also fail the composite, naming two fields
/// for one misread character. TD1/TD2 long document numbers (check digit position '<') are joined.
/// Errors are FieldErrors with fields "mrz" (code "invalid_mrz": wrong shape or characters, or a
/// document code that does not fit the size, or the pre-2021 French identity card, which is not in
/// an ICAO layout), "mrz.document_number", "mrz.birth_date", "mrz.expiry_date", "mrz.optional_data",
/// "mrz.composite" (code "check_digit"), "mrz.birth_date"/"mrz.expiry_date" (code "invalid_date":
/// not a real date) and "mrz.sex" (code "invalid_mrz": not F, M, X or '<'). All are reported.
/// `today` chooses the century of the birth date: the latest one that does not put it after today
/// (YY ≤ today's YY → 20YY, else 19YY). Expiry dates are 20YY.
Result<MrzData> parse_mrz(std::string_view text, Date today = Date::today_utc());

}  // namespace cardex
