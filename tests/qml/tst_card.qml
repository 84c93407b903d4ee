// The registration card screens: required fields, validation messages, MRZ, e-mail kinds, consents.
import QtQuick
import QtTest
import Cardex.Kiosk
import Cardex.Kiosk.Backend

TestCase {
    id: testCase
    name: "Card"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component { id: identityComponent; IdentityScreen { width: 1280; height: 800 } }
    Component { id: addressComponent; AddressStayScreen { width: 1280; height: 800 } }
    Component { id: contactComponent; ContactScreen { width: 1280; height: 800 } }
    Component { id: consentComponent; ConsentScreen { width: 1280; height: 800 } }
    Component { id: signatureComponent; SignatureScreen { width: 1280; height: 800 } }

    function init() {
        Kiosk.newGuest()
        Kiosk.languages.language = "en"
        Kiosk.cardCountry = "FR"
    }

    function errorOf(screen, field) {
        const frame = findChild(screen, "field_" + field)
        verify(frame, "a field " + field)
        return frame.error
    }

    function fillValidCard() {
        const f = Kiosk.form
        f.set("guest.first_name", "Claire")
        f.set("guest.last_name", "Martin")
        f.set("guest.birth_date", "1985-03-14")
        f.set("guest.birth_place", "Lyon")
        f.set("guest.nationality", "BE")
        f.set("guest.address.line1", "12 rue de la Loi")
        f.set("guest.address.city", "Bruxelles")
        f.set("guest.address.country", "BE")
        f.signature = "M10 10 L20 20"
    }

    function test_required_fields_block_next_and_say_why() {
        const screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        compare(errorOf(screen, "guest.last_name"), "", "no error before the guest tried")
        verify(!screen.validate(), "an empty card does not go on")
        compare(errorOf(screen, "guest.last_name"), "Please fill in this field.")
        compare(errorOf(screen, "guest.first_name"), "Please fill in this field.")
        compare(errorOf(screen, "guest.birth_date"), "Please fill in this field.")
        compare(errorOf(screen, "guest.birth_place"), "Please fill in this field.", "France asks for the birth place")
        compare(errorOf(screen, "guest.nationality"), "Please fill in this field.")
        // France's card has no identity document.
        verify(!findChild(screen, "field_guest.document.number").visible)
        fillValidCard()
        verify(screen.validate(), "a complete page goes on")
        compare(errorOf(screen, "guest.last_name"), "")
    }

    function test_country_rules_change_the_card() {
        Kiosk.cardCountry = "ES"
        const screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        verify(findChild(screen, "field_guest.document.number").visible, "Spain asks for the document")
        verify(!findChild(screen, "field_guest.birth_place").visible, "Spain does not ask for the birth place")
        verify(!screen.validate())
        compare(errorOf(screen, "guest.document.number"), "Please fill in this field.")
    }

    function test_typed_birth_date_is_validated_like_the_server() {
        const screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        const date = findChild(screen, "field_guest.birth_date")
        const day = findChild(date, "day"), month = findChild(date, "month"), year = findChild(date, "year")
        mouseClick(day); keyClick(Qt.Key_3); keyClick(Qt.Key_1)
        keyClick(Qt.Key_0); keyClick(Qt.Key_2)       // focus moved to month by itself
        compare(Kiosk.form.values["guest.birth_date"], "31/02/")
        mouseClick(year); keyClick(Qt.Key_1); keyClick(Qt.Key_9); keyClick(Qt.Key_9); keyClick(Qt.Key_0)
        compare(Kiosk.form.values["guest.birth_date"], "1990-02-31")
        mouseClick(findChild(screen, "input_guest.first_name"))  // leave the date
        compare(date.error, "This date does not exist.")
        year.text = "2999"; year.textEdited()
        compare(Kiosk.form.values["guest.birth_date"], "2999-02-31")
        day.text = "01"; day.textEdited()
        compare(date.error, "This date is in the future.")
        year.text = "1988"; year.textEdited()
        compare(date.error, "")
    }

    function test_mrz_fills_the_card() {
        const screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        const mrz = findChild(screen, "mrzInput")
        // ICAO 9303 specimen passport, as a keyboard-wedge scanner sends it.
        mrz.text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
        compare(Kiosk.form.values["guest.last_name"], "ERIKSSON")
        compare(Kiosk.form.values["guest.first_name"], "ANNA MARIA")
        compare(Kiosk.form.values["guest.birth_date"], "1974-08-12")
        compare(mrz.text, "", "the field is emptied once applied")
        verify(Kiosk.form.mrzApplied)
        compare(findChild(screen, "input_guest.last_name").text, "ERIKSSON")
        // A misread check digit is reported, nothing is filled.
        Kiosk.newGuest()
        verify(!Kiosk.form.applyMrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C46UTO7408122F1204159ZE184226B<<<<<10"))
        compare(Kiosk.form.mrzError, "check_digit")
        compare(Kiosk.form.values["guest.last_name"], undefined)
    }

    function test_email_and_phone_messages() {
        const screen = createTemporaryObject(contactComponent, testCase)
        waitForRendering(screen)
        const email = findChild(screen, "input_guest.email")
        mouseClick(email)
        email.text = "claire.martin@"   // keySequence cannot type "@"
        email.textEdited()
        mouseClick(findChild(screen, "input_guest.phone"))
        compare(errorOf(screen, "guest.email"), "This e-mail address is not complete or contains a typo.")
        Kiosk.form.set("phone_region", "FR")
        const phone = findChild(screen, "input_guest.phone")
        phone.text = "06 12"
        phone.textEdited()
        verify(!screen.validate())
        compare(errorOf(screen, "guest.phone"), "This phone number is not valid for the chosen country code.")
        Kiosk.form.set("guest.phone", "06 12 34 56 78")
        Kiosk.form.set("guest.email", "claire.martin@example.fr")
        verify(screen.validate())
    }

    function test_ota_relay_address_is_recognised_politely() {
        const screen = createTemporaryObject(contactComponent, testCase)
        waitForRendering(screen)
        const notice = findChild(screen, "otaNotice")
        verify(!notice.visible)
        Kiosk.form.set("guest.email", "c.martin.4471@guest.booking.com")
        verify(notice.visible, "the guest is asked for their own address")
        compare(errorOf(screen, "guest.email"), "", "but the relay address is not an error")
        Kiosk.form.set("guest.email", "claire@example.fr")
        verify(!notice.visible)
    }

    function test_consents_start_unticked_and_do_not_block() {
        const screen = createTemporaryObject(consentComponent, testCase)
        waitForRendering(screen)
        const purposes = ["marketing_email", "marketing_sms", "profiling"]
        for (const p of purposes) {
            const box = findChild(screen, "consent_" + p)
            verify(box, "a box for " + p)
            verify(!box.checked, p + " starts unticked")
            verify(box.height >= 48)
        }
        verify(screen.nextEnabled, "check-in never depends on consents")
        mouseClick(findChild(screen, "consent_marketing_sms"))
        compare(Kiosk.form.consents.grantedCount, 1)
        // The saved card carries every decision with its text version and language.
        fillValidCard()
        verify(Kiosk.form.finish())
        const saved = JSON.parse(Kiosk.demo.lastSavedJson())
        compare(saved.consents.length, 3)
        for (const c of saved.consents) {
            compare(c.granted, c.purpose === "marketing_sms", c.purpose)
            verify(c.text_version >= 1)
            compare(c.language, "en")
        }
    }

    function test_companions_under_15_on_a_french_card() {
        const screen = createTemporaryObject(addressComponent, testCase)
        waitForRendering(screen)
        Kiosk.form.addCompanion()   // the button is below the fold of an 800 px window
        verify(findChild(screen, "companion_0"), "a row for the child")
        Kiosk.form.setCompanion(0, "first_name", "Léa")
        Kiosk.form.setCompanion(0, "birth_date", "1990-01-01")
        verify(!screen.validate())
        compare(Kiosk.form.errors["companions[0].birth_date"], "own_card_needed")
        Kiosk.form.setCompanion(0, "birth_date", "2019-06-01")
        compare(Kiosk.form.errors["companions[0].birth_date"], undefined)
    }

    function test_signature_is_vector_strokes() {
        const screen = createTemporaryObject(signatureComponent, testCase)
        waitForRendering(screen)
        verify(!screen.nextEnabled, "France's card is signed")
        const area = findChild(screen, "signatureArea")
        mousePress(area, 50, 50)
        mouseMove(area, 120, 90)
        mouseMove(area, 200, 60)
        mouseRelease(area, 200, 60)
        verify(/^M50 50 L120 90 L200 60$/.test(Kiosk.form.signature), Kiosk.form.signature)
        verify(screen.nextEnabled)
        mouseClick(findChild(screen, "clearSignature"))
        compare(Kiosk.form.signature, "")
        verify(!screen.nextEnabled)
    }
}
