// The people on the card with the guest, as the country's card lists them (children under 15 in
// France, everyone elsewhere): one box per person with names and birth date, "Remove", and "Add".
// Used by the address step and by the supervisor's fix screen.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk

ColumnLayout {
    id: root
    required property var form
    property bool twoColumns: true
    spacing: Theme.spacing * 1.25

    Text {
        Layout.fillWidth: true
        text: root.form.companionsAreChildren ? qsTr("Children under 15 travelling with you")
                                              : qsTr("People travelling with you")
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: root.form.companionsAreChildren
        text: qsTr("Other adults and children from 15 fill in their own card.")
        font.pixelSize: Theme.smallSize
        font.family: Theme.fontFamily
        color: Theme.inkSoft
        wrapMode: Text.WordWrap
    }
    Repeater {
        model: root.form.companions.length
        delegate: Rectangle {
            id: companion
            required property int index
            readonly property var data_: root.form.companions[index] || ({})
            readonly property string prefix: "companions[" + index + "]."
            objectName: "companion_" + index
            Layout.fillWidth: true
            implicitHeight: companionColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: "#d5d8da"
            ColumnLayout {
                id: companionColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                spacing: Theme.spacing
                GridLayout {
                    Layout.fillWidth: true
                    columns: root.twoColumns ? 3 : 1
                    columnSpacing: Theme.spacing
                    Repeater {
                        model: [{ key: "first_name", label: qsTr("First names") },
                                { key: "last_name", label: qsTr("Last name") }]
                        delegate: FieldFrame {
                            required property var modelData
                            readonly property string path: companion.prefix + modelData.key
                            Layout.fillWidth: true; Layout.preferredWidth: 400
                            label: modelData.label
                            error: Messages.error(root.form.errors[path] || "")
                            KioskTextField {
                                objectName: "companion_" + companion.index + "_" + modelData.key
                                Layout.fillWidth: true
                                text: companion.data_[modelData.key] || ""
                                invalid: (root.form.errors[path] || "") !== ""
                                inputMethodHints: Qt.ImhNoPredictiveText
                                Accessible.name: modelData.label
                                onTextEdited: root.form.setCompanion(companion.index, modelData.key, text)
                                onActiveFocusChanged: if (!activeFocus) root.form.touch(path)
                            }
                        }
                    }
                    // Typed as the guest's own birth date is: day, month, year boxes.
                    DateField {
                        objectName: "companion_" + companion.index + "_birth_date"
                        Layout.fillWidth: true; Layout.preferredWidth: 400
                        form: root.form
                        field: companion.prefix + "birth_date"
                        value: companion.data_.birth_date || ""
                        need: root.form.companionsAreChildren ? "required" : "optional"
                        label: qsTr("Date of birth")
                    }
                }
                KioskButton {
                    text: qsTr("Remove")
                    onClicked: root.form.removeCompanion(companion.index)
                }
            }
        }
    }
    KioskButton {
        objectName: "addCompanion"
        text: root.form.companionsAreChildren ? qsTr("Add a child") : qsTr("Add a person")
        onClicked: root.form.addCompanion()
    }
}
