// A searchable list of every country, named in the guest's language. Typing filters by name in any
// kiosk language, by alias or by code; the list is long, the search is the way in.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

Popup {
    id: picker
    property bool showCallingCode: false
    property string title
    signal picked(string code)

    parent: Overlay.overlay
    modal: true
    focus: true
    // Centred in the space above the on-screen keyboard (the whole window when it is put away).
    readonly property real space: parent ? parent.height - KeyboardSpace.height : 600
    x: parent ? (parent.width - width) / 2 : 0
    y: Math.max(0, (space - height) / 2)
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 800, Math.round(760 * Theme.scale))
    height: Math.max(Theme.touch * 4, space - (KeyboardSpace.shown ? Theme.spacing : 2 * Theme.margin))
    padding: KeyboardSpace.shown ? Theme.spacing : Theme.margin
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border; border.width: 2 }
    onOpened: { Kiosk.countries.filter = ""; search.text = ""; search.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: picker.title
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        KioskTextField {
            id: search
            objectName: "countrySearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Type to search")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search for a country")
            onTextChanged: Kiosk.countries.filter = text
        }
        ListView {
            id: list
            objectName: "countryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Kiosk.countries
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: Math.round(14 * Theme.scale) }
            delegate: ItemDelegate {
                required property string code
                required property string name
                required property string callingCode
                objectName: "country_" + code
                width: ListView.view.width - Math.round(20 * Theme.scale)
                height: Theme.touch
                text: picker.showCallingCode && callingCode !== "" ? name + "  (" + callingCode + ")" : name
                font.pixelSize: Theme.bodySize
                font.family: Theme.fontFamily
                Accessible.name: text
                onClicked: { picker.picked(code); picker.close() }
            }
        }
        KioskButton {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Cancel")
            onClicked: picker.close()
        }
    }
}
