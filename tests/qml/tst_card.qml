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

    // Who a card may list is the server's rule (validate_submission), per country.
    function test_companions_each_country_lets_a_card_list() {
        const f = Kiosk.form
        Kiosk.cardCountry = "ES"
        f.set("guest.nationality", "SE")
        const screen = createTemporaryObject(addressComponent, testCase)
        waitForRendering(screen)
        compare(f.companionPolicy, "children_under_14")
        compare(findChild(screen, "companionRule").text, "Every guest from 14 fills in their own card, after this one.")
        f.addCompanion()
        compare(f.companions[0].nationality, "SE", "a companion starts with the guest's nationality")
        verify(findChild(screen, "companion_0_nationality").visible, "Spain lists a companion's nationality")
        verify(findChild(screen, "companion_0_relationship_child").visible, "and a minor's relationship")
        compare(f.companionNeed(0, "birth_date"), "required", "the age decides")
        f.setCompanion(0, "first_name", "Lars")
        f.setCompanion(0, "birth_date", "1972-01-30")
        verify(!screen.validate())
        compare(f.errors["companions[0].birth_date"], "own_card_needed")
        compare(findChild(screen, "companion_0_birth_date").error,
                "This person fills in their own card: please remove them from this list.")
        f.setCompanion(0, "birth_date", "2019-06-01")
        compare(f.errors["companions[0].birth_date"], undefined, "a child of 7 is on the card")
        findChild(screen, "companion_0_relationship_child").clicked()   // below the fold: no mouse
        compare(f.companions[0].relationship, "child")

        // Germany: a spouse at any age, other adults not.
        Kiosk.cardCountry = "DE"
        compare(f.companionPolicy, "spouse_and_minors")
        f.setCompanion(0, "birth_date", "1972-01-30")
        f.setCompanion(0, "relationship", "other")
        compare(f.allErrors()["companions[0].birth_date"], "own_card_needed")
        f.setCompanion(0, "relationship", "spouse")
        compare(f.allErrors()["companions[0].birth_date"], undefined)
        compare(f.companionNeed(0, "birth_date"), "optional", "a spouse's age does not matter")

        // Portugal: every foreign guest fills their own card; a Portuguese companion is listed.
        Kiosk.cardCountry = "PT"
        compare(f.companionPolicy, "nationals_only")
        compare(f.allErrors()["companions[0].nationality"], "own_card_needed")
        f.setCompanion(0, "nationality", "PT")
        compare(f.allErrors()["companions[0].nationality"], undefined)

        // Italy: the head of the family lists everyone.
        Kiosk.cardCountry = "IT"
        f.setCompanion(0, "nationality", "SE")
        compare(f.companionPolicy, "everyone")
        compare(f.allErrors()["companions[0].birth_date"], undefined)
        compare(f.allErrors()["companions[0].nationality"], undefined)
        compare(findChild(screen, "companionRule").visible, false)

        // France: children only, their nationality and relationship not asked.
        Kiosk.cardCountry = "FR"
        compare(findChild(screen, "companion_0_nationality").visible, false)
        compare(findChild(screen, "companion_0_relationship_child").visible, false)
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

    function typeDigits(box, digits) {
        mouseClick(box)
        for (const d of digits) keyClick(Qt.Key_0 + Number(d))
    }

    function test_next_brings_the_first_error_into_view_and_focuses_it() {
        fillValidCard()
        const screen = createTemporaryObject(addressComponent, testCase)
        waitForRendering(screen)
        Kiosk.form.addCompanion()   // a child without a first name, below the fold
        waitForRendering(screen)
        const input = findChild(screen, "companion_0_first_name")
        const flick = screen.flickable
        verify(input.mapToItem(flick, 0, 0).y > flick.height, "the error starts out of sight")
        verify(!screen.validate())
        tryVerify(() => input.activeFocus, 2000, "the field in error gets the focus")
        const y = input.mapToItem(flick, 0, 0).y
        verify(y >= 0 && y + input.height <= flick.height, "and is scrolled into view: " + y)
    }

    function test_dates_are_written_in_the_guests_language() {
        const expected = { fr: "17 avril 1988", de: "17. April 1988", en: "17 April 1988", zh: "1988年4月17日",
                           es: "17 de abril de 1988", it: "17 aprile 1988" }
        for (const lang in expected) {
            Theme.language = lang   // as Main.qml binds it to Kiosk.languages.language
            compare(Theme.formatDate("1988-04-17"), expected[lang], lang)
        }
        Theme.language = "uk"
        verify(Theme.formatDate("1988-04-17").indexOf("квітня") >= 0, Theme.formatDate("1988-04-17"))
        Theme.language = "en"
    }

    function test_date_is_validated_when_the_whole_date_is_left() {
        const screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        const date = findChild(screen, "field_guest.birth_date")
        typeDigits(findChild(date, "day"), "17")
        verify(findChild(date, "month").activeFocus, "the month box is next")
        compare(date.error, "", "going from day to month is not leaving the date")
        mouseClick(findChild(date, "year"))
        compare(date.error, "", "nor is tapping the year box")
        mouseClick(findChild(screen, "input_guest.first_name"))
        compare(date.error, "Please enter a complete date: day, month and year.")
    }

    function test_date_boxes_show_what_the_form_holds() {
        let screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        typeDigits(findChild(findChild(screen, "field_guest.birth_date"), "day"), "17")
        compare(Kiosk.form.values["guest.birth_date"], "17//")
        screen.destroy()
        // Back, then forward again: a new page on the same form.
        screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        const date = findChild(screen, "field_guest.birth_date")
        compare(findChild(date, "day").text, "17")
        compare(findChild(date, "month").text, "")
        // A day typed last (Chinese order: year, month, day) is not padded under the guest's finger.
        screen.destroy()
        Kiosk.newGuest()
        Kiosk.languages.language = "zh"
        screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        const zhDate = findChild(screen, "field_guest.birth_date")
        typeDigits(findChild(zhDate, "year"), "1988")
        typeDigits(findChild(zhDate, "month"), "04")
        typeDigits(findChild(zhDate, "day"), "17")
        compare(Kiosk.form.values["guest.birth_date"], "1988-04-17")
        compare(findChild(zhDate, "day").text, "17")
    }

    function test_a_childs_birth_date_is_typed_in_boxes() {
        const screen = createTemporaryObject(addressComponent, testCase)
        waitForRendering(screen)
        Kiosk.form.addCompanion()
        waitForRendering(screen)
        const date = findChild(screen, "companion_0_birth_date")
        verify(findChild(date, "day"), "day, month and year boxes")
        compare(date.label, "Date of birth")
        screen.flickable.contentY = Math.max(0, screen.flickable.contentHeight - screen.flickable.height)
        waitForRendering(screen)
        typeDigits(findChild(date, "day"), "12")
        typeDigits(findChild(date, "month"), "03")
        typeDigits(findChild(date, "year"), "2015")
        compare(Kiosk.form.companions[0].birth_date, "2015-03-12")
        mouseClick(findChild(screen, "companion_0_first_name"))
        compare(Kiosk.form.errors["companions[0].birth_date"], undefined)
        Kiosk.form.setCompanion(0, "birth_date", "1990-01-01")
        compare(date.error, "This person fills in their own card: please remove them from this list.")
    }

    function test_each_consent_keeps_its_own_language_and_time() {
        const screen = createTemporaryObject(consentComponent, testCase)
        waitForRendering(screen)
        mouseClick(findChild(screen, "consent_marketing_email"))   // read and ticked in English
        Kiosk.languages.language = "de"
        wait(1100)   // the card is confirmed later than the box was ticked
        fillValidCard()
        verify(Kiosk.form.finish())
        const saved = JSON.parse(Kiosk.demo.lastSavedJson())
        const email = saved.consents.find(c => c.purpose === "marketing_email")
        verify(email.granted)
        compare(email.language, "en", "the language the wording was read in")
        verify(email.captured_at !== saved.captured_at, "ticked at " + email.captured_at + ", confirmed at " + saved.captured_at)
        verify(email.captured_at < saved.captured_at)
        for (const c of saved.consents.filter(c => c.purpose !== "marketing_email")) {
            compare(c.granted, false)
            compare(c.language, "de", "left unticked, shown in German when confirmed")
        }
    }

    function test_phone_is_read_with_the_picked_calling_code() {
        fillValidCard()
        Kiosk.form.set("guest.address.country", "FR")
        Kiosk.form.set("phone_region", "GB")
        Kiosk.form.set("guest.phone", "06 12 34 56 78")   // a French mobile, but +44 was picked
        compare(Kiosk.form.allErrors()["guest.phone"], "invalid_phone")
        verify(!Kiosk.form.finish())
        Kiosk.form.set("guest.phone", "07400 123456")
        compare(Kiosk.form.allErrors()["guest.phone"], undefined)
        verify(Kiosk.form.finish())
        compare(JSON.parse(Kiosk.demo.lastSavedJson()).guest.phone, "+447400123456")
    }

    function test_spain_asks_for_an_email_or_a_phone() {
        Kiosk.cardCountry = "ES"
        const screen = createTemporaryObject(contactComponent, testCase)
        waitForRendering(screen)
        const email = findChild(screen, "field_guest.email"), phone = findChild(screen, "field_guest.phone")
        verify(!email.optional && !phone.optional, "neither is labelled optional")
        compare(email.hint, "An e-mail address or a phone number is needed (one is enough).")
        compare(phone.hint, email.hint)
        verify(!screen.validate())
        compare(email.error, "Please give an e-mail address or a phone number.")
        compare(phone.error, email.error)
        Kiosk.form.set("phone_region", "ES")
        Kiosk.form.set("guest.phone", "612 34 56 78")
        verify(screen.validate(), "a phone is enough")
        compare(email.error, "")
        Kiosk.cardCountry = "FR"
        verify(findChild(screen, "field_guest.email").optional, "France asks for neither")
    }

    function test_children_count_follows_the_children_listed() {
        const screen = createTemporaryObject(addressComponent, testCase)
        waitForRendering(screen)
        compare(Kiosk.form.values["stay.children"], 0)
        Kiosk.form.addCompanion()
        compare(Kiosk.form.values["stay.children"], 1, "a child on the card is a child of the stay")
        verify(!findChild(findChild(screen, "field_stay.children"), "decrease").enabled, "and cannot be counted away")
    }

    // Enter follows the boxes as shown: year, month, day in Chinese, then the next field.
    function test_enter_follows_the_date_boxes_in_chinese_order() {
        Theme.language = "zh"   // as Main.qml binds it
        const screen = createTemporaryObject(identityComponent, testCase)
        waitForRendering(screen)
        const date = findChild(screen, "field_guest.birth_date")
        mouseClick(findChild(date, "year"))
        keyClick(Qt.Key_Return)
        verify(findChild(date, "month").activeFocus, "year -> month")
        keyClick(Qt.Key_Return)
        verify(findChild(date, "day").activeFocus, "month -> day")
        keyClick(Qt.Key_Return)
        verify(findChild(screen, "input_guest.birth_place").activeFocus, "day -> the next field")
        Theme.language = "en"
    }
}
