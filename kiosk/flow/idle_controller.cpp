#include "flow/idle_controller.hpp"

#include <QCoreApplication>
#include <QEvent>

#include <cmath>

namespace cardex::kiosk {

IdleController::IdleController(QObject* parent) : QObject(parent) {
    idleTimer_.setSingleShot(true);
    wipeTimer_.setSingleShot(true);
    tick_.setInterval(250);
    connect(&idleTimer_, &QTimer::timeout, this, &IdleController::startWarning);
    connect(&wipeTimer_, &QTimer::timeout, this, [this] {
        tick_.stop();
        setWarning(false);
        emit wipeRequested();
    });
    connect(&tick_, &QTimer::timeout, this, &IdleController::secondsLeftChanged);
    if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

IdleController::~IdleController() {
    if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
}

void IdleController::setActive(bool active) {
    if (active == active_) return;
    active_ = active;
    idleTimer_.stop();
    wipeTimer_.stop();
    tick_.stop();
    setWarning(false);
    if (active_) idleTimer_.start(warningAfter_);
    emit activeChanged();
}

void IdleController::setWarningAfter(int ms) {
    if (ms == warningAfter_) return;
    warningAfter_ = ms;
    if (active_ && !warning_) idleTimer_.start(warningAfter_);
    emit intervalsChanged();
}

void IdleController::setWipeAfter(int ms) {
    if (ms == wipeAfter_) return;
    wipeAfter_ = ms;
    emit intervalsChanged();
}

int IdleController::secondsLeft() const {
    if (!warning_) return wipeAfter_ / 1000;
    return static_cast<int>(std::ceil(wipeTimer_.remainingTime() / 1000.0));
}

void IdleController::poke() {
    if (!active_) return;
    wipeTimer_.stop();
    tick_.stop();
    setWarning(false);
    idleTimer_.start(warningAfter_);
}

bool IdleController::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::KeyPress:
        case QEvent::Wheel:
        case QEvent::InputMethod:
            poke();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleController::startWarning() {
    setWarning(true);
    wipeTimer_.start(wipeAfter_);
    tick_.start();
    emit secondsLeftChanged();
}

void IdleController::setWarning(bool warning) {
    if (warning == warning_) return;
    warning_ = warning;
    emit warningChanged();
}

}  // namespace cardex::kiosk
