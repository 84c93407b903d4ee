#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "cardex/phone.hpp"

using cardex::normalize_phone;
using cardex::PhoneKind;

TEST_CASE("French mobile numbers in every common form give one E.164 number", "[phone]") {
    const char* forms[] = {"+33 6 52 52 72 72", "06 52 52 72 72", "0033652527272", "06.52.52.72.72", "(0)6-52-52-72-72",
                           "+33 (0)6 52 52 72 72", "0652527272", "+33652527272", "  06 52 52 72 72\t", "06-52-52-72-72",
                           "+33 6.52.52.72.72", "tel:+33652527272", "０６５２５２７２７２", "Tél : 06 52 52 72 72",
                           "06 52 52 72 72 (portable)", "(mobile) 06 52 52 72 72", "(+33) 6 52 52 72 72"};
    for (const char* form : forms) {
        CAPTURE(form);
        const auto p = normalize_phone(form, "FR");
        CHECK(p.e164 == "+33652527272");
        CHECK(p.kind == PhoneKind::mobile);
        CHECK(p.problem.empty());
    }
}

TEST_CASE("Patrick Martin's two phone spellings are the same number", "[phone]") {
    const auto international = normalize_phone("+33 6 52 52 72 72", "FR");
    const auto national = normalize_phone("06 52 52 72 72", "FR");
    CHECK(international.e164 == national.e164);
    CHECK(international.kind == national.kind);
    // An international form needs no region at all.
    CHECK(normalize_phone("+33 6 52 52 72 72", "").e164 == "+33652527272");
    // A lower-case region is accepted.
    CHECK(normalize_phone("06 52 52 72 72", "fr").e164 == "+33652527272");
}

TEST_CASE("Phone kinds: mobile, fixed line, unknown", "[phone]") {
    const auto paris = normalize_phone("01 42 68 53 00", "FR");
    CHECK(paris.e164 == "+33142685300");
    CHECK(paris.kind == PhoneKind::fixed);

    // NANP numbers do not tell fixed from mobile.
    const auto us = normalize_phone("+1 650 253 0000", "FR");
    CHECK(us.e164 == "+16502530000");
    CHECK(us.kind == PhoneKind::unknown);
    CHECK(normalize_phone("(650) 253-0000", "US").e164 == "+16502530000");

    // Toll-free and VoIP are valid but neither mobile nor fixed.
    CHECK(normalize_phone("08 00 12 34 56", "FR").kind == PhoneKind::unknown);
    CHECK(normalize_phone("09 12 34 56 78", "FR").kind == PhoneKind::unknown);

    CHECK(normalize_phone("+44 7911 123456", "FR").kind == PhoneKind::mobile);
    CHECK(normalize_phone("0044 7911 123456", "DE").e164 == "+447911123456");
    CHECK(normalize_phone("030 123456", "DE").kind == PhoneKind::fixed);
    CHECK(normalize_phone("8 912 345 67 89", "RU").e164 == "+79123456789");
    CHECK(normalize_phone("067 123 4567", "UA").e164 == "+380671234567");
    // Italian numbers keep their leading zero after the country code.
    CHECK(normalize_phone("06 1234 5678", "IT").e164 == "+390612345678");
    CHECK(normalize_phone("+39 06 1234 5678", "").e164 == "+390612345678");
}

TEST_CASE("Extensions are recognised and dropped from the E.164 number", "[phone]") {
    for (const char* form : {"01 42 68 53 00 ext. 12", "01 42 68 53 00 x12", "01 42 68 53 00 #12",
                             "01 42 68 53 00 poste 12", "+33 1 42 68 53 00 Poste 12"}) {
        CAPTURE(form);
        const auto p = normalize_phone(form, "FR");
        CHECK(p.e164 == "+33142685300");
        CHECK(p.kind == PhoneKind::fixed);
    }
}

TEST_CASE("Empty and blank phones are empty, not invalid", "[phone]") {
    for (const char* blank : {"", " ", "\t\n", "   "}) {
        const auto p = normalize_phone(blank, "FR");
        CHECK(p.kind == PhoneKind::empty);
        CHECK(p.e164.empty());
        CHECK(p.problem.empty());
    }
}

TEST_CASE("Garbage phones are invalid", "[phone]") {
    const std::string nul_inside("06 52\0 52 72 72", 15);
    const std::string bad_utf8 = "06 52 52 72 72 \xC3\x28";
    const std::string huge(100000, '6');
    const std::string invalid_inputs[] = {"abc", "12", "0", "+", "++", "n/a", "0000000000", "+999 1234567",
                                          "06 52 52 72", "+33 6 52 52 72 72 72 72 72", "06 52 52 72 72 / 06 11 22 33 44",
                                          nul_inside, bad_utf8, huge, "\xFF\xFE", "+33 6 52 52 72 72 +33"};
    for (const std::string& raw : invalid_inputs) {
        CAPTURE(raw.substr(0, 40));
        const auto p = normalize_phone(raw, "FR");
        CHECK(p.kind == PhoneKind::invalid);
        CHECK(p.e164.empty());
        CHECK(p.problem == "invalid_phone");
    }
}

TEST_CASE("A national number without a usable region needs a country", "[phone]") {
    for (const char* region : {"", "ZZ", "XX", "??", "FRANCE"}) {
        CAPTURE(region);
        const auto p = normalize_phone("06 52 52 72 72", region);
        CHECK(p.kind == PhoneKind::invalid);
        CHECK(p.problem == "phone_needs_country");
        CHECK(normalize_phone("0033652527272", region).problem == "phone_needs_country");
        // International forms are fine, too-short garbage stays plain invalid.
        CHECK(normalize_phone("+33652527272", region).e164 == "+33652527272");
        CHECK(normalize_phone("12", region).problem == "invalid_phone");
        CHECK(normalize_phone("+999 1234567", region).problem == "invalid_phone");
    }
}

TEST_CASE("Normalising a normalised phone gives it back", "[phone]") {
    const std::pair<const char*, const char*> cases[] = {
        {"06 52 52 72 72", "FR"}, {"01 42 68 53 00 ext. 12", "FR"}, {"+1 650 253 0000", "FR"}, {"06 1234 5678", "IT"}};
    for (const auto& [raw, region] : cases) {
        CAPTURE(raw);
        const auto once = normalize_phone(raw, region);
        REQUIRE_FALSE(once.e164.empty());
        const auto twice = normalize_phone(once.e164, "DE");  // the region no longer matters
        CHECK(twice.e164 == once.e164);
        CHECK(twice.kind == once.kind);
    }
}

TEST_CASE("Phone kinds have the words of the import schema", "[phone]") {
    CHECK(cardex::to_string(PhoneKind::mobile) == "mobile");
    CHECK(cardex::to_string(PhoneKind::fixed) == "fixed");
    CHECK(cardex::to_string(PhoneKind::unknown) == "unknown");
    CHECK(cardex::to_string(PhoneKind::invalid) == "invalid");
    CHECK(cardex::to_string(PhoneKind::empty) == "empty");
}
