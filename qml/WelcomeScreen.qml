// Attract screen: greets the guest and offers the languages of the kiosk.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

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

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 32

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Welcome")
            font.pixelSize: 56
            font.weight: Font.Light
            color: "#1d2b36"
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Choose your language to check in")
            font.pixelSize: 24
            color: "#3c4a55"
        }
        Flow {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(root.width - 96, 900)
            spacing: 16
            Repeater {
                model: root.languages
                delegate: Button {
                    required property var modelData
                    text: modelData.name
                    font.pixelSize: 24
                    implicitWidth: 200
                    implicitHeight: 72
                    objectName: "language_" + modelData.code
                    Accessible.name: modelData.name
                    onClicked: root.languageChosen(modelData.code)
                }
            }
        }
    }
}
