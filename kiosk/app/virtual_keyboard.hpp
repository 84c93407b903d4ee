// kiosk/app/virtual_keyboard.hpp — is Qt Virtual Keyboard usable on this tablet?
//
// The keyboard needs two parts from two Debian packages: its QML types (qml6-module-qtquick-
// virtualkeyboard) and the input-method plugin Qt loads for QT_IM_MODULE=qtvirtualkeyboard
// (qt6-virtualkeyboard-plugin, platforminputcontexts/libqtvirtualkeyboardplugin.so). Without the
// plugin the InputPanel loads but never becomes active: a touch-only guest cannot type at all, and
// Qt says nothing. The kiosk checks at start and says so.
#pragma once

#include <QString>
#include <QStringList>

namespace cardex::kiosk {

/// The input-method key Qt Virtual Keyboard's plugin registers (the value of QT_IM_MODULE).
inline constexpr const char* virtual_keyboard_im_module = "qtvirtualkeyboard";

/// True when one of `plugin_dirs` (Qt plugin directories, QCoreApplication::libraryPaths() by
/// default) holds a platform input-context plugin registering the key "qtvirtualkeyboard". Reads the
/// plugins' metadata only; nothing is loaded.
bool virtual_keyboard_plugin_available(const QStringList& plugin_dirs);
bool virtual_keyboard_plugin_available();

/// QT_IM_MODULE asks for Qt Virtual Keyboard.
bool virtual_keyboard_requested();

/// What the kiosk logs when the keyboard is asked for and its plugin is missing ("" when all is well).
QString virtual_keyboard_problem();

}  // namespace cardex::kiosk
