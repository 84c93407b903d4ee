// ICAO Doc 9303 MRZ parsing. Vectors: the specimens of Doc 9303 (parts 4–6), plus variants whose
// check digits were computed independently of this code.
#include <catch2/catch.hpp>

#include <cctype>
#include <string>

#include "cardex/mrz.hpp"

using cardex::Date;
using cardex::FieldErrors;
using cardex::MrzFormat;
using cardex::mrz_check_digit;
using cardex::parse_mrz;

namespace {

const Date today{2026, 1, 15};

const std::string td3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
const std::string td3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
const std::string td1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
const std::string td1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
const std::string td1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
const std::string td2_1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
const std::string td2_2 = "D231458907UTO7408122F1204159<<<<<<<6";

std::string td3() { return td3_1 + "\n" + td3_2; }
std::string td1() { return td1_1 + "\n" + td1_2 + "\n" + td1_3; }
std::string td2() { return td2_1 + "\n" + td2_2; }

/// Replaces one character of a string (a corrupted scan).
std::string with(std::string s, std::size_t pos, char c) {
    s[pos] = c;
    return s;
}

/// The only error of a failed parse (fails the test when there is not exactly one).
cardex::FieldError only_error(const cardex::Result<cardex::MrzData>& r) {
    REQUIRE_FALSE(r);
    REQUIRE(r.error().size() == 1);
    return r.error()[0];
}

bool names_field(const FieldErrors& errors, const std::string& field, const std::string& code) {
    for (const auto& e : errors)
        if (e.field == field && e.code == code) return true;
    return false;
}

}  // namespace

TEST_CASE("MRZ check digits use weights 7-3-1", "[mrz]") {
    CHECK(mrz_check_digit("L898902C3") == 6);
    CHECK(mrz_check_digit("740812") == 2);
    CHECK(mrz_check_digit("120415") == 9);
    CHECK(mrz_check_digit("ZE184226B<<<<<") == 1);
    CHECK(mrz_check_digit("L898902C3674081221204159ZE184226B<<<<<1") == 0);
    CHECK(mrz_check_digit("D23145890") == 7);
    CHECK(mrz_check_digit("") == 0);
    CHECK(mrz_check_digit("<<<<") == 0);
    CHECK(mrz_check_digit("l898902c3") == -1);
    CHECK(mrz_check_digit("AB 1") == -1);
}

TEST_CASE("TD3 specimen passport", "[mrz]") {
    auto r = parse_mrz(td3(), today);
    REQUIRE(r);
    CHECK(r->format == MrzFormat::td3);
    CHECK(r->document_code == "P");
    CHECK(r->issuing_state == "UTO");
    CHECK(r->document_number == "L898902C3");
    CHECK(r->last_name == "ERIKSSON");
    CHECK(r->first_names == "ANNA MARIA");
    CHECK(r->nationality == "UTO");
    CHECK(r->birth_date == "1974-08-12");
    CHECK(r->sex == "F");
    CHECK(r->expiry_date == "2012-04-15");
    CHECK(r->optional_data == "ZE184226B");
}

TEST_CASE("TD1 specimen identity card", "[mrz]") {
    auto r = parse_mrz(td1(), today);
    REQUIRE(r);
    CHECK(r->format == MrzFormat::td1);
    CHECK(r->document_code == "I");
    CHECK(r->issuing_state == "UTO");
    CHECK(r->document_number == "D23145890");
    CHECK(r->birth_date == "1974-08-12");
    CHECK(r->sex == "F");
    CHECK(r->expiry_date == "2012-04-15");
    CHECK(r->nationality == "UTO");
    CHECK(r->last_name == "ERIKSSON");
    CHECK(r->first_names == "ANNA MARIA");
    CHECK(r->optional_data.empty());
}

TEST_CASE("TD2 specimen identity card", "[mrz]") {
    auto r = parse_mrz(td2(), today);
    REQUIRE(r);
    CHECK(r->format == MrzFormat::td2);
    CHECK(r->document_code == "I");
    CHECK(r->issuing_state == "UTO");
    CHECK(r->document_number == "D23145890");
    CHECK(r->last_name == "ERIKSSON");
    CHECK(r->first_names == "ANNA MARIA");
    CHECK(r->nationality == "UTO");
    CHECK(r->birth_date == "1974-08-12");
    CHECK(r->sex == "F");
    CHECK(r->expiry_date == "2012-04-15");
    CHECK(r->optional_data.empty());
}

TEST_CASE("MRZ input tolerance: separators, case, spaces, run-together lines", "[mrz]") {
    const auto expect_specimen = [](const std::string& text) {
        INFO(text);
        auto r = parse_mrz(text, today);
        REQUIRE(r);
        CHECK(r->document_number == "D23145890");
        CHECK(r->last_name == "ERIKSSON");
    };
    expect_specimen(td1_1 + "\r\n" + td1_2 + "\r\n" + td1_3 + "\r\n");
    expect_specimen(td1_1 + "\r" + td1_2 + "\r" + td1_3);
    expect_specimen("  " + td1_1 + td1_2 + td1_3 + " \n");
    expect_specimen(td2_1 + td2_2);
    expect_specimen("\n\n " + td2_1 + " \n\n " + td2_2 + "\n\n");
    std::string lower = td2();
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    expect_specimen(lower);

    auto r = parse_mrz(td3_1 + td3_2, today);
    REQUIRE(r);
    CHECK(r->document_number == "L898902C3");
}

TEST_CASE("MRZ of the wrong shape is invalid_mrz on field mrz", "[mrz]") {
    const auto shape_error = [](const std::string& text) {
        INFO(text);
        auto e = only_error(parse_mrz(text, today));
        CHECK(e.field == "mrz");
        CHECK(e.code == "invalid_mrz");
        CHECK_FALSE(e.message.empty());
    };
    shape_error("");
    shape_error("   \n  ");
    shape_error(td3_1);                              // one line only
    shape_error(td3_1 + "\n" + td3_2 + "<");         // 45 characters
    shape_error(td3_1.substr(1) + "\n" + td3_2);     // 43 characters
    shape_error(td3_1 + "\n" + td2_2);               // 44 + 36
    shape_error(td1_1 + "\n" + td1_2);               // two TD1 lines
    shape_error(td1_1 + "\n" + td1_2 + "\n" + td1_3 + "\n" + td1_3);
    shape_error(td3_1 + td3_2 + "<");                // 89 run together
    shape_error(with(td3(), 3, '-'));                // bad character
    shape_error(with(td3(), 50, ' '));               // space inside a line
    shape_error(with(td1(), 40, '\t'));
    shape_error(td3_1 + "\n" + td3_2.substr(0, 20) + "\xC3\xA9" + td3_2.substr(22));  // UTF-8 é
    shape_error(std::string("P<UTOERIKSSON") + '\0' + td3_1.substr(14) + "\n" + td3_2);
}

TEST_CASE("MRZ document codes that do not fit the size are rejected", "[mrz]") {
    auto e = only_error(parse_mrz(with(td3(), 0, 'V'), today));  // MRV-A visa: another layout
    CHECK(e.code == "invalid_mrz");
    e = only_error(parse_mrz(with(td1(), 0, 'P'), today));
    CHECK(e.code == "invalid_mrz");
    // Old French ID card: 2×36 but not TD2.
    e = only_error(parse_mrz("IDFRADUPONT<<<<<<<<<<<<<<<<<<<750123\n"
                             "9409923102854JEAN<<PIERRE<<8102123M4",
                             today));
    CHECK(e.field == "mrz");
    CHECK(e.message.find("French") != std::string::npos);
}

TEST_CASE("TD3: each corrupted check digit names its field", "[mrz]") {
    const auto expect = [](std::size_t pos, const char* field) {
        INFO(field);
        const std::string l2 = with(td3_2, pos, td3_2[pos] == '0' ? '1' : '0');
        auto e = only_error(parse_mrz(td3_1 + "\n" + l2, today));
        CHECK(e.field == field);
        CHECK(e.code == "check_digit");
    };
    expect(9, "mrz.document_number");
    expect(19, "mrz.birth_date");
    expect(27, "mrz.expiry_date");
    expect(42, "mrz.optional_data");
    expect(43, "mrz.composite");
}

TEST_CASE("TD3: a corrupted data character fails its field check", "[mrz]") {
    auto r = parse_mrz(td3_1 + "\n" + with(td3_2, 1, '7'), today);  // L898… → L798…
    REQUIRE_FALSE(r);
    CHECK(names_field(r.error(), "mrz.document_number", "check_digit"));
    r = parse_mrz(td3_1 + "\n" + with(td3_2, 30, 'F'), today);
    REQUIRE_FALSE(r);
    CHECK(names_field(r.error(), "mrz.optional_data", "check_digit"));
    // A letter where a check digit belongs.
    r = parse_mrz(td3_1 + "\n" + with(td3_2, 19, 'A'), today);
    REQUIRE_FALSE(r);
    CHECK(names_field(r.error(), "mrz.birth_date", "check_digit"));
}

TEST_CASE("TD3: several errors are all reported", "[mrz]") {
    std::string l2 = with(with(td3_2, 9, '0'), 27, '0');
    auto r = parse_mrz(td3_1 + "\n" + l2, today);
    REQUIRE_FALSE(r);
    CHECK(r.error().size() == 2);
    CHECK(names_field(r.error(), "mrz.document_number", "check_digit"));
    CHECK(names_field(r.error(), "mrz.expiry_date", "check_digit"));
}

TEST_CASE("TD3: an empty personal number may have '<' as its check digit", "[mrz]") {
    auto r = parse_mrz(td3_1 + "\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8", today);
    REQUIRE(r);
    CHECK(r->optional_data.empty());
    // '0' is also allowed there (the check digit of an all-filler field).
    auto z = parse_mrz(td3_1 + "\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<08", today);
    REQUIRE(z);
    // But a personal number that is given needs a real check digit.
    auto e = only_error(parse_mrz(td3_1 + "\nL898902C36UTO7408122F1204159ZE184226B<<<<<<0", today));
    CHECK(e.field == "mrz.optional_data");
}

TEST_CASE("TD1: each corrupted check digit names its field", "[mrz]") {
    auto e = only_error(parse_mrz(with(td1_1, 14, '1') + "\n" + td1_2 + "\n" + td1_3, today));
    CHECK(e.field == "mrz.document_number");
    CHECK(e.code == "check_digit");
    const auto expect = [](std::size_t pos, const char* field) {
        INFO(field);
        auto err = only_error(parse_mrz(td1_1 + "\n" + with(td1_2, pos, '0') + "\n" + td1_3, today));
        CHECK(err.field == field);
        CHECK(err.code == "check_digit");
    };
    expect(6, "mrz.birth_date");
    expect(14, "mrz.expiry_date");
    expect(29, "mrz.composite");
}

TEST_CASE("TD1: optional data and long document numbers", "[mrz]") {
    auto r = parse_mrz(td1_1 + "\n7408122F1204159UTOAB<12<<<<<<2\n" + td1_3, today);
    REQUIRE(r);
    CHECK(r->optional_data == "AB 12");

    // Position 14 '<': the number continues in the optional data; its last character is the check digit.
    auto l = parse_mrz("I<UTOD23145890<AB125<<<<<<<<<<\n" + td1_2 + "\n" + td1_3, today);
    REQUIRE(l);
    CHECK(l->document_number == "D23145890AB12");
    CHECK(l->optional_data.empty());

    auto e = only_error(parse_mrz("I<UTOD23145890<AB124<<<<<<<<<<\n" + td1_2 + "\n" + td1_3, today));
    CHECK(e.field == "mrz.document_number");
    // '<' at 14 with nothing after it: no check digit at all.
    auto none = parse_mrz("I<UTOD23145890<<<<<<<<<<<<<<<<\n" + td1_2 + "\n" + td1_3, today);
    REQUIRE_FALSE(none);
    CHECK(names_field(none.error(), "mrz.document_number", "check_digit"));
}

TEST_CASE("TD2: each corrupted check digit names its field", "[mrz]") {
    const auto expect = [](std::size_t pos, const char* field) {
        INFO(field);
        auto e = only_error(parse_mrz(td2_1 + "\n" + with(td2_2, pos, '0'), today));
        CHECK(e.field == field);
        CHECK(e.code == "check_digit");
    };
    expect(9, "mrz.document_number");
    expect(19, "mrz.birth_date");
    expect(27, "mrz.expiry_date");
    expect(35, "mrz.composite");
}

TEST_CASE("TD2: long document number", "[mrz]") {
    auto r = parse_mrz(td2_1 + "\nD23145890<UTO7408122F1204159AB125<<0", today);
    REQUIRE(r);
    CHECK(r->document_number == "D23145890AB12");
    CHECK(r->optional_data.empty());
}

TEST_CASE("MRZ birth century never lands in the future, expiry is 20YY", "[mrz]") {
    const std::string l1 = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
    auto r = parse_mrz(l1 + "\nX1234567<7DEU2501017M3501014<<<<<<<<<<<<<<<4", today);
    REQUIRE(r);
    CHECK(r->birth_date == "2025-01-01");
    CHECK(r->expiry_date == "2035-01-01");
    CHECK(r->issuing_state == "D");
    CHECK(r->nationality == "DEU");
    CHECK(r->document_number == "X1234567");
    CHECK(r->sex == "M");
    CHECK(r->last_name == "MUSTERMANN");
    CHECK(r->first_names == "ERIKA");

    // Same YY as today but later in the year: last century. '<' sex is unspecified → "X".
    auto s = parse_mrz(l1 + "\nX1234567<7DEU2606015<3501014<<<<<<<<<<<<<<<4", today);
    REQUIRE(s);
    CHECK(s->birth_date == "1926-06-01");
    CHECK(s->sex == "X");
    // With a later "today" the same line is a 2026 birth.
    auto t = parse_mrz(l1 + "\nX1234567<7DEU2606015<3501014<<<<<<<<<<<<<<<4", Date{2026, 12, 31});
    REQUIRE(t);
    CHECK(t->birth_date == "2026-06-01");
}

TEST_CASE("MRZ dates must be real dates", "[mrz]") {
    const std::string l1 = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
    auto r = parse_mrz(l1 + "\nX1234567<7DEU7402304F3513019<<<<<<<<<<<<<<<8", today);
    REQUIRE_FALSE(r);
    CHECK(r.error().size() == 2);
    CHECK(names_field(r.error(), "mrz.birth_date", "invalid_date"));
    CHECK(names_field(r.error(), "mrz.expiry_date", "invalid_date"));
}

TEST_CASE("MRZ sex must be F, M, X or <", "[mrz]") {
    // 'Q' at position 20 is outside the composite, so only the sex is wrong.
    auto e = only_error(parse_mrz(td3_1 + "\n" + with(td3_2, 20, 'Q'), today));
    CHECK(e.field == "mrz.sex");
}

TEST_CASE("MRZ names: fillers become spaces, no secondary identifier", "[mrz]") {
    const std::string l1 = "P<UTODE<LA<FONTAINE<<JEAN<<<<<<<<<<<<<<<<<<<";
    auto r = parse_mrz(l1 + "\n" + td3_2, today);
    REQUIRE(r);
    CHECK(r->last_name == "DE LA FONTAINE");
    CHECK(r->first_names == "JEAN");
    auto mono = parse_mrz("P<UTOSUKARNO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + td3_2, today);
    REQUIRE(mono);
    CHECK(mono->last_name == "SUKARNO");
    CHECK(mono->first_names.empty());
    auto single = parse_mrz("P<UTOTRUNCATEDNAMEWITHOUTANYFILLERATALLXXXXX\n" + td3_2, today);
    REQUIRE(single);
    CHECK(single->last_name == "TRUNCATEDNAMEWITHOUTANYFILLERATALLXXXXX");
}

TEST_CASE("MRZ parsing never throws on arbitrary input", "[mrz]") {
    std::string s = td3();
    for (std::size_t i = 0; i < s.size(); ++i) {
        for (char c : {'\0', '<', '0', 'Z', '\n', '\xFF'}) {
            std::string t = with(s, i, c);
            CHECK_NOTHROW((void)parse_mrz(t, today));
        }
    }
}
