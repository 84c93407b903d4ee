// GuestForm: building the cardex::Submission, validating it, and filling the form from stored data.
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include "cardex/date.hpp"
#include "cardex/phone.hpp"
#include "cardex/sync/client.hpp"
#include "cardex/validation.hpp"
#include "flow/guest_form.hpp"

namespace cardex::kiosk {
namespace {

std::string str(const QVariant& v) { return v.toString().trimmed().toStdString(); }

}  // namespace

cardex::Submission GuestForm::submission() const {
    cardex::Submission s;
    const auto v = [this](const char* field) { return str(values_.value(QLatin1String(field))); };
    const std::string nationality = v("guest.nationality");
    s.submission_id = submissionId_.toStdString();
    s.kind = cardex::SubmissionKind::registration_card;
    s.captured_at = rfc3339_now();
    s.language = language_.toStdString();
    s.reservation_ref = reservationRef_.toStdString();

    auto shown = [&](const char* field) { return rules_.need(field, nationality) != FieldNeed::hidden; };
    cardex::Guest& g = s.guest;
    g.first_name = v("guest.first_name");
    g.last_name = v("guest.last_name");
    if (shown("guest.birth_date")) g.birth_date = v("guest.birth_date");
    if (shown("guest.birth_place")) g.birth_place = v("guest.birth_place");
    if (shown("guest.nationality")) g.nationality = nationality;
    g.email = v("guest.email");
    if (shown("guest.address.line1")) {
        g.address.line1 = v("guest.address.line1");
        g.address.line2 = v("guest.address.line2");
        g.address.postcode = v("guest.address.postcode");
        g.address.city = v("guest.address.city");
        g.address.country = v("guest.address.country");
    }
    if (const std::string raw_phone = v("guest.phone"); !raw_phone.empty()) {
        // The country-code picker wins; else the number is read where the guest lives, else by nationality.
        std::string region = v("phone_region");
        if (region.empty()) region = g.address.country.empty() ? nationality : g.address.country;
        const auto phone = cardex::normalize_phone(raw_phone, region);
        g.phone = phone.e164.empty() ? raw_phone : phone.e164;  // an invalid number is reported by validation
    }
    if (shown("guest.document") && !v("guest.document.number").empty()) {
        cardex::IdentityDocument d;
        d.type = cardex::document_type_from(v("guest.document.type")).value_or(cardex::DocumentType::passport);
        d.number = v("guest.document.number");
        d.issuing_country = v("guest.document.issuing_country");
        d.expiry_date = v("guest.document.expiry_date");
        g.document = d;
    }
    cardex::Stay stay;
    stay.arrival = v("stay.arrival");
    stay.departure = v("stay.departure");
    stay.adults = values_.value(QStringLiteral("stay.adults"), 1).toInt();
    stay.children = values_.value(QStringLiteral("stay.children"), 0).toInt();
    s.stay = stay;
    for (const QVariant& item : companions_) {
        const QVariantMap c = item.toMap();
        cardex::Companion comp;
        comp.first_name = str(c.value(QStringLiteral("first_name")));
        comp.last_name = str(c.value(QStringLiteral("last_name")));
        comp.birth_date = str(c.value(QStringLiteral("birth_date")));
        comp.nationality = str(c.value(QStringLiteral("nationality")));
        comp.relationship = cardex::relationship_from(str(c.value(QStringLiteral("relationship")))).value_or(cardex::Relationship::other);
        s.companions.push_back(comp);
    }
    if (!signature_.isEmpty()) {
        cardex::Signature sig;
        sig.format = cardex::SignatureFormat::svg_path;
        sig.data = signature_.toStdString();
        sig.sha256 = QCryptographicHash::hash(signature_.toUtf8(), QCryptographicHash::Sha256).toHex().toStdString();
        s.signature = sig;
    }
    s.consents = consents_.events(s.captured_at);
    if (loaded_) {
        // What the guest decided and signed is evidence: the supervisor fixes the card, not that.
        s.submission_id = loaded_->submission_id;
        s.kind = loaded_->kind;
        s.captured_at = loaded_->captured_at;
        s.language = loaded_->language;
        s.consents = loaded_->consents;
        s.signature = loaded_->signature;
    }
    return s;
}

void GuestForm::revalidate() {
    const cardex::Date today = today_ ? *today_ : cardex::Date::today_utc();
    const cardex::Submission s = submission();
    cardex::CardRequirements req = rules_.requirements;
    req.document = rules_.need("guest.document", s.guest.nationality) == FieldNeed::required;
    QMap<QString, QString> found;
    auto add = [&found](const QString& field, const QString& code) {
        if (!found.contains(field)) found.insert(field, code);  // the first problem of a field is the one to fix
    };
    const bool no_contact = req.contact && s.guest.email.empty() && s.guest.phone.empty();
    for (const cardex::FieldError& e : cardex::validate_submission(s, req, today)) {
        QString field = QString::fromStdString(e.field);
        // The screens show a document as its number field.
        if (field == QLatin1String("guest.document")) field = QStringLiteral("guest.document.number");
        // "E-mail or phone" is one requirement on two fields: both say so (the server names e-mail).
        if (no_contact && field == QLatin1String("guest.email") && e.code == "required") continue;
        add(field, QString::fromStdString(e.code));
    }
    if (no_contact) {
        found.insert(QStringLiteral("guest.email"), QStringLiteral("contact_required"));
        found.insert(QStringLiteral("guest.phone"), QStringLiteral("contact_required"));
    }
    // submission() keeps a number as typed only when it is not a number of the calling code the
    // guest picked; the server would read it where the guest lives, so the kiosk refuses it here.
    if (!s.guest.phone.empty() && s.guest.phone.front() != '+') found.insert(QStringLiteral("guest.phone"), QStringLiteral("invalid_phone"));
    // The date boxes write "D/M/" while being typed: that is an incomplete date. A complete one
    // naming no real day (31 February) is told apart, so that the guest knows what to fix.
    static const QRegularExpression iso_shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const char* f : {"guest.birth_date", "stay.arrival", "stay.departure"}) {
        const QString value = values_.value(QLatin1String(f)).toString();
        if (value.isEmpty() || cardex::is_iso_date(value.toStdString())) continue;
        found.insert(QLatin1String(f), iso_shape.match(value).hasMatch() ? QStringLiteral("impossible_date") : QStringLiteral("invalid_date"));
    }
    for (int i = 0; i < companions_.size(); ++i) {
        const QString p = QStringLiteral("companions[%1].").arg(i);
        const cardex::Companion& c = s.companions[static_cast<std::size_t>(i)];
        if (c.first_name.empty()) add(p + QStringLiteral("first_name"), QStringLiteral("required"));
        if (c.last_name.empty()) add(p + QStringLiteral("last_name"), QStringLiteral("required"));
        // Who may be listed (the age, the nationality) is validate_submission's, as on the server.
    }
    if (found != allErrors_) {
        allErrors_ = found;
        emit errorsChanged();
    }
}

void GuestForm::load(const cardex::Submission& s, const cardex::FieldErrors& serverErrors) {
    clear();
    loaded_ = s;
    for (const cardex::FieldError& e : serverErrors) {
        QString field = QString::fromStdString(e.field);
        if (field == QLatin1String("guest.document")) field = QStringLiteral("guest.document.number");
        serverErrors_.insert(field, QString::fromStdString(e.code));
    }
    submissionId_ = QString::fromStdString(s.submission_id);
    language_ = QString::fromStdString(s.language);
    reservationRef_ = QString::fromStdString(s.reservation_ref);
    const cardex::Guest& g = s.guest;
    auto put = [this](const char* field, const std::string& v) { values_.insert(QLatin1String(field), QString::fromStdString(v)); };
    put("guest.first_name", g.first_name);
    put("guest.last_name", g.last_name);
    put("guest.birth_date", g.birth_date);
    put("guest.birth_place", g.birth_place);
    put("guest.nationality", g.nationality);
    put("guest.email", g.email);
    put("guest.phone", g.phone);
    put("guest.address.line1", g.address.line1);
    put("guest.address.line2", g.address.line2);
    put("guest.address.postcode", g.address.postcode);
    put("guest.address.city", g.address.city);
    put("guest.address.country", g.address.country);
    if (g.document) {
        put("guest.document.type", std::string(cardex::to_string(g.document->type)));
        put("guest.document.number", g.document->number);
        put("guest.document.issuing_country", g.document->issuing_country);
        put("guest.document.expiry_date", g.document->expiry_date);
    }
    if (s.stay) {
        put("stay.arrival", s.stay->arrival);
        put("stay.departure", s.stay->departure);
        values_.insert(QStringLiteral("stay.adults"), s.stay->adults);
        values_.insert(QStringLiteral("stay.children"), s.stay->children);
    }
    for (const cardex::Companion& c : s.companions)
        companions_.append(QVariantMap{{QStringLiteral("first_name"), QString::fromStdString(c.first_name)},
                                       {QStringLiteral("last_name"), QString::fromStdString(c.last_name)},
                                       {QStringLiteral("birth_date"), QString::fromStdString(c.birth_date)},
                                       {QStringLiteral("nationality"), QString::fromStdString(c.nationality)},
                                       {QStringLiteral("relationship"), QString::fromUtf8(cardex::to_string(c.relationship))}});
    if (s.signature) signature_ = QString::fromStdString(s.signature->data);
    dirty_ = true;
    touched_ = {QStringLiteral("guest"), QStringLiteral("stay"), QStringLiteral("companions"), QStringLiteral("signature")};
    emit valuesChanged();
    emit languageChanged();
    revalidate();
    emit errorsChanged();
}

void GuestForm::applyReservation(const cardex::sync::Reservation& r) {
    reservationRef_ = QString::fromStdString(r.reservation_ref);
    auto put = [this](const char* field, const std::string& v) {
        if (!v.empty()) values_.insert(QLatin1String(field), QString::fromStdString(v));
    };
    put("stay.arrival", r.arrival);
    put("stay.departure", r.departure);
    values_.insert(QStringLiteral("stay.adults"), r.adults);
    values_.insert(QStringLiteral("stay.children"), r.children);
    const cardex::Guest& g = r.guest;
    put("guest.first_name", g.first_name);
    put("guest.last_name", g.last_name);
    put("guest.birth_date", g.birth_date);
    put("guest.birth_place", g.birth_place);
    put("guest.nationality", g.nationality);
    put("guest.email", g.email);
    put("guest.phone", g.phone);
    put("guest.address.line1", g.address.line1);
    put("guest.address.line2", g.address.line2);
    put("guest.address.postcode", g.address.postcode);
    put("guest.address.city", g.address.city);
    put("guest.address.country", g.address.country);
    dirty_ = true;
    emit valuesChanged();
    emit rulesChanged();
    revalidate();
}

}  // namespace cardex::kiosk
