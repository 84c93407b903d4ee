#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include "cardex/email.hpp"

namespace cardex::detail {
extern const char* const builtin_email_rules_text;
}  // namespace cardex::detail

using cardex::EmailKind;
using cardex::EmailRules;
using cardex::normalize_email;

TEST_CASE("Personal addresses are trimmed, their domain lower-cased, their local part kept", "[email]") {
    const std::pair<const char*, const char*> cases[] = {
        {"patrick.martin@orange.fr", "patrick.martin@orange.fr"},
        {"  Patrick.Martin@Orange.FR  ", "Patrick.Martin@orange.fr"},
        {"mailto:p.martin@gmail.com", "p.martin@gmail.com"},
        {"MAILTO:p.martin@gmail.com", "p.martin@gmail.com"},
        {"<p.martin@gmail.com>", "p.martin@gmail.com"},
        {"p.martin+hotels@gmail.com", "p.martin+hotels@gmail.com"},
        {"o'brien@example.ie", "o'brien@example.ie"},
        {"jean_pierre-2@sub.mail.example.co.uk", "jean_pierre-2@sub.mail.example.co.uk"},
        {"\"john doe\"@example.com", "\"john doe\"@example.com"},
        {"\xC2\xA0x@example.com\xC2\xA0", "x@example.com"},  // no-break spaces from a web page
        {"x@example.xn--p1ai", "x@example.рф"},             // Punycode shown in Unicode
    };
    for (const auto& [raw, expected] : cases) {
        CAPTURE(raw);
        const auto e = normalize_email(raw);
        CHECK(e.email == expected);
        CHECK(e.kind == EmailKind::personal);
        CHECK(e.problem.empty());
    }
}

TEST_CASE("Internationalised domains are kept in Unicode, lower case, NFC", "[email]") {
    CHECK(normalize_email("hans@MÜNCHEN.de").email == "hans@münchen.de");
    CHECK(normalize_email("hans@xn--mnchen-3ya.de").email == "hans@münchen.de");
    // "u" + combining diaeresis is the same domain as the precomposed "ü".
    CHECK(normalize_email("hans@mu\xCC\x88nchen.de").email == "hans@münchen.de");
    CHECK(normalize_email("иван@пример.рф").email == "иван@пример.рф");
    CHECK(normalize_email("иван@ПРИМЕР.РФ").kind == EmailKind::personal);
    CHECK(normalize_email("user@例子.中国").email == "user@例子.中国");
    CHECK(normalize_email("user@例子.中国").kind == EmailKind::personal);
}

TEST_CASE("OTA relay addresses are recognised by their domain or a parent domain", "[email]") {
    for (const char* raw : {"abc123@guest.booking.com", "x@m.expediapartnercentral.com", "pmartin.123456@guest.booking.com",
                            "ABC@Guest.Booking.COM", "guest-12@a.guest.booking.com", "x@guest.airbnb.com",
                            "12345@agoda-messaging.com"}) {
        CAPTURE(raw);
        const auto e = normalize_email(raw);
        CHECK(e.kind == EmailKind::ota_relay);
        CHECK_FALSE(e.email.empty());
    }
    // The relay domain decides even for a role-looking local part.
    CHECK(normalize_email("info@guest.booking.com").kind == EmailKind::ota_relay);
    // A domain merely ending like an OTA's is not one.
    CHECK(normalize_email("x@notbooking.com").kind == EmailKind::personal);
    CHECK(normalize_email("x@booking.com.evil.fr").kind == EmailKind::personal);
}

TEST_CASE("Role addresses are recognised by their local part, before any +tag", "[email]") {
    for (const char* raw : {"Reservations@hotel.fr", "info+x@company.de", "INFO@company.de", "no-reply@shop.com",
                            "noreply@shop.com", "contact@example.org", "Reception+Paris@hotel.fr"}) {
        CAPTURE(raw);
        CHECK(normalize_email(raw).kind == EmailKind::role);
    }
    CHECK(normalize_email("Reservations@hotel.fr").email == "Reservations@hotel.fr");
    CHECK(normalize_email("information.martin@hotel.fr").kind == EmailKind::personal);
    CHECK(normalize_email("martin+info@hotel.fr").kind == EmailKind::personal);
}

TEST_CASE("Invalid addresses", "[email]") {
    const std::string too_long_local = std::string(65, 'a') + "@example.com";
    const std::string too_long = std::string(64, 'a') + "@" + std::string(63, 'b') + "." + std::string(63, 'c') + "." +
                                 std::string(58, 'd') + ".com";  // 255 octets, every part within its own limit
    const std::string too_long_label = "a@" + std::string(64, 'b') + ".com";
    const std::string nul_inside("a\0b@example.com", 15);
    const std::string huge(1000000, 'a');
    const std::string invalid_inputs[] = {
        "a@b", "a@@b.com", "a b@c.com", "a@b..com", "a@-b.com", "a@b-.com", "@b.com", "a@", "a", "a.@b.com",
        ".a@b.com", "a..b@c.com", "a@b.c", "a@b.c0m", "a@b.com.", "a@.b.com", "a@[192.168.0.1]", "a@localhost",
        "a@b_c.com", "a(b)@c.com", "a,b@c.com", "\"unterminated@b.com", "a@b.com@c.com", "<>x", "\"\"@b.com",
        too_long_local, too_long, too_long_label, nul_inside, huge, "a@b.com\xC3\x28", "\xFF@b.com", "a\nb@c.com",
        "a@☃☃☃--.com"};
    for (const std::string& raw : invalid_inputs) {
        CAPTURE(raw.substr(0, 60));
        const auto e = normalize_email(raw);
        CHECK(e.kind == EmailKind::invalid);
        CHECK(e.email.empty());
        CHECK(e.problem == "invalid_email");
    }
    // The limits themselves are fine.
    CHECK(normalize_email(std::string(64, 'a') + "@example.com").kind == EmailKind::personal);
    CHECK(normalize_email("a@" + std::string(63, 'b') + ".com").kind == EmailKind::personal);
}

TEST_CASE("Empty and blank addresses are empty, not invalid", "[email]") {
    for (const char* blank : {"", " ", "\t\r\n", "mailto:", "  mailto:  "}) {
        const auto e = normalize_email(blank);
        CHECK(e.kind == EmailKind::empty);
        CHECK(e.email.empty());
        CHECK(e.problem.empty());
    }
}

TEST_CASE("Normalising a normalised address gives it back", "[email]") {
    for (const char* raw : {"  Patrick.Martin@Orange.FR ", "abc@Guest.Booking.com", "Info+x@Company.DE", "hans@MÜNCHEN.de",
                            "hans@xn--mnchen-3ya.de", "\"John Doe\"@Example.com"}) {
        CAPTURE(raw);
        const auto once = normalize_email(raw);
        const auto twice = normalize_email(once.email);
        CHECK(twice.email == once.email);
        CHECK(twice.kind == once.kind);
    }
}

TEST_CASE("The built-in rules parse and classify", "[email]") {
    EmailRules rules;
    const auto added = rules.add_rules(cardex::detail::builtin_email_rules_text);
    REQUIRE(added);
    const EmailRules& builtin = EmailRules::builtin();
    CHECK(&builtin == &EmailRules::builtin());
    for (const char* domain : {"guest.booking.com", "booking.com", "a.b.guest.booking.com", "m.expediapartnercentral.com"}) {
        CHECK(builtin.is_ota_domain(domain));
        CHECK(rules.is_ota_domain(domain));
    }
    CHECK_FALSE(builtin.is_ota_domain("com"));
    CHECK_FALSE(builtin.is_ota_domain(""));
    CHECK_FALSE(builtin.is_ota_domain("gmail.com"));
    CHECK(builtin.is_role_local_part("reservations"));
    CHECK(builtin.is_role_local_part("RESERVATIONS+tag"));
    CHECK_FALSE(builtin.is_role_local_part(""));
    CHECK_FALSE(builtin.is_role_local_part("patrick"));
    CHECK_FALSE(builtin.is_role_local_part(std::string(200, 'a')));
}

TEST_CASE("Operators extend the rules with the same text format", "[email]") {
    EmailRules rules;
    CHECK(normalize_email("x@relay.myota.example", rules).kind == EmailKind::personal);
    const auto added = rules.add_rules("# my OTA\n\n  ota_domain   relay.MyOTA.example  # trailing comment\r\n"
                                       "role_local Direction\n");
    REQUIRE(added);
    CHECK(normalize_email("x@relay.myota.example", rules).kind == EmailKind::ota_relay);
    CHECK(normalize_email("x@a.relay.myota.example", rules).kind == EmailKind::ota_relay);
    CHECK(normalize_email("direction@hotel.fr", rules).kind == EmailKind::role);
    // Only what was added: these rules do not include the built-in ones.
    CHECK(normalize_email("x@guest.booking.com", rules).kind == EmailKind::personal);

    // Copies are independent.
    EmailRules copy = rules;
    REQUIRE(copy.add_rules("role_local patrick"));
    CHECK(copy.is_role_local_part("patrick"));
    CHECK_FALSE(rules.is_role_local_part("patrick"));
    // A moved-from object is empty but usable.
    EmailRules moved = std::move(copy);
    CHECK(moved.is_role_local_part("patrick"));
    CHECK_FALSE(copy.is_role_local_part("patrick"));  // NOLINT(bugprone-use-after-move): that is the point
    REQUIRE(copy.add_rules("role_local again"));
    CHECK(copy.is_role_local_part("again"));
}

TEST_CASE("Rule errors name the line, and a bad text adds nothing", "[email]") {
    const std::pair<const char*, const char*> cases[] = {
        {"ota_domain a.com\n\nfoo bar\n", "line 3: unknown directive 'foo'"},
        {"ota_domain\n", "line 1: ota_domain takes exactly one value"},
        {"# c\nrole_local a b\n", "line 2: role_local takes exactly one value"},
        {"ota_domain @booking.com", "line 1: invalid domain '@booking.com'"},
        {"ota_domain booking..com", "line 1: invalid domain 'booking..com'"},
        {"role_local a@b", "line 1: invalid local part 'a@b'"},
    };
    for (const auto& [text, message] : cases) {
        CAPTURE(text);
        EmailRules rules;
        const auto added = rules.add_rules(text);
        REQUIRE_FALSE(added);
        CHECK(added.error() == message);
        CHECK_FALSE(rules.is_ota_domain("a.com"));
    }
}

TEST_CASE("Rules are read from a file", "[email]") {
    const std::string path = (std::filesystem::temp_directory_path() / "cardex_test_email_rules.txt").string();
    {
        std::ofstream out(path);
        out << "ota_domain relay.example\nbad line\n";
    }
    EmailRules rules;
    auto added = rules.add_rules_file(path);
    REQUIRE_FALSE(added);
    CHECK(added.error() == path + ": line 2: unknown directive 'bad'");
    {
        std::ofstream out(path);
        out << "\xEF\xBB\xBFota_domain relay.example\n";
    }
    added = rules.add_rules_file(path);
    CHECK(added);
    CHECK(rules.is_ota_domain("relay.example"));
    std::remove(path.c_str());

    const auto missing = rules.add_rules_file("/nonexistent/cardex/rules.txt");
    REQUIRE_FALSE(missing);
    CHECK(missing.error() == "cannot read '/nonexistent/cardex/rules.txt'");
    const std::string directory = std::filesystem::temp_directory_path().string();
    const auto not_a_file = rules.add_rules_file(directory);
    REQUIRE_FALSE(not_a_file);
    CHECK(not_a_file.error() == "cannot read '" + directory + "'");
}

TEST_CASE("E-mail kinds have the words of the import schema", "[email]") {
    CHECK(cardex::to_string(EmailKind::personal) == "personal");
    CHECK(cardex::to_string(EmailKind::ota_relay) == "ota_relay");
    CHECK(cardex::to_string(EmailKind::role) == "role");
    CHECK(cardex::to_string(EmailKind::invalid) == "invalid");
    CHECK(cardex::to_string(EmailKind::empty) == "empty");
}
