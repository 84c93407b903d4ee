#include "app/qml_registration.hpp"

#include <QQmlEngine>
#include <QTemporaryFile>

#include "app/demo_services.hpp"
#include "app/kiosk_backend.hpp"
#include "app/virtual_keyboard.hpp"

namespace cardex::kiosk {
namespace {
BackendFactory& factory() {
    static BackendFactory f;
    return f;
}
}  // namespace

void register_qml_types(BackendFactory f) {
    factory() = std::move(f);
    qmlRegisterSingletonType<KioskBackend>("Cardex.Kiosk.Backend", 1, 0, "Kiosk", [](QQmlEngine* engine, QJSEngine*) -> QObject* {
        KioskBackend* backend = factory()(engine);
        backend->setEngine(engine);
        return backend;  // no parent: owned by the engine
    });
    qmlRegisterUncreatableType<GuestForm>("Cardex.Kiosk.Backend", 1, 0, "GuestForm", QStringLiteral("use Kiosk.form"));
    qmlRegisterUncreatableType<ConsentModel>("Cardex.Kiosk.Backend", 1, 0, "ConsentModel", QStringLiteral("use Kiosk.form.consents"));
    qmlRegisterUncreatableType<CountryListModel>("Cardex.Kiosk.Backend", 1, 0, "CountryListModel", QStringLiteral("use Kiosk.countries"));
    qmlRegisterUncreatableType<IdleController>("Cardex.Kiosk.Backend", 1, 0, "IdleController", QStringLiteral("use Kiosk.idle"));
    qmlRegisterUncreatableType<LanguageController>("Cardex.Kiosk.Backend", 1, 0, "LanguageController", QStringLiteral("use Kiosk.languages"));
    qmlRegisterUncreatableType<SupervisorLock>("Cardex.Kiosk.Backend", 1, 0, "SupervisorLock", QStringLiteral("use Kiosk.supervisor"));
}

KioskBackend* make_demo_backend(int pin_iterations) {
    auto demo = std::make_unique<DemoServices>();
    // Settings of a demo backend must not survive it (a PIN set in one test must not lock the next).
    QTemporaryFile settings_file;
    settings_file.setAutoRemove(false);
    settings_file.open();
    KioskServices services;
    services.sink = &demo->sink;
    services.lookup = &demo->lookup;
    services.sync = &demo->sync;
    services.settingsFile = settings_file.fileName();
    services.pinIterations = pin_iterations;
    // As the app decides it: the keyboard test runs with QT_IM_MODULE=qtvirtualkeyboard.
    services.virtualKeyboard = virtual_keyboard_requested() && virtual_keyboard_plugin_available();
    auto* backend = new KioskBackend(services);
    QObject::connect(backend, &QObject::destroyed, [path = settings_file.fileName()] { QFile::remove(path); });
    backend->adoptDemoServices(std::move(demo));
    return backend;
}

}  // namespace cardex::kiosk
