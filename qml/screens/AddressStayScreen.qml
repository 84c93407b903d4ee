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
            from: 0; to: 20
            label: qsTr("Children")
        }
    }

    Text {
        Layout.fillWidth: true
        text: page.form.companionsAreChildren ? qsTr("Children under 15 travelling with you")
                                              : qsTr("People travelling with you")
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: page.form.companionsAreChildren
        text: qsTr("Other adults and children from 15 fill in their own card.")
        font.pixelSize: Theme.smallSize
        font.family: Theme.fontFamily
        color: Theme.inkSoft
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: page.form.companions.length
        delegate: Rectangle {
            id: companion
            required property int index
            readonly property var data_: page.form.companions[index] || ({})
            readonly property string prefix: "companions[" + index + "]."
            objectName: "companion_" + index
            Layout.fillWidth: true
            implicitHeight: companionColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: "#d5d8da"
            ColumnLayout {
                id: companionColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                spacing: Theme.spacing
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.twoColumns ? 3 : 1
                    columnSpacing: Theme.spacing
                    Repeater {
                        model: [{ key: "first_name", label: qsTr("First names") },
                                { key: "last_name", label: qsTr("Last name") }]
                        delegate: FieldFrame {
                            required property var modelData
                            readonly property string path: companion.prefix + modelData.key
                            Layout.fillWidth: true; Layout.preferredWidth: 400
                            label: modelData.label
                            error: Messages.error(page.form.errors[path] || "")
                            KioskTextField {
                                objectName: "companion_" + companion.index + "_" + modelData.key
                                Layout.fillWidth: true
                                text: companion.data_[modelData.key] || ""
                                invalid: (page.form.errors[path] || "") !== ""
                                inputMethodHints: Qt.ImhNoPredictiveText
                                Accessible.name: modelData.label
                                onTextEdited: page.form.setCompanion(companion.index, modelData.key, text)
                                onActiveFocusChanged: if (!activeFocus) page.form.touch(path)
                            }
                        }
                    }
                    // Typed as the guest's own birth date is: day, month, year boxes.
                    DateField {
                        objectName: "companion_" + companion.index + "_birth_date"
                        Layout.fillWidth: true; Layout.preferredWidth: 400
                        form: page.form
                        field: companion.prefix + "birth_date"
                        value: companion.data_.birth_date || ""
                        need: page.form.companionsAreChildren ? "required" : "optional"
                        label: qsTr("Date of birth")
                    }
                }
                KioskButton {
                    text: qsTr("Remove")
                    onClicked: page.form.removeCompanion(companion.index)
                }
            }
        }
    }
    KioskButton {
        objectName: "addCompanion"
        text: page.form.companionsAreChildren ? qsTr("Add a child") : qsTr("Add a person")
        onClicked: page.form.addCompanion()
    }
}
