// cardex-kiosk — the lobby tablet app. This file wires the command line to the QML module; the
// guest flow, local store and sync service come with the kiosk issue.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

#include <string_view>

Q_IMPORT_QML_PLUGIN(Cardex_KioskPlugin)

namespace {
// --help and --version must work on a machine without a display (an installer, a CI log).
bool needs_no_display(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v") return true;
    }
    return false;
}
}  // namespace

int main(int argc, char** argv) {
    if (needs_no_display(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("cardex-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CARDEX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cardex lobby kiosk: registration card, pre-check-in, e-mail capture"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption server({QStringLiteral("server")}, QStringLiteral("Sync server base URL"), QStringLiteral("URL"));
    QCommandLineOption dataDir({QStringLiteral("data-dir")}, QStringLiteral("Local store directory"), QStringLiteral("DIR"));
    parser.addOption(server);
    parser.addOption(dataDir);
    parser.process(app);

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));  // Qt 6.4 does not add the static modules' prefix
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    // Qt 6.4 has no loadFromModule(); the module's files live under its resource prefix.
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Cardex/Kiosk/Main.qml")));
    return app.exec();
}
