// A rejected card opened by the supervisor: every field of the card (guest, document, address,
// stay, the people on the card) with the server's errors on them, to correct and send again.
// Consents and signature stay as the guest gave them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "fixCardScreen"
    property var form: Kiosk.fixForm
    property bool failed: false
    signal closed()
    title: qsTr("Fix a rejected card")
    nextText: qsTr("Send again")
    showLanguage: false
    onBack: closed()
    onNext: { if (Kiosk.resubmitFixed()) closed(); else failed = true }

    Text {
        visible: page.failed
        Layout.fillWidth: true
        text: qsTr("Some fields still need a correction.")
        color: Theme.error
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        wrapMode: Text.WordWrap
    }
    readonly property bool twoColumns: width >= Math.round(1000 * Theme.scale)
    GridLayout {
        Layout.fillWidth: true
        columns: page.twoColumns ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.first_name"; label: qsTr("First names") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.last_name"; label: qsTr("Last name") }
        DateField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.birth_date"; label: qsTr("Date of birth") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.birth_place"; label: qsTr("Place of birth (town, country)") }
        CountryField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.nationality"; label: qsTr("Nationality") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.document.number"; label: qsTr("Document number") }
        CountryField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.document.issuing_country"; label: qsTr("Issuing country") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.email"; label: qsTr("E-mail address") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.phone"; label: qsTr("Mobile phone") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.address.line1"; label: qsTr("Street and number") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.address.line2"; label: qsTr("Address line 2") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.address.postcode"; label: qsTr("Postcode") }
        FormField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.address.city"; label: qsTr("Town or city") }
        CountryField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "guest.address.country"; label: qsTr("Country of residence") }
    }
    DocumentTypeChooser {
        visible: page.form.fieldNeeds["guest.document.number"] !== "hidden"
        Layout.fillWidth: true
        form: page.form
    }
    GridLayout {
        Layout.fillWidth: true
        columns: page.twoColumns ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        DateField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "stay.arrival"; label: qsTr("Arrival") }
        DateField { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "stay.departure"; label: qsTr("Departure") }
        NumberStepper { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "stay.adults"; from: 1; to: 20; label: qsTr("Adults") }
        NumberStepper { Layout.fillWidth: true; Layout.preferredWidth: 400; form: page.form; field: "stay.children"; from: 0; to: 20; label: qsTr("Children") }
    }
    CompanionList {
        Layout.fillWidth: true
        form: page.form
        twoColumns: page.twoColumns
    }
}
