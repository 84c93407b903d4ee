// The kiosk's root window. Screens are pushed on a StackView; this file only lays them out.
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: "Cardex"
    color: "#f6f4ef"

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: WelcomeScreen {}
    }
}
