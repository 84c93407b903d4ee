// Qt Quick Test runner for the kiosk's QML module (linked statically, as in the app). Every test
// file gets its own QML engine and with it a fresh `Kiosk` backend on in-memory services.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "app/kiosk_backend.hpp"
#include "app/qml_registration.hpp"

Q_IMPORT_QML_PLUGIN(Cardex_KioskPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        // Few PBKDF2 iterations: the PIN tests check the lock, not the cost of the hash.
        cardex::kiosk::register_qml_types([](QQmlEngine*) { return cardex::kiosk::make_demo_backend(1000); });
    }
    // Qt 6.4 does not search the resource prefix of statically linked modules by default.
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(cardex_qml, Setup)

#include "main.moc"
