// Supervisor mode's door: a PIN on a large keypad (never the system keyboard, which could learn it).
// With no PIN set yet (first start), the supervisor chooses one, typed twice.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

Item {
    id: root
    objectName: "pinScreen"
    readonly property var lock: Kiosk.supervisor
    readonly property bool choosing: !lock.hasPin
    property string pin: ""
    property string firstChoice: ""
    property string message: ""
    signal unlocked()
    signal cancelled()

    Rectangle { anchors.fill: parent; color: "#1d2b36" }

    function submit() {
        if (choosing) {
            if (!lock.isAcceptablePin(pin)) { message = qsTr("The PIN must have 6 to 12 digits."); pin = ""; return }
            if (firstChoice === "") { firstChoice = pin; pin = ""; message = qsTr("Type the same PIN again."); return }
            if (firstChoice !== pin) { firstChoice = ""; pin = ""; message = qsTr("The two PINs differ. Please start again."); return }
            if (lock.setPin(pin)) { pin = ""; firstChoice = ""; root.unlocked() }
            return
        }
        if (lock.tryUnlock(pin)) { pin = ""; message = ""; root.unlocked() }
        else {
            pin = ""
            message = lock.locked ? "" : qsTr("Wrong PIN. %1 attempt(s) left before a lockout.").arg(Math.max(0, 5 - lock.failures))
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacing
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: root.choosing ? qsTr("Choose a supervisor PIN") : qsTr("Supervisor PIN")
            font.pixelSize: Theme.titleSize
            font.family: Theme.fontFamily
            color: "white"
        }
        Text {
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            text: root.pin.length > 0 ? "●".repeat(root.pin.length) : " "
            font.pixelSize: Theme.titleSize
            color: "white"
        }
        Text {
            objectName: "pinMessage"
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: Math.round(600 * Theme.scale)
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.lock.locked ? qsTr("Too many wrong PINs. Try again in %1 s.").arg(root.lock.secondsLocked) : root.message
            visible: text !== ""
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            color: "#ffd27a"
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                delegate: KioskButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    implicitWidth: Math.round(110 * Theme.scale)
                    implicitHeight: Math.round(80 * Theme.scale)
                    text: modelData === "OK" ? qsTr("OK") : modelData
                    Accessible.name: modelData === "⌫" ? qsTr("Delete") : text
                    primary: modelData === "OK"
                    enabled: !root.lock.locked && (modelData !== "OK" || root.pin.length > 0)
                    onClicked: {
                        if (modelData === "OK") root.submit()
                        else if (modelData === "⌫") root.pin = root.pin.slice(0, -1)
                        else if (root.pin.length < 12) root.pin += modelData
                    }
                }
            }
        }
        KioskButton {
            Layout.alignment: Qt.AlignHCenter
            objectName: "pinCancel"
            text: qsTr("Cancel")
            onClicked: { root.pin = ""; root.cancelled() }
        }
    }
}
