// The kiosk's C++ models below the screens: PIN hashing, card rules, consent wordings, and the guest
// form's submission (validated with the server's rules), MRZ fill and wipe.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>

#include "app/kiosk_backend.hpp"
#include "app/virtual_keyboard.hpp"
#include "cardex/model_json.hpp"
#include "cardex/validation.hpp"
#include "flow/card_rules.hpp"
#include "flow/consent_catalog.hpp"
#include "flow/consent_model.hpp"
#include "flow/guest_form.hpp"
#include "flow/memory_services.hpp"
#include "supervisor/pin_hash.hpp"

using namespace cardex::kiosk;

namespace {
// GuestForm is a QObject; some Qt parts want an application object.
QCoreApplication& app() {
    static int argc = 1;
    static char name[] = "test";
    static char* argv[] = {name, nullptr};
    static QCoreApplication instance(argc, argv);
    return instance;
}

void fill_valid(GuestForm& f) {
    f.set("guest.first_name", "Claire");
    f.set("guest.last_name", "Martin");
    f.set("guest.birth_date", "1985-03-14");
    f.set("guest.birth_place", "Lyon");
    f.set("guest.nationality", "BE");
    f.set("guest.address.line1", "12 rue de la Loi");
    f.set("guest.address.city", "Bruxelles");
    f.set("guest.address.country", "BE");
    f.setSignature("M10 10 L20 20");
}
}  // namespace

TEST_CASE("kiosk: PIN hashes verify only the right PIN", "[kiosk]") {
    const std::string record = hash_pin("246810", 1000);
    REQUIRE(record.starts_with("pbkdf2-sha256$1000$"));
    CHECK(verify_pin("246810", record));
    CHECK_FALSE(verify_pin("246811", record));
    CHECK_FALSE(verify_pin("246810", "pbkdf2-sha256$1000$zz$00"));
    CHECK(hash_pin("246810", 1000) != record);  // salted
    CHECK(is_acceptable_pin("123456"));
    CHECK_FALSE(is_acceptable_pin("12345"));
    CHECK_FALSE(is_acceptable_pin("12345a"));
}

TEST_CASE("kiosk: card rules follow police-cards.md", "[kiosk]") {
    const CardRules fr = card_rules_for("FR");
    CHECK(fr.need("guest.birth_place") == FieldNeed::required);
    CHECK(fr.need("guest.document.number") == FieldNeed::hidden);
    CHECK(fr.need("guest.email") == FieldNeed::optional);
    CHECK(card_rules_for("XX").country == "FR");
    const CardRules de = card_rules_for("DE");
    CHECK(de.need("guest.document.number", "IT") == FieldNeed::required);
    CHECK(de.need("guest.document.number", "DE") == FieldNeed::hidden);
    CHECK(card_rules_for("IT").need("signature") == FieldNeed::hidden);
    // Only foreigners fill the French, German and Portuguese cards; nationals see it all optional.
    CHECK(fr.need("guest.birth_place", "FR") == FieldNeed::optional);
    CHECK(fr.need("signature", "FR") == FieldNeed::optional);
    CHECK(fr.need("guest.last_name", "FR") == FieldNeed::required);
    CHECK(fr.need("guest.birth_place", "BE") == FieldNeed::required);
    CHECK(fr.need("guest.document.number", "FR") == FieldNeed::hidden);  // not on the French card at all
    CHECK(de.need("guest.address.line1", "DE") == FieldNeed::optional);
    CHECK(card_rules_for("PT").need("guest.document.number", "PT") == FieldNeed::optional);
    CHECK(card_rules_for("ES").need("guest.birth_date", "ES") == FieldNeed::required);  // every guest
    // The kiosk asks what the server requires: the same rules.
    CHECK(card_rules_for("IT").requirements.address == cardex::card_requirements_for("IT").address);
    CHECK(card_rules_for("ES").requirements.exempt_nationality.empty());
}

TEST_CASE("kiosk: every consent wording exists in every kiosk language", "[kiosk]") {
    for (const ConsentText& c : kiosk_consents()) {
        CHECK(c.text_version >= 1);
        const std::string english = consent_wording(c.text_id, "en");
        REQUIRE_FALSE(english.empty());
        for (const std::string& lang : kiosk_languages()) {
            const std::string text = consent_wording(c.text_id, lang);
            CHECK_FALSE(text.empty());
            if (lang != "en") CHECK(text != english);
        }
    }
}

TEST_CASE("kiosk: a filled card is a submission the server accepts", "[kiosk]") {
    app();
    GuestForm form;
    MemorySubmissionSink sink;
    form.setSink(&sink);
    CHECK_FALSE(form.finish());  // empty
    CHECK(form.allErrors().value("guest.last_name").toString() == "required");
    fill_valid(form);
    form.set("phone_region", "FR");
    form.set("guest.phone", "06 12 34 56 78");
    form.consents()->setGranted(0, true);
    REQUIRE(form.allErrors().isEmpty());
    REQUIRE(form.finish());
    REQUIRE(sink.saved().size() == 1);
    const cardex::Submission& s = sink.saved().front();
    CHECK(s.guest.phone == "+33612345678");
    CHECK(s.consents.size() == kiosk_consents().size());
    CHECK(s.consents[0].granted);
    CHECK_FALSE(s.consents[1].granted);
    CHECK(s.signature->format == cardex::SignatureFormat::svg_path);
    CHECK_FALSE(s.guest.document.has_value());  // not on a French card
    CHECK(cardex::validate_submission(s).empty());
    // The JSON round trip the outbox and the server use.
    const auto parsed = cardex::parse_submission_json(cardex::to_json(s));
    REQUIRE(parsed);
    CHECK(*parsed == s);
}

TEST_CASE("kiosk: MRZ fills the card, clear forgets everything", "[kiosk]") {
    app();
    GuestForm form;
    form.setCardCountry("ES");
    REQUIRE(form.applyMrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"));
    CHECK(form.values().value("guest.last_name").toString() == "ERIKSSON");
    CHECK(form.values().value("guest.document.number").toString() == "L898902C3");
    CHECK(form.values().value("guest.document.expiry_date").toString() == "2012-04-15");
    const std::string id_before = form.submission().submission_id;
    form.clear();
    CHECK(form.isEmpty());
    CHECK_FALSE(form.values().contains("guest.last_name"));
    CHECK(form.signature().isEmpty());
    CHECK(form.consents()->grantedCount() == 0);
    CHECK(form.submission().submission_id != id_before);  // the next guest is a new submission
}

TEST_CASE("kiosk: a booking answer after a wipe is dropped", "[kiosk]") {
    app();
    GuestForm form;
    MemoryReservationLookup lookup;
    cardex::sync::Reservation r;
    r.reservation_ref = "ABC123";
    r.guest.first_name = "Claire";
    r.guest.last_name = "Martin";
    lookup.add(r);
    form.setLookup(&lookup);
    form.lookupBooking("abc123", "MARTIN");
    form.clear();  // the guest walked away before the answer
    QCoreApplication::processEvents();
    CHECK(form.lookupState() == "idle");
    CHECK_FALSE(form.values().contains("guest.first_name"));
    form.lookupBooking("abc123", "MARTIN");
    QCoreApplication::processEvents();
    CHECK(form.lookupState() == "found");
    CHECK(form.values().value("guest.first_name").toString() == "Claire");
}

TEST_CASE("kiosk: a consent keeps the language and time it was given in", "[kiosk]") {
    app();
    ConsentModel consents;
    consents.setLanguage("en");
    consents.setGranted(0, true);  // read and ticked in English
    consents.setLanguage("de");    // then the guest switches language and confirms later
    const std::string confirmed = "2099-01-01T00:00:00+00:00";
    const auto events = consents.events(confirmed);
    REQUIRE(events.size() == kiosk_consents().size());
    CHECK(events[0].granted);
    CHECK(events[0].language == "en");
    CHECK(events[0].text_version == kiosk_consents()[0].text_version);
    CHECK(events[0].captured_at != confirmed);
    CHECK(events[0].captured_at.size() >= 20);  // RFC 3339 with an offset
    // A box left as offered is a refusal shown in the current language when the card is confirmed.
    CHECK_FALSE(events[1].granted);
    CHECK(events[1].language == "de");
    CHECK(events[1].captured_at == confirmed);
    consents.reset();
    CHECK(consents.events(confirmed)[0].language == "de");
}

TEST_CASE("kiosk: Spain asks for an e-mail or a phone, on both fields", "[kiosk]") {
    app();
    CHECK(card_rules_for("ES").need("guest.email") == FieldNeed::either);
    CHECK(card_rules_for("ES").need("guest.phone") == FieldNeed::either);
    GuestForm form;
    form.setCardCountry("ES");
    CHECK(form.fieldNeeds().value("guest.phone").toString() == "either");
    CHECK(form.allErrors().value("guest.email").toString() == "contact_required");
    CHECK(form.allErrors().value("guest.phone").toString() == "contact_required");
    form.set("guest.email", "claire@example.es");
    CHECK_FALSE(form.allErrors().contains("guest.email"));
    CHECK_FALSE(form.allErrors().contains("guest.phone"));
}

TEST_CASE("kiosk: a rejected card opens with the server's errors on its fields", "[kiosk]") {
    app();
    GuestForm form;
    fill_valid(form);
    const cardex::Submission stored = form.submission();
    GuestForm fix;
    fix.load(stored, {{"guest.birth_date", "future_date", "guest.birth_date is in the future."},
                      {"guest.document", "required", "guest.document is required."}});
    CHECK(fix.errors().value("guest.birth_date").toString() == "future_date");
    CHECK(fix.errors().value("guest.document.number").toString() == "required");
    CHECK(fix.allErrors().isEmpty());  // the kiosk's own validation finds nothing: sending again is allowed
    fix.set("guest.birth_date", "1985-03-15");
    CHECK_FALSE(fix.errors().contains("guest.birth_date"));  // changed: the server's word no longer applies
    fix.clear();
    CHECK(fix.errors().isEmpty());
}

TEST_CASE("kiosk: a companion's field is a field path of the form", "[kiosk]") {
    app();
    GuestForm form;
    form.addCompanion();
    form.set("companions[0].birth_date", "2015-03-12");
    CHECK(form.companions().value(0).toMap().value("birth_date").toString() == "2015-03-12");
    CHECK_FALSE(form.values().contains("companions[0].birth_date"));
}

TEST_CASE("kiosk: the virtual keyboard's input-method plugin is found by its key", "[kiosk]") {
    app();
    CHECK_FALSE(virtual_keyboard_plugin_available(QStringList{QDir::tempPath() + QStringLiteral("/no-such-qt-plugins")}));
    // deploy/install-deps.sh installs qt6-virtualkeyboard-plugin: the tablet's keyboard needs it.
    CHECK(virtual_keyboard_plugin_available());
}

TEST_CASE("kiosk: a child on a French card counts as a child of the stay", "[kiosk]") {
    app();
    GuestForm form;
    form.addCompanion();
    form.addCompanion();
    CHECK(form.values().value("stay.children").toInt() == 2);
    form.setCardCountry("ES");  // everyone is listed there: adults too, the count is the guest's
    form.addCompanion();
    CHECK(form.values().value("stay.children").toInt() == 2);
}
