// kiosk/app/tour.hpp — `cardex-kiosk --tour DIR`: shows every screen of the guest flow and of
// supervisor mode in every kiosk language and saves each as DIR/<lang>-<NN>-<screen>.png.
#pragma once

#include <QSize>
#include <QString>

class QQmlApplicationEngine;

namespace cardex::kiosk {

class KioskBackend;

/// Runs the tour on a loaded Main.qml. Returns the number of images written, or -1 on an error
/// (written to stderr).
int run_tour(QQmlApplicationEngine& engine, KioskBackend& backend, const QString& dir, QSize size);

}  // namespace cardex::kiosk
