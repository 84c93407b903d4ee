#include "app/virtual_keyboard.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>

namespace cardex::kiosk {

bool virtual_keyboard_plugin_available(const QStringList& plugin_dirs) {
    for (const QString& base : plugin_dirs) {
        const QDir dir(base + QStringLiteral("/platforminputcontexts"));
        for (const QString& file : dir.entryList(QDir::Files)) {
            // The metadata is embedded in the library and read without loading it.
            const QJsonObject meta = QPluginLoader(dir.filePath(file)).metaData().value(QStringLiteral("MetaData")).toObject();
            if (meta.value(QStringLiteral("Keys")).toArray().contains(QLatin1String(virtual_keyboard_im_module))) return true;
        }
    }
    return false;
}

bool virtual_keyboard_plugin_available() { return virtual_keyboard_plugin_available(QCoreApplication::libraryPaths()); }

bool virtual_keyboard_requested() { return qgetenv("QT_IM_MODULE") == virtual_keyboard_im_module; }

QString virtual_keyboard_problem() {
    if (!virtual_keyboard_requested() || virtual_keyboard_plugin_available()) return {};
    return QStringLiteral(
        "QT_IM_MODULE=qtvirtualkeyboard, but Qt Virtual Keyboard's input-method plugin "
        "(platforminputcontexts/libqtvirtualkeyboardplugin.so, Debian package qt6-virtualkeyboard-plugin) "
        "is not installed in %1: the on-screen keyboard will not appear and guests cannot type. "
        "Install qt6-virtualkeyboard-plugin (deploy/install-deps.sh).")
        .arg(QCoreApplication::libraryPaths().join(QStringLiteral(", ")));
}

}  // namespace cardex::kiosk
