// The kiosk's look: high contrast, large type, touch targets of at least 48 px (scaled with the
// screen's short side so that a 2048×1536 tablet gets the same physical sizes as a 1280×800 one).
pragma Singleton
import QtQuick

QtObject {
    // Set by Main.qml from the window size; 1 for 800 px on the short side.
    property real scale: 1
    property string language: "fr"

    readonly property string fontFamily: language === "zh" ? "Noto Sans CJK SC" : "Noto Sans"

    readonly property color background: "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color ink: "#14212b"          // 15:1 on background
    readonly property color inkSoft: "#3c4a55"      // 8:1
    readonly property color accent: "#0b5c7a"       // buttons: white on it is 7:1
    readonly property color accentPressed: "#084660"
    readonly property color accentSoft: "#d9eaf1"
    readonly property color border: "#6b7780"
    readonly property color error: "#a4161a"        // 7:1 on white
    readonly property color errorSoft: "#fbe9e9"
    readonly property color success: "#1d6b3a"
    readonly property color notice: "#7a4b00"
    readonly property color noticeSoft: "#fff3d6"

    readonly property int touch: Math.round(56 * scale)      // ≥ 48 px touch targets
    readonly property int fieldHeight: Math.round(60 * scale)
    readonly property int spacing: Math.round(16 * scale)
    readonly property int margin: Math.round(32 * scale)
    readonly property int radius: Math.round(10 * scale)

    readonly property int titleSize: Math.round(40 * scale)
    readonly property int headingSize: Math.round(28 * scale)
    readonly property int bodySize: Math.round(22 * scale)
    readonly property int labelSize: Math.round(20 * scale)
    readonly property int smallSize: Math.round(18 * scale)

    // Widest a column of form fields gets: lines stay readable on a wide screen.
    readonly property int contentWidth: Math.round(1100 * scale)

    // A person's name in the order of the language (Chinese: family name first, no space).
    function fullName(first, last) {
        first = first || ""; last = last || ""
        return language === "zh" ? last + first : (first + " " + last).trim()
    }

    // The guest's language as a locale (as LanguageController sets QLocale's default).
    readonly property var locale: Qt.locale(({ zh: "zh_CN", en: "en_GB", uk: "uk_UA" })[language] || language)

    // "2026-11-22" as the guest's language writes a date, month names included.
    function formatDate(iso) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(String(iso))) return String(iso === undefined ? "" : iso)
        // The locale's long form without the weekday: "17 avril 1988", "17. April 1988", "1988年4月17日".
        const format = locale.dateFormat(Locale.LongFormat).replace(/dddd[,，\s]*/, "").replace(/[,，\s]*dddd/, "")
        // Qt.formatDate() would name the month in English whatever the language.
        return new Date(iso + "T12:00:00").toLocaleDateString(locale, format)
    }

    // An RFC 3339 time ("2026-11-22T09:58:12+01:00") as the guest's language writes date and time.
    function formatDateTime(rfc3339) {
        const when = new Date(String(rfc3339 || ""))
        return isNaN(when.getTime()) ? String(rfc3339 || "") : when.toLocaleString(locale, Locale.ShortFormat)
    }
}
