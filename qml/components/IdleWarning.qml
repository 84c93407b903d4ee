// "Are you still there?" — shown by the idle controller before it wipes the form.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

Popup {
    id: popup
    objectName: "idleWarning"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 700, Math.round(720 * Theme.scale))
    modal: true
    closePolicy: Popup.NoAutoClose
    padding: Theme.margin
    visible: Kiosk.idle.warning
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.accent; border.width: 3 }
    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Are you still there?")
            font.pixelSize: Theme.titleSize
            font.family: Theme.fontFamily
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "idleCountdown"
            Layout.fillWidth: true
            text: qsTr("For your privacy, this form will be cleared in %1 seconds.").arg(Kiosk.idle.secondsLeft)
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        KioskButton {
            objectName: "stillHere"
            Layout.alignment: Qt.AlignRight
            primary: true
            text: qsTr("I'm still here")
            onClicked: Kiosk.idle.poke()
        }
    }
}
