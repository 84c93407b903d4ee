// A small count (adults, children) with large − and + buttons instead of a keyboard.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk

FieldFrame {
    id: root
    required property var form
    required property string field
    property int from: 0
    property int to: 20
    readonly property int value: form.values[field] !== undefined ? Number(form.values[field]) : from
    objectName: "field_" + field

    RowLayout {
        spacing: Theme.spacing
        KioskButton {
            objectName: "decrease"
            text: "−"
            implicitWidth: Theme.touch
            enabled: root.value > root.from
            Accessible.name: qsTr("Fewer: %1").arg(root.label)
            onClicked: root.form.set(root.field, root.value - 1)
        }
        Text {
            Layout.minimumWidth: Math.round(48 * Theme.scale)
            horizontalAlignment: Text.AlignHCenter
            text: root.value
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            color: Theme.ink
        }
        KioskButton {
            objectName: "increase"
            text: "+"
            implicitWidth: Theme.touch
            enabled: root.value < root.to
            Accessible.name: qsTr("More: %1").arg(root.label)
            onClicked: root.form.set(root.field, root.value + 1)
        }
    }
}
