// Semantic validation of submissions: formats, plausibility, consents, signature hash, and the
// fields a registration card requires.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cctype>
#include <string>

#include "cardex/model.hpp"
#include "cardex/validation.hpp"

using namespace cardex;

namespace {

const Date today{2026, 11, 22};

// sha256sum of the data strings below.
const char* svg_data = "M10 10 L20 20";
const char* svg_sha = "49047b759769dd29881efaf326b2e0f1a547d157d81dde2e693f4bc38f263dd8";
const char* png_data = "iVBORw0KGgo=";
const char* png_sha = "929e08d597feae564ce98003c4a47ff5239a5b93681d186eda3a9871e5b62644";

Submission valid_card() {
    Submission s;
    s.submission_id = "3f1c2a9e-8b7d-4c6e-9a01-23456789ABCD";
    s.kind = SubmissionKind::registration_card;
    s.captured_at = "2026-11-22T09:58:12+01:00";
    s.reservation_ref = "ABC123";
    s.language = "fr";
    s.guest.first_name = "Anna Maria";
    s.guest.last_name = "Eriksson";
    s.guest.birth_date = "1974-08-12";
    s.guest.birth_place = "Göteborg";
    s.guest.nationality = "SE";
    s.guest.email = "anna@example.se";
    s.guest.phone = "+33 6 12 34 56 78";
    s.guest.address = {"Storgatan 1", "", "411 38", "Göteborg", "", "SE"};
    s.guest.document = IdentityDocument{DocumentType::passport, "L898902C3", "SE", "2031-04-15"};
    s.stay = Stay{"2026-11-22", "2026-11-25", 2, 1};
    s.companions = {{"Elsa", "Eriksson", "2016-06-01", "SE", Relationship::child}};
    s.consents = {{ConsentPurpose::marketing_email, true, "mkt-email", 3, "fr", "2026-11-22T09:57:40+01:00"},
                  {ConsentPurpose::profiling, false, "profiling", 1, "fr", ""}};
    s.signature = Signature{SignatureFormat::svg_path, svg_data, svg_sha};
    return s;
}

bool has(const FieldErrors& errors, const std::string& field, const std::string& code) {
    for (const auto& e : errors)
        if (e.field == field && e.code == code)
            return e.message.find(field) != std::string::npos;  // messages name their field
    return false;
}

std::string dump(const FieldErrors& errors) {
    std::string s;
    for (const auto& e : errors) s += e.field + " " + e.code + ": " + e.message + "\n";
    return s;
}

/// Validates and expects exactly one error, at `field` with `code`.
// "\\u202E" → the UTF-8 of U+202E: test strings written as JSON escapes, readable in the source.
std::string json_unescape(const char* escaped) {
    return nlohmann::json::parse("\"" + std::string(escaped) + "\"").get<std::string>();
}

void expect_one(const Submission& s, const std::string& field, const std::string& code) {
    const FieldErrors e = validate_submission(s, france_card_requirements(), today);
    INFO(dump(e));
    CHECK(e.size() == 1);
    CHECK(has(e, field, code));
}

}  // namespace

TEST_CASE("A complete registration card is valid", "[validation]") {
    const FieldErrors e = validate_submission(valid_card(), france_card_requirements(), today);
    INFO(dump(e));
    CHECK(e.empty());
}

TEST_CASE("France's card requirements", "[validation]") {
    const CardRequirements fr = france_card_requirements();
    CHECK(fr.birth_date);
    CHECK(fr.birth_place);
    CHECK(fr.nationality);
    CHECK(fr.address);
    CHECK_FALSE(fr.contact);
    CHECK_FALSE(fr.document);
    CHECK(fr.signature);
    CHECK(fr.stay);
}

TEST_CASE("Ids, timestamps and language tags", "[validation]") {
    Submission s = valid_card();
    s.submission_id = "3f1c2a9e8b7d4c6e9a0123456789abcd";
    expect_one(s, "submission_id", "invalid_id");
    s.submission_id = "3f1c2a9e-8b7d-4c6e-9a01-23456789abcg";
    expect_one(s, "submission_id", "invalid_id");
    s.submission_id = "";
    expect_one(s, "submission_id", "required");

    s = valid_card();
    s.captured_at = "2026-11-22 09:58:12";
    expect_one(s, "captured_at", "invalid_timestamp");
    s.captured_at = "2026-11-22T09:58:12";  // no offset
    expect_one(s, "captured_at", "invalid_timestamp");

    s = valid_card();
    for (const char* ok : {"fr", "pt-BR", "zh-Hans-CN", "de-CH-1996", "yue"}) {
        s.language = ok;
        INFO(ok);
        CHECK(validate_submission(s, france_card_requirements(), today).empty());
    }
    for (const char* bad : {"fr_FR", "f", "french", "fr-", "-fr", "fr--BR", "fr-toolongsubtag", "12"}) {
        s.language = bad;
        INFO(bad);
        expect_one(s, "language", "invalid_language");
    }
    s = valid_card();
    s.consents[0].language = "en_GB";
    expect_one(s, "consents[0].language", "invalid_language");
}

TEST_CASE("Birth dates: real, not in the future, not over 125 years ago", "[validation]") {
    Submission s = valid_card();
    s.guest.birth_date = "1990-02-30";
    expect_one(s, "guest.birth_date", "invalid_date");
    s.guest.birth_date = "12/03/1990";
    expect_one(s, "guest.birth_date", "invalid_date");
    s.guest.birth_date = "2026-11-23";
    expect_one(s, "guest.birth_date", "future_date");
    s.guest.birth_date = "1890-01-01";
    expect_one(s, "guest.birth_date", "implausible_date");
    s.guest.birth_date = "2026-11-22";  // born today: plausible for a companion baby
    CHECK(validate_submission(s, france_card_requirements(), today).empty());

    s = valid_card();
    s.companions[0].birth_date = "2030-01-01";
    expect_one(s, "companions[0].birth_date", "future_date");
}

TEST_CASE("Other dates are ISO and real", "[validation]") {
    Submission s = valid_card();
    s.guest.document->expiry_date = "2031-13-01";
    expect_one(s, "guest.document.expiry_date", "invalid_date");
    s.guest.document->expiry_date = "2020-01-01";  // expired: not this module's concern
    CHECK(validate_submission(s, france_card_requirements(), today).empty());
    s = valid_card();
    s.stay->arrival = "22/11/2026";
    expect_one(s, "stay.arrival", "invalid_date");
}

TEST_CASE("Countries are real alpha-2 codes", "[validation]") {
    for (const char* bad : {"FRA", "fr", "XX", "F"}) {
        INFO(bad);
        Submission s = valid_card();
        s.guest.nationality = bad;
        expect_one(s, "guest.nationality", "invalid_country");
        s = valid_card();
        s.guest.address.country = bad;
        expect_one(s, "guest.address.country", "invalid_country");
        s = valid_card();
        s.guest.document->issuing_country = bad;
        expect_one(s, "guest.document.issuing_country", "invalid_country");
        s = valid_card();
        s.companions[0].nationality = bad;
        expect_one(s, "companions[0].nationality", "invalid_country");
    }
}

TEST_CASE("E-mail: invalid is an error, an OTA relay address is not", "[validation]") {
    Submission s = valid_card();
    s.guest.email = "anna@@example";
    expect_one(s, "guest.email", "invalid_email");
    s.guest.email = "anna.x7k2@guest.booking.com";
    CHECK(validate_submission(s, france_card_requirements(), today).empty());
    s.guest.email = "reservations@example.com";  // a role address is still an address
    CHECK(validate_submission(s, france_card_requirements(), today).empty());
}

TEST_CASE("Phone: national numbers are read in the address country, else nationality, else FR", "[validation]") {
    Submission s = valid_card();
    s.guest.phone = "06 12 34 56 78";  // valid in France, too long for Belgium
    s.guest.address.country = "";
    s.guest.nationality = "";
    auto card = france_card_requirements();
    card.address = card.nationality = false;
    CHECK(validate_submission(s, card, today).empty());

    s.guest.nationality = "BE";
    auto e = validate_submission(s, card, today);
    CHECK(has(e, "guest.phone", "invalid_phone"));

    s.guest.address.country = "FR";  // address wins over nationality
    CHECK(validate_submission(s, card, today).empty());

    s.guest.phone = "12";
    e = validate_submission(s, card, today);
    CHECK(has(e, "guest.phone", "invalid_phone"));
}

TEST_CASE("Stay: departure after arrival, at least one adult", "[validation]") {
    Submission s = valid_card();
    s.stay->departure = s.stay->arrival;
    expect_one(s, "stay.departure", "departure_before_arrival");
    s.stay->departure = "2026-11-21";
    expect_one(s, "stay.departure", "departure_before_arrival");
    s = valid_card();
    s.stay->adults = 0;
    expect_one(s, "stay.adults", "invalid_value");
    s.stay->adults = 1;
    s.stay->children = -1;
    expect_one(s, "stay.children", "invalid_value");
}

TEST_CASE("Consents: wording id and version, one decision per purpose", "[validation]") {
    Submission s = valid_card();
    s.consents[0].text_id = "";
    expect_one(s, "consents[0].text_id", "required");
    s = valid_card();
    s.consents[1].text_version = 0;
    expect_one(s, "consents[1].text_version", "invalid_value");
    s = valid_card();
    s.consents.push_back({ConsentPurpose::marketing_email, false, "mkt-email", 3, "fr", ""});
    expect_one(s, "consents[2].purpose", "duplicate_consent");
    s = valid_card();
    s.consents[0].captured_at = "yesterday";
    expect_one(s, "consents[0].captured_at", "invalid_timestamp");
}

TEST_CASE("Signature: hash of the data, data of the declared format", "[validation]") {
    Submission s = valid_card();
    s.signature->sha256 = std::string(svg_sha).replace(0, 1, "5");
    expect_one(s, "signature.sha256", "signature_mismatch");
    std::string upper = svg_sha;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    s.signature->sha256 = upper;
    expect_one(s, "signature.sha256", "signature_mismatch");
    s.signature->sha256 = "";
    expect_one(s, "signature.sha256", "signature_mismatch");

    s.signature = Signature{SignatureFormat::png_base64, png_data, png_sha};
    CHECK(validate_submission(s, france_card_requirements(), today).empty());

    // A '"' or '<' in SVG path data could escape the attribute it is rendered into.
    s.signature = Signature{SignatureFormat::svg_path, "M1 1\"/><script>", ""};
    auto e = validate_submission(s, france_card_requirements(), today);
    CHECK(has(e, "signature.data", "invalid_value"));

    s.signature = Signature{SignatureFormat::svg_path, "", ""};
    expect_one(s, "signature.data", "required");
}

TEST_CASE("Strings must be valid UTF-8, one line and of sane length", "[validation]") {
    Submission s = valid_card();
    s.guest.last_name = "Eriks\xC3\x28son";
    expect_one(s, "guest.last_name", "invalid_utf8");
    s.guest.last_name = std::string(201, 'a');
    expect_one(s, "guest.last_name", "too_long");
    s.guest.last_name = std::string(200, 'a');
    CHECK(validate_submission(s, france_card_requirements(), today).empty());
    s.guest.last_name = "Eriksson\nDROP";
    expect_one(s, "guest.last_name", "invalid_characters");
    s = valid_card();
    s.guest.address.city = std::string(1000, 'x');
    expect_one(s, "guest.address.city", "too_long");
    s = valid_card();
    s.companions[0].first_name = "\xFF";
    expect_one(s, "companions[0].first_name", "invalid_utf8");
    s = valid_card();
    s.guest.email = "anna\xFF@example.se";
    expect_one(s, "guest.email", "invalid_utf8");
}

TEST_CASE("A registration card needs the fields of the country's card", "[validation]") {
    Submission s = valid_card();
    s.guest = Guest{};
    s.stay.reset();
    s.signature.reset();
    s.companions.clear();
    const FieldErrors e = validate_submission(s, france_card_requirements(), today);
    INFO(dump(e));
    for (const char* field : {"guest.last_name", "guest.first_name", "guest.birth_date", "guest.birth_place",
                              "guest.nationality", "guest.address.line1", "guest.address.city",
                              "guest.address.country", "signature", "stay"})
        CHECK(has(e, field, "required"));
    CHECK(e.size() == 10);

    s = valid_card();
    s.stay->arrival = "";
    expect_one(s, "stay.arrival", "required");

    CardRequirements strict = france_card_requirements();
    strict.contact = strict.document = true;
    s = valid_card();
    s.guest.email = s.guest.phone = "";
    s.guest.document.reset();
    auto e2 = validate_submission(s, strict, today);
    CHECK(e2.size() == 2);
    CHECK(has(e2, "guest.email", "required"));
    CHECK(has(e2, "guest.document", "required"));
    s.guest.phone = "+33612345678";
    s.guest.document = IdentityDocument{};
    e2 = validate_submission(s, strict, today);
    CHECK(e2.size() == 1);
    CHECK(has(e2, "guest.document.number", "required"));

    CardRequirements lax{};
    lax.birth_date = lax.nationality = lax.address = lax.signature = lax.stay = false;
    s = valid_card();
    s.guest = Guest{};
    s.guest.first_name = "A";
    s.guest.last_name = "B";
    s.stay.reset();
    s.signature.reset();
    CHECK(validate_submission(s, lax, today).empty());
}

TEST_CASE("Each country's card, and the nationals who fill none", "[validation]") {
    Submission s = valid_card();
    s.guest.address = {};
    s.signature.reset();
    // Italy: no home address and no signature on the card, a document instead.
    CHECK(validate_submission(s, card_requirements_for("IT"), today).empty());
    auto fr = validate_submission(s, card_requirements_for("FR"), today);
    CHECK(has(fr, "guest.address.line1", "required"));
    CHECK(has(fr, "signature", "required"));
    s.guest.document.reset();
    CHECK(has(validate_submission(s, card_requirements_for("IT"), today), "guest.document", "required"));
    // Spain: a phone or an e-mail.
    s = valid_card();
    s.guest.email = s.guest.phone = "";
    CHECK(has(validate_submission(s, card_requirements_for("ES"), today), "guest.email", "required"));
    // A country without rules of its own gets France's.
    CHECK(card_requirements_for("BE").birth_place == france_card_requirements().birth_place);

    // France: only non-French guests fill a card (CESEDA R.814-1); Germany since 2025 and
    // Portugal likewise only foreigners; Spain every guest.
    Submission national = valid_card();
    national.guest = Guest{};
    national.companions.clear();  // a Swedish child: Portugal registers every foreign guest
    national.guest.first_name = "Jeanne";
    national.guest.last_name = "Dupont";
    national.stay.reset();
    national.signature.reset();
    for (const char* country : {"FR", "DE", "PT"}) {
        national.guest.nationality = country;
        INFO(country);
        CHECK(validate_submission(national, card_requirements_for(country), today).empty());
    }
    national.guest.nationality = "ES";
    CHECK_FALSE(validate_submission(national, card_requirements_for("ES"), today).empty());
    national.guest.nationality = "BE";
    CHECK(has(validate_submission(national, card_requirements_for("FR"), today), "guest.birth_date", "required"));
}

TEST_CASE("A card lists only the companions its country lets one guest register", "[validation]") {
    // Arrival 2026-11-22 (valid_card). A Swedish family at hotels of each country.
    Submission s = valid_card();
    auto errors_of = [&s](const char* country) { return validate_submission(s, card_requirements_for(country), today); };
    auto adult = [](Relationship r) { return Companion{"Lars", "Eriksson", "1972-01-30", "SE", r}; };

    // A child of 8 may be on every country's card but Portugal's (every foreign guest, any age).
    for (const char* country : {"FR", "ES", "IT", "DE"}) {
        INFO(country);
        CHECK_FALSE(has(errors_of(country), "companions[0].birth_date", "own_card_needed"));
        CHECK_FALSE(has(errors_of(country), "companions[0].nationality", "own_card_needed"));
    }
    CHECK(has(errors_of("PT"), "companions[0].nationality", "own_card_needed"));

    // The age that decides is the one on the day of arrival: 15 on 2026-11-22 in France, 14 in Spain.
    s.companions = {{"Nils", "Eriksson", "2011-11-22", "SE", Relationship::child}};
    CHECK(has(errors_of("FR"), "companions[0].birth_date", "own_card_needed"));
    s.companions[0].birth_date = "2011-11-23";  // 15 the day after arrival: still on the card
    CHECK_FALSE(has(errors_of("FR"), "companions[0].birth_date", "own_card_needed"));
    s.companions[0].birth_date = "2012-11-22";  // 14 on arrival
    CHECK(has(errors_of("ES"), "companions[0].birth_date", "own_card_needed"));
    CHECK_FALSE(has(errors_of("FR"), "companions[0].birth_date", "own_card_needed"));

    // An adult spouse: a card of their own in France and Spain; counted on the card in Germany,
    // as a spouse only; anyone may be listed in Italy.
    s.companions = {adult(Relationship::spouse)};
    CHECK(has(errors_of("FR"), "companions[0].birth_date", "own_card_needed"));
    CHECK(has(errors_of("ES"), "companions[0].birth_date", "own_card_needed"));
    CHECK(errors_of("DE").empty());
    CHECK(errors_of("IT").empty());
    s.companions = {adult(Relationship::other)};
    CHECK(has(errors_of("DE"), "companions[0].birth_date", "own_card_needed"));
    CHECK(errors_of("IT").empty());

    // A national of a country whose nationals fill no card may always be listed.
    s.companions[0].nationality = "FR";
    CHECK_FALSE(has(errors_of("FR"), "companions[0].birth_date", "own_card_needed"));
    s.companions[0].nationality = "PT";
    CHECK(errors_of("PT").empty());
    s.companions[0].nationality = "ES";
    CHECK(has(errors_of("ES"), "companions[0].birth_date", "own_card_needed"));

    // Where the age decides, it must be known; and the rule holds on a national's card too.
    s.companions = {{"Nils", "Eriksson", "", "SE", Relationship::child}};
    CHECK(has(errors_of("FR"), "companions[0].birth_date", "required"));
    CHECK(has(errors_of("ES"), "companions[0].birth_date", "required"));
    CHECK(errors_of("IT").empty());
    s.guest.nationality = "FR";
    CHECK(has(errors_of("FR"), "companions[0].birth_date", "required"));

    // Only registration cards list companions for the police.
    s.kind = SubmissionKind::email_capture;
    s.companions = {adult(Relationship::other)};
    CHECK(errors_of("ES").empty());
}

TEST_CASE("Names have a letter and no bidirectional overrides or C1 controls", "[validation]") {
    Submission s = valid_card();
    for (const char* bad : {"a\\u0085b", "a\\u2028b", "\\u202Eevil", "ab\\u2066c", "\\u00C2\\u0080x"}) {
        s.guest.last_name = json_unescape(bad);
        INFO(bad);
        expect_one(s, "guest.last_name", "invalid_characters");
    }
    s = valid_card();
    for (const char* no_letter : {"\\u00AD", "\\u0301\\u0301", "-", "..."}) {
        s.guest.first_name = json_unescape(no_letter);
        INFO(no_letter);
        expect_one(s, "guest.first_name", "invalid_value");
        s.guest.first_name = "Anna";
    }
    s = valid_card();
    s.companions[0].last_name = json_unescape("\\u202E");
    CHECK(has(validate_submission(s, france_card_requirements(), today), "companions[0].last_name", "invalid_characters"));
    // What written names need stays valid: joiners (Persian, Indic), marks, apostrophes, CJK.
    for (const char* good : {"\\u0645\\u06CC\\u200C\\u0631\\u0632\\u0627", "N\\u2019Diaye", "\\u738B", "O'Brien-Smith", "Zo\\u00EB"}) {
        s = valid_card();
        s.guest.last_name = json_unescape(good);
        INFO(good);
        CHECK(validate_submission(s, france_card_requirements(), today).empty());
    }
}

TEST_CASE("Other kinds have their own requirements", "[validation]") {
    Submission s;
    s.submission_id = "3f1c2a9e-8b7d-4c6e-9a01-23456789abcd";
    s.captured_at = "2026-11-22T09:58:12Z";
    s.kind = SubmissionKind::email_capture;
    expect_one(s, "guest.email", "required");
    s.guest.email = "a@example.com";
    CHECK(validate_submission(s, france_card_requirements(), today).empty());

    s.kind = SubmissionKind::precheckin;
    auto e = validate_submission(s, france_card_requirements(), today);
    CHECK(e.size() == 2);
    CHECK(has(e, "guest.last_name", "required"));
    CHECK(has(e, "reservation_ref", "required"));
    s.guest.last_name = "Martin";
    s.reservation_ref = "ABC123";
    CHECK(validate_submission(s, france_card_requirements(), today).empty());
}

TEST_CASE("Every problem is reported, not only the first", "[validation]") {
    Submission s = valid_card();
    s.submission_id = "x";
    s.guest.nationality = "ZZ";
    s.guest.email = "nope";
    s.stay->departure = "2026-11-01";
    s.signature->sha256 = "00";
    const FieldErrors e = validate_submission(s, france_card_requirements(), today);
    INFO(dump(e));
    CHECK(e.size() == 5);
    CHECK(has(e, "submission_id", "invalid_id"));
    CHECK(has(e, "guest.nationality", "invalid_country"));
    CHECK(has(e, "guest.email", "invalid_email"));
    CHECK(has(e, "stay.departure", "departure_before_arrival"));
    CHECK(has(e, "signature.sha256", "signature_mismatch"));
}
