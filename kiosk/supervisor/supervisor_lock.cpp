#include "supervisor/supervisor_lock.hpp"

#include <QSettings>

#include <algorithm>

#include "supervisor/pin_hash.hpp"

namespace cardex::kiosk {
namespace {
const QString hash_key = QStringLiteral("supervisor/pin_hash");
const QString failures_key = QStringLiteral("supervisor/failures");
const QString locked_until_key = QStringLiteral("supervisor/locked_until");
constexpr qint64 first_lockout_s = 60;
constexpr qint64 max_lockout_s = 3600;
}  // namespace

SupervisorLock::SupervisorLock(QSettings* settings, int iterations, QObject* parent)
    : QObject(parent), settings_(settings), iterations_(iterations) {
    refresh_.setInterval(1000);
    connect(&refresh_, &QTimer::timeout, this, [this] {
        if (!locked()) refresh_.stop();
        emit changed();
    });
    if (locked()) refresh_.start();
}

bool SupervisorLock::hasPin() const { return !settings_->value(hash_key).toString().isEmpty(); }

int SupervisorLock::secondsLocked() const {
    const QDateTime until = settings_->value(locked_until_key).toDateTime();
    if (!until.isValid()) return 0;
    return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(until)));
}

int SupervisorLock::failures() const { return settings_->value(failures_key, 0).toInt(); }

bool SupervisorLock::tryUnlock(const QString& pin) {
    if (locked() || !hasPin()) return false;
    if (verify_pin(pin.toStdString(), settings_->value(hash_key).toString().toStdString())) {
        settings_->setValue(failures_key, 0);
        settings_->remove(locked_until_key);
        settings_->sync();
        unlocked_ = true;
        emit changed();
        return true;
    }
    const int n = failures() + 1;
    settings_->setValue(failures_key, n);
    if (n >= maxFailures) {
        const qint64 seconds = std::min(max_lockout_s, first_lockout_s << std::min(n - maxFailures, 10));
        settings_->setValue(locked_until_key, QDateTime::currentDateTimeUtc().addSecs(seconds));
        refresh_.start();
    }
    settings_->sync();
    emit changed();
    return false;
}

bool SupervisorLock::setPin(const QString& pin) {
    if (hasPin() && !unlocked_) return false;
    if (!isAcceptablePin(pin)) return false;
    const std::string record = hash_pin(pin.toStdString(), iterations_);
    if (record.empty()) return false;
    settings_->setValue(hash_key, QString::fromStdString(record));
    settings_->setValue(failures_key, 0);
    settings_->sync();
    unlocked_ = true;  // whoever just chose the PIN is the supervisor
    emit changed();
    return true;
}

bool SupervisorLock::isAcceptablePin(const QString& pin) const { return is_acceptable_pin(pin.toStdString()); }

void SupervisorLock::leave() {
    if (!unlocked_) return;
    unlocked_ = false;
    emit changed();
}

}  // namespace cardex::kiosk
