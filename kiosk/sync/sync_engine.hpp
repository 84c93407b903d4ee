// kiosk/sync/sync_engine.hpp — one sync pass over the outbox, and the decisions around it. No Qt,
// no threads: the Qt service (sync_service.hpp) calls run_pass() from its worker thread.
//
// A pass: if the device is enrolled, not revoked and not backing off, take the oldest queued
// submissions (≤ max_batch, ≤ max_batch_bytes), upload them as one batch and apply the per-submission
// results in one transaction (stored/duplicate → deleted, rejected → kept with errors). Then:
//  - 401: the token is revoked; persisted, passes stop until the supervisor enrols again;
//  - network, TLS, malformed answer, 403, 408, 429, 5xx: everything goes back to the queue and the
//    next pass waits a backoff delay (full jitter, honouring Retry-After up to max_retry_after); the
//    state survives restarts. A network failure also halves the next batch (a slow uplink may never
//    carry a full one within the client's timeout); answered batches double it again;
//  - a local store failure after an upload: the rows taken stay `sending`, and the next pass puts
//    them back in the queue first (the server answers `duplicate` for those it stored);
//  - 400/413/422 for a whole batch: the batch is halved and sent again at once; a single submission
//    the server refuses that way is marked rejected with the server's errors, so one bad record can
//    never block the outbox.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "storage/outbox_store.hpp"
#include "sync/sync_transport.hpp"

namespace cardex::kiosk {

struct SyncOptions {
    std::size_t max_batch = 500;                      ///< protocol.md: at most 500 per batch
    std::size_t max_batch_bytes = 1536 * 1024;        ///< sealed bytes; the server's body limit is 2 MiB
    std::chrono::milliseconds backoff_base{1000};     ///< ceiling after the first failure
    std::chrono::milliseconds backoff_cap{5 * 60 * 1000};
    std::chrono::milliseconds backoff_floor{200};     ///< full jitter may draw 0: never retry in a hot loop
    std::chrono::milliseconds max_retry_after{60 * 60 * 1000};  ///< a longer Retry-After is cut to this
    std::function<TimePoint()> now;                   ///< default: system_clock::now
    std::function<double()> random01;                 ///< uniform in [0, 1); default: seeded mt19937_64
    std::function<std::string()> make_batch_id;       ///< default: cardex::sync::make_uuid
};

/// Full-jitter exponential backoff: uniform in [0, min(cap, base·2^(failures−1))), at least `floor`.
/// `u` is a uniform draw in [0, 1). failures ≤ 0 gives 0.
std::chrono::milliseconds backoff_delay(int failures, std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                        std::chrono::milliseconds floor, double u);

struct PassResult {
    enum class Outcome {
        nothing_to_send,  ///< outbox has no queued submission
        uploaded,         ///< a batch was answered (results applied)
        split,            ///< the server refused the batch as a whole: it will be sent in halves
        backing_off,      ///< not yet time to retry (no request made)
        failed,           ///< the upload failed; backing off from now
        revoked,          ///< the device token is revoked (now or earlier)
        not_enrolled,     ///< no device token yet
        store_error,      ///< the local store failed (disk full, I/O error)
    };
    Outcome outcome = Outcome::nothing_to_send;
    int sent = 0, stored = 0, duplicates = 0, rejected = 0;
    bool more = false;   ///< queued submissions remain that may be sent right away
    TimePoint retry_at{};  ///< when backing off / failed: the earliest next attempt
    std::string error;   ///< for failed/store_error/revoked: why (no personal data)
};

/// What the supervisor's status shows, read from the store.
struct EngineStatus {
    OutboxCounts counts;
    SyncState state;
    bool enrolled = false;
    std::string device_id, device_name, hotel_id;
};

class SyncEngine {
public:
    SyncEngine(OutboxStore& store, SyncTransport& transport, SyncOptions options = {});

    /// Once, before the first pass: puts back submissions an interrupted process left `sending` and
    /// gives the transport the stored token.
    Result<bool, std::string> start();
    PassResult run_pass();
    /// Passes until nothing more can be sent right now (a failure, backoff or an empty outbox).
    PassResult drain();

    /// Sends the one-time code; on success stores the enrolment (token sealed) and clears a revoked
    /// state. The error is a message for the supervisor. An enrolment for another hotel than the
    /// current one is refused while cards wait (queued, sending or rejected): they are police cards
    /// of the first hotel and would be stored as the second's.
    Result<DeviceEnrolment, std::string> enrol(const std::string& code, const std::string& device_name);

    Result<EngineStatus, std::string> status();

private:
    PassResult fail_store(std::string message);
    /// store_.apply, noting that the rows taken for sending have their outcome written.
    Result<bool, std::string> apply(const std::vector<SendOutcome>& outcomes);
    /// `kind`: SyncState::last_error_kind.
    PassResult backoff(SyncState state, TimePoint now, std::string error, std::string kind, std::chrono::seconds retry_after);

    OutboxStore& store_;
    SyncTransport& transport_;
    SyncOptions options_;
    std::size_t batch_limit_;  ///< lowered by splitting and by network failures, doubled after an answered batch
    bool has_token_ = false;
    bool taken_unapplied_ = false;  ///< rows were taken for sending and their outcome not written
};

}  // namespace cardex::kiosk
