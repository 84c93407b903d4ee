// The on-screen keyboard of a touch-only tablet (QT_IM_MODULE=qtvirtualkeyboard, as the kiosk's
// autostart sets): it loads — all the QML modules it needs are installed — and every kiosk
// language gets a layout that exists.
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

    Component { id: keyboardComponent; VirtualKeyboard {} }

    function test_keyboard_loads_with_a_layout_for_every_language() {
        const panel = createTemporaryObject(keyboardComponent, testCase)
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
}
