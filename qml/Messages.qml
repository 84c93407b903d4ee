// Error codes of cardex_core (validation.hpp, mrz.hpp) and of the kiosk, in words a guest understands.
pragma Singleton
import QtQuick

QtObject {
    function error(code) {
        switch (code) {
        case "required": return qsTr("Please fill in this field.")
        case "contact_required": return qsTr("Please give an e-mail address or a phone number.")
        case "invalid_date": return qsTr("Please enter a complete date: day, month and year.")
        case "impossible_date": return qsTr("This date does not exist.")
        case "future_date": return qsTr("This date is in the future.")
        case "implausible_date": return qsTr("Please check the year.")
        case "invalid_email": return qsTr("This e-mail address is not complete or contains a typo.")
        case "invalid_phone": return qsTr("This phone number is not valid for the chosen country code.")
        case "invalid_country": return qsTr("Please choose a country from the list.")
        case "departure_before_arrival": return qsTr("The departure must be after the arrival.")
        case "invalid_value": return qsTr("Please check this value.")
        case "too_long": return qsTr("This is too long.")
        case "invalid_characters": return qsTr("Please remove the special characters.")
        case "invalid_utf8": return qsTr("Please remove the special characters.")
        case "own_card_needed": return qsTr("This person fills in their own card: please remove them from this list.")
        case "check_digit": return qsTr("The code could not be read correctly. Please scan it again or check what you typed.")
        case "invalid_mrz": return qsTr("This does not look like the code of a passport or identity card.")
        case "": return ""
        default: return qsTr("Please check this field.")
        }
    }

    // Kiosk.lastErrorKind in the supervisor's words (the technical detail is shown below it).
    function syncError(kind) {
        switch (kind) {
        case "offline": return qsTr("The server cannot be reached. The tablet keeps the cards and tries again by itself.")
        case "tls": return qsTr("The secure connection to the server failed (certificate). Please call technical support.")
        case "revoked": return qsTr("This tablet may no longer send cards. Please enrol it again (Enrolment).")
        case "store": return qsTr("The tablet's local storage has a problem. Please call technical support.")
        case "not_configured": return qsTr("No sync server is set up on this tablet.")
        case "": return ""
        default: return qsTr("The server answered with an error. The tablet tries again by itself.")
        }
    }

    // A field path of the protocol ("guest.address.city", "companions[1].birth_date") as the card's
    // label, for the supervisor's list of the server's reasons.
    function fieldName(path) {
        const companion = /^companions\[(\d+)\]\.(\w+)$/.exec(path || "")
        if (companion) return qsTr("Person %1: %2").arg(Number(companion[1]) + 1).arg(fieldName("guest." + companion[2]))
        switch (path) {
        case "guest.first_name": return qsTr("First names")
        case "guest.last_name": return qsTr("Last name")
        case "guest.birth_date": return qsTr("Date of birth")
        case "guest.birth_place": return qsTr("Place of birth (town, country)")
        case "guest.nationality": return qsTr("Nationality")
        case "guest.email": return qsTr("E-mail address")
        case "guest.phone": return qsTr("Mobile phone")
        case "guest.address.line1": return qsTr("Street and number")
        case "guest.address.line2": return qsTr("Address line 2")
        case "guest.address.postcode": return qsTr("Postcode")
        case "guest.address.city": return qsTr("Town or city")
        case "guest.address.country": return qsTr("Country of residence")
        case "guest.document": case "guest.document.number": return qsTr("Document number")
        case "guest.document.issuing_country": return qsTr("Issuing country")
        case "stay": return qsTr("Stay")
        case "stay.arrival": return qsTr("Arrival")
        case "stay.departure": return qsTr("Departure")
        case "stay.adults": return qsTr("Adults")
        case "stay.children": return qsTr("Children")
        case "signature": return qsTr("Your signature")
        case "reservation_ref": return qsTr("Booking reference")
        default: return path
        }
    }
}
