// A country field of the form (nationality, country of residence, phone country code): a button
// showing the chosen country that opens the searchable picker.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

FieldFrame {
    id: root
    required property var form
    required property string field
    property bool showCallingCode: false
    // A companion's field is not in form.values / form.fieldNeeds: its list sets these two.
    property string need: form.fieldNeeds[field] !== undefined ? form.fieldNeeds[field] : "optional"
    readonly property string errorCode: form.errors[field] !== undefined ? form.errors[field] : ""
    property string code: form.values[field] !== undefined ? String(form.values[field]) : ""
    // Re-read when the language changes: country names are in the guest's language.
    readonly property string countryName: Kiosk.countries.language, Kiosk.countries.nameOf(code)

    visible: need !== "hidden"
    optional: need === "optional"
    error: Messages.error(errorCode)
    objectName: "field_" + field

    Button {
        id: button
        objectName: "button_" + root.field
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.fieldHeight
        Accessible.name: root.label + (root.countryName !== "" ? ": " + root.countryName : "")
        contentItem: Text {
            text: root.code === "" ? qsTr("Choose…")
                  : root.showCallingCode ? root.countryName + "  " + Kiosk.countries.callingCodeOf(root.code)
                  : root.countryName
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            color: root.code === "" ? "#6b7780" : Theme.ink
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            leftPadding: Theme.spacing - button.leftPadding
        }
        background: Rectangle {
            radius: Theme.radius
            color: root.errorCode !== "" ? Theme.errorSoft : Theme.surface
            border.width: 2
            border.color: root.errorCode !== "" ? Theme.error : Theme.border
            Text {
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: "▾"
                font.pixelSize: Theme.bodySize
                color: Theme.inkSoft
            }
        }
        onClicked: picker.open()
    }
    CountryPicker {
        id: picker
        title: root.label
        showCallingCode: root.showCallingCode
        onPicked: code => { root.form.set(root.field, code); root.form.touch(root.field) }
    }
}
