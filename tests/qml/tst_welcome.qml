import QtQuick
import QtTest
import Cardex.Kiosk

TestCase {
    id: testCase
    name: "WelcomeScreen"
    when: windowShown
    visible: true  // TestCase is invisible by default; the screens under test must receive input
    width: 1280
    height: 800

    Component {
        id: welcomeComponent
        WelcomeScreen { width: 1280; height: 800 }
    }

    function test_offers_every_kiosk_language() {
        const screen = createTemporaryObject(welcomeComponent, testCase)
        const codes = ["fr", "en", "es", "it", "de", "zh", "uk"]
        for (const code of codes) {
            const button = findChild(screen, "language_" + code)
            verify(button, "a button for " + code)
            verify(button.height >= 48, "touch target of " + code + " at least 48 px")
        }
    }

    function test_tapping_a_language_chooses_it() {
        const screen = createTemporaryObject(welcomeComponent, testCase)
        const spy = createTemporaryObject(signalSpyComponent, testCase, { target: screen, signalName: "languageChosen" })
        waitForRendering(screen)
        const button = findChild(screen, "language_uk")
        mouseClick(button)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "uk")
    }

    Component { id: signalSpyComponent; SignalSpy {} }
}
