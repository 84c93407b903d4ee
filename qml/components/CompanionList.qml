// The people on the card with the guest, as the country's card may list them (form.companionPolicy:
// children under 15 in France, under 14 in Spain, a spouse and minors in Germany, Portuguese
// citizens in Portugal, everyone in Italy): one box per person with names, birth date, and where
// the card asks it nationality and relationship, "Remove", and "Add". Used by the address step
// and by the supervisor's fix screen.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk

ColumnLayout {
    id: root
    required property var form
    property bool twoColumns: true
    spacing: Theme.spacing * 1.25

    readonly property string policy: root.form.companionPolicy

    Text {
        Layout.fillWidth: true
        text: root.policy === "children_under_15" ? qsTr("Children under 15 travelling with you")
              : root.policy === "children_under_14" ? qsTr("Children under 14 travelling with you")
              : root.policy === "spouse_and_minors" ? qsTr("Your spouse or partner and children under 18 travelling with you")
              : root.policy === "nationals_only" ? qsTr("Portuguese citizens travelling with you")
              : qsTr("People travelling with you")
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        color: Theme.ink
        wrapMode: Text.WordWrap
    }
    Text {
        objectName: "companionRule"
        Layout.fillWidth: true
        visible: text !== ""
        text: root.policy === "children_under_15" ? qsTr("Other adults and children from 15 fill in their own card.")
              : root.policy === "children_under_14" ? qsTr("Every guest from 14 fills in their own card, after this one.")
              : root.policy === "spouse_and_minors" ? qsTr("Other adults fill in their own card, after this one.")
              : root.policy === "nationals_only" ? qsTr("Every foreign guest, children included, fills in their own card, after this one.")
              : ""
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
                        need: companion.data_, root.form.cardCountry, root.form.companionNeed(companion.index, "birth_date")
                        label: qsTr("Date of birth")
                    }
                    CountryField {
                        objectName: "companion_" + companion.index + "_nationality"
                        Layout.fillWidth: true; Layout.preferredWidth: 400
                        form: root.form
                        field: companion.prefix + "nationality"
                        code: companion.data_.nationality || ""
                        need: companion.data_, root.form.cardCountry, root.form.companionNeed(companion.index, "nationality")
                        label: qsTr("Nationality")
                    }
                }
                // Spain asks a minor's relationship to the guest; Germany lists a spouse at any age.
                Text {
                    visible: relationshipRow.visible
                    text: qsTr("Relationship to you")
                    font.pixelSize: Theme.smallSize
                    font.family: Theme.fontFamily
                    color: Theme.inkSoft
                }
                Flow {
                    id: relationshipRow
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: (companion.data_, root.form.cardCountry, root.form.companionNeed(companion.index, "relationship")) !== "hidden"
                    Repeater {
                        model: [{ value: "child", label: qsTr("Child") },
                                { value: "spouse", label: qsTr("Spouse or partner") },
                                { value: "other", label: qsTr("Other") }]
                        delegate: KioskButton {
                            required property var modelData
                            objectName: "companion_" + companion.index + "_relationship_" + modelData.value
                            text: modelData.label
                            primary: (companion.data_.relationship || "other") === modelData.value
                            onClicked: root.form.setCompanion(companion.index, "relationship", modelData.value)
                        }
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
