// The on-screen keyboard of a touch-only tablet (QT_IM_MODULE=qtvirtualkeyboard, as the kiosk's
// autostart sets): it loads — all the QML modules and the input-method plugin it needs are
// installed —, every kiosk language gets a layout that exists, it comes up when a field gets the
// focus, and nothing the guest needs is left under it.
import QtQuick
import QtTest
import QtQuick.VirtualKeyboard.Settings
import Cardex.Kiosk
import Cardex.Kiosk.Backend

TestCase {
    id: testCase
    name: "Keyboard"
    when: windowShown
    width: 1280
    height: 800

    Component { id: mainComponent; Main { visible: true } }

    property var window: null
    function init() {
        Kiosk.newGuest()
        Kiosk.cardCountry = "FR"
    }
    function cleanup() { if (window) { window.destroy(); window = null } }
    function openMain(language) {
        window = createTemporaryObject(mainComponent, null, { width: 1280, height: 800 })
        window.instant = true
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window takes the keyboard's input")
        verify(Kiosk.virtualKeyboard, "the kiosk found the keyboard's input-method plugin")
        tryVerify(() => window.keyboard.status === Loader.Ready, 5000, "the keyboard loads")
        waitForRendering(window.contentItem)
        mouseClick(findChild(window.contentItem, "language_" + (language || "en")))
        return window
    }
    function screen() { return window.contentItem.children[0].currentItem }
    function goTo(name) {
        window.go(name)
        waitForRendering(window.contentItem)
    }
    function panel() { return window.keyboard.item }
    function keyboardTop() { return window.height - KeyboardSpace.height }
    function bottomOf(item) { return item.mapToItem(null, 0, item.height).y }
    function topOf(item) { return item.mapToItem(null, 0, 0).y }
    function keyboardUp() {
        tryVerify(() => panel().active && panel().visible && KeyboardSpace.height > 0, 5000, "the keyboard comes up")
        wait(50)   // the page scrolls once the keyboard has its height
    }
    function keyboardDown() { tryVerify(() => !panel().active, 5000, "the keyboard is put away") }
    // A field is usable when it is whole between the page's header and the keys.
    function verifyAboveKeyboard(item, what, inPopup) {
        tryVerify(() => bottomOf(item) <= keyboardTop() && (inPopup || topOf(item) >= topOf(screen().flickable)), 3000,
                  what + " is above the keyboard (" + topOf(item) + ".." + bottomOf(item) + ", keys from " + keyboardTop() + ")")
    }
    // The key of the panel that types `letter` (its layouts' Key items carry the text they type).
    function keyFor(item, letter) {
        if (!item.children) return null
        if (item.text !== undefined && item.key !== undefined && String(item.text).toLowerCase() === letter
                && item.visible && item.width > 0)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            const found = keyFor(child, letter)
            if (found) return found
        }
        return null
    }

    // The kiosk's own panel: an application may have one InputPanel only.
    function test_keyboard_loads_with_a_layout_for_every_language() {
        openMain("fr")
        const panel = window.keyboard.item
        verify(panel, "the keyboard's QML loads")
        tryVerify(() => VirtualKeyboardSettings.availableLocales.length > 0, 5000, "layouts found")
        for (const code of ["fr", "en", "es", "it", "de", "zh", "uk"]) {
            Kiosk.languages.language = code
            const layout = panel.locales[code]
            verify(VirtualKeyboardSettings.availableLocales.indexOf(layout) >= 0, code + " wants " + layout)
            tryCompare(VirtualKeyboardSettings, "locale", layout)
        }
        Kiosk.languages.language = "fr"
    }

    // Without the input-method plugin (qt6-virtualkeyboard-plugin) the panel never becomes active.
    function test_focusing_a_field_brings_up_the_keyboard() {
        openMain("de")
        mouseClick(findChild(screen(), "haveBooking"))   // focuses the booking reference
        const lastName = findChild(screen(), "bookingLastName")
        keyClick(Qt.Key_Return)   // on to the last name, before the keyboard is even up
        verify(lastName.activeFocus)
        keyboardUp()
        verifyAboveKeyboard(lastName, "the booking's last name")
        verifyAboveKeyboard(findChild(screen(), "backButton"), "Back")
        // The keys type into the field.
        mouseClick(keyFor(panel(), "m"))
        compare(lastName.text.toLowerCase(), "m")
    }

    function test_page_keeps_the_typed_field_and_next_above_the_keyboard() {
        openMain("fr")
        goTo("address")
        mouseClick(findChild(screen(), "input_guest.address.line1"))
        keyboardUp()
        // Each field in turn (Enter) is scrolled into view above the keys.
        for (const name of ["input_guest.address.line1", "input_guest.address.line2", "input_guest.address.postcode",
                            "input_guest.address.city"]) {
            const field = findChild(screen(), name)
            verify(field.activeFocus, name)
            verifyAboveKeyboard(field, name)
            keyClick(Qt.Key_Return)
        }
        verifyAboveKeyboard(findChild(screen(), "nextButton"), "Next")
        goTo("contact")
        const phone = findChild(screen(), "input_guest.phone")
        mouseClick(phone)
        keyboardUp()
        verifyAboveKeyboard(phone, "the phone")
        verifyAboveKeyboard(findChild(screen(), "nextButton"), "Next")
        // The page scrolls even though its content fits the window without the keyboard.
        verify(screen().flickable.height < screen().flickable.contentHeight, "the content can be scrolled")
    }

    function test_enter_goes_to_the_next_field_then_puts_the_keyboard_away() {
        openMain("en")
        goTo("contact")
        const email = findChild(screen(), "input_guest.email"), phone = findChild(screen(), "input_guest.phone")
        mouseClick(email)
        keyboardUp()
        keyClick(Qt.Key_Return)
        verify(phone.activeFocus, "Enter on the e-mail goes to the phone")
        verifyAboveKeyboard(phone, "the phone")
        keyClick(Qt.Key_Return)
        keyboardDown()
        verify(!phone.activeFocus)
        compare(KeyboardSpace.height, 0)
        verifyAboveKeyboard(findChild(screen(), "nextButton"), "Next")
    }

    function test_tapping_outside_a_field_puts_the_keyboard_away() {
        openMain("en")
        goTo("contact")
        const email = findChild(screen(), "input_guest.email")
        mouseClick(email)
        keyboardUp()
        mouseClick(findChild(screen(), "screenTitle"))
        keyboardDown()
        verify(!email.activeFocus)
        mouseClick(email)
        keyboardUp()
        const flick = screen().flickable
        mouseClick(flick, flick.width - 20, flick.height - 20)   // the page's empty side
        keyboardDown()
    }

    // The country picker is a popup: its search is typed on keys drawn above it.
    // The colour on screen at the centre of the key typing `letter`.
    function keyColour(letter) {
        waitForRendering(window.contentItem)
        const key = keyFor(panel(), letter)
        const centre = key.mapToItem(window.contentItem, key.width / 2, key.height / 2)
        return String(grabImage(window.contentItem).pixel(Math.round(centre.x), Math.round(centre.y)))
    }
    function test_country_picker_search_is_typed_on_the_keyboard() {
        openMain("en")
        goTo("identity")
        mouseClick(findChild(screen(), "input_guest.first_name"))
        keyboardUp()
        const undimmed = keyColour("b")
        mouseClick(findChild(screen(), "screenTitle"))
        keyboardDown()
        mouseClick(findChild(screen(), "button_guest.nationality"))
        const search = findChild(screen(), "countrySearch")
        verify(search, "the picker's search")
        tryVerify(() => search.activeFocus, 3000)
        keyboardUp()
        verifyAboveKeyboard(search, "the search", true)
        compare(keyColour("b"), undimmed, "the keys are drawn above the picker's dimmed background")
        mouseClick(keyFor(panel(), "b"))
        mouseClick(keyFor(panel(), "e"))
        mouseClick(keyFor(panel(), "l"))
        compare(search.text.toLowerCase(), "bel", "the keys are not hidden under the picker")
        verify(search.visible, "a key press is not a tap outside that closes the picker")
        const belgium = findChild(findChild(screen(), "countryList"), "country_BE")
        verify(belgium, "Belgium is listed")
        verifyAboveKeyboard(belgium, "the first result", true)
        mouseClick(belgium)
        compare(Kiosk.form.values["guest.nationality"], "BE")
    }
}
