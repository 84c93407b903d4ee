// SQLite implementation of cardex::rcu::Store (internal; use open_sqlite_store()).
#pragma once

#include <map>
#include <unordered_map>
#include <memory>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cardex/rcu/store.hpp"
#include "rcu/wal_checkpointer.hpp"

namespace cardex::rcu {

class SqliteStore final : public Store {
public:
    /// `checkpointer` (may be null) checkpoints `db` in the background; it goes before `db` closes.
    /// `commit_sync` (may be null): what makes commits durable when they do not wait themselves.
    SqliteStore(std::unique_ptr<SQLite::Database> db, std::string path, std::unique_ptr<WalCheckpointer> checkpointer,
                std::shared_ptr<CommitSync> commit_sync = nullptr);

    Result<bool, std::string> begin() override;
    Result<bool, std::string> commit() override;
    void rollback() override;

    std::optional<SourceRecord> find_record(const std::string& source, const std::string& source_record_id) override;
    std::optional<SourceRecord> record(RecordId id) override;
    std::vector<SourceRecord> records(const std::vector<RecordId>& ids) override;
    Result<RecordId, std::string> put_record(const SourceRecord& r, const std::vector<std::string>& keys) override;
    std::vector<SourceRecord> record_versions(RecordId id) override;
    std::vector<RecordId> records_with_keys(const std::vector<std::string>& keys, std::size_t limit_per_key) override;
    std::vector<ProfileId> profiles_with_keys(const std::vector<std::string>& keys, std::size_t limit_per_key) override;

    ProfileId create_profile() override;
    void delete_profile(ProfileId id) override;
    bool profile_exists(ProfileId id) override;
    void set_link(const Link& link) override;
    std::optional<Link> link_of(RecordId record) override;
    std::vector<RecordId> records_of_profile(ProfileId id) override;
    std::vector<SourceRecord> profile_records(ProfileId id) override;
    void set_golden(ProfileId id, const std::string& golden_json) override;
    std::optional<std::string> golden(ProfileId id) override;

    void put_decision(const Decision& d) override;
    std::vector<Decision> decisions_for(const std::vector<RecordId>& records) override;
    std::int64_t add_review(const ReviewItem& item) override;
    std::vector<ReviewItem> reviews(const std::string& status, std::size_t limit) override;
    std::optional<ReviewItem> review(std::int64_t id) override;
    void set_review_status(std::int64_t id, const std::string& status) override;
    void close_reviews_within(ProfileId profile, const std::string& status) override;
    void close_reviews_between(RecordId record, ProfileId profile, const std::string& status) override;
    void close_review_of_pair(RecordId a, RecordId b, const std::string& status) override;
    std::vector<std::pair<std::string, std::string>> settings() override;
    void put_setting(const std::string& name, const std::string& value) override;

    std::int64_t add_stay(const StayRow& s) override;
    std::vector<StayRow> stays_of(const std::vector<RecordId>& records) override;
    std::vector<StayRow> stays_by_reservation(const std::string& hotel_id, const std::string& ref) override;
    std::int64_t add_consent(const ConsentRow& c) override;
    std::vector<ConsentRow> consents_of(const std::vector<RecordId>& records) override;
    std::int64_t group_for(const std::string& kind, const std::string& key) override;
    void add_group_member(std::int64_t group, ProfileId profile) override;
    void remove_group_member(std::int64_t group, ProfileId profile) override;
    std::vector<Group> groups_of(ProfileId profile) override;

    std::vector<SourceRecord> scan_records(RecordId after, std::size_t batch) override;
    std::vector<NormalizedRecord> scan_frequency_values(RecordId after, std::size_t batch, RecordId* last) override;

    void add_enrolment_code(const EnrolmentCodeRow& c) override;
    std::optional<EnrolmentCodeRow> enrolment_code(const std::string& code_hash) override;
    void mark_enrolment_code_used(const std::string& code_hash, const std::string& at) override;
    void add_device(const DeviceRow& d) override;
    std::optional<DeviceRow> device(const std::string& id) override;
    std::optional<DeviceRow> device_by_token_hash(const std::string& token_hash) override;
    std::vector<DeviceRow> devices() override;
    bool revoke_device(const std::string& id, const std::string& at) override;
    void touch_device(const std::string& id, const std::string& at) override;
    std::optional<SubmissionRow> submission(const std::string& device_id, const std::string& submission_id) override;
    std::optional<SubmissionRow> submission_in_hotel(const std::string& hotel_id, const std::string& submission_id) override;
    std::vector<SubmissionRow> submissions_of(RecordId record) override;
    void add_submission(const SubmissionRow& s) override;
    std::size_t count_cards_due(const std::string& before_day) override;
    std::vector<RecordId> cards_due(const std::string& before_day, std::size_t limit) override;
    bool purge_card_data(RecordId record) override;
    std::int64_t add_api_user(const ApiUserRow& u) override;
    std::optional<ApiUserRow> api_user_by_token_hash(const std::string& token_hash) override;
    std::vector<ApiUserRow> api_users() override;
    bool revoke_api_user(std::int64_t id, const std::string& at) override;
    std::optional<std::string> secret(const std::string& name) override;
    void put_secret(const std::string& name, const std::string& value) override;

    void audit(const AuditEntry& e) override;
    bool clear_write_ahead_log() override;
    std::vector<AuditEntry> audit_log(const std::string& target, std::size_t limit) override;
    void erase_record(RecordId id) override;
    bool was_erased(const std::string& source, const std::string& source_record_id) override;
    StoreStats stats() override;
    Result<bool, std::string> backup_to(const std::string& path) override;
    std::shared_ptr<CommitSync> commit_sync() override { return commit_sync_; }

private:
    /// A cached prepared statement, reset and unbound, ready for new parameters.
    SQLite::Statement& prepare(const char* sql);
    /// Resets the statement used last, ending its read snapshot.
    void release_statement();
    /// Reads the current version of the record the statement's row describes (see kRecordColumns).
    SourceRecord read_record(SQLite::Statement& st);
    std::vector<SourceRecord> records_where_in(const std::vector<RecordId>& ids);
    /// Runs `sql` (with one "?" for a record id) for each id, collecting rows with `read`.
    template <class Row, class Read>
    std::vector<Row> rows_for_records(const char* sql, const std::vector<RecordId>& ids, Read read);

    std::unique_ptr<SQLite::Database> db_;
    std::unique_ptr<WalCheckpointer> checkpointer_;  // after db_: destroyed before it
    std::shared_ptr<CommitSync> commit_sync_;
    std::string path_;
    std::map<const char*, std::unique_ptr<SQLite::Statement>> statements_;
    SQLite::Statement* last_ = nullptr;
    int depth_ = 0;  ///< open transactions: 1 = BEGIN, more = savepoints inside it
    /// Parsed records by id (see read_record); bounded.
    static constexpr std::size_t kCacheRecords = 10000;
    std::unordered_map<RecordId, SourceRecord> cache_;
    void forget(RecordId id);
    /// Notes that `record` holds registration-card data kept from `keep_from` ("YYYY-MM-DD") at the
    /// earliest; a later day already noted stays (sqlite_store_retention.cpp).
    void note_card_data(RecordId record, const std::string& keep_from);
    /// What put_record, add_stay and add_submission note of the card data they store.
    void note_version_card_data(const SourceRecord& r, RecordId id);
    void note_stay_card_data(const StayRow& s);
    void note_submission_card_data(const SubmissionRow& s);
};

}  // namespace cardex::rcu
