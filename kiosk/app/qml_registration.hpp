// kiosk/app/qml_registration.hpp — makes the kiosk's C++ side visible to QML as the singleton
// `Kiosk` of module Cardex.Kiosk.Backend. The factory is called once per QML engine (the Qt Quick
// tests create one engine per test file, each with fresh in-memory services).
#pragma once

#include <functional>

class QQmlEngine;

namespace cardex::kiosk {

class KioskBackend;
using BackendFactory = std::function<KioskBackend*(QQmlEngine*)>;

void register_qml_types(BackendFactory factory);

/// A backend on fresh in-memory services (settings in a temporary file), for tests and the tour.
KioskBackend* make_demo_backend(int pin_iterations);

}  // namespace cardex::kiosk
