// Step 6: the signature, drawn with a finger; kept as vector strokes (SVG path data).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "signatureScreen"
    property var form: Kiosk.form
    readonly property bool required_: form.fieldNeeds["signature"] === "required"
    step: 6
    title: qsTr("Your signature")
    subtitle: qsTr("By signing, you confirm that the information on your card is correct.")
    nextEnabled: !required_ || form.signature !== ""

    SignaturePad {
        id: pad
        objectName: "signaturePad"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Math.round(260 * Theme.scale),
                                         Math.min(page.height * 0.45, Math.round(520 * Theme.scale)))
        onSignatureChanged: svg => page.form.signature = svg
        Component.onCompleted: if (page.form.signature !== "") fromSvgPath(page.form.signature)
    }
    RowLayout {
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: qsTr("Sign with your finger in the white area.")
            font.pixelSize: Theme.smallSize
            font.family: Theme.fontFamily
            color: Theme.inkSoft
            wrapMode: Text.WordWrap
        }
        KioskButton {
            objectName: "clearSignature"
            text: qsTr("Clear and sign again")
            enabled: !pad.empty
            onClicked: pad.clear()
        }
    }
}
