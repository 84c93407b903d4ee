// The whole guest flow in the real window: language switch, booking look-up, idle wipe, thanks →
// welcome, and the supervisor's door.
import QtQuick
import QtTest
import Cardex.Kiosk
import Cardex.Kiosk.Backend

TestCase {
    id: testCase
    name: "Flow"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component { id: mainComponent; Main { visible: true } }
    Component { id: bookingComponent; BookingScreen { width: 1280; height: 800 } }
    Component { id: spyComponent; SignalSpy {} }

    property var window: null
    function init() {
        Kiosk.newGuest()
        Kiosk.idle.warningAfter = 90000
        Kiosk.idle.wipeAfter = 30000
    }
    function cleanup() { if (window) { window.destroy(); window = null } }
    function openMain() {
        window = createTemporaryObject(mainComponent, null)
        window.instant = true
        waitForRendering(window.contentItem)
        return window
    }
    function screen() { return window.contentItem.children[0].currentItem }
    function tap(objectName) {
        const item = findChild(window.contentItem, objectName)
        verify(item, objectName)
        mouseClick(item)
        wait(0)
    }

    function test_language_choice_translates_everything() {
        openMain()
        tap("language_de")
        compare(window.current, "booking")
        compare(findChild(screen(), "screenTitle").text, "Haben Sie eine Buchung?")
        compare(findChild(screen(), "nextButton").text, "Weiter")
        // Switching in the middle of the flow keeps what was entered.
        Kiosk.form.set("guest.last_name", "Шевченко")
        Kiosk.languages.language = "uk"
        compare(findChild(screen(), "screenTitle").text, "Чи маєте ви бронювання?")
        compare(Kiosk.form.values["guest.last_name"], "Шевченко")
        Kiosk.languages.language = "zh"
        compare(findChild(screen(), "screenTitle").text, "您有预订吗？")
        compare(Theme.fontFamily, "Noto Sans CJK SC", "Chinese gets a font with its glyphs")
        compare(Messages.error("required"), "请填写此项。")
        // Country names follow the language.
        compare(Kiosk.countries.nameOf("DE"), "德国")
        Kiosk.languages.language = "fr"
        compare(Kiosk.countries.nameOf("DE"), "Allemagne")
        compare(Messages.error("required"), "Veuillez remplir ce champ.")
    }

    function test_every_language_is_translated() {
        const expected = { fr: "Bienvenue", en: "Welcome", es: "Bienvenido", it: "Benvenuto",
                           de: "Willkommen", zh: "欢迎", uk: "Ласкаво просимо" }
        for (const code in expected) {
            Kiosk.languages.language = code
            compare(qsTranslate("WelcomeScreen", "Welcome"), expected[code], code)
            const next = qsTranslate("ScreenPage", "Next")
            if (code !== "en") verify(next !== "Next", "English leaks into " + code)
        }
    }

    function test_booking_found_notfound_offline() {
        const page = createTemporaryObject(bookingComponent, testCase)
        waitForRendering(page)
        mouseClick(findChild(page, "haveBooking"))
        findChild(page, "bookingReference").text = "abc123"
        findChild(page, "bookingLastName").text = "martin"
        const find = findChild(page, "findBooking")
        compare(page.withBooking, true, "the booking form is shown")
        tryVerify(() => find.enabled, 1000, "enabled")
        tryVerify(() => find.visible, 1000, "visible")
        waitForRendering(page)
        mouseClick(find)
        tryCompare(Kiosk.form, "lookupState", "found")
        compare(Kiosk.form.values["guest.first_name"], "Claire")
        compare(Kiosk.form.values["stay.adults"], 2)
        compare(Kiosk.form.reservationRef, "ABC123")
        verify(findChild(page, "nextButton").visible)

        Kiosk.newGuest()
        compare(Kiosk.form.values["guest.first_name"], undefined, "a wipe forgets the booking")
        Kiosk.form.lookupBooking("ABC123", "Dupont")
        tryCompare(Kiosk.form, "lookupState", "notFound")
        compare(Kiosk.form.values["guest.first_name"], undefined, "no data of someone else's booking")

        Kiosk.demo.setLookupOffline(true)
        Kiosk.form.lookupBooking("ABC123", "Martin")
        tryCompare(Kiosk.form, "lookupState", "offline")
        Kiosk.demo.setLookupOffline(false)
    }

    function test_idle_warns_then_wipes_to_welcome() {
        openMain()
        tap("language_it")
        tap("noBooking")
        compare(window.current, "identity")
        Kiosk.form.set("guest.last_name", "Rossi")
        Kiosk.form.set("guest.first_name", "Giulia")
        Kiosk.idle.wipeAfter = 300
        Kiosk.idle.warningAfter = 200
        tryCompare(Kiosk.idle, "warning", true, 2000)
        const warning = findChild(window.contentItem.parent, "idleWarning") || window.contentItem.parent
        // A touch during the warning keeps the guest's card.
        Kiosk.idle.poke()
        compare(Kiosk.idle.warning, false)
        compare(Kiosk.form.values["guest.last_name"], "Rossi")
        tryCompare(Kiosk.idle, "warning", true, 2000)
        tryCompare(window, "current", "welcome", 3000)
        compare(Kiosk.form.values["guest.last_name"], undefined, "nothing of the previous guest")
        verify(Kiosk.form.empty)
        compare(Kiosk.languages.language, "fr", "back to the default language")
        compare(Kiosk.idle.active, false, "the welcome screen has nothing to wipe")
    }

    function test_whole_flow_saves_and_returns_to_welcome() {
        openMain()
        const saved = Kiosk.demo.savedCount
        tap("language_en")
        tap("noBooking")
        tap("nextButton")
        compare(window.current, "identity", "an empty card does not go on")
        const f = Kiosk.form
        f.set("guest.first_name", "Claire"); f.set("guest.last_name", "Martin")
        f.set("guest.birth_date", "1985-03-14"); f.set("guest.birth_place", "Lyon"); f.set("guest.nationality", "BE")
        tap("nextButton")
        compare(window.current, "address")
        tap("nextButton")
        compare(window.current, "address", "the address is required")
        f.set("guest.address.line1", "12 rue de la Loi"); f.set("guest.address.city", "Bruxelles"); f.set("guest.address.country", "BE")
        tap("nextButton")
        compare(window.current, "contact")
        tap("nextButton")
        compare(window.current, "consents", "e-mail and phone are optional on a French card")
        tap("nextButton")
        compare(window.current, "signature")
        f.signature = "M10 10 L80 40"
        tap("nextButton")
        compare(window.current, "review")
        tap("nextButton")
        compare(window.current, "thanks")
        compare(Kiosk.demo.savedCount, saved + 1)
        const json = JSON.parse(Kiosk.demo.lastSavedJson())
        compare(json.kind, "registration_card")
        compare(json.guest.last_name, "Martin")
        compare(json.signature.format, "svg-path")
        tap("doneButton")
        compare(window.current, "welcome")
        verify(Kiosk.form.empty, "the next guest starts on an empty card")
    }

    function test_next_guest_of_the_room_keeps_the_stay_only() {
        openMain()
        Kiosk.cardCountry = "ES"
        tap("language_es")
        tap("noBooking")
        const f = Kiosk.form
        f.set("guest.first_name", "Ana"); f.set("guest.last_name", "García López")
        f.set("guest.birth_date", "1985-03-14"); f.set("guest.nationality", "ES")
        f.set("guest.document.number", "12345678Z")
        f.set("guest.address.line1", "Calle Mayor 1"); f.set("guest.address.city", "Madrid"); f.set("guest.address.country", "ES")
        f.set("phone_region", "ES"); f.set("guest.phone", "612 34 56 78")
        f.set("stay.departure", "2099-01-02"); f.set("stay.arrival", "2099-01-01")
        f.set("stay.adults", 2)
        f.signature = "M10 10 L20 20"
        verify(f.finish(), JSON.stringify(f.allErrors()))
        compare(window.current, "thanks")
        const next = findChild(screen(), "nextGuestButton")
        verify(next.visible, "a party of two: one guest has no card yet")
        compare(next.text, "Siguiente huésped de esta habitación")
        tap("nextGuestButton")
        compare(window.current, "identity", "straight to the next guest's card")
        compare(f.values["guest.first_name"], undefined, "nothing of the last guest")
        compare(f.values["guest.phone"], undefined)
        compare(f.signature, "")
        compare(f.values["stay.arrival"], "2099-01-01", "the stay is the party's")
        compare(f.values["stay.adults"], 2)
        compare(Kiosk.languages.language, "es", "the party's language")
        verify(Kiosk.idle.active, "the idle wipe still guards the card")
        Kiosk.cardCountry = "FR"
    }

    function test_supervisor_pin_and_lockout() {
        const lock = Kiosk.supervisor
        verify(!lock.hasPin)
        verify(!lock.setPin("12"), "too short")
        verify(lock.setPin("246810"))
        verify(lock.unlocked)
        lock.leave()
        verify(!lock.tryUnlock("000000"))
        verify(lock.tryUnlock("246810"))
        lock.leave()
        for (let i = 0; i < 5; ++i) verify(!lock.tryUnlock("111111"))
        verify(lock.locked, "five wrong PINs lock")
        verify(lock.secondsLocked > 0)
        verify(!lock.tryUnlock("246810"), "even the right PIN waits for the lockout")
    }

    function test_hidden_gesture_opens_the_pin_screen() {
        openMain()
        const corner = findChild(window.contentItem, "supervisorCorner")
        for (let i = 0; i < 4; ++i) mouseClick(corner)
        compare(window.current, "welcome", "four taps are not enough")
        mouseClick(corner)
        compare(window.current, "pin")
    }

    function fillWholeCard() {
        const f = Kiosk.form
        f.set("guest.first_name", "Claire"); f.set("guest.last_name", "Martin")
        f.set("guest.birth_date", "1985-03-14"); f.set("guest.birth_place", "Lyon"); f.set("guest.nationality", "BE")
        f.set("guest.address.line1", "12 rue de la Loi"); f.set("guest.address.city", "Bruxelles"); f.set("guest.address.country", "BE")
        f.signature = "M10 10 L80 40"
    }

    function test_a_change_from_the_review_returns_to_the_review() {
        openMain()
        tap("language_en")
        fillWholeCard()
        window.go("review")
        tap("change_identity")
        compare(window.current, "identity")
        tap("nextButton")
        compare(window.current, "review", "not through the address, contact, consents and signature again")
        tap("change_address")
        tap("backButton")
        compare(window.current, "identity", "Back walks the steps")
        tap("nextButton")
        compare(window.current, "address", "and so does Next after it")
    }

    function test_supervisor_fixes_a_rejected_card_with_the_servers_reasons() {
        Kiosk.demo.addSampleSyncState()
        openMain()
        tap("language_en")
        window.go("supervisor", { section: "rejected" })
        waitForRendering(window.contentItem)
        const reasons = []
        for (let i = 0; i < 20; ++i) {
            const r = findChild(screen(), "rejectedReason")
            if (!r || reasons.indexOf(r.text) >= 0) break
            reasons.push(r.text); r.objectName = "seen"
        }
        verify(reasons.indexOf("Mobile phone: This phone number is not valid for the chosen country code.") >= 0,
               "the server's reason in the supervisor's words: " + JSON.stringify(reasons))
        const marco = Kiosk.rejected.find(r => r.name === "Marco Bianchi")
        tap("fix_" + marco.id)
        compare(window.current, "fix")
        const birth = findChild(screen(), "field_guest.birth_date")
        compare(birth.error, "This date is in the future.", "the server's error on its field")
        for (const field of ["stay.arrival", "stay.departure", "stay.adults", "stay.children", "guest.address.line2"])
            verify(findChild(screen(), "field_" + field).visible, field + " can be corrected")
        verify(findChild(screen(), "addCompanion"), "so can the people on the card")
        Kiosk.fixForm.set("guest.birth_date", "1984-05-03")
        compare(birth.error, "", "changed: the server's word no longer applies")
    }

    function test_supervisor_reads_the_sync_error_in_words() {
        Kiosk.demo.addSampleSyncState()
        openMain()
        tap("language_de")
        window.go("supervisor", { section: "sync" })
        compare(findChild(screen(), "lastError").value,
                "Der Server ist nicht erreichbar. Das Tablet behält die Meldescheine und versucht es selbst erneut.")
        compare(findChild(screen(), "lastErrorDetail").value, Kiosk.lastError, "the engine's words for support")
    }
}
