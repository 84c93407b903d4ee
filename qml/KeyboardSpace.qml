// The part of the window the on-screen keyboard covers, at the bottom (0 while it is put away).
// Main.qml sets it from the InputPanel; pages end above it and popups shrink to the space left, so
// that the field being typed and the page's buttons are never under the keys.
pragma Singleton
import QtQuick

QtObject {
    property real height: 0
    readonly property bool shown: height > 0

    // Puts the keyboard away by giving the focus to something that takes no text (`item`: the page).
    function dismiss(item) {
        if (item) item.forceActiveFocus()
        Qt.inputMethod.hide()
    }
}
