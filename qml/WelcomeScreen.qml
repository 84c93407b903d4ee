// Attract screen: greets the guest in every kiosk language and offers the languages. A hidden
// gesture (five taps in the top-left corner within three seconds) asks for supervisor mode.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk

Item {
    id: root
    objectName: "welcomeScreen"

    // Endonyms, so every guest finds their own language whatever is currently shown.
    readonly property var languages: [
        { code: "fr", name: "Français" }, { code: "en", name: "English" },
        { code: "es", name: "Español" }, { code: "it", name: "Italiano" },
        { code: "de", name: "Deutsch" }, { code: "zh", name: "中文" },
        { code: "uk", name: "Українська" }
    ]
    signal languageChosen(string code)
    signal supervisorRequested()

    Rectangle { anchors.fill: parent; color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, Math.round(1000 * Theme.scale))
        spacing: Theme.margin

        Label {
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Welcome")
            font.pixelSize: Math.round(64 * Theme.scale)
            font.family: Theme.fontFamily
            font.weight: Font.Light
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        // Deliberately multilingual: the guest has not chosen a language yet.
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "Bienvenue · Welcome · Bienvenido · Benvenuto · Willkommen · 欢迎 · Ласкаво просимо"
            font.pixelSize: Theme.bodySize
            font.family: "Noto Sans, Noto Sans CJK SC"
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Choose your language to check in")
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Flow {
            id: flow
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(root.width - 2 * Theme.margin, Math.round(900 * Theme.scale))
            spacing: Theme.spacing
            readonly property int perRow: width >= Math.round(860 * Theme.scale) ? 4 : 2
            Repeater {
                model: root.languages
                delegate: Button {
                    required property var modelData
                    text: modelData.name
                    font.pixelSize: Theme.headingSize
                    font.family: modelData.code === "zh" ? "Noto Sans CJK SC" : "Noto Sans"
                    implicitWidth: (flow.width - (flow.perRow - 1) * flow.spacing) / flow.perRow
                    implicitHeight: Math.round(88 * Theme.scale)
                    objectName: "language_" + modelData.code
                    Accessible.name: modelData.name
                    onClicked: root.languageChosen(modelData.code)
                    contentItem: Text {
                        text: parent.text
                        font: parent.font
                        color: "white"
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: parent.down ? Theme.accentPressed : Theme.accent
                    }
                }
            }
        }
    }

    // Hidden supervisor gesture: deliberately not a button, not announced to accessibility tools.
    MouseArea {
        id: corner
        objectName: "supervisorCorner"
        width: Math.round(96 * Theme.scale)
        height: width
        property int taps: 0
        onClicked: {
            taps += 1
            if (taps === 1) tapWindow.restart()
            if (taps >= 5) { taps = 0; tapWindow.stop(); root.supervisorRequested() }
        }
        Timer { id: tapWindow; interval: 3000; onTriggered: corner.taps = 0 }
    }
}
