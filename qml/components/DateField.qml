// A date as three boxes (day, month, year; year first in Chinese), with a number keypad. Suits
// birth dates, which are typed, not scrolled to in a calendar. Writes "YYYY-MM-DD" to the form
// once complete; an incomplete date is written as such ("17//"), and validation calls it
// incomplete — once the guest has left the whole date, not when going from day to month.
// A companion's date is a field path too ("companions[0].birth_date"): GuestForm.set takes it.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk

FieldFrame {
    id: root
    required property var form
    required property string field
    property string need: form.fieldNeeds[field] !== undefined ? form.fieldNeeds[field] : "optional"
    readonly property string errorCode: form.errors[field] !== undefined ? form.errors[field] : ""
    // What the form holds (a companion's row sets it from its own values).
    property string value: form.values[field] !== undefined ? String(form.values[field]) : ""
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
    // Shows what the form holds: a complete date, one being typed ("17//", kept when the guest
    // goes back and forth), or nothing. A box already showing the number ("7" for "07") is left as
    // typed, so that the digit being typed is not overwritten.
    function read() {
        const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
        const typing = /^(\d*)\/(\d*)\/(\d*)$/.exec(value)
        if (iso) { show(day, iso[3]); show(month, iso[2]); show(year, iso[1]) }
        else if (typing) { show(day, typing[1]); show(month, typing[2]); show(year, typing[3]) }
        else if (value === "") { year.text = ""; month.text = ""; day.text = "" }
    }
    function show(box, digits) {
        if (box.text === digits) return
        if (digits === "" || box.text === "" || Number(box.text) !== Number(digits)) box.text = digits
    }
    onValueChanged: read()
    Component.onCompleted: read()

    // Going from one box to the next is not leaving the field (Qt tells of the focus that was
    // lost once the next box has it): the date is checked when none of its boxes has the focus.
    readonly property bool editing: day.activeFocus || month.activeFocus || year.activeFocus
    onEditingChanged: if (!editing) form.touch(field)

    // Chinese writes dates year – month – day; the others here day – month – year.
    GridLayout {
        Layout.fillWidth: true
        columns: 4
        rowSpacing: 0
        columnSpacing: Theme.spacing
        KioskTextField {
            id: day
            objectName: "day"
            chainAfter: root.yearFirst ? year : day   // in Chinese the day box is the last
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
        }
        KioskTextField {
            id: month
            objectName: "month"
            enterTarget: root.yearFirst ? day : null
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
        }
        KioskTextField {
            id: year
            objectName: "year"
            enterTarget: root.yearFirst ? month : null
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
        }
        Item { Layout.row: 0; Layout.column: 3; Layout.fillWidth: true }
    }
}
