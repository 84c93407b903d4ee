// kiosk/app/kiosk_backend.hpp — the one object the screens talk to (QML singleton `Kiosk` of
// module Cardex.Kiosk.Backend): the guest form, languages, countries, idle timer, supervisor lock,
// the sync state for the supervisor screens, and the kiosk's settings.
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariantList>

#include <memory>

#include "flow/country_list_model.hpp"
#include "flow/guest_form.hpp"
#include "flow/idle_controller.hpp"
#include "flow/submission_sink.hpp"
#include "i18n/language_controller.hpp"
#include "supervisor/supervisor_lock.hpp"

namespace cardex::kiosk {

class DemoServices;

/// What the backend is built on. Non-owning: the services outlive the backend.
struct KioskServices {
    SubmissionSink* sink = nullptr;
    ReservationLookup* lookup = nullptr;
    SyncControl* sync = nullptr;
    QString settingsFile;  ///< INI file for PIN hash, default language, card country
    int pinIterations = 200'000;
    bool virtualKeyboard = false;
};

class KioskBackend : public QObject {
    Q_OBJECT
    Q_PROPERTY(cardex::kiosk::GuestForm* form READ form CONSTANT)
    Q_PROPERTY(cardex::kiosk::GuestForm* fixForm READ fixForm CONSTANT)
    Q_PROPERTY(cardex::kiosk::LanguageController* languages READ languages CONSTANT)
    Q_PROPERTY(cardex::kiosk::CountryListModel* countries READ countries CONSTANT)
    Q_PROPERTY(cardex::kiosk::IdleController* idle READ idle CONSTANT)
    Q_PROPERTY(cardex::kiosk::SupervisorLock* supervisor READ supervisor CONSTANT)
    Q_PROPERTY(QObject* demo READ demo CONSTANT)
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    /// The country whose card rules apply (supervisor setting, persisted).
    Q_PROPERTY(QString cardCountry READ cardCountry WRITE setCardCountry NOTIFY cardCountryChanged)
    Q_PROPERTY(QStringList cardCountries READ cardCountries CONSTANT)
    // Sync state, for the supervisor screens.
    Q_PROPERTY(int outboxSize READ outboxSize NOTIFY syncStatusChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY syncStatusChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY syncStatusChanged)
    Q_PROPERTY(QDateTime lastAttempt READ lastAttempt NOTIFY syncStatusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY syncStatusChanged)
    /// What kind of problem lastError is, for the supervisor's words: "" (none), "offline", "tls",
    /// "server", "revoked", "store", "not_configured".
    Q_PROPERTY(QString lastErrorKind READ lastErrorKind NOTIFY syncStatusChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY syncStatusChanged)
    Q_PROPERTY(QString hotelId READ hotelId NOTIFY syncStatusChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY syncStatusChanged)
    /// [{id, name, capturedAt, rejectedAt, errors: [{field, code, message}]}]
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY rejectedChanged)
    /// "idle", "sending", "ok", "failed"
    Q_PROPERTY(QString enrolmentState READ enrolmentState NOTIFY enrolmentChanged)
    Q_PROPERTY(QString enrolmentMessage READ enrolmentMessage NOTIFY enrolmentChanged)

public:
    KioskBackend(const KioskServices& services, QObject* parent = nullptr);
    ~KioskBackend() override;

    /// Gives the backend in-memory services it owns (tests, tour, demo) and exposes them as `demo`.
    void adoptDemoServices(std::unique_ptr<DemoServices> demo);
    void setEngine(QQmlEngine* engine) { languages_.setEngine(engine); }

    GuestForm* form() { return &form_; }
    GuestForm* fixForm() { return &fixForm_; }
    LanguageController* languages() { return &languages_; }
    CountryListModel* countries() { return &countries_; }
    IdleController* idle() { return &idle_; }
    SupervisorLock* supervisor() { return supervisor_.get(); }
    QObject* demo() const;
    bool virtualKeyboard() const { return services_.virtualKeyboard; }
    QString version() const;
    QString cardCountry() const { return form_.cardCountry(); }
    void setCardCountry(const QString& country);
    QStringList cardCountries() const;

    int outboxSize() const { return status().outbox_size; }
    int rejectedCount() const { return status().rejected_count; }
    QDateTime lastSuccess() const { return status().last_success; }
    QDateTime lastAttempt() const { return status().last_attempt; }
    QString lastError() const { return status().last_error; }
    QString lastErrorKind() const { return status().last_error_kind; }
    bool enrolled() const { return status().enrolled; }
    QString hotelId() const { return status().hotel_id; }
    QString deviceName() const { return status().device_name; }
    QVariantList rejected() const;
    QString enrolmentState() const { return enrolmentState_; }
    QString enrolmentMessage() const { return enrolmentMessage_; }

    /// Wipes everything of the current guest and goes back to the default language.
    Q_INVOKABLE void newGuest();
    /// The supervisor leaves the Fix screen without sending: the card it showed is forgotten.
    Q_INVOKABLE void closeFix();
    /// After a card: the next guest of the same party fills theirs (stay and booking kept).
    Q_INVOKABLE void nextGuestOfParty();
    Q_INVOKABLE void enrol(const QString& code, const QString& deviceName);
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE bool discardRejected(const QString& submissionId);
    /// Loads a rejected submission into fixForm, with the server's errors revealed.
    Q_INVOKABLE bool fixRejected(const QString& submissionId);
    /// Validates fixForm and sends it back to the outbox.
    Q_INVOKABLE bool resubmitFixed();
    Q_INVOKABLE void setDefaultLanguage(const QString& code);

signals:
    void cardCountryChanged();
    void syncStatusChanged();
    void rejectedChanged();
    void enrolmentChanged();

private:
    SyncStatus status() const;

    KioskServices services_;
    std::unique_ptr<DemoServices> demo_;
    QSettings settings_;
    GuestForm form_;
    GuestForm fixForm_;
    LanguageController languages_;
    CountryListModel countries_;
    IdleController idle_;
    std::unique_ptr<SupervisorLock> supervisor_;
    QString enrolmentState_ = QStringLiteral("idle");
    QString enrolmentMessage_;
};

}  // namespace cardex::kiosk
