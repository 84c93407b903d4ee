// The kind of identity document, as one button per kind (the chosen one highlighted). Used by the
// identity step and by the supervisor's fix screen.
import QtQuick
import Cardex.Kiosk

Flow {
    id: root
    required property var form
    spacing: Theme.spacing
    Repeater {
        model: [
            { type: "passport", label: qsTr("Passport") },
            { type: "id_card", label: qsTr("Identity card") },
            { type: "residence_permit", label: qsTr("Residence permit") },
            { type: "driving_licence", label: qsTr("Driving licence") }
        ]
        delegate: KioskButton {
            required property var modelData
            objectName: "documentType_" + modelData.type
            text: modelData.label
            primary: root.form.values["guest.document.type"] === modelData.type
            onClicked: root.form.set("guest.document.type", modelData.type)
        }
    }
}
