// Label above, control, then the error (or a hint) below: the shape of every field of the card.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk

ColumnLayout {
    id: frame
    property string label
    property bool optional: false
    property string error: ""      // translated message
    property string hint: ""
    readonly property bool isFieldFrame: true   // what ScreenPage looks for to show the first error
    default property alias content: holder.data
    spacing: Math.round(6 * Theme.scale)

    Text {
        Layout.fillWidth: true
        text: frame.optional ? qsTr("%1 (optional)").arg(frame.label) : frame.label
        font.pixelSize: Theme.labelSize
        font.family: Theme.fontFamily
        font.weight: Font.DemiBold
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    // A layout, not an Item with childrenRect: its height is known in the same polish pass.
    ColumnLayout {
        id: holder
        Layout.fillWidth: true
        spacing: 0
    }
    Text {
        objectName: "errorText"
        Layout.fillWidth: true
        visible: text !== ""
        text: frame.error !== "" ? frame.error : frame.hint
        color: frame.error !== "" ? Theme.error : Theme.inkSoft
        font.pixelSize: Theme.smallSize
        font.family: Theme.fontFamily
        wrapMode: Text.WordWrap
    }
    // A grid row taller than this field (its neighbour has an error, or a wrapped label) leaves
    // the space below, not between the label and its input.
    Item { Layout.fillHeight: true }
}
