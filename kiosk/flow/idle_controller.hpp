// kiosk/flow/idle_controller.hpp — the shared-tablet safety net: after `warningAfter` ms without any
// touch or key, a warning is shown; `wipeAfter` ms later the form is wiped and the welcome screen
// comes back, so that nothing of one guest is left for the next.
#pragma once

#include <QObject>
#include <QTimer>

namespace cardex::kiosk {

class IdleController : public QObject {
    Q_OBJECT
    /// Counting only while a guest is in the flow (the welcome screen has nothing to wipe).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int warningAfter READ warningAfter WRITE setWarningAfter NOTIFY intervalsChanged)
    Q_PROPERTY(int wipeAfter READ wipeAfter WRITE setWipeAfter NOTIFY intervalsChanged)
    Q_PROPERTY(bool warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
public:
    explicit IdleController(QObject* parent = nullptr);
    ~IdleController() override;

    bool active() const { return active_; }
    void setActive(bool active);
    int warningAfter() const { return warningAfter_; }
    void setWarningAfter(int ms);
    int wipeAfter() const { return wipeAfter_; }
    void setWipeAfter(int ms);
    bool warning() const { return warning_; }
    int secondsLeft() const;

    /// Any activity: restarts the countdown and dismisses a warning.
    Q_INVOKABLE void poke();

signals:
    void activeChanged();
    void intervalsChanged();
    void warningChanged();
    void secondsLeftChanged();
    /// Time is up: wipe the form and go back to the welcome screen.
    void wipeRequested();

protected:
    // Watches every input event of the application (touch, mouse, keys, a scanner's keystrokes).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startWarning();
    void setWarning(bool warning);

    bool active_ = false;
    bool warning_ = false;
    int warningAfter_ = 90'000;
    int wipeAfter_ = 30'000;
    QTimer idleTimer_;
    QTimer wipeTimer_;
    QTimer tick_;  // updates secondsLeft during the warning
};

}  // namespace cardex::kiosk
