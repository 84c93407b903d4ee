// kiosk/flow/submission_sink.hpp — where the guest flow hands over a finished submission, and what
// the UI needs from the rest of the tablet (booking look-up, sync state, supervisor actions).
//
// The UI (kiosk/flow, qml/) only knows these interfaces. The real implementations (encrypted local
// store + outbox, protocol client) live in kiosk/storage and kiosk/sync; in-memory ones for tests and
// the --tour mode are in memory_services.hpp.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <string>
#include <vector>

#include "cardex/model.hpp"
#include "cardex/result.hpp"

namespace cardex::kiosk {

/// Receives every finished guest submission (card + consents + signature), already validated with
/// cardex::validate_submission. save() must be durable when it returns a value (one transaction in
/// the local store, queued in the outbox): the guest is told "thank you" right after. It is called
/// on the UI thread and must be quick (no network). An error text is for the log, never shown to
/// the guest, and must not contain personal data.
class SubmissionSink {
public:
    virtual ~SubmissionSink();
    virtual cardex::Result<bool, std::string> save(const cardex::Submission& submission) = 0;
};

/// What the supervisor's sync screen shows. Plain values, copied on every change.
struct SyncStatus {
    int outbox_size = 0;         ///< submissions waiting to be sent
    int rejected_count = 0;      ///< submissions the server rejected, waiting for the supervisor
    QDateTime last_success;      ///< last batch acknowledged by the server; invalid when never
    QDateTime last_attempt;      ///< last time a batch was tried; invalid when never
    QString last_error;          ///< empty when the last attempt succeeded; no personal data
    /// offline, tls, server, revoked, store, not_configured ("" with no error): what the supervisor
    /// is told, in their language (Messages.syncError)
    QString last_error_kind;
    bool enrolled = false;       ///< the tablet has a device token
    QString hotel_id;            ///< from the enrolment
    QString device_name;         ///< from the enrolment
    bool operator==(const SyncStatus&) const = default;
};

/// A submission the server answered with "rejected": kept on the tablet for the supervisor to fix
/// (edit and send again) or discard.
struct RejectedSubmission {
    cardex::Submission submission;
    cardex::FieldErrors errors;  ///< as the server gave them (field paths of protocol.md)
    QDateTime rejected_at;
};

/// The tablet's sync side as the supervisor screens see it. Implemented by kiosk/sync (real
/// outbox + protocol client). All members are called on the UI thread; signals must be emitted on
/// it too (queue them from worker threads).
class SyncControl : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~SyncControl() override;

    virtual SyncStatus status() const = 0;
    virtual std::vector<RejectedSubmission> rejected() const = 0;
    /// Deletes a rejected submission (its personal data) from the tablet.
    virtual cardex::Result<bool, std::string> discard_rejected(const std::string& submission_id) = 0;
    /// Replaces a rejected submission by the supervisor's fixed version (same submission_id) and
    /// puts it back in the outbox.
    virtual cardex::Result<bool, std::string> resubmit_rejected(const cardex::Submission& fixed) = 0;
    /// Sends the one-time enrolment code (protocol.md "Device enrolment"); answers with enrolmentFinished.
    virtual void enrol(const QString& code, const QString& device_name) = 0;
    /// Tries to send the outbox now instead of waiting for the next scheduled attempt.
    virtual void sync_now() = 0;

signals:
    void statusChanged();
    void rejectedChanged();
    /// ok == false: message says why (wrong or expired code, offline …), shown to the supervisor.
    void enrolmentFinished(bool ok, const QString& message);
};

}  // namespace cardex::kiosk
