// kiosk/storage/outbox_store.hpp — the tablet's local store: finished submissions waiting to sync
// (the outbox), the device enrolment and the sync service's persistent state. SQLite, no Qt.
//
// Durability: WAL with synchronous=FULL, every change in one transaction, so a submission whose add()
// returned is on disk and survives kill -9 and power loss; a crash mid-transaction leaves the store as
// it was before it. Confidentiality: the submission (its protocol JSON), its rejection errors and the
// device token are sealed with the device key (sealed_box.hpp); ids, states, counters and times are
// in clear so that the outbox can be managed without opening records. secure_delete is on, so an
// acknowledged submission's pages are zeroed when its row is deleted.
//
// Threads: one OutboxStore per thread (the GUI's sink and the sync worker each open their own);
// SQLite's WAL and a busy timeout serialise writers across connections and processes.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cardex/model.hpp"
#include "cardex/result.hpp"
#include "storage/device_key.hpp"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace cardex::kiosk {

using TimePoint = std::chrono::system_clock::time_point;

/// Milliseconds since the Unix epoch, the form times take in the store.
std::int64_t to_millis(TimePoint t);
TimePoint from_millis(std::int64_t ms);

enum class OutboxState { queued, sending, rejected };

struct OutboxItem {
    std::int64_t seq = 0;        ///< insertion order (never reused)
    std::string id;              ///< submission_id
    TimePoint created_at;
    OutboxState state = OutboxState::queued;
    int attempts = 0;            ///< uploads tried so far
    TimePoint last_attempt_at;   ///< when it was last sent (for a rejected one: when it was rejected)
    FieldErrors errors;          ///< why the server (or the tablet) rejected it
    std::optional<Submission> submission;  ///< nullopt when the record cannot be opened
    std::string open_error;      ///< why, when submission is nullopt
    std::size_t sealed_bytes = 0;
};

struct OutboxCounts {
    std::int64_t queued = 0, sending = 0, rejected = 0;
    std::int64_t pending() const { return queued + sending; }
    std::int64_t total() const { return queued + sending + rejected; }
};

/// What the server's answer (or the tablet) decided for one submission that was sent.
struct SendOutcome {
    enum Kind { acknowledged, rejected, retry };
    std::string id;
    Kind kind = retry;
    FieldErrors errors;  ///< for rejected
};

struct DeviceEnrolment {
    std::string device_id, device_name, hotel_id, device_token;
    TimePoint enrolled_at;
};

/// The sync service's state that must survive restarts.
struct SyncState {
    int consecutive_failures = 0;
    TimePoint retry_at{};       ///< no upload before this (backoff)
    TimePoint last_attempt{};   ///< last upload tried; epoch = never
    TimePoint last_success{};   ///< last batch the server answered; epoch = never
    std::string last_error;     ///< for the supervisor; never contains personal data
    /// What kind of failure last_error is, for the supervisor's own words: "offline", "tls",
    /// "server", "revoked" ("" when none). Set where the error is made, not read back from its text.
    std::string last_error_kind;
    bool revoked = false;       ///< the server refused the device token (401): stop until re-enrolled
};

struct OutboxPaths {
    std::filesystem::path database;  ///< SQLite file
    std::filesystem::path key;       ///< device key file
    /// The layout inside a data dir: kiosk.db and device.key.
    static OutboxPaths in(const std::filesystem::path& data_dir);
};

class OutboxStore {
public:
    /// Opens (creating and migrating as needed) the store in `data_dir`, made 0700 if it is created.
    /// The device key is created together with a new store. An existing store whose key file is
    /// missing or different is refused (error): making a new key would silently turn every waiting
    /// submission into unreadable bytes, which needs a supervisor's decision, not a default.
    static Result<std::unique_ptr<OutboxStore>, std::string> open(const std::filesystem::path& data_dir);
    static Result<std::unique_ptr<OutboxStore>, std::string> open(const OutboxPaths& paths);
    ~OutboxStore();
    OutboxStore(const OutboxStore&) = delete;
    OutboxStore& operator=(const OutboxStore&) = delete;

    // --- outbox ---

    /// Seals and stores a finished submission as queued, in one durable transaction. Fails on an
    /// empty submission_id or one already in the outbox (the guest flow made it; a second save of
    /// the same id is a bug, not a retry).
    Result<bool, std::string> add(const Submission& s, TimePoint now);

    /// Takes the oldest queued submissions — at most `max_count`, and no more than `max_bytes` of
    /// sealed data unless the first alone is larger — marks them `sending` and counts an attempt.
    /// A record that cannot be opened (damaged, other key) is moved to rejected with the code
    /// "unreadable_record" instead of blocking the queue.
    Result<std::vector<OutboxItem>, std::string> take_for_sending(std::size_t max_count, std::size_t max_bytes,
                                                                  TimePoint now);
    /// Puts back `sending` rows left by a process that died during an upload (the server may have
    /// stored them; it answers `duplicate` when they are sent again). Returns how many.
    Result<int, std::string> recover_interrupted();
    /// Applies an upload's outcomes in one transaction: acknowledged rows are deleted, rejected ones
    /// keep their sealed payload with their errors, the others go back to queued.
    Result<bool, std::string> apply(const std::vector<SendOutcome>& outcomes);

    Result<OutboxCounts, std::string> counts();
    /// Rejected submissions, oldest first, opened for the supervisor.
    Result<std::vector<OutboxItem>, std::string> rejected();
    /// The supervisor's fix: replaces a rejected submission (same submission_id) and queues it again.
    Result<bool, std::string> resubmit(const Submission& fixed);
    /// The supervisor's discard: deletes a rejected submission. Queued ones cannot be discarded.
    Result<bool, std::string> discard(const std::string& id);

    // --- device and sync state ---

    Result<std::optional<DeviceEnrolment>, std::string> enrolment();
    /// Stores the enrolment (token sealed) and clears the revoked flag and the backoff.
    Result<bool, std::string> save_enrolment(const DeviceEnrolment& e);
    Result<SyncState, std::string> sync_state();
    Result<bool, std::string> save_sync_state(const SyncState& s);

    /// Moves the WAL into the database and truncates it, so that deleted records do not linger in
    /// the WAL file either. Cheap when there is little to move.
    Result<bool, std::string> checkpoint();
    /// PRAGMA integrity_check == "ok" (tests, supervisor diagnostics).
    Result<bool, std::string> integrity_ok();

    const std::filesystem::path& path() const { return paths_.database; }

private:
    OutboxStore(std::unique_ptr<SQLite::Database> db, OutboxPaths paths, DeviceKey key);
    SQLite::Statement& prepare(const char* sql);
    Result<Submission, std::string> open_payload(const std::string& id, const std::string& sealed) const;
    Result<FieldErrors, std::string> open_errors(const std::string& id, const std::string& sealed) const;
    Result<std::string, std::string> seal_errors(const std::string& id, const FieldErrors& errors) const;

    std::unique_ptr<SQLite::Database> db_;
    OutboxPaths paths_;
    DeviceKey key_;
    std::map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
};

}  // namespace cardex::kiosk
