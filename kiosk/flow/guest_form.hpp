// kiosk/flow/guest_form.hpp — the registration card being filled by one guest.
//
// Holds the card's values keyed by their protocol.md paths ("guest.first_name", "stay.arrival"),
// validates them with cardex::validate_submission (the server's rules) after every change, fills
// them from an MRZ or a found booking, and builds the cardex::Submission handed to SubmissionSink.
// QML only binds: `text: form.values["guest.last_name"]`, `form.set("guest.last_name", text)`,
// `error: form.errors["guest.last_name"]` (an error code; the screens translate it).
#pragma once

#include <QObject>
#include <QSet>
#include <QVariantMap>

#include <optional>

#include "cardex/model.hpp"
#include "cardex/validation.hpp"
#include "flow/card_rules.hpp"
#include "flow/consent_model.hpp"

namespace cardex::sync {
struct Reservation;
}

namespace cardex::kiosk {

class ReservationLookup;
class SubmissionSink;

class GuestForm : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(QVariantList companions READ companions NOTIFY valuesChanged)
    /// Error codes of the fields the guest has left or tried to go past (path → code).
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    /// "hidden" / "optional" / "required" / "either" (one of e-mail and phone) for every field path
    /// of the card (the country's rules).
    Q_PROPERTY(QVariantMap fieldNeeds READ fieldNeeds NOTIFY rulesChanged)
    Q_PROPERTY(QString cardCountry READ cardCountry WRITE setCardCountry NOTIFY rulesChanged)
    Q_PROPERTY(bool companionsAreChildren READ companionsAreChildren NOTIFY rulesChanged)
    /// Who the card may list as companions (cardex::CardRequirements): "children_under_15"
    /// (France), "children_under_14" (Spain), "spouse_and_minors" (Germany), "nationals_only"
    /// (Portugal: every foreign guest fills their own card), "everyone" (Italy).
    Q_PROPERTY(QString companionPolicy READ companionPolicy NOTIFY rulesChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// "empty", "personal", "ota_relay", "role", "invalid" (cardex::EmailKind).
    Q_PROPERTY(QString emailKind READ emailKind NOTIFY valuesChanged)
    Q_PROPERTY(QString signature READ signature WRITE setSignature NOTIFY valuesChanged)
    Q_PROPERTY(cardex::kiosk::ConsentModel* consents READ consents CONSTANT)
    /// "idle", "searching", "found", "notFound", "offline".
    Q_PROPERTY(QString lookupState READ lookupState NOTIFY lookupStateChanged)
    Q_PROPERTY(QString reservationRef READ reservationRef NOTIFY valuesChanged)
    /// Code of the last MRZ that could not be read ("" after a good one): "invalid_mrz", "check_digit"…
    Q_PROPERTY(QString mrzError READ mrzError NOTIFY mrzChanged)
    Q_PROPERTY(bool mrzApplied READ mrzApplied NOTIFY mrzChanged)
    /// True while nothing was entered since the last clear() (what the idle wipe checks).
    Q_PROPERTY(bool empty READ isEmpty NOTIFY valuesChanged)

public:
    explicit GuestForm(QObject* parent = nullptr);
    ~GuestForm() override;

    void setSink(SubmissionSink* sink) { sink_ = sink; }
    void setLookup(ReservationLookup* lookup);
    /// The date used for plausibility (birth date not in the future); tests pin it.
    void setToday(std::optional<cardex::Date> today);

    QVariantMap values() const { return values_; }
    QVariantList companions() const { return companions_; }
    QVariantMap errors() const;
    QVariantMap fieldNeeds() const;
    QString cardCountry() const { return QString::fromStdString(rules_.country); }
    void setCardCountry(const QString& country);
    bool companionsAreChildren() const { return rules_.companions == CompanionRule::children_under_15; }
    QString companionPolicy() const;
    QString language() const { return language_; }
    void setLanguage(const QString& language);
    QString emailKind() const;
    QString signature() const { return signature_; }
    void setSignature(const QString& svgPath);
    ConsentModel* consents() { return &consents_; }
    QString lookupState() const { return lookupState_; }
    QString reservationRef() const { return reservationRef_; }
    /// The id of the card being filled (or of the stored one loaded for a fix).
    QString submissionId() const { return submissionId_; }
    QString mrzError() const { return mrzError_; }
    bool mrzApplied() const { return mrzApplied_; }
    bool isEmpty() const;

    /// Sets one field ("guest.first_name", "stay.adults", "phone_region" …), or a companion's
    /// ("companions[1].birth_date", as setCompanion).
    Q_INVOKABLE void set(const QString& field, const QVariant& value);
    /// The guest left the field: its error (if any) becomes visible.
    Q_INVOKABLE void touch(const QString& field);
    /// Makes the errors of these fields visible (a "Next" press) and says whether there are none.
    /// A field path also covers its sub-fields ("companions" covers "companions[0].last_name").
    Q_INVOKABLE bool revealErrors(const QStringList& fields);
    /// Every current error, visible or not (path → code), for the review screen and tests.
    Q_INVOKABLE QVariantMap allErrors() const;

    Q_INVOKABLE void addCompanion();
    Q_INVOKABLE void removeCompanion(int index);
    Q_INVOKABLE void setCompanion(int index, const QString& key, const QVariant& value);
    /// "hidden" / "optional" / "required" for a companion's field ("birth_date", "nationality",
    /// "relationship"): the birth date is required where the age decides whether they may be listed.
    Q_INVOKABLE QString companionNeed(int index, const QString& key) const;

    /// Parses an MRZ (typed or from a keyboard-wedge scanner) and fills the card's shown fields.
    Q_INVOKABLE bool applyMrz(const QString& text);

    Q_INVOKABLE void lookupBooking(const QString& reference, const QString& lastName);
    Q_INVOKABLE void cancelLookup();

    /// Validates everything and hands the submission to the sink. False (and errors revealed) when
    /// the card is not complete or the sink failed (saveFailed is emitted then).
    Q_INVOKABLE bool finish();
    /// Forgets everything of the current guest: values, errors, consents, signature, pending look-up.
    Q_INVOKABLE void clear();
    /// Starts the card of another guest of the same party (in Spain everyone from 14 fills their
    /// own): the stay, its booking and the language are kept, nothing of the last guest is.
    Q_INVOKABLE void startNextGuestOfParty();

    /// The submission as it stands (validation not applied).
    cardex::Submission submission() const;
    /// Loads a stored submission (supervisor fixing a rejected one): same id, same capture time.
    /// `serverErrors` (why the server rejected it) show on their fields until the field is changed;
    /// they do not block sending again, the kiosk's own validation does.
    void load(const cardex::Submission& submission, const cardex::FieldErrors& serverErrors = {});
    void applyReservation(const cardex::sync::Reservation& reservation);

signals:
    void valuesChanged();
    void errorsChanged();
    void rulesChanged();
    void languageChanged();
    void lookupStateChanged();
    void mrzChanged();
    void finished();
    void saveFailed();

private:
    void revalidate();
    void forgetServerError(const QString& field);
    void setLookupState(const QString& state);
    QString value(const char* field) const { return values_.value(QLatin1String(field)).toString().trimmed(); }
    void resetDefaults();

    CardRules rules_;
    QVariantMap values_;
    QVariantList companions_;
    QMap<QString, QString> allErrors_;
    QMap<QString, QString> serverErrors_;  // of a loaded rejected card, until its field is edited
    QSet<QString> touched_;
    QString language_ = QStringLiteral("fr");
    QString signature_;
    ConsentModel consents_;
    QString lookupState_ = QStringLiteral("idle");
    QString reservationRef_;
    QString mrzError_;
    bool mrzApplied_ = false;
    // A loaded (rejected, being fixed) submission keeps its identity, consents and signature.
    std::optional<cardex::Submission> loaded_;
    QString submissionId_;  // made once per guest: stable if saving is retried
    bool dirty_ = false;
    SubmissionSink* sink_ = nullptr;
    ReservationLookup* lookup_ = nullptr;
    std::optional<cardex::Date> today_;
};

}  // namespace cardex::kiosk
