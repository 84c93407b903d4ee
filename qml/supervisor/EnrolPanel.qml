// Enrolment: the one-time code printed by `cardexctl device enroll` and the tablet's name.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ColumnLayout {
    objectName: "enrolPanel"
    spacing: Theme.spacing
    Text {
        Layout.fillWidth: true
        text: Kiosk.enrolled ? qsTr("This tablet is enrolled as “%1” for hotel %2. Enrolling again replaces it.").arg(Kiosk.deviceName).arg(Kiosk.hotelId)
                             : qsTr("This tablet is not enrolled yet. Ask your central operator for an enrolment code.")
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    FieldFrame {
        Layout.fillWidth: true
        label: qsTr("Enrolment code")
        KioskTextField { id: code; objectName: "enrolCode"; Layout.fillWidth: true; inputMethodHints: Qt.ImhNoPredictiveText; Accessible.name: qsTr("Enrolment code") }
    }
    FieldFrame {
        Layout.fillWidth: true
        label: qsTr("Tablet name")
        KioskTextField { id: name; objectName: "enrolName"; Layout.fillWidth: true; text: Kiosk.deviceName !== "" ? Kiosk.deviceName : "Lobby 1"; Accessible.name: qsTr("Tablet name") }
    }
    KioskButton {
        objectName: "enrolButton"
        primary: true
        enabled: code.text.trim() !== "" && Kiosk.enrolmentState !== "sending"
        text: qsTr("Enrol this tablet")
        onClicked: Kiosk.enrol(code.text, name.text)
    }
    Text {
        objectName: "enrolResult"
        Layout.fillWidth: true
        visible: Kiosk.enrolmentState === "ok" || Kiosk.enrolmentState === "failed"
        text: Kiosk.enrolmentState === "ok" ? qsTr("Enrolled.") : qsTr("Enrolment failed: %1").arg(Kiosk.enrolmentMessage)
        color: Kiosk.enrolmentState === "ok" ? Theme.success : Theme.error
        font.pixelSize: Theme.bodySize
        font.family: Theme.fontFamily
        wrapMode: Text.WordWrap
    }
}
