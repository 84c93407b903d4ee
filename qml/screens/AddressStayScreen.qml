// Step 3: home address and the stay (dates, number of people, the people travelling with the guest
// as the country's card lists them: children under 15 in France, everyone elsewhere).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "addressScreen"
    property var form: Kiosk.form
    readonly property var pageFields: ["guest.address", "stay", "companions"]
    readonly property bool twoColumns: width >= Math.round(1000 * Theme.scale)
    step: 3
    title: page.form.fieldNeeds["guest.address.line1"] !== "hidden" ? qsTr("Your address and stay") : qsTr("Your stay")
    function validate() { return check(form.revealErrors(pageFields)) }

    GridLayout {
        visible: page.form.fieldNeeds["guest.address.line1"] !== "hidden"
        Layout.fillWidth: true
        columns: page.twoColumns ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        FormField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "guest.address.line1"
            label: qsTr("Street and number")
        }
        FormField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "guest.address.line2"
            label: qsTr("Address line 2")
        }
        FormField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "guest.address.postcode"
            label: qsTr("Postcode")
            input.inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
        }
        FormField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "guest.address.city"
            label: qsTr("Town or city")
        }
        CountryField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "guest.address.country"
            label: qsTr("Country of residence")
        }
    }

    Text {
        text: qsTr("Your stay")
        visible: page.form.fieldNeeds["guest.address.line1"] !== "hidden"
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        color: Theme.ink
    }
    GridLayout {
        Layout.fillWidth: true
        columns: page.twoColumns ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        DateField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "stay.arrival"
            label: qsTr("Arrival")
        }
        DateField {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "stay.departure"
            label: qsTr("Departure")
        }
        NumberStepper {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "stay.adults"
            from: 1; to: 20
            label: qsTr("Adults")
        }
        NumberStepper {
            Layout.fillWidth: true; Layout.preferredWidth: 400
            form: page.form; field: "stay.children"
            // Never fewer than the children listed below (France lists children only).
            from: page.form.companionsAreChildren ? page.form.companions.length : 0; to: 20
            label: qsTr("Children")
        }
    }

    CompanionList {
        Layout.fillWidth: true
        form: page.form
        twoColumns: page.twoColumns
    }
}
