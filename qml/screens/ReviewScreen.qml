// Step 7: the whole card once more, each part with a way back to change it, then "Confirm".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "reviewScreen"
    property var form: Kiosk.form
    readonly property var v: form.values
    property bool failed: false
    signal editRequested(string screen)
    step: 7
    title: qsTr("Please check your card")
    nextText: qsTr("Confirm")
    onNext: failed = !form.finish()

    function countryName(code) { return Kiosk.countries.language, Kiosk.countries.nameOf(code || "") }
    function shown(field) { return form.fieldNeeds[field] !== "hidden" }

    Rectangle {
        objectName: "reviewErrors"
        visible: page.failed
        Layout.fillWidth: true
        implicitHeight: errorText.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.errorSoft
        Text {
            id: errorText
            anchors { fill: parent; margins: Theme.spacing }
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            color: Theme.error
            text: Object.keys(page.form.allErrors()).length > 0
                  ? qsTr("Some information is missing or needs a correction. Please use “Change” on the part concerned.")
                  : qsTr("Your card could not be saved. Please ask the reception desk for help.")
        }
    }

    Repeater {
        model: [
            { screen: "identity", title: qsTr("About you"), rows: [
                [qsTr("Name"), Theme.fullName(page.v["guest.first_name"], page.v["guest.last_name"])],
                [qsTr("Date of birth"), Theme.formatDate(page.v["guest.birth_date"])],
                [page.shown("guest.birth_place") ? qsTr("Place of birth") : "", page.v["guest.birth_place"] || ""],
                [qsTr("Nationality"), page.countryName(page.v["guest.nationality"])],
                [page.shown("guest.document.number") ? qsTr("Document number") : "", page.v["guest.document.number"] || ""]] },
            { screen: "address", title: qsTr("Address and stay"), rows: [
                [page.shown("guest.address.line1") ? qsTr("Address") : "",
                 [page.v["guest.address.line1"], page.v["guest.address.line2"],
                  ((page.v["guest.address.postcode"] || "") + " " + (page.v["guest.address.city"] || "")).trim(),
                  page.countryName(page.v["guest.address.country"])].filter(x => x).join(", ")],
                [qsTr("Stay"), qsTr("%1 to %2").arg(Theme.formatDate(page.v["stay.arrival"])).arg(Theme.formatDate(page.v["stay.departure"]))],
                [qsTr("Guests"), qsTr("%1 adult(s), %2 child(ren)").arg(page.v["stay.adults"]).arg(page.v["stay.children"])],
                [page.form.companions.length > 0 ? qsTr("Travelling with you") : "",
                 page.form.companions.map(c => Theme.fullName(c.first_name, c.last_name)).join(", ")]] },
            { screen: "contact", title: qsTr("Contact"), rows: [
                [qsTr("E-mail address"), page.v["guest.email"] || "—"],
                [qsTr("Mobile phone"), page.v["guest.phone"] || "—"]] },
            { screen: "consents", title: qsTr("Your choices"), rows: [
                [qsTr("Offers"), page.form.consents.grantedCount > 0 ? qsTr("%1 accepted").arg(page.form.consents.grantedCount) : qsTr("None")]] }
        ]
        delegate: Rectangle {
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: section.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: "#d5d8da"
            ColumnLayout {
                id: section
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: modelData.title
                        font.pixelSize: Theme.headingSize
                        font.family: Theme.fontFamily
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    KioskButton {
                        objectName: "change_" + modelData.screen
                        text: qsTr("Change")
                        Accessible.name: qsTr("Change: %1").arg(modelData.title)
                        onClicked: page.editRequested(modelData.screen)
                    }
                }
                Repeater {
                    model: modelData.rows.filter(r => r[0] !== "")
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Text {
                            Layout.preferredWidth: Math.round(260 * Theme.scale)
                            Layout.alignment: Qt.AlignTop
                            text: modelData[0]
                            font.pixelSize: Theme.labelSize
                            font.family: Theme.fontFamily
                            color: Theme.inkSoft
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            text: modelData[1]
                            font.pixelSize: Theme.bodySize
                            font.family: Theme.fontFamily
                            color: Theme.ink
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }
}
