// A text field of the kiosk theme (large, clear border, red when in error).
import QtQuick
import QtQuick.Controls
import Cardex.Kiosk

TextField {
    id: control
    property bool invalid: false
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    color: Theme.ink
    implicitHeight: Theme.fieldHeight
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    placeholderTextColor: "#6b7780"
    selectByMouse: true
    background: Rectangle {
        radius: Theme.radius
        color: control.invalid ? Theme.errorSoft : Theme.surface
        border.width: control.activeFocus ? 3 : 2
        border.color: control.invalid ? Theme.error : control.activeFocus ? Theme.accent : Theme.border
    }
}
