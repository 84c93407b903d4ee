// A text field of the kiosk theme (large, clear border, red when in error). Enter (the keyboard's
// return key) goes to the next field of the page, and after the last one puts the keyboard away.
import QtQuick
import QtQuick.Controls
import Cardex.Kiosk

TextField {
    id: control
    property bool invalid: false
    // Where Enter goes when the focus chain (the order of the items) is not the order on screen:
    // the date boxes in Chinese order (year, month, day).
    property Item enterTarget: null
    property Item chainAfter: control   // Enter continues the focus chain after this item
    onAccepted: {
        const next = enterTarget || nextField()
        if (next) next.forceActiveFocus()
        else KeyboardSpace.dismiss(scrollArea() || control.parent)
    }
    // The Flickable the field scrolls in (a page's content), or null (a popup's search).
    function scrollArea() {
        for (let p = parent; p; p = p.parent) if (p.contentY !== undefined && p.flickableDirection !== undefined) return p
        return null
    }
    function isInside(item, ancestor) {
        for (let p = item; p; p = p.parent) if (p === ancestor) return true
        return false
    }
    // The next text field in focus order within the same scrolling area; the page's footer buttons
    // come after its content, so reaching one means this was the last field.
    function nextField() {
        const area = scrollArea()
        if (!area) return null
        let item = chainAfter.nextItemInFocusChain(true)
        for (let i = 0; item && item !== control && item !== chainAfter && i < 200; ++i, item = item.nextItemInFocusChain(true)) {
            if (!isInside(item, area.contentItem)) return null
            if (item.acceptableInput !== undefined && item.visible && item.enabled && !item.readOnly) return item
        }
        return null
    }
    font.pixelSize: Theme.bodySize
    font.family: Theme.fontFamily
    color: Theme.ink
    implicitHeight: Theme.fieldHeight
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    placeholderTextColor: "#6b7780"
    selectByMouse: true
    background: Rectangle {
        radius: Theme.radius
        color: control.invalid ? Theme.errorSoft : Theme.surface
        border.width: control.activeFocus ? 3 : 2
        border.color: control.invalid ? Theme.error : control.activeFocus ? Theme.accent : Theme.border
    }
}
