// Cards the server refused, with its reasons: fix (edit and send again) or discard.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ColumnLayout {
    id: panel
    objectName: "rejectedPanel"
    spacing: Theme.spacing
    signal fixRequested()
    property string confirmDiscard: ""

    Text {
        visible: Kiosk.rejected.length === 0
        text: qsTr("No rejected cards.")
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        color: Theme.inkSoft
    }
    Repeater {
        model: Kiosk.rejected
        delegate: Rectangle {
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: col.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: "#d5d8da"
            ColumnLayout {
                id: col
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                Text {
                    text: modelData.name + " — " + Theme.formatDateTime(modelData.capturedAt)
                    font.pixelSize: Theme.bodySize
                    font.family: Theme.fontFamily
                    color: Theme.ink
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: modelData.errors
                    delegate: Text {
                        required property var modelData
                        Layout.fillWidth: true
                        objectName: "rejectedReason"
                        text: qsTr("%1: %2").arg(Messages.fieldName(modelData.field)).arg(Messages.error(modelData.code))
                        font.pixelSize: Theme.smallSize
                        font.family: Theme.fontFamily
                        color: Theme.error
                        wrapMode: Text.WordWrap
                    }
                }
                RowLayout {
                    KioskButton {
                        objectName: "fix_" + modelData.id
                        primary: true
                        text: qsTr("Fix")
                        onClicked: if (Kiosk.fixRejected(modelData.id)) panel.fixRequested()
                    }
                    KioskButton {
                        objectName: "discard_" + modelData.id
                        text: panel.confirmDiscard === modelData.id ? qsTr("Really discard?") : qsTr("Discard")
                        onClicked: {
                            if (panel.confirmDiscard === modelData.id) { Kiosk.discardRejected(modelData.id); panel.confirmDiscard = "" }
                            else panel.confirmDiscard = modelData.id
                        }
                    }
                }
            }
        }
    }
}
