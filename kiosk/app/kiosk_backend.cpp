#include "app/kiosk_backend.hpp"

#include <QCoreApplication>

#include "app/demo_services.hpp"
#include "cardex/country.hpp"
#include "flow/card_rules.hpp"
#include "flow/reservation_lookup.hpp"

namespace cardex::kiosk {
namespace {
const QString card_country_key = QStringLiteral("kiosk/card_country");
const QString default_language_key = QStringLiteral("kiosk/default_language");
}  // namespace

KioskBackend::KioskBackend(const KioskServices& services, QObject* parent)
    : QObject(parent), services_(services), settings_(services.settingsFile, QSettings::IniFormat) {
    supervisor_ = std::make_unique<SupervisorLock>(&settings_, services_.pinIterations);
    form_.setSink(services_.sink);
    form_.setLookup(services_.lookup);
    form_.setCardCountry(settings_.value(card_country_key, QStringLiteral("FR")).toString());
    fixForm_.setCardCountry(form_.cardCountry());
    languages_.setDefaultLanguage(settings_.value(default_language_key, QStringLiteral("fr")).toString());
    languages_.reset();
    auto follow_language = [this] {
        form_.setLanguage(languages_.language());
        countries_.setLanguage(languages_.language());
    };
    connect(&languages_, &LanguageController::languageChanged, this, follow_language);
    follow_language();
    if (services_.sync) {
        connect(services_.sync, &SyncControl::statusChanged, this, &KioskBackend::syncStatusChanged);
        connect(services_.sync, &SyncControl::rejectedChanged, this, &KioskBackend::rejectedChanged);
        connect(services_.sync, &SyncControl::enrolmentFinished, this, [this](bool ok, const QString& message) {
            enrolmentState_ = ok ? QStringLiteral("ok") : QStringLiteral("failed");
            enrolmentMessage_ = message;
            emit enrolmentChanged();
        });
    }
    connect(&idle_, &IdleController::wipeRequested, this, &KioskBackend::newGuest);
}

KioskBackend::~KioskBackend() = default;

void KioskBackend::adoptDemoServices(std::unique_ptr<DemoServices> demo) {
    demo_ = std::move(demo);
    connect(&form_, &GuestForm::finished, demo_.get(), &DemoServices::notifySaved);
}

QObject* KioskBackend::demo() const { return demo_.get(); }

QString KioskBackend::version() const { return QCoreApplication::applicationVersion(); }

void KioskBackend::setCardCountry(const QString& country) {
    if (country == cardCountry()) return;
    form_.setCardCountry(country);
    fixForm_.setCardCountry(form_.cardCountry());
    settings_.setValue(card_country_key, form_.cardCountry());
    emit cardCountryChanged();
}

QStringList KioskBackend::cardCountries() const {
    QStringList list;
    for (const std::string& c : card_rule_countries()) list.append(QString::fromStdString(c));
    return list;
}

SyncStatus KioskBackend::status() const { return services_.sync ? services_.sync->status() : SyncStatus{}; }

QVariantList KioskBackend::rejected() const {
    QVariantList list;
    if (!services_.sync) return list;
    for (const RejectedSubmission& r : services_.sync->rejected()) {
        QVariantList errors;
        for (const cardex::FieldError& e : r.errors)
            errors.append(QVariantMap{{QStringLiteral("field"), QString::fromStdString(e.field)},
                                      {QStringLiteral("code"), QString::fromStdString(e.code)},
                                      {QStringLiteral("message"), QString::fromStdString(e.message)}});
        const cardex::Guest& g = r.submission.guest;
        list.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString(r.submission.submission_id)},
                                {QStringLiteral("name"), QString::fromStdString(g.first_name + " " + g.last_name).trimmed()},
                                {QStringLiteral("capturedAt"), QString::fromStdString(r.submission.captured_at)},
                                {QStringLiteral("rejectedAt"), r.rejected_at},
                                {QStringLiteral("errors"), errors}});
    }
    return list;
}

void KioskBackend::newGuest() {
    form_.clear();
    fixForm_.clear();  // a rejected guest's card the supervisor had open: nobody else may read it
    languages_.reset();
    idle_.setActive(false);
}

void KioskBackend::nextGuestOfParty() {
    form_.startNextGuestOfParty();  // the language and the idle timer carry on: the party is still here
}

void KioskBackend::enrol(const QString& code, const QString& deviceName) {
    if (!services_.sync) return;
    enrolmentState_ = QStringLiteral("sending");
    enrolmentMessage_.clear();
    emit enrolmentChanged();
    services_.sync->enrol(code.trimmed(), deviceName.trimmed());
}

void KioskBackend::syncNow() {
    if (services_.sync) services_.sync->sync_now();
}

bool KioskBackend::discardRejected(const QString& submissionId) {
    if (fixForm_.submissionId() == submissionId) fixForm_.clear();
    return services_.sync && services_.sync->discard_rejected(submissionId.toStdString()).has_value();
}

void KioskBackend::closeFix() { fixForm_.clear(); }

bool KioskBackend::fixRejected(const QString& submissionId) {
    if (!services_.sync) return false;
    for (const RejectedSubmission& r : services_.sync->rejected())
        if (r.submission.submission_id == submissionId.toStdString()) {
            fixForm_.load(r.submission, r.errors);
            return true;
        }
    return false;
}

bool KioskBackend::resubmitFixed() {
    if (!services_.sync || !fixForm_.revealErrors({QStringLiteral("guest"), QStringLiteral("stay"), QStringLiteral("companions")}))
        return false;
    if (!fixForm_.allErrors().isEmpty()) return false;
    const bool ok = services_.sync->resubmit_rejected(fixForm_.submission()).has_value();
    if (ok) fixForm_.clear();
    return ok;
}

void KioskBackend::setDefaultLanguage(const QString& code) {
    if (!languages_.isSupported(code)) return;
    languages_.setDefaultLanguage(code);
    settings_.setValue(default_language_key, code);
}

}  // namespace cardex::kiosk
