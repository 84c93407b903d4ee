// Step 5: optional consents, one unticked box per purpose and channel, in the exact versioned
// wording (Kiosk.form.consents). Check-in never depends on them: Next is always enabled.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "consentScreen"
    property var form: Kiosk.form
    step: 5
    title: qsTr("Stay in touch?")
    subtitle: qsTr("These choices are optional. Your check-in does not depend on them, and you can change your mind at any time.")

    Repeater {
        model: page.form.consents
        delegate: CheckBox {
            id: box
            required property int index
            required property string purpose
            required property string wording
            required property bool granted
            objectName: "consent_" + purpose
            Layout.fillWidth: true
            checked: granted
            onToggled: page.form.consents.setGranted(index, checked)
            Accessible.name: wording
            spacing: Theme.spacing
            padding: Theme.spacing
            indicator: Rectangle {
                x: box.leftPadding
                y: box.topPadding + (box.availableHeight - height) / 2
                implicitWidth: Math.round(40 * Theme.scale)
                implicitHeight: implicitWidth
                radius: Math.round(6 * Theme.scale)
                border.width: 3
                border.color: Theme.accent
                color: box.checked ? Theme.accent : Theme.surface
                Text {
                    anchors.centerIn: parent
                    visible: box.checked
                    text: "✓"
                    color: "white"
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                }
            }
            contentItem: Text {
                leftPadding: box.indicator.width + box.spacing
                text: box.wording
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                color: Theme.ink
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: box.checked ? Theme.accent : "#d5d8da"; border.width: 2 }
            implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + topPadding + bottomPadding)
        }
    }

    KioskButton {
        objectName: "privacyNoticeButton"
        text: qsTr("Read the privacy notice")
        onClicked: notice.open()
    }

    Popup {
        id: notice
        objectName: "privacyNotice"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.margin : 800, Math.round(900 * Theme.scale))
        height: Math.min(parent ? parent.height - 2 * Theme.margin : 600, noticeColumn.implicitHeight + 2 * Theme.margin)
        modal: true
        padding: Theme.margin
        background: Rectangle { color: Theme.surface; radius: Theme.radius }
        contentItem: ColumnLayout {
            id: noticeColumn
            spacing: Theme.spacing
            Text {
                text: qsTr("Privacy notice")
                font.pixelSize: Theme.headingSize
                font.family: Theme.fontFamily
                color: Theme.ink
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Text {
                    width: notice.availableWidth
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.bodySize
                    font.family: Theme.fontFamily
                    color: Theme.ink
                    text: qsTr("The hotel records your registration card because the law requires it, and keeps it only as long as the law says. Your e-mail address and phone number are used for your stay. Offers are sent only if you tick the boxes, and every message lets you unsubscribe in one click. You can ask the hotel at any time to see, correct or erase your data.")
                }
            }
            KioskButton {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Close")
                onClicked: notice.close()
            }
        }
    }
}
