// One text field of the guest form, bound to its protocol path: shows the form's value, writes
// edits back, and shows the field's error once the guest has left it. Hidden when the country's
// card does not have the field.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk

FieldFrame {
    id: root
    required property var form
    required property string field
    property alias inputMethodHints: input.inputMethodHints
    property alias placeholderText: input.placeholderText
    property alias input: input
    readonly property string need: form.fieldNeeds[field] !== undefined ? form.fieldNeeds[field] : "optional"
    readonly property string errorCode: form.errors[field] !== undefined ? form.errors[field] : ""

    visible: need !== "hidden"
    optional: need === "optional"
    // One of a group is needed (Spain: e-mail or phone): said under each of them.
    hint: need === "either" ? qsTr("An e-mail address or a phone number is needed (one is enough).") : ""
    error: Messages.error(errorCode)
    objectName: "field_" + field

    KioskTextField {
        id: input
        objectName: "input_" + root.field
        Layout.fillWidth: true
        invalid: root.errorCode !== ""
        text: root.form.values[root.field] !== undefined ? root.form.values[root.field] : ""
        Accessible.name: root.label
        Accessible.description: root.error
        onTextEdited: root.form.set(root.field, text)
        onActiveFocusChanged: if (!activeFocus) root.form.touch(root.field)
    }
}
