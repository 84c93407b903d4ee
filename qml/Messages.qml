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
        case "own_card_needed": return qsTr("From 15 years of age, a guest fills in their own card.")
        case "check_digit": return qsTr("The code could not be read correctly. Please scan it again or check what you typed.")
        case "invalid_mrz": return qsTr("This does not look like the code of a passport or identity card.")
        case "": return ""
        default: return qsTr("Please check this field.")
        }
    }
}
