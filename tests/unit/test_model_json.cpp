// The JSON form of a submission (protocol.md v1): strict parsing with field paths, limits, and the
// round trip parse(to_json(s)) == s.
#include <catch2/catch.hpp>

#include <string>

#include "cardex/model.hpp"
#include "cardex/model_json.hpp"

using namespace cardex;

namespace {

Submission full_submission() {
    Submission s;
    s.submission_id = "3f1c2a9e-8b7d-4c6e-9a01-23456789abcd";
    s.kind = SubmissionKind::registration_card;
    s.captured_at = "2026-11-22T09:58:12+01:00";
    s.reservation_ref = "ABC123";
    s.language = "fr";
    s.guest.title = "Mme";
    s.guest.first_name = "Anna Maria";
    s.guest.last_name = "Eriksson-Lefèvre";
    s.guest.birth_date = "1974-08-12";
    s.guest.birth_place = "Göteborg";
    s.guest.nationality = "SE";
    s.guest.email = "anna@example.se";
    s.guest.phone = "+46701234567";
    s.guest.address = {"Storgatan 1", "lgh 1102", "411 38", "Göteborg", "Västra Götaland", "SE"};
    s.guest.document = IdentityDocument{DocumentType::id_card, "D23145890", "SE", "2031-04-15"};
    s.stay = Stay{"2026-11-22", "2026-11-25", 2, 1};
    s.companions = {{"Lars", "Eriksson", "1972-01-30", "SE", Relationship::spouse},
                    {"Elsa", "Eriksson", "2016-05-04", "SE", Relationship::child}};
    s.consents = {{ConsentPurpose::marketing_email, true, "mkt-email", 3, "fr", "2026-11-22T09:57:40+01:00"},
                  {ConsentPurpose::profiling, false, "profiling", 1, "fr", "2026-11-22T09:57:41+01:00"}};
    s.signature = Signature{SignatureFormat::svg_path, "M10 10 L20 20", "abc"};
    return s;
}

Submission minimal_submission() {
    Submission s;
    s.submission_id = "3f1c2a9e-8b7d-4c6e-9a01-23456789abcd";
    s.kind = SubmissionKind::email_capture;
    s.captured_at = "2026-11-22T09:58:12Z";
    return s;
}

const char* minimal_json = R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "2026-11-22T09:58:12Z", "guest": {}})";

/// Parses a submission that must fail and returns its errors.
FieldErrors errors_of(const std::string& text, const JsonLimits& limits = {}, std::string_view path = "") {
    auto r = parse_submission_json(text, limits, path);
    REQUIRE_FALSE(r);
    return r.error();
}

bool has(const FieldErrors& errors, const std::string& field, const std::string& code) {
    for (const auto& e : errors)
        if (e.field == field && e.code == code) return !e.message.empty();
    return false;
}

std::string with_guest(const std::string& guest_members) {
    return R"({"submission_id": "u1", "kind": "registration_card", "captured_at": "t", "guest": {)" + guest_members +
           "}}";
}

}  // namespace

TEST_CASE("Enum wire names round trip", "[json]") {
    CHECK(to_string(SubmissionKind::registration_card) == "registration_card");
    CHECK(to_string(SignatureFormat::svg_path) == "svg-path");
    CHECK(to_string(SignatureFormat::png_base64) == "png-base64");
    CHECK(to_string(DocumentType::driving_licence) == "driving_licence");
    CHECK(submission_kind_from("email_capture") == SubmissionKind::email_capture);
    CHECK(document_type_from("residence_permit") == DocumentType::residence_permit);
    CHECK(relationship_from("spouse") == Relationship::spouse);
    CHECK(consent_purpose_from("data_processing") == ConsentPurpose::data_processing);
    CHECK(signature_format_from("png-base64") == SignatureFormat::png_base64);
    CHECK_FALSE(signature_format_from("svg_path"));
    CHECK_FALSE(submission_kind_from("Registration_Card"));
    CHECK_FALSE(relationship_from(""));
}

TEST_CASE("Round trip of a full submission", "[json]") {
    const Submission s = full_submission();
    const std::string text = to_json(s);
    auto back = parse_submission_json(text);
    REQUIRE(back);
    CHECK(*back == s);
    CHECK(to_json(*back) == text);
}

TEST_CASE("Round trip of a minimal submission omits empty parts", "[json]") {
    const Submission s = minimal_submission();
    const std::string text = to_json(s);
    CHECK(text.find("stay") == std::string::npos);
    CHECK(text.find("companions") == std::string::npos);
    CHECK(text.find("signature") == std::string::npos);
    CHECK(text.find("address") == std::string::npos);
    CHECK(text.find("reservation_ref") == std::string::npos);
    CHECK(text.find("\"guest\":{}") != std::string::npos);
    auto back = parse_submission_json(text);
    REQUIRE(back);
    CHECK(*back == s);
}

TEST_CASE("Parsing the protocol's shape", "[json]") {
    auto r = parse_submission_json(R"({
      "submission_id": "u1", "kind": "registration_card", "captured_at": "2026-11-22T09:58:12+01:00",
      "reservation_ref": "", "language": "fr",
      "guest": {"title": "", "first_name": "Jean", "last_name": "Martin", "birth_date": "1980-02-03",
                "nationality": "FR", "email": null,
                "address": {"line1": "1 rue de la Paix", "city": "Paris", "country": "FR"},
                "document": {"type": "passport", "number": "12AB34567"}},
      "stay": {"arrival": "2026-11-22", "departure": "2026-11-23", "adults": 2, "children": 0},
      "companions": [{"first_name": "Marie", "relationship": "spouse"}, {"first_name": "Léo"}],
      "consents": [{"purpose": "marketing_sms", "granted": false, "text_id": "sms", "text_version": 3}],
      "signature": {"format": "png-base64", "data": "iVBOR", "sha256": "00"}
    })");
    REQUIRE(r);
    CHECK(r->kind == SubmissionKind::registration_card);
    CHECK(r->guest.first_name == "Jean");
    CHECK(r->guest.email.empty());
    CHECK(r->guest.address.city == "Paris");
    REQUIRE(r->guest.document);
    CHECK(r->guest.document->type == DocumentType::passport);
    REQUIRE(r->stay);
    CHECK(r->stay->adults == 2);
    REQUIRE(r->companions.size() == 2);
    CHECK(r->companions[0].relationship == Relationship::spouse);
    CHECK(r->companions[1].relationship == Relationship::other);
    CHECK(r->companions[1].first_name == "Léo");
    REQUIRE(r->consents.size() == 1);
    CHECK(r->consents[0].purpose == ConsentPurpose::marketing_sms);
    CHECK_FALSE(r->consents[0].granted);
    CHECK(r->consents[0].text_version == 3);
    REQUIRE(r->signature);
    CHECK(r->signature->format == SignatureFormat::png_base64);
}

TEST_CASE("null means absent for optional members", "[json]") {
    auto r = parse_submission_json(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t",
        "guest": {"address": null, "document": null}, "stay": null, "companions": null, "consents": null,
        "signature": null, "language": null})");
    REQUIRE(r);
    CHECK_FALSE(r->stay);
    CHECK_FALSE(r->signature);
    CHECK_FALSE(r->guest.document);
    CHECK(r->companions.empty());
    auto s = parse_submission_json(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t",
        "guest": {}, "stay": {"adults": null}})");
    REQUIRE(s);
    REQUIRE(s->stay);
    CHECK(s->stay->adults == 1);
}

TEST_CASE("Required members are reported as missing_field", "[json]") {
    auto e = errors_of("{}");
    CHECK(e.size() == 4);
    CHECK(has(e, "submission_id", "missing_field"));
    CHECK(has(e, "kind", "missing_field"));
    CHECK(has(e, "captured_at", "missing_field"));
    CHECK(has(e, "guest", "missing_field"));

    e = errors_of(R"({"submission_id": "", "kind": null, "captured_at": "t", "guest": null})");
    CHECK(e.size() == 3);
    CHECK(has(e, "submission_id", "missing_field"));
    CHECK(has(e, "kind", "missing_field"));
    CHECK(has(e, "guest", "missing_field"));

    e = errors_of(with_guest(R"("document": {"number": "X"})"));
    CHECK(has(e, "guest.document.type", "missing_field"));
    e = errors_of(R"({"submission_id": "u", "kind": "precheckin", "captured_at": "t", "guest": {},
                      "consents": [{"text_id": "a"}], "signature": {"data": "x"}})");
    CHECK(e.size() == 3);
    CHECK(has(e, "consents[0].purpose", "missing_field"));
    CHECK(has(e, "consents[0].granted", "missing_field"));
    CHECK(has(e, "signature.format", "missing_field"));
}

TEST_CASE("Wrong types are reported at their paths, all of them", "[json]") {
    auto e = errors_of(R"({"submission_id": 5, "kind": "precheckin", "captured_at": "t",
        "guest": {"first_name": ["a"], "address": {"country": 33}, "document": "passport"},
        "stay": {"adults": "2", "children": 1.5},
        "companions": [{"relationship": "child"}, "x", {"birth_date": false}],
        "consents": [{"purpose": "profiling", "granted": "yes", "text_version": 1}],
        "signature": []})");
    CHECK(e.size() == 10);
    CHECK(has(e, "submission_id", "wrong_type"));
    CHECK(has(e, "guest.first_name", "wrong_type"));
    CHECK(has(e, "guest.address.country", "wrong_type"));
    CHECK(has(e, "guest.document", "wrong_type"));
    CHECK(has(e, "stay.adults", "wrong_type"));
    CHECK(has(e, "stay.children", "wrong_type"));
    CHECK(has(e, "companions[1]", "wrong_type"));
    CHECK(has(e, "companions[2].birth_date", "wrong_type"));
    CHECK(has(e, "consents[0].granted", "wrong_type"));
    CHECK(has(e, "signature", "wrong_type"));

    e = errors_of(R"({"submission_id": "u", "kind": "precheckin", "captured_at": "t", "guest": "Jean",
                      "companions": {}, "consents": "none"})");
    CHECK(e.size() == 3);
    CHECK(has(e, "guest", "wrong_type"));
    CHECK(has(e, "companions", "wrong_type"));
    CHECK(has(e, "consents", "wrong_type"));
}

TEST_CASE("The submission itself must be an object", "[json]") {
    auto e = errors_of("[1, 2]");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "wrong_type");
    CHECK(e[0].field.empty());
    e = errors_of("\"x\"", {}, "submissions[4]");
    REQUIRE(e.size() == 1);
    CHECK(e[0].field == "submissions[4]");
}

TEST_CASE("Unknown members are errors, never dropped", "[json]") {
    auto e = errors_of(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t", "hotel_id": "H01",
        "guest": {"emial": "a@b.c", "address": {"contry": "FR"}},
        "consents": [{"purpose": "profiling", "granted": true}, {"purpose": "profiling", "granted": true, "grnted": 1}]})");
    CHECK(e.size() == 4);
    CHECK(has(e, "hotel_id", "unknown_field"));
    CHECK(has(e, "guest.emial", "unknown_field"));
    CHECK(has(e, "guest.address.contry", "unknown_field"));
    CHECK(has(e, "consents[1].grnted", "unknown_field"));
}

TEST_CASE("Enum values outside the list are invalid_value", "[json]") {
    auto e = errors_of(R"({"submission_id": "u1", "kind": "walk_in", "captured_at": "t",
        "guest": {"document": {"type": "visa"}},
        "companions": [{"relationship": "cousin"}],
        "consents": [{"purpose": "profiling", "granted": true}, {"purpose": "newsletter", "granted": true}],
        "signature": {"format": "svg_path"}})");
    CHECK(e.size() == 5);
    CHECK(has(e, "kind", "invalid_value"));
    CHECK(has(e, "guest.document.type", "invalid_value"));
    CHECK(has(e, "companions[0].relationship", "invalid_value"));
    CHECK(has(e, "consents[1].purpose", "invalid_value"));
    CHECK(has(e, "signature.format", "invalid_value"));
}

TEST_CASE("Counts are integers from 0", "[json]") {
    auto e = errors_of(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t", "guest": {},
        "stay": {"adults": -1, "children": 99999999999},
        "consents": [{"purpose": "profiling", "granted": true, "text_version": -3}]})");
    CHECK(e.size() == 3);
    CHECK(has(e, "stay.adults", "invalid_value"));
    CHECK(has(e, "stay.children", "invalid_value"));
    CHECK(has(e, "consents[0].text_version", "invalid_value"));
    auto ok = parse_submission_json(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t", "guest": {},
        "stay": {"adults": 0, "children": 2147483647}})");
    REQUIRE(ok);
    CHECK(ok->stay->adults == 0);
    CHECK(ok->stay->children == 2147483647);
}

TEST_CASE("Paths start at the given prefix", "[json]") {
    auto e = errors_of(with_guest(R"("address": {"country": 1})"), {}, "submissions[2]");
    REQUIRE(e.size() == 1);
    CHECK(e[0].field == "submissions[2].guest.address.country");
}

TEST_CASE("Malformed JSON is invalid_json with a byte offset", "[json]") {
    // (A number too large to hold, 1e999, is not malformed: its member's error, tested below.)
    for (const char* bad : {"", "{", "{\"a\": tru}", "{\"a\": 1,}", "{} {}", "{'a': 1}", "{\"a\": \"\xC3\x28\"}",
                            "\xEF\xBB", "[1, 2"}) {
        INFO(bad);
        auto e = errors_of(bad);
        REQUIRE(e.size() == 1);
        CHECK(e[0].code == "invalid_json");
        CHECK(e[0].message.find("byte offset") != std::string::npos);
        CHECK(e[0].message.find("last read") == std::string::npos);
    }
    auto e = errors_of(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t", "guest": {}, "kind": "x"})");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "invalid_json");
    CHECK(e[0].message.find("kind") != std::string::npos);
}

TEST_CASE("Size limit is checked before parsing", "[json]") {
    JsonLimits small;
    small.max_bytes = 50;
    auto e = errors_of(minimal_json, small, "submissions[0]");
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "too_large");
    CHECK(e[0].field == "submissions[0]");
    small.max_bytes = std::string(minimal_json).size();
    CHECK(parse_submission_json(minimal_json, small));
}

TEST_CASE("Depth limit: a 10,000-deep array does not blow the stack", "[json]") {
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    auto e = errors_of(deep);
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "too_deep");
    const std::string deep_obj = with_guest(R"("x": )" + std::string(5000, '[') + std::string(5000, ']'));
    e = errors_of(deep_obj);
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "too_deep");
    // Brackets inside strings do not count.
    auto ok = parse_submission_json(with_guest(R"("first_name": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")"));
    CHECK(ok);
    JsonLimits two;
    two.max_depth = 2;
    CHECK(parse_submission_json(minimal_json, two));  // submission + guest
    two.max_depth = 1;
    e = errors_of(minimal_json, two);
    CHECK(e[0].code == "too_deep");
}

TEST_CASE("Strings over the limit are too_long", "[json]") {
    JsonLimits limits;
    limits.max_string_bytes = 20;
    auto e = errors_of(with_guest(R"("last_name": "Abcdefghijklmnopqrstu", "first_name": "Abcdefghijklmnopqrst")"), limits);
    REQUIRE(e.size() == 1);
    CHECK(e[0].field == "guest.last_name");
    CHECK(e[0].code == "too_long");
    // A required member that is too long is reported once, as too_long.
    e = errors_of(R"({"submission_id": "Abcdefghijklmnopqrstu", "kind": "registration_card", "captured_at": "t",
                      "guest": {}})", limits);
    REQUIRE(e.size() == 1);
    CHECK(e[0].field == "submission_id");
    CHECK(e[0].code == "too_long");
}

TEST_CASE("Long unknown keys are shortened in paths", "[json]") {
    const std::string key(300, 'k');
    auto e = errors_of(with_guest("\"" + key + "\": 1"));
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "unknown_field");
    CHECK(e[0].field.size() < 100);
}

TEST_CASE("to_json never throws, even on invalid UTF-8", "[json]") {
    Submission s = minimal_submission();
    s.guest.last_name = "Bad\xFF";
    std::string text;
    CHECK_NOTHROW(text = to_json(s));
    CHECK(parse_submission_json(text));
}

TEST_CASE("Parsing never throws on mangled input", "[json]") {
    const std::string text = to_json(full_submission());
    for (std::size_t i = 0; i < text.size(); i += 3) {
        for (char c : {'"', '{', ']', '\0', '1', ',', '\x80'}) {
            std::string t = text;
            t[i] = c;
            CHECK_NOTHROW((void)parse_submission_json(t));
        }
        CHECK_NOTHROW((void)parse_submission_json(text.substr(0, i)));
    }
}

TEST_CASE("JSON: a number too large to hold is its member's error, not the document's", "[json]") {
    // nlohmann refuses 1e400 as a whole-document error and reads 2^64 as a double; both are the
    // member's own "out of range" here, whatever their sign or spelling.
    for (const char* number : {"1e400", "-1E+400", "18446744073709551616", "-9223372036854775809", "1.5e308",
                               "100000000000000000000000000000000000000000000000000000000000000000000000000000000"}) {
        INFO(number);
        auto e = errors_of(std::string(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t", "guest": {},)") +
                           R"("stay": {"adults": )" + number + "}}");
        REQUIRE(e.size() == 1);
        CHECK(has(e, "stay.adults", "invalid_value"));
        CHECK(e[0].message.find("out of range") != std::string::npos);
    }
    CHECK(has(errors_of(R"({"a": 1e999})"), "a", "unknown_field"));  // the document is read
    auto text = errors_of(with_guest(R"("first_name": 1e999)"));
    REQUIRE(text.size() == 1);
    CHECK(has(text, "guest.first_name", "wrong_type"));
    CHECK(text[0].message.find("not a number") != std::string::npos);
    // Inside a string it is text; beside a syntax error the document is still invalid.
    auto named = parse_submission_json(with_guest(R"("first_name": "1e400", "last_name": "x")"));
    REQUIRE(named);
    CHECK(named->guest.first_name == "1e400");
    CHECK(has(errors_of(R"({"a": 1e400,})"), "", "invalid_json"));
    CHECK(has(errors_of(R"({"a": 01e400})"), "", "invalid_json"));
    // A double it holds is read as before: a count is a JSON integer, so 1e300 is a wrong type.
    CHECK(has(errors_of(R"({"submission_id": "u1", "kind": "precheckin", "captured_at": "t", "guest": {},)"
                        R"("stay": {"adults": 1e300}})"),
              "stay.adults", "wrong_type"));
}

TEST_CASE("JSON: a batch with such a number rejects that card alone", "[json]") {
    auto card = to_json(full_submission());
    const std::string adults = "\"adults\":2";
    REQUIRE(card.find(adults) != std::string::npos);
    auto huge = card;
    huge.replace(huge.find(adults), adults.size(), "\"adults\":1e400");
    auto batch = parse_batch_json(R"({"batch_id": "3f1c2a9e-8b7d-4c6e-9a01-23456789abcd", "submissions": [)" + card + "," +
                                  huge + "," + card + "]}");
    REQUIRE(batch);
    REQUIRE(batch->items.size() == 3);
    CHECK(batch->items[0].submission);
    CHECK(batch->items[2].submission);
    CHECK_FALSE(batch->items[1].submission);
    CHECK(batch->items[1].submission_id == full_submission().submission_id);
    CHECK(has(batch->items[1].errors, "stay.adults", "invalid_value"));
}

TEST_CASE("JSON: a batch_id is a UUID", "[json]") {
    auto errors_for = [](const std::string& member) {
        auto r = parse_batch_json("{" + member + R"("submissions": []})");
        REQUIRE_FALSE(r);
        REQUIRE(r.error().size() == 1);
        CHECK(r.error()[0].field == "batch_id");
        return r.error()[0].code;
    };
    CHECK(errors_for("") == "missing_field");
    CHECK(errors_for(R"("batch_id": null, )") == "missing_field");
    CHECK(errors_for(R"("batch_id": "", )") == "missing_field");
    CHECK(errors_for(R"("batch_id": 7, )") == "wrong_type");
    CHECK(errors_for(R"("batch_id": "b-1", )") == "invalid_id");
    CHECK(errors_for(R"("batch_id": "3f1c2a9e-8b7d-4c6e-9a01-23456789abcd0", )") == "invalid_id");  // one over
    CHECK(errors_for(R"("batch_id": "3f1c2a9e+8b7d-4c6e-9a01-23456789abcd", )") == "invalid_id");
    CHECK(errors_for("\"batch_id\": \"" + std::string(5000, 'f') + "\", ") == "invalid_id");
    auto upper = parse_batch_json(R"({"batch_id": "3F1C2A9E-8B7D-4C6E-9A01-23456789ABCD", "submissions": []})");
    REQUIRE(upper);
    CHECK(upper->batch_id == "3F1C2A9E-8B7D-4C6E-9A01-23456789ABCD");
}
