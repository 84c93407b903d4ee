#include "flow/memory_services.hpp"

#include <QTimer>

#include <algorithm>

namespace cardex::kiosk {

// Out-of-line destructors anchor the vtables in one object file.
SubmissionSink::~SubmissionSink() = default;
SyncControl::~SyncControl() = default;
ReservationLookup::~ReservationLookup() = default;

cardex::Result<bool, std::string> MemorySubmissionSink::save(const cardex::Submission& submission) {
    if (fail_next) {
        fail_next = false;
        return cardex::fail(std::string("memory sink: failure requested by the test"));
    }
    saved_.push_back(submission);
    return true;
}

void MemoryReservationLookup::add(const cardex::sync::Reservation& reservation) {
    reservations_[QString::fromStdString(reservation.reservation_ref).toUpper().toStdString()] = reservation;
}

void MemoryReservationLookup::lookup(const QString& reference, const QString& last_name) {
    const quint64 generation = ++generation_;
    const auto it = reservations_.find(reference.trimmed().toUpper().toStdString());
    const bool matches = it != reservations_.end() &&
                         QString::fromStdString(it->second.guest.last_name).compare(last_name.trimmed(), Qt::CaseInsensitive) == 0;
    const bool offline = offline_;
    const cardex::sync::Reservation found_reservation = matches ? it->second : cardex::sync::Reservation{};
    QTimer::singleShot(0, this, [this, generation, offline, matches, found_reservation] {
        if (generation != generation_) return;  // cancelled or superseded
        if (offline) emit this->offline(QStringLiteral("memory lookup: offline"));
        else if (matches) emit found(found_reservation);
        else emit notFound();
    });
}

cardex::Result<bool, std::string> MemorySyncControl::discard_rejected(const std::string& submission_id) {
    const auto it = std::find_if(rejected_.begin(), rejected_.end(),
                                 [&](const RejectedSubmission& r) { return r.submission.submission_id == submission_id; });
    if (it == rejected_.end()) return cardex::fail(std::string("no rejected submission with this id"));
    rejected_.erase(it);
    status_.rejected_count = static_cast<int>(rejected_.size());
    emit rejectedChanged();
    emit statusChanged();
    return true;
}

cardex::Result<bool, std::string> MemorySyncControl::resubmit_rejected(const cardex::Submission& fixed) {
    const auto it = std::find_if(rejected_.begin(), rejected_.end(), [&](const RejectedSubmission& r) {
        return r.submission.submission_id == fixed.submission_id;
    });
    if (it == rejected_.end()) return cardex::fail(std::string("no rejected submission with this id"));
    rejected_.erase(it);
    resubmitted_.push_back(fixed);
    status_.rejected_count = static_cast<int>(rejected_.size());
    ++status_.outbox_size;
    emit rejectedChanged();
    emit statusChanged();
    return true;
}

void MemorySyncControl::enrol(const QString& code, const QString& device_name) {
    const bool ok = code.trimmed() == valid_code_;
    if (ok) {
        status_.enrolled = true;
        status_.device_name = device_name;
        status_.hotel_id = QStringLiteral("H01");
    }
    QTimer::singleShot(0, this, [this, ok] {
        if (ok) emit statusChanged();
        emit enrolmentFinished(ok, ok ? QString() : QStringLiteral("unknown or expired code"));
    });
}

void MemorySyncControl::sync_now() {
    status_.last_attempt = QDateTime::currentDateTimeUtc();
    emit statusChanged();
}

void MemorySyncControl::set_status(const SyncStatus& status) {
    status_ = status;
    emit statusChanged();
}

void MemorySyncControl::add_rejected(RejectedSubmission rejected) {
    rejected_.push_back(std::move(rejected));
    status_.rejected_count = static_cast<int>(rejected_.size());
    emit rejectedChanged();
    emit statusChanged();
}

}  // namespace cardex::kiosk
