// Step 1: "I have a booking" (reference + last name, looked up online) or "no booking". Whatever the
// answer (found, not found, offline), the guest can go on and fill in the card.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "bookingScreen"
    readonly property var form: Kiosk.form
    property bool withBooking: false
    readonly property string state_: form.lookupState
    step: 1
    title: qsTr("Do you have a booking?")
    showNext: withBooking ? state_ === "found" || state_ === "notFound" || state_ === "offline" : false
    nextText: qsTr("Continue")
    onNext: {
        if (state_ !== "found" && lastName.text.trim() !== "") form.set("guest.last_name", lastName.text.trim())
        form.touch("booking")
    }

    GridLayout {
        Layout.fillWidth: true
        columns: page.width > page.height ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        KioskButton {
            objectName: "haveBooking"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(120 * Theme.scale)
            primary: page.withBooking
            text: qsTr("I have a booking")
            onClicked: { page.withBooking = true; reference.forceActiveFocus() }
        }
        KioskButton {
            objectName: "noBooking"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(120 * Theme.scale)
            text: qsTr("I don't have a booking")
            onClicked: { form.cancelLookup(); page.withBooking = false; page.next() }
        }
    }

    ColumnLayout {
        visible: page.withBooking
        Layout.fillWidth: true
        spacing: Theme.spacing
        FieldFrame {
            Layout.fillWidth: true
            label: qsTr("Booking reference")
            hint: qsTr("You find it in your confirmation e-mail.")
            KioskTextField {
                id: reference
                objectName: "bookingReference"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Booking reference")
            }
        }
        FieldFrame {
            Layout.fillWidth: true
            label: qsTr("Last name")
            KioskTextField {
                id: lastName
                objectName: "bookingLastName"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Last name")
            }
        }
        KioskButton {
            objectName: "findBooking"
            primary: true
            enabled: reference.text.trim() !== "" && lastName.text.trim() !== "" && page.state_ !== "searching"
            text: qsTr("Find my booking")
            onClicked: page.form.lookupBooking(reference.text, lastName.text)
        }
        BusyIndicator { visible: page.state_ === "searching"; running: visible }
        Rectangle {
            objectName: "lookupResult"
            visible: page.state_ === "found" || page.state_ === "notFound" || page.state_ === "offline"
            Layout.fillWidth: true
            implicitHeight: resultText.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: page.state_ === "found" ? "#e3f1e7" : Theme.noticeSoft
            Text {
                id: resultText
                objectName: "lookupMessage"
                anchors { fill: parent; margins: Theme.spacing }
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                color: page.state_ === "found" ? Theme.success : Theme.notice
                text: page.state_ === "found"
                      ? qsTr("We found your booking: arrival %1, departure %2. Please check and complete your card.")
                            .arg(Theme.formatDate(page.form.values["stay.arrival"]))
                            .arg(Theme.formatDate(page.form.values["stay.departure"]))
                      : page.state_ === "notFound"
                      ? qsTr("We could not find a booking with these details. Please check them, or continue and fill in your card.")
                      : qsTr("The booking search is not available right now. Please continue and fill in your card.")
            }
        }
    }
}
