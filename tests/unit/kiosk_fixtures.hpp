// Submissions for the kiosk store and sync tests: valid registration cards (they pass
// cardex::validate_submission, so the real server stores them) with distinct UUIDs.
#pragma once

#include <cstdio>
#include <string>

#include "cardex/digest.hpp"
#include "cardex/model.hpp"

namespace cardex::test {

/// A UUID v4-shaped id made from n, so that tests can tell submissions apart in order.
inline std::string test_uuid(long long n, unsigned tag = 0xc0de) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%012lld", tag, n);
    return buf;
}

/// A registration card that passes validation (France's requirements), numbered n.
inline Submission valid_card(long long n, unsigned tag = 0xc0de) {
    Submission s;
    s.submission_id = test_uuid(n, tag);
    s.kind = SubmissionKind::registration_card;
    s.captured_at = "2026-11-22T09:58:12+01:00";
    s.reservation_ref = "ABC" + std::to_string(n);
    s.language = "fr";
    s.guest.first_name = "Anna Maria";
    s.guest.last_name = "Eriksson-Lefèvre " + std::to_string(n);
    s.guest.birth_date = "1974-08-12";
    s.guest.birth_place = "Göteborg";
    s.guest.nationality = "SE";
    s.guest.email = "anna" + std::to_string(n) + "@example.se";
    s.guest.address = {"Storgatan 1", "", "411 38", "Göteborg", "", "SE"};
    s.stay = Stay{"2026-11-22", "2026-11-25", 2, 1};
    s.consents = {{ConsentPurpose::marketing_email, true, "mkt-email", 3, "fr", "2026-11-22T09:57:40+01:00"}};
    std::string svg = "M10 10 L20 20 L" + std::to_string(30 + n % 100) + " 40";
    s.signature = Signature{SignatureFormat::svg_path, svg, sha256_hex(svg)};
    return s;
}

}  // namespace cardex::test
