// Step 2: who the guest is. An MRZ (scanned by a keyboard-wedge reader or typed) fills the card;
// every field can also be typed. Which fields show and which are required comes from the country's
// rules (Kiosk.form.fieldNeeds).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ScreenPage {
    id: page
    objectName: "identityScreen"
    property var form: Kiosk.form
    readonly property var pageFields: ["guest.first_name", "guest.last_name", "guest.birth_date", "guest.birth_place",
        "guest.nationality", "guest.document.number", "guest.document.issuing_country"]
    readonly property bool twoColumns: width >= Math.round(1000 * Theme.scale)
    step: 2
    title: qsTr("About you")
    subtitle: qsTr("As written in your passport or identity card.")
    // Next goes on only when this page is right; the errors show where, the first one in view.
    function validate() { return check(form.revealErrors(pageFields)) }

    FieldFrame {
        Layout.fillWidth: true
        label: qsTr("Passport or ID card code (optional)")
        hint: page.form.mrzApplied ? qsTr("Your card has been filled in from the code. Please check it.")
                                   : qsTr("Scan the code at the bottom of the photo page, or type its lines here.")
        error: page.form.mrzError !== "" && mrz.text.trim().length >= 60 ? Messages.error(page.form.mrzError) : ""
        TextArea {
            id: mrz
            objectName: "mrzInput"
            Layout.fillWidth: true
            font.family: "Noto Sans Mono, DejaVu Sans Mono, monospace"
            font.pixelSize: Theme.labelSize
            wrapMode: TextEdit.WrapAnywhere
            inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            placeholderText: "P<FRAMARTIN<<CLAIRE<<<<<<<<<<<<<<<<<<<<<<<<<"
            placeholderTextColor: "#6b7780"
            implicitHeight: Math.max(Theme.fieldHeight, contentHeight + topPadding + bottomPadding)
            leftPadding: Theme.spacing
            Accessible.name: qsTr("Passport or ID card code")
            background: Rectangle { radius: Theme.radius; color: Theme.surface; border.width: 2; border.color: Theme.border }
            // A wedge scanner types the whole zone at once: apply as soon as it reads as one.
            onTextChanged: {
                const compact = text.replace(/\s/g, "")
                if (compact.length === 88 || compact.length === 90 || compact.length === 72) {
                    if (page.form.applyMrz(text)) text = ""
                }
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: page.twoColumns ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        FormField {
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            form: page.form; field: "guest.first_name"
            label: qsTr("First names")
            input.inputMethodHints: Qt.ImhNoPredictiveText
        }
        FormField {
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            form: page.form; field: "guest.last_name"
            label: qsTr("Last name")
            input.inputMethodHints: Qt.ImhNoPredictiveText
        }
        DateField {
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            form: page.form; field: "guest.birth_date"
            label: qsTr("Date of birth")
        }
        FormField {
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            form: page.form; field: "guest.birth_place"
            label: qsTr("Place of birth (town, country)")
        }
        CountryField {
            Layout.fillWidth: true
            Layout.preferredWidth: 400
            form: page.form; field: "guest.nationality"
            label: qsTr("Nationality")
        }
    }

    // The identity document, only where the country's card asks for it.
    ColumnLayout {
        visible: page.form.fieldNeeds["guest.document.number"] !== "hidden"
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            text: qsTr("Identity document")
            font.pixelSize: Theme.headingSize
            font.family: Theme.fontFamily
            color: Theme.ink
        }
        DocumentTypeChooser { Layout.fillWidth: true; form: page.form }
        GridLayout {
            Layout.fillWidth: true
            columns: page.twoColumns ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing
            FormField {
                Layout.fillWidth: true
                Layout.preferredWidth: 400
                form: page.form; field: "guest.document.number"
                label: qsTr("Document number")
                input.inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            }
            CountryField {
                Layout.fillWidth: true
                Layout.preferredWidth: 400
                form: page.form; field: "guest.document.issuing_country"
                label: qsTr("Issuing country")
            }
        }
    }
}
