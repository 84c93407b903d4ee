// The frame of every guest step: progress and title on top, the content in a scrolling column of
// readable width, Back / Next at the bottom where thumbs are. Screens only fill in the content.
// While the on-screen keyboard is up the page ends above it (Back / Next rest on the keys) and the
// field being typed is scrolled into view; a tap outside the fields puts the keyboard away.
import QtQuick
import QtQuick.Window
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

    // For a screen's validate(): when the page has errors, the first one is brought into view and
    // its field focused, so that Next never seems to do nothing. Returns `clean`.
    function check(clean) {
        if (!clean) Qt.callLater(showFirstError)
        return clean
    }
    function showFirstError() {
        column.ensurePolished()
        const frame = firstError(column)
        if (!frame) return
        reveal(frame)
        const input = firstInput(frame)
        if (input) input.forceActiveFocus()
    }
    // Depth first, which is reading order for the page's columns and grids.
    function firstError(item) {
        if (!item || !item.children) return null   // a page left before the call came
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (!child.visible) continue
            if (child.isFieldFrame === true && child.error !== "") return child
            const found = firstError(child)
            if (found) return found
        }
        return null
    }
    function firstInput(item) {
        if (!item || !item.children) return null
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.visible && child.acceptableInput !== undefined) return child
            const found = firstInput(child)
            if (found) return found
        }
        return null
    }
    function isInside(item, ancestor) {
        for (let p = item; p; p = p.parent) if (p === ancestor) return true
        return false
    }
    // Scrolls the least needed for `item` to be seen whole (its top first when it is too tall),
    // with the field's label above and its error line below.
    function reveal(item) {
        if (!item || !isInside(item, flick.contentItem)) return
        const room = Theme.labelSize * 2
        const top = item.mapToItem(flick.contentItem, 0, 0).y - room
        const bottom = top + item.height + 2 * room
        const last = Math.max(0, flick.contentHeight - flick.height)
        if (top < flick.contentY || bottom - top > flick.height) flick.contentY = Math.min(last, Math.max(0, top))
        else if (bottom > flick.contentY + flick.height) flick.contentY = Math.min(last, bottom - flick.height)
    }
    // The field with the focus, kept in view when it gets the focus and when the view shrinks (the
    // keyboard comes up; the header gets shorter a frame later).
    readonly property Item focusedItem: Window.activeFocusItem
    onFocusedItemChanged: Qt.callLater(reveal, focusedItem)

    Rectangle { anchors.fill: parent; color: Theme.background }
    MouseArea { anchors.fill: parent; onClicked: KeyboardSpace.dismiss(page) }

    RowLayout {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Math.round(4 * Theme.scale)
            Text {
                visible: page.step > 0 && !KeyboardSpace.shown   // room for the field being typed
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
        onHeightChanged: Qt.callLater(page.reveal, page.focusedItem)
        ScrollBar.vertical: ScrollBar { width: Math.round(12 * Theme.scale) }
        // Under the fields: a tap on the page itself puts the keyboard away.
        MouseArea {
            width: flick.width
            height: Math.max(flick.height, flick.contentHeight)
            onClicked: KeyboardSpace.dismiss(page)
        }
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
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; bottomMargin: KeyboardSpace.height }
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
