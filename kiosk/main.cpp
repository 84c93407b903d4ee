// cardex-kiosk — the lobby tablet app. This file wires the command line to the backend and the QML
// module; the screens are in qml/, the models in kiosk/flow, kiosk/i18n, kiosk/supervisor.
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <sys/stat.h>
#include <optional>
#include <string_view>

#include "app/demo_services.hpp"
#include "app/kiosk_backend.hpp"
#include "app/qml_registration.hpp"
#include "app/tour.hpp"
#include "app/virtual_keyboard.hpp"
#include "sync/client_lookup.hpp"
#include "sync/sync_service.hpp"

Q_IMPORT_QML_PLUGIN(Cardex_KioskPlugin)

namespace {
// --help, --version and --tour must work on a machine without a display (an installer, CI).
bool needs_no_display(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--tour") return true;
    }
    return false;
}

QSize parse_size(const QString& text) {
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2) return {};
    return {parts[0].toInt(), parts[1].toInt()};
}
}  // namespace

int main(int argc, char** argv) {
    QElapsedTimer since_start;
    since_start.start();
    ::umask(0077);  // every file the kiosk writes (outbox, key, kiosk.ini, WAL) is its account's only
    if (needs_no_display(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("cardex-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Cardex"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CARDEX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cardex lobby kiosk: registration card, pre-check-in, e-mail capture"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption server({QStringLiteral("server")}, QStringLiteral("Sync server base URL"), QStringLiteral("URL"));
    QCommandLineOption dataDir({QStringLiteral("data-dir")}, QStringLiteral("Local store and settings directory"), QStringLiteral("DIR"));
    QCommandLineOption caFile({QStringLiteral("ca")}, QStringLiteral("CA certificate of the sync server (PEM); default: the system's"), QStringLiteral("FILE"));
    QCommandLineOption tour({QStringLiteral("tour")}, QStringLiteral("Render every screen in every language to DIR/<lang>-<NN>-<screen>.png and exit"), QStringLiteral("DIR"));
    QCommandLineOption tourSize({QStringLiteral("tour-size")}, QStringLiteral("Window size of the tour (default 1280x800)"), QStringLiteral("WxH"), QStringLiteral("1280x800"));
    QCommandLineOption idleWarning({QStringLiteral("idle-warning")}, QStringLiteral("Seconds without a touch before the idle warning (default 90)"), QStringLiteral("S"), QStringLiteral("90"));
    QCommandLineOption idleWipe({QStringLiteral("idle-wipe")}, QStringLiteral("Seconds of warning before the form is wiped (default 30)"), QStringLiteral("S"), QStringLiteral("30"));
    QCommandLineOption windowed({QStringLiteral("windowed")}, QStringLiteral("Run in a window instead of full screen"));
    QCommandLineOption reportStartup({QStringLiteral("report-startup")}, QStringLiteral("Print the time to the first frame on stdout (benchmarks)"));
    for (const auto* o : {&server, &dataDir, &caFile, &tour, &tourSize, &idleWarning, &idleWipe, &windowed, &reportStartup}) parser.addOption(*o);
    parser.process(app);

    const bool touring = parser.isSet(tour);
    const QSize size = parse_size(parser.value(tourSize));
    if (touring && size.isEmpty()) {
        QTextStream(stderr) << "cardex-kiosk: --tour-size must look like 1280x800\n";
        return 2;
    }
    const QString data = parser.isSet(dataDir) ? parser.value(dataDir)
                                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    // A guest's card goes to the encrypted outbox in --data-dir and is synced to --server by the
    // sync service (kiosk/storage, kiosk/sync). The tour runs on in-memory services with sample data.
    std::optional<cardex::kiosk::KioskSyncServices> real;
    if (!touring) {
        // Only this account may read the outbox, its key, the PIN hash in kiosk.ini and the logs.
        QDir().mkpath(data);
        QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        cardex::kiosk::SyncServiceOptions options;
        options.data_dir = data.toStdString();
        options.server_url = parser.value(server).toStdString();
        options.ca_file = parser.value(caFile).toStdString();  // a private CA (the demo's, a hotel group's)
        auto opened = cardex::kiosk::open_kiosk_sync_services(std::move(options));
        if (!opened) {
            // Without a working store a guest's card could be lost: refuse to start rather than pretend.
            QTextStream(stderr) << "cardex-kiosk: cannot open the local store in " << data << ": "
                                << QString::fromStdString(opened.error()) << "\n";
            return 1;
        }
        real.emplace(std::move(opened).value());
    }
    cardex::kiosk::KioskBackend* backend_for_tour = nullptr;
    // Without its input-method plugin the on-screen keyboard never shows: a touch-only guest could
    // not type a letter, so say it loudly in the log instead of starting silently.
    const QString keyboard_problem = cardex::kiosk::virtual_keyboard_problem();
    if (!keyboard_problem.isEmpty()) qWarning().noquote() << "cardex-kiosk:" << keyboard_problem;
    const bool virtual_keyboard = cardex::kiosk::virtual_keyboard_requested() && keyboard_problem.isEmpty();
    cardex::kiosk::register_qml_types([&](QQmlEngine*) {
        cardex::kiosk::KioskBackend* backend = nullptr;
        if (touring) {
            backend = cardex::kiosk::make_demo_backend(1000);
        } else {
            cardex::kiosk::KioskServices services;
            services.sink = real->sink.get();
            services.lookup = real->lookup.get();
            services.sync = real->sync.get();
            services.virtualKeyboard = virtual_keyboard;
            services.settingsFile = data + QStringLiteral("/kiosk.ini");
            backend = new cardex::kiosk::KioskBackend(services);
        }
        backend->idle()->setWarningAfter(parser.value(idleWarning).toInt() * 1000);
        backend->idle()->setWipeAfter(parser.value(idleWipe).toInt() * 1000);
        backend_for_tour = backend;
        return backend;
    });

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));  // Qt 6.4 does not add the static modules' prefix
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    // Qt 6.4 has no loadFromModule(); the module's files live under its resource prefix.
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Cardex/Kiosk/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());

    if (touring) {
        const int written = cardex::kiosk::run_tour(engine, *backend_for_tour, parser.value(tour), size);
        if (written < 0) return 1;
        QTextStream(stdout) << written << " screens written to " << parser.value(tour) << "\n";
        return 0;
    }
    if (window && !parser.isSet(windowed) && QGuiApplication::platformName() != QLatin1String("offscreen"))
        window->showFullScreen();
    if (window && parser.isSet(reportStartup)) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&since_start, reported = false]() mutable {
            if (reported) return;
            reported = true;
            std::printf("first_frame_ms %lld\n", static_cast<long long>(since_start.elapsed()));
            std::fflush(stdout);
        });
    }
    return app.exec();
}
