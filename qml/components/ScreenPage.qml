// The frame of every guest step: progress and title on top, the content in a scrolling column of
// readable width, Back / Next at the bottom where thumbs are. Screens only fill in the content.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk

Item {
    id: page
    property string title
    property string subtitle
    property int step: 0            // 1…7 of the guest flow; 0 hides the progress
    readonly property int stepCount: 7
    property string nextText: qsTr("Next")
    property bool nextEnabled: true
    property bool showBack: true
    property bool showNext: true
    property bool showLanguage: true
    default property alias content: column.data
    property alias flickable: flick
    signal next()
    signal back()

    Rectangle { anchors.fill: parent; color: Theme.background }

    RowLayout {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(4 * Theme.scale)
            Text {
                visible: page.step > 0
                text: qsTr("Step %1 of %2").arg(page.step).arg(page.stepCount)
                font.pixelSize: Theme.smallSize
                font.family: Theme.fontFamily
                color: Theme.inkSoft
            }
            Text {
                objectName: "screenTitle"
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.titleSize
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                color: Theme.ink
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }
        LanguageMenu { visible: page.showLanguage; Layout.alignment: Qt.AlignTop }
    }
    // Progress bar under the header.
    Rectangle {
        id: progress
        visible: page.step > 0
        anchors { left: parent.left; right: parent.right; top: header.bottom; topMargin: Theme.spacing }
        height: Math.round(6 * Theme.scale)
        color: "#dde2e5"
        Rectangle { width: parent.width * page.step / page.stepCount; height: parent.height; color: Theme.accent }
    }

    Flickable {
        id: flick
        anchors { left: parent.left; right: parent.right; top: progress.bottom; bottom: footer.top
                  topMargin: Theme.spacing; bottomMargin: Theme.spacing }
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: Math.round(12 * Theme.scale) }
        ColumnLayout {
            id: column
            x: (flick.width - width) / 2
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentWidth)
            spacing: Theme.spacing * 1.25
            Text {
                visible: page.subtitle !== ""
                Layout.fillWidth: true
                text: page.subtitle
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                color: Theme.inkSoft
                wrapMode: Text.WordWrap
            }
        }
    }

    Rectangle {
        id: footer
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: footerRow.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: "#d5d8da" }
        RowLayout {
            id: footerRow
            anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: Theme.spacing; bottomMargin: Theme.spacing }
            KioskButton {
                objectName: "backButton"
                visible: page.showBack
                text: qsTr("Back")
                onClicked: page.back()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "nextButton"
                visible: page.showNext
                primary: true
                enabled: page.nextEnabled
                text: page.nextText
                onClicked: page.next()
            }
        }
    }
}
