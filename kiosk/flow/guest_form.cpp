#include "flow/guest_form.hpp"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

#include "cardex/country.hpp"
#include "cardex/email.hpp"
#include "cardex/mrz.hpp"
#include "cardex/phone.hpp"
#include "cardex/validation.hpp"
#include "flow/reservation_lookup.hpp"
#include "flow/submission_sink.hpp"

Q_LOGGING_CATEGORY(lcGuestForm, "cardex.kiosk.form")

namespace cardex::kiosk {
namespace {

// Every field path a card can show, for fieldNeeds (QML asks by path).
const char* const card_fields[] = {
    "guest.first_name", "guest.last_name", "guest.birth_date", "guest.birth_place", "guest.nationality",
    "guest.email", "guest.phone", "guest.address.line1", "guest.address.line2", "guest.address.postcode",
    "guest.address.city", "guest.address.country", "guest.document", "guest.document.type",
    "guest.document.number", "guest.document.issuing_country", "stay.arrival", "stay.departure", "stay.adults",
    "stay.children", "companions", "signature"};

QString need_word(FieldNeed need) {
    switch (need) {
        case FieldNeed::hidden: return QStringLiteral("hidden");
        case FieldNeed::optional: return QStringLiteral("optional");
        case FieldNeed::required: return QStringLiteral("required");
        case FieldNeed::either: return QStringLiteral("either");
    }
    return QStringLiteral("hidden");
}

std::string str(const QVariant& v) { return v.toString().trimmed().toStdString(); }

// An error on "a.b" is covered by a reveal of "a" (and "companions" covers "companions[2].x").
bool covers(const QString& revealed, const QString& field) {
    return field == revealed || field.startsWith(revealed + QLatin1Char('.')) || field.startsWith(revealed + QLatin1Char('['));
}

cardex::DocumentType document_type_of_mrz(const std::string& code) {
    if (!code.empty() && code[0] == 'P') return cardex::DocumentType::passport;
    // ICAO 9303 leaves the second letter to states; residence permits use "R" there by convention.
    if (code.size() >= 2 && code[1] == 'R') return cardex::DocumentType::residence_permit;
    return cardex::DocumentType::id_card;
}

}  // namespace

GuestForm::GuestForm(QObject* parent) : QObject(parent), rules_(card_rules_for("FR")) {
    resetDefaults();
    connect(&consents_, &ConsentModel::grantedChanged, this, [this] { dirty_ = true; });
    revalidate();
}

GuestForm::~GuestForm() = default;

void GuestForm::setLookup(ReservationLookup* lookup) {
    if (lookup_) disconnect(lookup_, nullptr, this, nullptr);
    lookup_ = lookup;
    if (!lookup_) return;
    // Answers count only while this form is waiting for one: after a wipe nothing may arrive.
    connect(lookup_, &ReservationLookup::found, this, [this](const cardex::sync::Reservation& r) {
        if (lookupState_ != QLatin1String("searching")) return;
        applyReservation(r);
        setLookupState(QStringLiteral("found"));
    });
    connect(lookup_, &ReservationLookup::notFound, this, [this] {
        if (lookupState_ == QLatin1String("searching")) setLookupState(QStringLiteral("notFound"));
    });
    connect(lookup_, &ReservationLookup::offline, this, [this](const QString& reason) {
        if (lookupState_ != QLatin1String("searching")) return;
        qCInfo(lcGuestForm) << "booking look-up unavailable:" << reason;
        setLookupState(QStringLiteral("offline"));
    });
}

void GuestForm::setToday(std::optional<cardex::Date> today) {
    today_ = today;
    revalidate();
}

QVariantMap GuestForm::errors() const {
    QVariantMap visible;
    for (auto it = serverErrors_.cbegin(); it != serverErrors_.cend(); ++it) visible.insert(it.key(), it.value());
    for (auto it = allErrors_.cbegin(); it != allErrors_.cend(); ++it)
        for (const QString& t : touched_)
            if (covers(t, it.key())) {
                visible.insert(it.key(), it.value());
                break;
            }
    return visible;
}

QVariantMap GuestForm::allErrors() const {
    QVariantMap all;
    for (auto it = allErrors_.cbegin(); it != allErrors_.cend(); ++it) all.insert(it.key(), it.value());
    return all;
}

QVariantMap GuestForm::fieldNeeds() const {
    QVariantMap needs;
    const std::string nationality = str(values_.value(QStringLiteral("guest.nationality")));
    for (const char* f : card_fields) needs.insert(QString::fromLatin1(f), need_word(rules_.need(f, nationality)));
    return needs;
}

void GuestForm::setCardCountry(const QString& country) {
    if (country == cardCountry()) return;
    rules_ = card_rules_for(country.toStdString());
    emit rulesChanged();
    revalidate();
}

void GuestForm::setLanguage(const QString& language) {
    if (language == language_) return;
    language_ = language;
    consents_.setLanguage(language);
    emit languageChanged();
}

QString GuestForm::emailKind() const {
    const auto kind = cardex::normalize_email(str(values_.value(QStringLiteral("guest.email")))).kind;
    return QString::fromUtf8(cardex::to_string(kind));
}

void GuestForm::setSignature(const QString& svgPath) {
    if (svgPath == signature_) return;
    signature_ = svgPath;
    dirty_ = true;
    emit valuesChanged();
    revalidate();
}

bool GuestForm::isEmpty() const { return !dirty_; }

void GuestForm::set(const QString& field, const QVariant& value) {
    static const QRegularExpression companion_path(QStringLiteral("^companions\\[(\\d+)\\]\\.(\\w+)$"));
    if (const auto m = companion_path.match(field); m.hasMatch())
        return setCompanion(m.captured(1).toInt(), m.captured(2), value);
    if (values_.value(field) == value) return;
    values_.insert(field, value);
    forgetServerError(field);
    dirty_ = true;
    const bool nationality_changed = field == QLatin1String("guest.nationality");
    emit valuesChanged();
    if (nationality_changed) emit rulesChanged();  // a document may be asked of some nationalities only
    revalidate();
}

void GuestForm::forgetServerError(const QString& field) {
    // The server judged the old value; the kiosk's validation judges the new one.
    if (serverErrors_.remove(field) > 0) emit errorsChanged();
}

void GuestForm::touch(const QString& field) {
    if (touched_.contains(field)) return;
    touched_.insert(field);
    emit errorsChanged();
}

bool GuestForm::revealErrors(const QStringList& fields) {
    bool clean = true;
    for (const QString& f : fields) {
        touched_.insert(f);
        for (auto it = allErrors_.cbegin(); it != allErrors_.cend(); ++it)
            if (covers(f, it.key())) clean = false;
    }
    emit errorsChanged();
    return clean;
}

void GuestForm::addCompanion() {
    QVariantMap c{{QStringLiteral("first_name"), QString()}, {QStringLiteral("last_name"), value("guest.last_name")},
                  {QStringLiteral("birth_date"), QString()}, {QStringLiteral("nationality"), value("guest.nationality")},
                  {QStringLiteral("relationship"), companionsAreChildren() ? QStringLiteral("child") : QStringLiteral("other")}};
    companions_.append(c);
    // A child written on a French card is one of the stay's children: the count follows the list.
    const auto listed = static_cast<int>(companions_.size());
    if (companionsAreChildren() && values_.value(QStringLiteral("stay.children")).toInt() < listed)
        values_.insert(QStringLiteral("stay.children"), listed);
    dirty_ = true;
    emit valuesChanged();
    revalidate();
}

void GuestForm::removeCompanion(int index) {
    if (index < 0 || index >= companions_.size()) return;
    companions_.removeAt(index);
    // Errors are re-keyed by index: what was touched for the removed row must not shift to the next.
    QSet<QString> kept;
    for (const QString& t : touched_)
        if (!t.startsWith(QLatin1String("companions["))) kept.insert(t);
    touched_ = kept;
    for (auto it = serverErrors_.begin(); it != serverErrors_.end();)
        it = it.key().startsWith(QLatin1String("companions[")) ? serverErrors_.erase(it) : std::next(it);
    emit valuesChanged();
    revalidate();
}

void GuestForm::setCompanion(int index, const QString& key, const QVariant& value) {
    if (index < 0 || index >= companions_.size()) return;
    QVariantMap c = companions_[index].toMap();
    if (c.value(key) == value) return;
    c.insert(key, value);
    companions_[index] = c;
    forgetServerError(QStringLiteral("companions[%1].%2").arg(index).arg(key));
    dirty_ = true;
    emit valuesChanged();
    revalidate();
}

bool GuestForm::applyMrz(const QString& text) {
    const auto parsed = cardex::parse_mrz(text.toStdString(), today_ ? *today_ : cardex::Date::today_utc());
    if (!parsed) {
        mrzError_ = QString::fromStdString(parsed.error().front().code);
        mrzApplied_ = false;
        emit mrzChanged();
        return false;
    }
    const cardex::MrzData& m = *parsed;
    auto fill = [this](const char* field, const std::string& v) {
        if (v.empty()) return;
        values_.insert(QString::fromLatin1(field), QString::fromStdString(v));
        touched_.insert(QString::fromLatin1(field));
    };
    fill("guest.last_name", m.last_name);
    fill("guest.first_name", m.first_names);
    fill("guest.birth_date", m.birth_date);
    fill("guest.nationality", cardex::country_to_alpha2(m.nationality).value_or(""));
    // Police-cards.md: the document goes on the card only where the country's card asks for it.
    if (rules_.shown.contains("guest.document")) {
        fill("guest.document.type", std::string(cardex::to_string(document_type_of_mrz(m.document_code))));
        fill("guest.document.number", m.document_number);
        fill("guest.document.issuing_country", cardex::country_to_alpha2(m.issuing_state).value_or(""));
        fill("guest.document.expiry_date", m.expiry_date);
    }
    dirty_ = true;
    mrzError_.clear();
    mrzApplied_ = true;
    emit mrzChanged();
    emit valuesChanged();
    emit rulesChanged();
    revalidate();
    return true;
}

void GuestForm::lookupBooking(const QString& reference, const QString& lastName) {
    dirty_ = true;
    if (!lookup_) return setLookupState(QStringLiteral("offline"));
    setLookupState(QStringLiteral("searching"));
    lookup_->lookup(reference, lastName);
}

void GuestForm::cancelLookup() {
    if (lookup_) lookup_->cancel();
    setLookupState(QStringLiteral("idle"));
}

void GuestForm::setLookupState(const QString& state) {
    if (state == lookupState_) return;
    lookupState_ = state;
    emit lookupStateChanged();
}

bool GuestForm::finish() {
    revalidate();
    if (!allErrors_.isEmpty()) {
        revealErrors({QStringLiteral("guest"), QStringLiteral("stay"), QStringLiteral("companions"),
                      QStringLiteral("signature"), QStringLiteral("consents")});
        return false;
    }
    if (!sink_) {
        qCWarning(lcGuestForm) << "no submission sink: the card cannot be saved";
        emit saveFailed();
        return false;
    }
    const auto saved = sink_->save(submission());
    if (!saved) {
        qCWarning(lcGuestForm) << "saving the card failed:" << QString::fromStdString(saved.error());
        emit saveFailed();
        return false;
    }
    emit finished();
    return true;
}

void GuestForm::clear() {
    if (lookup_) lookup_->cancel();
    resetDefaults();
    emit valuesChanged();
    emit errorsChanged();
    emit rulesChanged();
    emit lookupStateChanged();
    emit mrzChanged();
    revalidate();
}

void GuestForm::startNextGuestOfParty() {
    QVariantMap kept;
    for (const char* f : {"stay.arrival", "stay.departure", "stay.adults", "stay.children"})
        kept.insert(QLatin1String(f), values_.value(QLatin1String(f)));
    const QString reservation = reservationRef_;
    clear();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) values_.insert(it.key(), it.value());
    reservationRef_ = reservation;
    emit valuesChanged();
    revalidate();
}

QString GuestForm::companionPolicy() const {
    const cardex::CardRequirements& r = rules_.requirements;
    if (r.companion_own_card_from_age < 0) return QStringLiteral("everyone");
    if (r.companion_own_card_from_age == 0) return QStringLiteral("nationals_only");
    if (r.companion_spouse_listed) return QStringLiteral("spouse_and_minors");
    return r.companion_own_card_from_age == 14 ? QStringLiteral("children_under_14") : QStringLiteral("children_under_15");
}

QString GuestForm::companionNeed(int index, const QString& key) const {
    if (index < 0 || index >= companions_.size()) return QStringLiteral("hidden");
    const QVariantMap c = companions_[index].toMap();
    const cardex::CardRequirements& r = rules_.requirements;
    // A French card lists children of the guest: their nationality and relationship go without saying.
    if (key == QLatin1String("nationality") || key == QLatin1String("relationship"))
        return companionsAreChildren() ? QStringLiteral("hidden") : QStringLiteral("optional");
    if (key != QLatin1String("birth_date")) return QStringLiteral("required");
    const bool national = !r.exempt_nationality.empty() && str(c.value(QStringLiteral("nationality"))) == r.exempt_nationality;
    const bool spouse = r.companion_spouse_listed && c.value(QStringLiteral("relationship")).toString() == QLatin1String("spouse");
    const bool age_decides = r.companion_own_card_from_age > 0 && !national && !spouse;
    return age_decides ? QStringLiteral("required") : QStringLiteral("optional");
}

void GuestForm::resetDefaults() {
    values_.clear();
    companions_.clear();
    touched_.clear();
    allErrors_.clear();
    serverErrors_.clear();
    signature_.clear();
    consents_.reset();
    lookupState_ = QStringLiteral("idle");
    reservationRef_.clear();
    mrzError_.clear();
    mrzApplied_ = false;
    loaded_.reset();
    submissionId_ = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A walk-in guest arrives today and usually stays one night; both are editable.
    const QDate today = QDate::currentDate();
    values_.insert(QStringLiteral("stay.arrival"), today.toString(Qt::ISODate));
    values_.insert(QStringLiteral("stay.departure"), today.addDays(1).toString(Qt::ISODate));
    values_.insert(QStringLiteral("stay.adults"), 1);
    values_.insert(QStringLiteral("stay.children"), 0);
    values_.insert(QStringLiteral("guest.document.type"), QStringLiteral("passport"));
    dirty_ = false;
}

}  // namespace cardex::kiosk
