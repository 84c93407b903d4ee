// The language button of every screen: a guest can switch language at any step; what was entered stays.
import QtQuick
import QtQuick.Controls
import Cardex.Kiosk
import Cardex.Kiosk.Backend

KioskButton {
    id: root
    objectName: "languageMenuButton"
    readonly property var current: Kiosk.languages.languages.find(l => l.code === Kiosk.languages.language)
    text: (current ? current.name : "") + "  ▾"
    Accessible.name: qsTr("Change language")
    onClicked: menu.open()

    Popup {
        id: menu
        y: root.height + 4
        x: root.width - width
        padding: Theme.spacing / 2
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border; border.width: 2 }
        contentItem: Column {
            spacing: 4
            Repeater {
                model: Kiosk.languages.languages
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "switchTo_" + modelData.code
                    width: Math.round(260 * Theme.scale)
                    height: Theme.touch
                    text: modelData.name
                    font.pixelSize: Theme.bodySize
                    // Each endonym in a font that has its script.
                    font.family: modelData.code === "zh" ? "Noto Sans CJK SC" : "Noto Sans"
                    highlighted: modelData.code === Kiosk.languages.language
                    Accessible.name: modelData.name
                    onClicked: { Kiosk.languages.language = modelData.code; menu.close() }
                }
            }
        }
    }
}
