// The country whose registration card rules apply, and the language the kiosk starts in.
import QtQuick
import QtQuick.Layouts
import Cardex.Kiosk
import Cardex.Kiosk.Backend

ColumnLayout {
    objectName: "settingsPanel"
    spacing: Theme.spacing
    Text {
        text: qsTr("Registration card rules")
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        color: Theme.ink
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: Kiosk.cardCountries
            delegate: KioskButton {
                required property string modelData
                objectName: "cardCountry_" + modelData
                text: (Kiosk.countries.language, Kiosk.countries.nameOf(modelData))
                primary: Kiosk.cardCountry === modelData
                onClicked: Kiosk.cardCountry = modelData
            }
        }
    }
    Text {
        text: qsTr("Default language")
        font.pixelSize: Theme.headingSize
        font.family: Theme.fontFamily
        color: Theme.ink
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: Kiosk.languages.languages
            delegate: KioskButton {
                required property var modelData
                objectName: "defaultLanguage_" + modelData.code
                text: modelData.name
                font.family: modelData.code === "zh" ? "Noto Sans CJK SC" : "Noto Sans"
                primary: Kiosk.languages.defaultLanguage === modelData.code
                onClicked: Kiosk.setDefaultLanguage(modelData.code)
            }
        }
    }
}
