// The kiosk's button: large, high contrast; `primary` for the one action that moves the guest on.
import QtQuick
import QtQuick.Controls
import Cardex.Kiosk

Button {
    id: control
    property bool primary: false
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    font.weight: primary ? Font.DemiBold : Font.Normal
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Math.round(160 * Theme.scale), implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacing * 1.5
    rightPadding: Theme.spacing * 1.5
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? "#5d666d" : control.primary ? "white" : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? "#d5d8da"
             : control.primary ? (control.down ? Theme.accentPressed : Theme.accent)
             : (control.down ? Theme.accentSoft : Theme.surface)
        border.width: control.primary ? 0 : 2
        border.color: control.enabled ? Theme.accent : "#9aa3a9"
    }
}
