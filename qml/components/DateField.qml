// A date as three boxes (day, month, year; year first in Chinese), with a number keypad. Suits
// birth dates, which are typed, not scrolled to in a calendar. Writes "YYYY-MM-DD" to the form
// once complete; an incomplete date is written as such, and validation calls it incomplete.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk

FieldFrame {
    id: root
    required property var form
    required property string field
    readonly property string need: form.fieldNeeds[field] !== undefined ? form.fieldNeeds[field] : "optional"
    readonly property string errorCode: form.errors[field] !== undefined ? form.errors[field] : ""
    readonly property string value: form.values[field] !== undefined ? String(form.values[field]) : ""
    readonly property bool yearFirst: Theme.language === "zh"

    visible: need !== "hidden"
    optional: need === "optional"
    error: Messages.error(errorCode)
    objectName: "field_" + field

    function pad(text, n) { while (text.length < n) text = "0" + text; return text }
    function write() {
        const d = day.text.trim(), m = month.text.trim(), y = year.text.trim()
        if (d === "" && m === "" && y === "") form.set(field, "")
        else if (d.length > 0 && m.length > 0 && y.length === 4) form.set(field, y + "-" + pad(m, 2) + "-" + pad(d, 2))
        else form.set(field, d + "/" + m + "/" + y)
    }
    // The form changed from elsewhere (MRZ, booking, wipe): show its value.
    function read() {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
        if (match) { year.text = match[1]; month.text = match[2]; day.text = match[3] }
        else if (value === "") { year.text = ""; month.text = ""; day.text = "" }
    }
    onValueChanged: read()
    Component.onCompleted: read()

    // Chinese writes dates year – month – day; the others here day – month – year.
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        rowSpacing: 0
        columnSpacing: Theme.spacing
        KioskTextField {
            id: day
            objectName: "day"
            Layout.row: 0
            Layout.column: root.yearFirst ? 2 : 0
            Layout.preferredWidth: Math.round(110 * Theme.scale)
            placeholderText: qsTr("DD")
            maximumLength: 2
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /\d{0,2}/ }
            invalid: root.errorCode !== ""
            Accessible.name: root.label + " – " + qsTr("Day")
            onTextEdited: { root.write(); if (text.length === 2 && !root.yearFirst) month.forceActiveFocus() }
            onActiveFocusChanged: if (!activeFocus) root.form.touch(root.field)
        }
        KioskTextField {
            id: month
            objectName: "month"
            Layout.row: 0
            Layout.column: 1
            Layout.preferredWidth: Math.round(110 * Theme.scale)
            placeholderText: qsTr("MM")
            maximumLength: 2
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /\d{0,2}/ }
            invalid: root.errorCode !== ""
            Accessible.name: root.label + " – " + qsTr("Month")
            onTextEdited: { root.write(); if (text.length === 2) (root.yearFirst ? day : year).forceActiveFocus() }
            onActiveFocusChanged: if (!activeFocus) root.form.touch(root.field)
        }
        KioskTextField {
            id: year
            objectName: "year"
            Layout.row: 0
            Layout.column: root.yearFirst ? 0 : 2
            Layout.preferredWidth: Math.round(150 * Theme.scale)
            placeholderText: qsTr("YYYY")
            maximumLength: 4
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /\d{0,4}/ }
            invalid: root.errorCode !== ""
            Accessible.name: root.label + " – " + qsTr("Year")
            onTextEdited: { root.write(); if (text.length === 4 && root.yearFirst) month.forceActiveFocus() }
            onActiveFocusChanged: if (!activeFocus) root.form.touch(root.field)
        }
        Item { Layout.row: 0; Layout.column: 3; Layout.fillWidth: true }
    }
}
