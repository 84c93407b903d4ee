// Qt Quick Test runner for the kiosk's QML module (linked statically, as in the app).
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Cardex_KioskPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    // Qt 6.4 does not search the resource prefix of statically linked modules by default.
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(cardex_qml, Setup)

#include "main.moc"
