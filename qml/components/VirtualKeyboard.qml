// Qt Virtual Keyboard, loaded only when QT_IM_MODULE=qtvirtualkeyboard; its layout follows the
// kiosk's language. Debian 12's Qt Virtual Keyboard has no Chinese (pinyin) input method: Chinese
// guests type on the English layout, which is how their passport writes their name anyway.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Cardex.Kiosk
import Cardex.Kiosk.Backend

InputPanel {
    id: panel
    readonly property var locales: ({ fr: "fr_FR", en: "en_GB", es: "es_ES", it: "it_IT", de: "de_DE", zh: "en_GB", uk: "uk_UA" })
    width: parent ? parent.width : 0
    y: active ? 0 : height
    visible: active
    Binding { target: VirtualKeyboardSettings; property: "activeLocales"; value: Object.values(panel.locales) }
    Binding { target: VirtualKeyboardSettings; property: "locale"; value: panel.locales[Kiosk.languages.language] || "en_GB" }
}
