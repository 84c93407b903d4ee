// Supervisor mode: one screen with a section list (enrolment, sync status, rejected cards, settings)
// and the section's content. `section` picks what is shown (the tour shows each).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "supervisorScreen"
    property string section: "sync"
    signal fixRequested()
    signal leaveRequested()
    title: qsTr("Supervisor mode")
    showNext: false
    showBack: true
    onBack: leaveRequested()

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: [
                { key: "sync", label: qsTr("Sync status") },
                { key: "rejected", label: qsTr("Rejected cards (%1)").arg(Kiosk.rejectedCount) },
                { key: "enrol", label: qsTr("Enrolment") },
                { key: "settings", label: qsTr("Settings") }
            ]
            delegate: KioskButton {
                required property var modelData
                objectName: "section_" + modelData.key
                text: modelData.label
                primary: page.section === modelData.key
                onClicked: page.section = modelData.key
            }
        }
        KioskButton {
            objectName: "exitApp"
            text: qsTr("Exit the application")
            onClicked: Qt.quit()
        }
    }

    SyncStatusPanel { visible: page.section === "sync"; Layout.fillWidth: true }
    RejectedPanel { visible: page.section === "rejected"; Layout.fillWidth: true; onFixRequested: page.fixRequested() }
    EnrolPanel { visible: page.section === "enrol"; Layout.fillWidth: true }
    SettingsPanel { visible: page.section === "settings"; Layout.fillWidth: true }
}
