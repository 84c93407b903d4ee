// Step 4: e-mail and phone. An OTA relay address (…@guest.booking.com) reaches the booking site,
// not the guest: it is recognised and the guest is asked, politely, for their own.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "contactScreen"
    property var form: Kiosk.form
    readonly property var pageFields: ["guest.email", "guest.phone"]
    step: 4
    title: qsTr("How can we reach you?")
    subtitle: qsTr("For your invoice and messages about your stay.")
    function validate() { return check(form.revealErrors(pageFields)) }

    FormField {
        Layout.fillWidth: true
        form: page.form; field: "guest.email"
        label: qsTr("E-mail address")
        input.inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
    }
    Rectangle {
        objectName: "otaNotice"
        visible: page.form.emailKind === "ota_relay"
        Layout.fillWidth: true
        implicitHeight: otaText.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.noticeSoft
        Text {
            id: otaText
            anchors { fill: parent; margins: Theme.spacing }
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            color: Theme.notice
            text: qsTr("This address was created by your booking website and forwards only some messages. Would you kindly give us your own e-mail address instead?")
        }
    }
    GridLayout {
        Layout.fillWidth: true
        columns: page.width >= Math.round(1000 * Theme.scale) ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        CountryField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "phone_region"
            showCallingCode: true
            label: qsTr("Country code")
        }
        FormField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "guest.phone"
            label: qsTr("Mobile phone")
            input.inputMethodHints: Qt.ImhDialableCharactersOnly
        }
    }
    // The phone's country follows the nationality until the guest picks one.
    Component.onCompleted: {
        if (!form.values["phone_region"]) {
            const guess = form.values["guest.address.country"] || form.values["guest.nationality"]
            if (guess) form.set("phone_region", guess)
        }
    }
}
