// A label and its value, for the supervisor's status tables.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk

RowLayout {
    property string label
    property string value
    property color valueColor: Theme.ink
    spacing: Theme.spacing
    Text {
        Layout.preferredWidth: Math.round(320 * Theme.scale)
        text: parent.label
        font.pixelSize: Theme.labelSize
        font.family: Theme.fontFamily
        color: Theme.inkSoft
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        text: parent.value
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        color: parent.valueColor
        wrapMode: Text.WordWrap
    }
}
