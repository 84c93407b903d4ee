// kiosk/flow/memory_services.hpp — in-memory implementations of the flow's interfaces, for the Qt
// Quick tests, the --tour mode and a tablet started without a data directory (demo). Nothing here
// is durable.
#pragma once

#include <map>
#include <vector>

#include "flow/reservation_lookup.hpp"
#include "flow/submission_sink.hpp"

namespace cardex::kiosk {

/// Keeps saved submissions in a vector. `fail_next` makes the next save() fail (tests of the
/// "could not save" path).
class MemorySubmissionSink final : public SubmissionSink {
public:
    cardex::Result<bool, std::string> save(const cardex::Submission& submission) override;
    const std::vector<cardex::Submission>& saved() const { return saved_; }
    void clear() { saved_.clear(); }
    bool fail_next = false;

private:
    std::vector<cardex::Submission> saved_;
};

/// Answers from a map keyed by upper-cased reference; the last name must match case-insensitively.
/// Answers are queued (as a network answer would be), and dropped by cancel() or a newer lookup().
class MemoryReservationLookup final : public ReservationLookup {
    Q_OBJECT
public:
    using ReservationLookup::ReservationLookup;
    void add(const cardex::sync::Reservation& reservation);
    void set_offline(bool offline) { offline_ = offline; }
    void lookup(const QString& reference, const QString& last_name) override;
    void cancel() override { ++generation_; }

private:
    std::map<std::string, cardex::sync::Reservation> reservations_;
    bool offline_ = false;
    quint64 generation_ = 0;
};

/// A sync side that never talks to a server: status and rejected submissions are set by the caller.
class MemorySyncControl final : public SyncControl {
    Q_OBJECT
public:
    using SyncControl::SyncControl;
    SyncStatus status() const override { return status_; }
    std::vector<RejectedSubmission> rejected() const override { return rejected_; }
    cardex::Result<bool, std::string> discard_rejected(const std::string& submission_id) override;
    cardex::Result<bool, std::string> resubmit_rejected(const cardex::Submission& fixed) override;
    /// Accepts exactly the code set by set_valid_code (default "TEST-CODE").
    void enrol(const QString& code, const QString& device_name) override;
    void sync_now() override;

    void set_status(const SyncStatus& status);
    void add_rejected(RejectedSubmission rejected);
    void set_valid_code(QString code) { valid_code_ = std::move(code); }
    const std::vector<cardex::Submission>& resubmitted() const { return resubmitted_; }

private:
    SyncStatus status_;
    std::vector<RejectedSubmission> rejected_;
    std::vector<cardex::Submission> resubmitted_;
    QString valid_code_ = QStringLiteral("TEST-CODE");
};

}  // namespace cardex::kiosk
