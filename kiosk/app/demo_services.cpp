#include "app/demo_services.hpp"

#include <QDateTime>

#include "cardex/model_json.hpp"

namespace cardex::kiosk {

DemoServices::DemoServices(QObject* parent) : QObject(parent) {
    // A booking the tour and the tests can find: reference ABC123, last name Martin.
    cardex::sync::Reservation r;
    r.reservation_ref = "ABC123";
    r.arrival = QDate::currentDate().toString(Qt::ISODate).toStdString();
    r.departure = QDate::currentDate().addDays(3).toString(Qt::ISODate).toStdString();
    r.adults = 2;
    r.guest.first_name = "Claire";
    r.guest.last_name = "Martin";
    r.guest.email = "c.martin.4471@guest.booking.com";
    lookup.add(r);
}

QString DemoServices::lastSavedJson() const {
    if (sink.saved().empty()) return {};
    return QString::fromStdString(cardex::to_json(sink.saved().back()));
}

void DemoServices::addSampleSyncState() {
    SyncStatus status;
    status.outbox_size = 3;
    status.last_success = QDateTime::currentDateTime().addSecs(-25 * 60);
    status.last_attempt = QDateTime::currentDateTime().addSecs(-40);
    status.last_error = QStringLiteral("server not reachable: connection refused");  // as the engine words it
    status.last_error_kind = QStringLiteral("offline");
    status.enrolled = true;
    status.hotel_id = QStringLiteral("H01");
    status.device_name = QStringLiteral("Lobby 1");
    sync.set_status(status);
    auto rejected = [](const char* id, const char* first, const char* last, cardex::FieldErrors errors) {
        RejectedSubmission r;
        r.submission.submission_id = id;
        r.submission.captured_at = "2026-11-22T09:58:12+01:00";
        r.submission.language = "fr";
        r.submission.guest.first_name = first;
        r.submission.guest.last_name = last;
        r.submission.guest.nationality = "IT";
        r.submission.guest.birth_date = "1984-05-02";
        r.submission.guest.birth_place = "Torino";
        r.submission.guest.address = {"Via Roma 1", "", "10121", "Torino", "", "IT"};
        r.submission.stay = cardex::Stay{"2026-11-22", "2026-11-24", 1, 0};
        r.errors = std::move(errors);
        r.rejected_at = QDateTime::currentDateTime().addSecs(-3600);
        return r;
    };
    sync.add_rejected(rejected("6f1c2a9e-3b1d-4e55-9a3c-1d2e3f4a5b6c", "Giulia", "Rossi",
                               {{"guest.phone", "invalid_phone", "guest.phone is not a valid telephone number."}}));
    sync.add_rejected(rejected("0b7d9e41-52c8-4f0a-8e6b-7c8d9e0f1a2b", "Marco", "Bianchi",
                               {{"guest.birth_date", "future_date", "guest.birth_date is in the future."}}));
}

}  // namespace cardex::kiosk
