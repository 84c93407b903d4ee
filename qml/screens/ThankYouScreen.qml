// The end: thanks, then back to the welcome screen by itself (the next guest must not see this one).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

Item {
    id: root
    objectName: "thankYouScreen"
    property int returnAfter: 8000
    property bool autoReturn: true
    // Kept from the form when this screen is made: the form is wiped on the way back.
    property string firstName: Kiosk.form.values["guest.first_name"] || ""
    // Guests of the party this card does not cover (the stay's count less the guest and the
    // people listed): each fills a card of their own, and is offered to start it here.
    property int othersInParty: Math.max(0, (Kiosk.form.values["stay.adults"] || 1) + (Kiosk.form.values["stay.children"] || 0)
                                            - 1 - Kiosk.form.companions.length)
    signal done()
    signal nextGuest()

    Rectangle { anchors.fill: parent; color: Theme.background }
    Timer { running: root.autoReturn; interval: root.returnAfter; onTriggered: root.done() }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, Math.round(900 * Theme.scale))
        spacing: Theme.margin
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "✓"
            font.pixelSize: Math.round(96 * Theme.scale)
            color: Theme.success
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.firstName !== "" ? qsTr("Thank you, %1!").arg(root.firstName) : qsTr("Thank you!")
            font.pixelSize: Math.round(52 * Theme.scale)
            font.family: Theme.fontFamily
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Your registration card is complete. The reception desk will give you your key. Enjoy your stay!")
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.margin
            KioskButton {
                objectName: "nextGuestButton"
                visible: root.othersInParty > 0
                text: qsTr("Next guest of this room")
                onClicked: root.nextGuest()
            }
            KioskButton {
                objectName: "doneButton"
                primary: true
                text: qsTr("Done")
                onClicked: root.done()
            }
        }
    }
}
