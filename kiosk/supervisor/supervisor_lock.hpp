// kiosk/supervisor/supervisor_lock.hpp — the PIN in front of supervisor mode.
//
// The hash and the failure count live in the kiosk's settings file, so that restarting the app
// does not reset a lockout. After `maxFailures` wrong PINs in a row the lock refuses every PIN for
// a lockout period that doubles with each further failure (1 min, 2 min, 4 min … capped at 1 h).
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QSettings;

namespace cardex::kiosk {

class SupervisorLock : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(int secondsLocked READ secondsLocked NOTIFY changed)
    Q_PROPERTY(int failures READ failures NOTIFY changed)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY changed)
public:
    static constexpr int maxFailures = 5;

    /// `settings` must outlive the lock. `iterations` of PBKDF2 (tests use fewer).
    explicit SupervisorLock(QSettings* settings, int iterations, QObject* parent = nullptr);

    bool hasPin() const;
    bool locked() const { return secondsLocked() > 0; }
    int secondsLocked() const;
    int failures() const;
    /// True between a correct PIN and leave().
    bool unlocked() const { return unlocked_; }

    /// Checks a PIN; a correct one unlocks supervisor mode. Always false while locked out.
    Q_INVOKABLE bool tryUnlock(const QString& pin);
    /// Sets the PIN: allowed when none is set yet (first start) or while unlocked.
    Q_INVOKABLE bool setPin(const QString& pin);
    Q_INVOKABLE bool isAcceptablePin(const QString& pin) const;
    /// Leaves supervisor mode.
    Q_INVOKABLE void leave();

signals:
    void changed();

private:
    QSettings* settings_;
    int iterations_;
    bool unlocked_ = false;
    QTimer refresh_;  // keeps secondsLocked moving on screen
};

}  // namespace cardex::kiosk
