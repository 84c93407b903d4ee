// cardex/rcu/store.hpp — persistence of the central guest register (RCU).
//
// The Store is the register's data access layer: plain rows in, plain rows out, no matching logic
// (that is cardex::rcu::Register). SQLite (WAL) is the embedded implementation; the interface is
// what a PostgreSQL backend implements for groups that outgrow one machine.
//
// Invariants every implementation keeps:
//  - a source record version is immutable once written; a changed record is a new version;
//  - consent events are append-only (erasure is the only thing that removes them);
//  - every write happens inside a transaction the caller opened, and is durable once it commits.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cardex/normalize.hpp"
#include "cardex/result.hpp"

namespace cardex::rcu {

using RecordId = std::int64_t;
using ProfileId = std::int64_t;

/// Who did something: "engine", "operator:alice", "device:7", "import:pms-2026-11.csv".
using Actor = std::string;

/// A source record as stored: one row of one source (PMS, kiosk, spa…), its current version.
struct SourceRecord {
    RecordId id = 0;
    std::string source, source_record_id, hotel_id;
    int version = 0;
    std::string received_at;   ///< RFC 3339 UTC of this version
    RawRecord raw;             ///< the columns as received (import-schema.md names + extras)
    NormalizedRecord normalized;
    ProfileId profile = 0;     ///< 0: not linked yet
};

/// How a record is linked to its profile.
struct Link {
    RecordId record = 0;
    ProfileId profile = 0;
    double score = 0;
    std::string rule;          ///< "new_profile", "auto_link", "operator_link", "unlink"
    Actor decided_by;
    std::string decided_at;
};

enum class PairDecision { same, different };

struct Decision {
    RecordId a = 0, b = 0;     ///< a < b
    PairDecision decision = PairDecision::different;
    Actor decided_by;
    std::string decided_at;
};

struct ReviewItem {
    std::int64_t id = 0;
    RecordId a = 0, b = 0;     ///< a < b
    double score = 0;
    std::string explanation;   ///< JSON: the evidence list
    std::string created_at;
    std::string status;        ///< "open", "same", "different", "closed"
};

struct StayRow {
    std::int64_t id = 0;
    RecordId record = 0;
    std::string hotel_id, reservation_ref, arrival, departure, currency;
    double amount = 0;
    int adults = 0, children = 0;
};

struct ConsentRow {
    std::int64_t id = 0;
    RecordId record = 0;
    std::string purpose;       ///< marketing_email, marketing_sms, profiling, data_processing
    bool granted = false;
    std::string text_id;
    int text_version = 0;
    std::string language, captured_at, device;
    Actor actor;
};

/// Households and company accounts group profiles that share an address, phone or e-mail but are
/// different people; they are never merged.
struct Group {
    std::int64_t id = 0;
    std::string kind;          ///< "household" or "company"
    std::string key;           ///< what they share, hashed: "address:<sha256 hex>" (no personal data)
    std::vector<ProfileId> members;
};

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;
    Actor actor;
    std::string action;        ///< "record.insert", "profile.read", "link", "unlink", "decide", "erase", …
    std::string target;        ///< "record:12", "profile:7"
    std::string detail;        ///< never personal data: ids, scores, rule names
};

/// A kiosk tablet enrolled with a one-time code. Only a hash of its token is kept.
struct DeviceRow {
    std::string id, hotel_id, name, token_hash, enrolled_at;
    std::string revoked_at;    ///< "" while active
    std::string last_seen_at;
};

/// A one-time enrolment code (hashed), valid until expires_at, for one device of one hotel.
struct EnrolmentCodeRow {
    std::string code_hash, hotel_id, device_name, created_at, expires_at;
    std::string used_at;       ///< "" until used
};

/// One submission received from a device: what makes uploads idempotent by (hotel, submission_id),
/// and where the signed card's signature is kept (it is not a guest field).
struct SubmissionRow {
    std::string device_id, submission_id, kind, received_at;
    RecordId record = 0;       ///< the guest's source record; 0 once erased (the row stays as a tombstone)
    std::string signature_format, signature_data, signature_sha256;
};

/// A person using the operator API: an operator sees every hotel, a supervisor only theirs.
struct ApiUserRow {
    std::int64_t id = 0;
    std::string name, role, hotel_id, token_hash, created_at;
    std::string revoked_at;
};

struct StoreStats {
    std::int64_t source_records = 0, profiles = 0, open_reviews = 0, devices = 0;
    /// Fill rates over profiles' golden records (JSON fields "email", "email_kind", "phone", "language").
    std::int64_t with_email = 0, with_personal_email = 0, with_phone = 0, with_language = 0;
};

/// Makes durable every transaction its store committed before the call, for a store whose commits
/// do not wait for the disk themselves (SqliteOptions::sync_outside_commit). Thread-safe, and
/// meant for a thread other than the store's: the writer goes on with its next transaction while
/// the disk syncs.
class CommitSync {
public:
    virtual ~CommitSync() = default;
    /// The error names the file and the system's reason; then nothing committed since the last
    /// successful call may be taken as durable.
    virtual Result<bool, std::string> sync() = 0;
};

/// The register's persistence. Not thread-safe: one Store per thread (SQLite connections are cheap)
/// or external locking.
class Store {
public:
    virtual ~Store() = default;

    /// Transactions (BEGIN IMMEDIATE in SQLite, so writers queue instead of failing mid-way).
    /// Writes outside one are a programming error. commit() makes them durable. They nest: inside
    /// an open transaction begin() opens a savepoint, whose commit() or rollback() affects only
    /// what was done since; the outermost commit() makes everything durable at once.
    virtual Result<bool, std::string> begin() = 0;
    virtual Result<bool, std::string> commit() = 0;
    virtual void rollback() = 0;

    // --- source records ---
    /// Finds a record by its identity in its source.
    virtual std::optional<SourceRecord> find_record(const std::string& source, const std::string& source_record_id) = 0;
    virtual std::optional<SourceRecord> record(RecordId id) = 0;
    virtual std::vector<SourceRecord> records(const std::vector<RecordId>& ids) = 0;
    /// Inserts a new record (version 1, r.id ignored) or, when r.id names an existing record, a new
    /// version of it (version = previous + 1). `keys` are its blocking keys, replacing the previous
    /// version's. Returns the record id.
    virtual Result<RecordId, std::string> put_record(const SourceRecord& r, const std::vector<std::string>& keys) = 0;
    /// All versions of a record, oldest first (they are immutable).
    virtual std::vector<SourceRecord> record_versions(RecordId id) = 0;
    /// Records sharing at least one of `keys`, at most `limit_per_key` per key (oversized blocks
    /// are cut: the most recent records of the block are returned).
    virtual std::vector<RecordId> records_with_keys(const std::vector<std::string>& keys, std::size_t limit_per_key) = 0;
    /// The profiles of the records records_with_keys() returns, without reading those records
    /// (the candidates of every insert: a regular guest's key holds hundreds of their records).
    virtual std::vector<ProfileId> profiles_with_keys(const std::vector<std::string>& keys, std::size_t limit_per_key) = 0;

    // --- profiles and links ---
    virtual ProfileId create_profile() = 0;
    /// Also leaves the profile's groups (as remove_group_member: a group left with one member goes).
    virtual void delete_profile(ProfileId id) = 0;
    virtual bool profile_exists(ProfileId id) = 0;
    /// Links a record to a profile (replacing its previous link); updates SourceRecord::profile.
    virtual void set_link(const Link& link) = 0;
    virtual std::optional<Link> link_of(RecordId record) = 0;
    virtual std::vector<RecordId> records_of_profile(ProfileId id) = 0;
    /// The records linked to a profile, in id order: records(records_of_profile(id)) in one read.
    virtual std::vector<SourceRecord> profile_records(ProfileId id) = 0;
    virtual void set_golden(ProfileId id, const std::string& golden_json) = 0;
    virtual std::optional<std::string> golden(ProfileId id) = 0;

    // --- decisions and review ---
    /// Stores (or replaces) the decision on a pair.
    virtual void put_decision(const Decision& d) = 0;
    /// Decisions involving any of `records`.
    virtual std::vector<Decision> decisions_for(const std::vector<RecordId>& records) = 0;
    /// Adds an open review item; if the pair already has an open item, returns that id unchanged.
    virtual std::int64_t add_review(const ReviewItem& item) = 0;
    virtual std::vector<ReviewItem> reviews(const std::string& status, std::size_t limit) = 0;
    virtual std::optional<ReviewItem> review(std::int64_t id) = 0;
    virtual void set_review_status(std::int64_t id, const std::string& status) = 0;
    /// Sets `status` on the open review items whose two records are both linked to `profile`:
    /// their question has been answered since ("linked" by the engine, "same" by an operator).
    virtual void close_reviews_within(ProfileId profile, const std::string& status) = 0;
    /// Sets `status` on the open review items that pair `record` with a record linked to
    /// `profile`. Items with records of other profiles stay open: they are still questions.
    virtual void close_reviews_between(RecordId record, ProfileId profile, const std::string& status) = 0;
    /// Sets `status` on the open review item of the pair (a, b), if there is one.
    virtual void close_review_of_pair(RecordId a, RecordId b, const std::string& status) = 0;
    /// The register's own settings (the dedup thresholds an operator set), by name; every program
    /// that opens the register reads them from here, so the server and cardexctl agree.
    virtual std::vector<std::pair<std::string, std::string>> settings() = 0;
    virtual void put_setting(const std::string& name, const std::string& value) = 0;

    // --- stays, consents, groups ---
    virtual std::int64_t add_stay(const StayRow& s) = 0;
    virtual std::vector<StayRow> stays_of(const std::vector<RecordId>& records) = 0;
    /// Stays with this reservation reference in this hotel (booking look-up).
    virtual std::vector<StayRow> stays_by_reservation(const std::string& hotel_id, const std::string& ref) = 0;
    virtual std::int64_t add_consent(const ConsentRow& c) = 0;
    virtual std::vector<ConsentRow> consents_of(const std::vector<RecordId>& records) = 0;
    /// The group of this kind and key, created if missing.
    virtual std::int64_t group_for(const std::string& kind, const std::string& key) = 0;
    virtual void add_group_member(std::int64_t group, ProfileId profile) = 0;
    /// A group left with fewer than two members is dissolved: a household of one is no household,
    /// and its key (a hash of the shared contact) must not outlive the people who shared it.
    virtual void remove_group_member(std::int64_t group, ProfileId profile) = 0;
    virtual std::vector<Group> groups_of(ProfileId profile) = 0;

    // --- scans ---
    /// Current versions of records with id > `after`, in id order, at most `batch` of them (for
    /// batch runs over the register: cardexctl rematch).
    virtual std::vector<SourceRecord> scan_records(RecordId after, std::size_t batch) = 0;
    /// The same records' values that the dedup engine's frequency table counts, and only those:
    /// first and last name keys, phone, e-mail, address key and postcode (the other fields of each
    /// NormalizedRecord are empty); `*last` becomes the id of the last one, the next call's
    /// `after`. What opening a register reads from every record, without parsing whole records
    /// or filling the record cache.
    virtual std::vector<NormalizedRecord> scan_frequency_values(RecordId after, std::size_t batch, RecordId* last) = 0;

    // --- devices, submissions, API users (the server's tables, in the same file so that a
    //     submission and its record commit together) ---
    virtual void add_enrolment_code(const EnrolmentCodeRow& c) = 0;
    virtual std::optional<EnrolmentCodeRow> enrolment_code(const std::string& code_hash) = 0;
    virtual void mark_enrolment_code_used(const std::string& code_hash, const std::string& at) = 0;
    virtual void add_device(const DeviceRow& d) = 0;
    virtual std::optional<DeviceRow> device(const std::string& id) = 0;
    virtual std::optional<DeviceRow> device_by_token_hash(const std::string& token_hash) = 0;
    virtual std::vector<DeviceRow> devices() = 0;
    /// False when no such device; revoking twice keeps the first time.
    virtual bool revoke_device(const std::string& id, const std::string& at) = 0;
    virtual void touch_device(const std::string& id, const std::string& at) = 0;
    virtual std::optional<SubmissionRow> submission(const std::string& device_id, const std::string& submission_id) = 0;
    /// The submission of that id sent by any device of the hotel: a tablet enrolled again (a new
    /// device) re-sends the cards whose answer it never got, and they are the same cards.
    virtual std::optional<SubmissionRow> submission_in_hotel(const std::string& hotel_id,
                                                             const std::string& submission_id) = 0;
    /// The tablet submissions a record came from (its card, with the signature), oldest first.
    virtual std::vector<SubmissionRow> submissions_of(RecordId record) = 0;
    virtual void add_submission(const SubmissionRow& s) = 0;
    // --- registration-card retention (police-cards.md) ---
    /// Records that hold registration-card data (kCardOnlyColumns of cardex/retention.hpp in any
    /// version, or a tablet card's signature) whose keeping period counts from a day before
    /// `before_day` ("YYYY-MM-DD"): the end of the record's stay, or the day the data came when it
    /// names no stay (cardex::card_keep_from).
    virtual std::size_t count_cards_due(const std::string& before_day) = 0;
    /// Those records, at most `limit`, the longest due first.
    virtual std::vector<RecordId> cards_due(const std::string& before_day, std::size_t limit) = 0;
    /// Ends a record's keeping period: removes the card-only columns from every stored version of it,
    /// with its document key, and clears the signature of every tablet card it came from (format
    /// "purged"). The one sanctioned rewrite of an immutable version: the law requires the data gone.
    /// False, with nothing changed, when a stored version of the record cannot be read (damaged).
    virtual bool purge_card_data(RecordId record) = 0;
    virtual std::int64_t add_api_user(const ApiUserRow& u) = 0;
    virtual std::optional<ApiUserRow> api_user_by_token_hash(const std::string& token_hash) = 0;
    virtual std::vector<ApiUserRow> api_users() = 0;
    virtual bool revoke_api_user(std::int64_t id, const std::string& at) = 0;
    /// A named secret of the server (the unsubscribe-link key), created by the caller if missing.
    virtual std::optional<std::string> secret(const std::string& name) = 0;
    virtual void put_secret(const std::string& name, const std::string& value) = 0;

    // --- audit, erasure, stats, backup ---
    virtual void audit(const AuditEntry& e) = 0;
    /// Newest first; `target` "" for all.
    virtual std::vector<AuditEntry> audit_log(const std::string& target, std::size_t limit) = 0;
    /// Removes a record with all its versions, keys, links, stays, consents, decisions and review
    /// items (GDPR erasure); a submission that carried it keeps only its ids (so that a re-sent
    /// upload is a duplicate, not a resurrection). The audit log keeps that it happened, not what it held.
    virtual void erase_record(RecordId id) = 0;
    /// True when a record of this source and id was erased: erase_record keeps a SHA-256 of the
    /// pair (never the guest's data), so that a re-import of the same row is not a resurrection.
    virtual bool was_erased(const std::string& source, const std::string& source_record_id) = 0;
    /// After an erasure, outside any transaction: copies the write-ahead log into the database and
    /// empties it, so that the pages the erasure overwrote are gone from the log file too (the
    /// database file itself is written with secure_delete). False when another connection kept the
    /// log busy; the next checkpoint that restarts the log overwrites them then.
    virtual bool clear_write_ahead_log() = 0;
    virtual StoreStats stats() = 0;
    /// Online, consistent copy of the whole store to `path` while it stays in use.
    virtual Result<bool, std::string> backup_to(const std::string& path) = 0;

    /// With SqliteOptions::sync_outside_commit, what makes commits durable; otherwise null (each
    /// commit() is as durable as the options say on its own).
    virtual std::shared_ptr<CommitSync> commit_sync() = 0;
};

struct SqliteOptions {
    int busy_timeout_ms = 5000;
    bool synchronous_full = true;  ///< FULL: a commit survives power loss; NORMAL is faster in WAL
    int cache_mib = 32;            ///< SQLite page cache of this connection
    /// WAL checkpoints on a thread and connection of their own instead of inside the commit that
    /// fills the WAL (that commit would wait for the copy and an fsync of the database file).
    bool checkpoint_in_background = true;
    /// A background checkpoint is started once this much of the WAL is new since the last one, and
    /// the writer checkpoints itself at four times that (the WAL's bound). Each checkpoint writes a
    /// page changed by many commits once: under 2,000 cards/s, 16 MiB wrote half the bytes and a
    /// quarter of the disk writes of a checkpoint after each commit past 4 MiB, and 32 MiB another
    /// tenth and fifth less (docs/performance.md). From 1 to 4096.
    int checkpoint_mib = 32;
    /// With synchronous_full: a commit does not wait for the disk (SQLite's synchronous=NORMAL),
    /// and the owner makes commits durable with Store::commit_sync() — the same fdatasync of the
    /// WAL that FULL would do inside each commit — before it tells anyone they happened. The
    /// server does so on a thread of its own, so that its one writer thread never waits for the
    /// disk. Whoever sets this must call that sync before acknowledging: alone, it is NORMAL.
    bool sync_outside_commit = false;
    /// Page size of a register created by this call (an existing file keeps its own). A card's
    /// writes land on about ten b-tree leaves at random (blocking keys, the source and submission
    /// keys), each a whole page in the WAL and again in the database file at the checkpoint: with
    /// 1 KiB pages the server's write volume and its slowest answers fell against 4 KiB (SQLite's
    /// default), and the file was a third smaller (docs/performance.md, "Sync server").
    int page_size = 1024;
};

/// Opens (creating if needed) a SQLite register at `path`, in WAL mode, and applies pending
/// migrations. The error names the file and what failed.
Result<std::unique_ptr<Store>, std::string> open_sqlite_store(const std::string& path, const SqliteOptions& options = {});

/// Schema version the code expects (migrations bring an older file up to it).
int sqlite_schema_version();

/// The JSON form used to store a NormalizedRecord / RawRecord (also used by `cardexctl profile show`).
std::string normalized_to_json(const NormalizedRecord& n);
Result<NormalizedRecord, std::string> normalized_from_json(const std::string& json);
std::string raw_to_json(const RawRecord& r);
Result<RawRecord, std::string> raw_from_json(const std::string& json);

}  // namespace cardex::rcu
