// The kiosk's root window: the guest flow and supervisor mode on one StackView, the idle warning,
// and the virtual keyboard. Screens only say "next", "back" or "done"; the order lives here.
import QtQuick
import QtQuick.Controls
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: "Cardex"
    color: Theme.background
    font.family: Theme.fontFamily

    // The guest flow, in order. "welcome" and "thanks" hold nothing to wipe.
    readonly property var flow: ["welcome", "booking", "identity", "address", "contact", "consents", "signature", "review", "thanks"]
    readonly property var components: ({
        welcome: welcomeComponent, booking: bookingComponent, identity: identityComponent,
        address: addressComponent, contact: contactComponent, consents: consentComponent,
        signature: signatureComponent, review: reviewComponent, thanks: thanksComponent,
        pin: pinComponent, supervisor: supervisorComponent, fix: fixComponent
    })
    property string current: "welcome"
    property bool instant: false   // the tour and tests switch screens without transitions
    readonly property alias keyboard: keyboard   // for the keyboard tests and the tour

    Binding { target: Theme; property: "scale"; value: Math.max(1, Math.min(window.width, window.height) / 800) }
    Binding { target: Theme; property: "language"; value: Kiosk.languages.language }
    Binding {
        target: Kiosk.idle; property: "active"
        value: window.current !== "welcome" && window.current !== "thanks"
    }

    function go(name, properties) {
        current = name
        stack.replace(null, components[name], properties || {}, instant ? StackView.Immediate : StackView.PushTransition)
    }
    // A part changed from the review goes back to the review on Next, not through the later steps.
    property bool returnToReview: false
    function step(delta) {
        const i = flow.indexOf(current)
        if (delta > 0 && returnToReview) { returnToReview = false; go("review"); return }
        if (delta < 0) returnToReview = false   // Back: the guest walks the steps again
        if (i >= 0 && i + delta >= 0 && i + delta < flow.length) go(flow[i + delta])
    }
    function backToWelcome() {
        returnToReview = false
        Kiosk.supervisor.leave()
        Kiosk.newGuest()
        go("welcome")
    }

    // For the tour: every screen, then show one by name (with a section for supervisor screens).
    function tourScreens() {
        return flow.concat(["pin", "supervisor-sync", "supervisor-rejected", "supervisor-enrol", "supervisor-settings", "fix"])
    }
    function showScreen(name) {
        instant = true
        idleWarning.close()
        if (name.startsWith("supervisor-")) go("supervisor", { section: name.substring(11) })
        else if (name === "fix") {
            const list = Kiosk.rejected
            if (list.length > 0) Kiosk.fixRejected(list[0].id)
            go("fix")
        } else go(name, name === "thanks" ? { autoReturn: false } : {})
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: welcomeComponent
    }

    Component {
        id: welcomeComponent
        WelcomeScreen {
            onLanguageChosen: code => { Kiosk.languages.language = code; window.go("booking") }
            onSupervisorRequested: window.go("pin")
        }
    }
    Component {
        id: bookingComponent
        BookingScreen { onNext: window.step(1); onBack: window.backToWelcome() }
    }
    Component {
        id: identityComponent
        IdentityScreen { onNext: if (validate()) window.step(1); onBack: window.step(-1) }
    }
    Component {
        id: addressComponent
        AddressStayScreen { onNext: if (validate()) window.step(1); onBack: window.step(-1) }
    }
    Component {
        id: contactComponent
        ContactScreen { onNext: if (validate()) window.step(1); onBack: window.step(-1) }
    }
    Component {
        id: consentComponent
        ConsentScreen { onNext: window.step(1); onBack: window.step(-1) }
    }
    Component {
        id: signatureComponent
        SignatureScreen { onNext: window.step(1); onBack: window.step(-1) }
    }
    Component {
        id: reviewComponent
        ReviewScreen { onBack: window.step(-1); onEditRequested: screen => { window.returnToReview = true; window.go(screen) } }
    }
    Component {
        id: thanksComponent
        ThankYouScreen {
            onDone: window.backToWelcome()
            onNextGuest: { Kiosk.nextGuestOfParty(); window.go("identity") }
        }
    }
    Component {
        id: pinComponent
        PinScreen { onUnlocked: window.go("supervisor"); onCancelled: window.backToWelcome() }
    }
    Component {
        id: supervisorComponent
        SupervisorScreen { onLeaveRequested: window.backToWelcome(); onFixRequested: window.go("fix") }
    }
    Component {
        id: fixComponent
        FixCardScreen { onClosed: { Kiosk.closeFix(); window.go("supervisor", { section: "rejected" }) } }
    }

    Connections {
        target: Kiosk.form
        function onFinished() { window.go("thanks") }
    }
    // Time is up (or supervisor mode was left alone): nothing of this guest may stay on screen.
    Connections {
        target: Kiosk.idle
        function onWipeRequested() { window.backToWelcome() }
    }

    IdleWarning { id: idleWarning }

    // In the overlay and above its popups: the country picker's search is typed on these keys too.
    Loader {
        id: keyboard
        objectName: "keyboardLoader"
        active: Kiosk.virtualKeyboard
        parent: Overlay.overlay
        z: 1000
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        source: "qrc:/qt/qml/Cardex/Kiosk/components/VirtualKeyboard.qml"
    }
    Binding {
        target: KeyboardSpace; property: "height"
        value: keyboard.item && keyboard.item.active ? keyboard.item.height : 0
    }
}
