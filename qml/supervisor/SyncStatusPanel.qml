// What waits to be sent, when the server last acknowledged, and the last error.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ColumnLayout {
    objectName: "syncStatusPanel"
    spacing: Theme.spacing
    function when(date) {
        return date && !isNaN(date.getTime()) ? date.toLocaleString(Theme.locale, Locale.ShortFormat) : qsTr("Never")
    }
    InfoRow { objectName: "outboxSize"; label: qsTr("Cards waiting to be sent"); value: Kiosk.outboxSize }
    InfoRow { label: qsTr("Rejected cards"); value: Kiosk.rejectedCount; valueColor: Kiosk.rejectedCount > 0 ? Theme.error : Theme.ink }
    InfoRow { label: qsTr("Last successful sync"); value: parent.when(Kiosk.lastSuccess) }
    InfoRow { label: qsTr("Last attempt"); value: parent.when(Kiosk.lastAttempt) }
    InfoRow {
        objectName: "lastError"
        label: qsTr("Last error")
        value: Kiosk.lastError !== "" ? Messages.syncError(Kiosk.lastErrorKind) : qsTr("None")
        valueColor: Kiosk.lastError !== "" ? Theme.error : Theme.success
    }
    // The engine's own words, for technical support (English, no personal data).
    InfoRow { objectName: "lastErrorDetail"; visible: Kiosk.lastError !== ""; label: qsTr("Details"); value: Kiosk.lastError; valueColor: Theme.inkSoft }
    InfoRow { label: qsTr("Tablet"); value: Kiosk.enrolled ? qsTr("Enrolled as “%1” for hotel %2").arg(Kiosk.deviceName).arg(Kiosk.hotelId) : qsTr("Not enrolled") }
    InfoRow { label: qsTr("Version"); value: Kiosk.version }
    KioskButton { objectName: "syncNow"; primary: true; text: qsTr("Sync now"); onClicked: Kiosk.syncNow() }
}
