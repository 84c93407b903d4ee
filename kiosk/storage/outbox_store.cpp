// Kiosk store: opening (pragmas, migrations, key check), the outbox, device and sync state.
#include "storage/outbox_store.hpp"

#include <sys/stat.h>

#include <stdexcept>

#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "cardex/model_json.hpp"
#include "storage/outbox_schema.hpp"
#include "storage/sealed_box.hpp"

namespace cardex::kiosk {

namespace {

constexpr std::string_view kKeyCheckPlain = "cardex kiosk store key check v1";
constexpr std::string_view kKeyCheckAad = "key_check";

// Associated data binds each sealed value to its row and its role: a payload cannot be replayed as
// another submission's, nor errors as a payload, nor the token as either.
std::string payload_aad(const std::string& id) { return "submission:" + id; }
std::string errors_aad(const std::string& id) { return "errors:" + id; }
std::string token_aad(const std::string& device_id) { return "device_token:" + device_id; }

std::string blob(const SQLite::Column& c) {
    return std::string(static_cast<const char*>(c.getBlob()), static_cast<std::size_t>(c.getBytes()));
}

void bind_blob(SQLite::Statement& st, int index, const std::string& bytes) {
    st.bind(index, static_cast<const void*>(bytes.data()), static_cast<int>(bytes.size()));
}

OutboxState state_from(const std::string& s) {
    if (s == "sending") return OutboxState::sending;
    if (s == "rejected") return OutboxState::rejected;
    return OutboxState::queued;
}

std::string errors_to_json(const FieldErrors& errors) {
    auto arr = nlohmann::json::array();
    for (const auto& e : errors) arr.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
    // replace: a message quoting invalid UTF-8 must not make the rejection unrecordable.
    return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<FieldErrors, std::string> errors_from_json(const std::string& text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_array()) return fail(std::string("stored errors are not a JSON array"));
    FieldErrors out;
    for (const auto& e : j) {
        if (!e.is_object()) continue;
        out.push_back({e.value("field", ""), e.value("code", ""), e.value("message", "")});
    }
    return out;
}

// A SELECT left unfinished keeps its read transaction, and with it an old snapshot, open on this
// connection: later reads would miss other connections' writes and the next write would fail with
// SQLITE_BUSY_SNAPSHOT ("database is locked"). Every query is reset when its function returns.
struct ResetOnExit {
    SQLite::Statement& statement;
    ~ResetOnExit() {
        try {
            statement.reset();
        } catch (...) {  // reset only reports the statement's last error again
        }
    }
};

std::filesystem::path parent_or_dot(const std::filesystem::path& p) {
    return p.parent_path().empty() ? std::filesystem::path(".") : p.parent_path();
}

}  // namespace

std::int64_t to_millis(TimePoint t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}
TimePoint from_millis(std::int64_t ms) { return TimePoint(std::chrono::milliseconds(ms)); }

OutboxPaths OutboxPaths::in(const std::filesystem::path& data_dir) {
    return {data_dir / "kiosk.db", data_dir / "device.key"};
}

OutboxStore::OutboxStore(std::unique_ptr<SQLite::Database> db, OutboxPaths paths, DeviceKey key)
    : db_(std::move(db)), paths_(std::move(paths)), key_(std::move(key)) {}

OutboxStore::~OutboxStore() {
    statements_.clear();  // statements before their database
}

Result<std::unique_ptr<OutboxStore>, std::string> OutboxStore::open(const std::filesystem::path& data_dir) {
    return open(OutboxPaths::in(data_dir));
}

Result<std::unique_ptr<OutboxStore>, std::string> OutboxStore::open(const OutboxPaths& paths) {
    const std::string where = paths.database.string();
    try {
        auto dir = parent_or_dot(paths.database);
        std::error_code ec;
        if (!std::filesystem::exists(dir, ec)) {
            std::filesystem::create_directories(dir, ec);
            if (ec) return fail("cannot create " + dir.string() + ": " + ec.message());
            std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
        }
        auto db = std::make_unique<SQLite::Database>(paths.database, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
        // SQLite gives the -wal and -shm files the database file's mode, so 0600 here covers them.
        ::chmod(paths.database.c_str(), 0600);
        if (db->execAndGet("PRAGMA journal_mode = WAL").getString() != "wal")
            return fail(where + ": cannot switch to WAL journaling");
        // FULL: the WAL is fsynced at every commit, so a committed submission survives power loss
        // (NORMAL would only protect against a crash of the process).
        db->exec("PRAGMA synchronous = FULL");
        db->exec("PRAGMA secure_delete = ON");
        db->exec("PRAGMA foreign_keys = ON");
        outbox_schema::migrate(*db);

        // The key check decides whether the key may be created: only with a store that has none.
        std::optional<std::string> check;
        {
            SQLite::Statement q(*db, "SELECT sealed FROM key_check WHERE singleton = 1");
            if (q.executeStep()) check = blob(q.getColumn(0));
        }
        if (!check) {
            auto key = DeviceKey::load_or_create(paths.key);
            if (!key) return fail(key.error());
            auto sealed = seal(*key, kKeyCheckPlain, kKeyCheckAad);
            if (!sealed) return fail(sealed.error());
            SQLite::Statement ins(*db, "INSERT OR IGNORE INTO key_check (singleton, sealed) VALUES (1, ?)");
            bind_blob(ins, 1, *sealed);
            ins.exec();
            // Another process may have inserted its check first (same key file, thanks to link()).
            SQLite::Statement q(*db, "SELECT sealed FROM key_check WHERE singleton = 1");
            if (q.executeStep()) check = blob(q.getColumn(0));
        }
        auto key = DeviceKey::load(paths.key);
        if (!key) return fail(where + ": the store exists but its device key cannot be used: " + key.error());
        auto opened = open_sealed(*key, check.value_or(""), kKeyCheckAad);
        if (!opened || *opened != kKeyCheckPlain)
            return fail(where + ": the device key " + paths.key.string() + " is not the key of this store");
        return std::unique_ptr<OutboxStore>(new OutboxStore(std::move(db), paths, std::move(*key)));
    } catch (const std::exception& e) {
        return fail(where + ": " + e.what());
    }
}

SQLite::Statement& OutboxStore::prepare(const char* sql) {
    auto& slot = statements_[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(*db_, sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

Result<Submission, std::string> OutboxStore::open_payload(const std::string& id, const std::string& sealed) const {
    auto plain = open_sealed(key_, sealed, payload_aad(id));
    if (!plain) return fail(plain.error());
    auto parsed = parse_submission_json(*plain);
    OPENSSL_cleanse(plain->data(), plain->size());
    if (!parsed) return fail("stored submission does not parse: " + parsed.error().front().code);
    return std::move(*parsed);
}

Result<FieldErrors, std::string> OutboxStore::open_errors(const std::string& id, const std::string& sealed) const {
    auto plain = open_sealed(key_, sealed, errors_aad(id));
    if (!plain) return fail(plain.error());
    return errors_from_json(*plain);
}

Result<std::string, std::string> OutboxStore::seal_errors(const std::string& id, const FieldErrors& errors) const {
    return seal(key_, errors_to_json(errors), errors_aad(id));
}

// --- outbox ---

Result<bool, std::string> OutboxStore::add(const Submission& s, TimePoint now) {
    if (s.submission_id.empty()) return fail(std::string("submission has no submission_id"));
    auto json = to_json(s);
    auto sealed = seal(key_, json, payload_aad(s.submission_id));
    OPENSSL_cleanse(json.data(), json.size());
    if (!sealed) return fail(sealed.error());
    try {
        auto& st = prepare("INSERT INTO outbox (id, created_at, state, payload) VALUES (?, ?, 'queued', ?)");
        st.bind(1, s.submission_id);
        st.bind(2, static_cast<int64_t>(to_millis(now)));
        bind_blob(st, 3, *sealed);
        st.exec();  // autocommit: one statement is one durable transaction
        return true;
    } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
            return fail("submission " + s.submission_id + " is already in the outbox");
        return fail(paths_.database.string() + ": cannot save the submission: " + e.what());
    }
}

Result<std::vector<OutboxItem>, std::string> OutboxStore::take_for_sending(std::size_t max_count,
                                                                           std::size_t max_bytes, TimePoint now) {
    std::vector<OutboxItem> out;
    if (max_count == 0) return out;
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        std::vector<std::pair<std::int64_t, std::string>> unreadable;  // seq, why
        std::size_t bytes = 0;
        {
            auto& q = prepare("SELECT seq, id, created_at, attempts, payload FROM outbox "
                              "WHERE state = 'queued' ORDER BY seq LIMIT ?");
            ResetOnExit reset_q{q};
            q.bind(1, static_cast<int64_t>(max_count));
            while (q.executeStep()) {
                OutboxItem item;
                item.seq = q.getColumn(0).getInt64();
                item.id = q.getColumn(1).getString();
                item.created_at = from_millis(q.getColumn(2).getInt64());
                item.attempts = q.getColumn(3).getInt() + 1;
                item.state = OutboxState::sending;
                auto sealed = blob(q.getColumn(4));
                if (!out.empty() && bytes + sealed.size() > max_bytes) break;
                item.sealed_bytes = sealed.size();
                auto sub = open_payload(item.id, sealed);
                if (!sub) {
                    unreadable.emplace_back(item.seq, sub.error());
                    continue;
                }
                bytes += sealed.size();
                item.submission = std::move(*sub);
                out.push_back(std::move(item));
            }
        }
        for (const auto& item : out) {
            auto& u = prepare("UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ? "
                              "WHERE seq = ?");
            u.bind(1, static_cast<int64_t>(to_millis(now)));
            u.bind(2, static_cast<int64_t>(item.seq));
            u.exec();
        }
        for (const auto& [seq, why] : unreadable) {
            // The id is all we know; the supervisor can only discard such a record.
            auto& q = prepare("SELECT id FROM outbox WHERE seq = ?");
            ResetOnExit reset_q{q};
            q.bind(1, static_cast<int64_t>(seq));
            if (!q.executeStep()) continue;
            auto id = q.getColumn(0).getString();
            auto errs = seal_errors(id, {{"", "unreadable_record", "the stored record cannot be opened: " + why}});
            if (!errs) return fail(errs.error());
            auto& u = prepare("UPDATE outbox SET state = 'rejected', errors_sealed = ? WHERE seq = ?");
            bind_blob(u, 1, *errs);
            u.bind(2, static_cast<int64_t>(seq));
            u.exec();
        }
        t.commit();
        return out;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot take submissions for sending: " + e.what());
    }
}

Result<int, std::string> OutboxStore::recover_interrupted() {
    try {
        return prepare("UPDATE outbox SET state = 'queued' WHERE state = 'sending'").exec();
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot recover interrupted uploads: " + e.what());
    }
}

Result<bool, std::string> OutboxStore::apply(const std::vector<SendOutcome>& outcomes) {
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        for (const auto& o : outcomes) {
            switch (o.kind) {
            case SendOutcome::acknowledged: {
                auto& d = prepare("DELETE FROM outbox WHERE id = ?");
                d.bind(1, o.id);
                d.exec();
                break;
            }
            case SendOutcome::rejected: {
                auto errs = seal_errors(o.id, o.errors);
                if (!errs) return fail(errs.error());
                auto& u = prepare("UPDATE outbox SET state = 'rejected', errors_sealed = ? WHERE id = ?");
                bind_blob(u, 1, *errs);
                u.bind(2, o.id);
                u.exec();
                break;
            }
            case SendOutcome::retry: {
                auto& u = prepare("UPDATE outbox SET state = 'queued' WHERE id = ? AND state = 'sending'");
                u.bind(1, o.id);
                u.exec();
                break;
            }
            }
        }
        t.commit();
        return true;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot record the upload's results: " + e.what());
    }
}

Result<OutboxCounts, std::string> OutboxStore::counts() {
    try {
        OutboxCounts c;
        auto& q = prepare("SELECT state, COUNT(*) FROM outbox GROUP BY state");
        ResetOnExit reset_q{q};
        while (q.executeStep()) {
            auto n = q.getColumn(1).getInt64();
            switch (state_from(q.getColumn(0).getString())) {
            case OutboxState::queued: c.queued = n; break;
            case OutboxState::sending: c.sending = n; break;
            case OutboxState::rejected: c.rejected = n; break;
            }
        }
        return c;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot count the outbox: " + e.what());
    }
}

Result<std::vector<OutboxItem>, std::string> OutboxStore::rejected() {
    try {
        std::vector<OutboxItem> out;
        auto& q = prepare("SELECT seq, id, created_at, attempts, errors_sealed, payload, last_attempt_at FROM outbox "
                          "WHERE state = 'rejected' ORDER BY seq");
        ResetOnExit reset_q{q};
        while (q.executeStep()) {
            OutboxItem item;
            item.seq = q.getColumn(0).getInt64();
            item.id = q.getColumn(1).getString();
            item.created_at = from_millis(q.getColumn(2).getInt64());
            item.attempts = q.getColumn(3).getInt();
            item.state = OutboxState::rejected;
            item.last_attempt_at = from_millis(q.getColumn(6).getInt64());
            if (!q.getColumn(4).isNull()) {
                auto errs = open_errors(item.id, blob(q.getColumn(4)));
                if (errs) item.errors = std::move(*errs);
                else item.errors = {{"", "unreadable_errors", errs.error()}};
            }
            auto sealed = blob(q.getColumn(5));
            item.sealed_bytes = sealed.size();
            auto sub = open_payload(item.id, sealed);
            if (sub) item.submission = std::move(*sub);
            else item.open_error = sub.error();
            out.push_back(std::move(item));
        }
        return out;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot list rejected submissions: " + e.what());
    }
}

Result<bool, std::string> OutboxStore::resubmit(const Submission& fixed) {
    auto json = to_json(fixed);
    auto sealed = seal(key_, json, payload_aad(fixed.submission_id));
    OPENSSL_cleanse(json.data(), json.size());
    if (!sealed) return fail(sealed.error());
    try {
        auto& u = prepare("UPDATE outbox SET payload = ?, state = 'queued', errors_sealed = NULL, attempts = 0 "
                          "WHERE id = ? AND state = 'rejected'");
        bind_blob(u, 1, *sealed);
        u.bind(2, fixed.submission_id);
        if (u.exec() != 1) return fail("submission " + fixed.submission_id + " is not a rejected submission");
        return true;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot resubmit: " + e.what());
    }
}

Result<bool, std::string> OutboxStore::discard(const std::string& id) {
    try {
        auto& d = prepare("DELETE FROM outbox WHERE id = ? AND state = 'rejected'");
        d.bind(1, id);
        if (d.exec() != 1) return fail("submission " + id + " is not a rejected submission");
        return true;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot discard: " + e.what());
    }
}

// --- device and sync state ---

Result<std::optional<DeviceEnrolment>, std::string> OutboxStore::enrolment() {
    try {
        auto& q = prepare("SELECT device_id, device_name, hotel_id, token_sealed, enrolled_at FROM device "
                          "WHERE singleton = 1");
        ResetOnExit reset_q{q};
        if (!q.executeStep()) return std::optional<DeviceEnrolment>{};
        DeviceEnrolment e;
        e.device_id = q.getColumn(0).getString();
        e.device_name = q.getColumn(1).getString();
        e.hotel_id = q.getColumn(2).getString();
        auto token = open_sealed(key_, blob(q.getColumn(3)), token_aad(e.device_id));
        if (!token) return fail("the stored device token cannot be opened: " + token.error());
        e.device_token = std::move(*token);
        e.enrolled_at = from_millis(q.getColumn(4).getInt64());
        return std::optional<DeviceEnrolment>(std::move(e));
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot read the enrolment: " + e.what());
    }
}

Result<bool, std::string> OutboxStore::save_enrolment(const DeviceEnrolment& e) {
    auto token = seal(key_, e.device_token, token_aad(e.device_id));
    if (!token) return fail(token.error());
    try {
        SQLite::Transaction t(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        auto& u = prepare("INSERT OR REPLACE INTO device (singleton, device_id, device_name, hotel_id, token_sealed, "
                          "enrolled_at) VALUES (1, ?, ?, ?, ?, ?)");
        u.bind(1, e.device_id);
        u.bind(2, e.device_name);
        u.bind(3, e.hotel_id);
        bind_blob(u, 4, *token);
        u.bind(5, static_cast<int64_t>(to_millis(e.enrolled_at)));
        u.exec();
        prepare("UPDATE sync_state SET revoked = 0, consecutive_failures = 0, retry_at = 0, last_error = '', last_error_kind = ''").exec();
        t.commit();
        return true;
    } catch (const std::exception& ex) {
        return fail(paths_.database.string() + ": cannot save the enrolment: " + ex.what());
    }
}

Result<SyncState, std::string> OutboxStore::sync_state() {
    try {
        auto& q = prepare("SELECT consecutive_failures, retry_at, last_success_at, last_error, revoked, "
                          "last_attempt_at, last_error_kind FROM sync_state WHERE singleton = 1");
        ResetOnExit reset_q{q};
        SyncState s;
        if (q.executeStep()) {
            s.consecutive_failures = q.getColumn(0).getInt();
            s.retry_at = from_millis(q.getColumn(1).getInt64());
            s.last_success = from_millis(q.getColumn(2).getInt64());
            s.last_error = q.getColumn(3).getString();
            s.revoked = q.getColumn(4).getInt() != 0;
            s.last_attempt = from_millis(q.getColumn(5).getInt64());
            s.last_error_kind = q.getColumn(6).getString();
        }
        return s;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot read the sync state: " + e.what());
    }
}

Result<bool, std::string> OutboxStore::save_sync_state(const SyncState& s) {
    try {
        auto& u = prepare("UPDATE sync_state SET consecutive_failures = ?, retry_at = ?, last_success_at = ?, "
                          "last_error = ?, revoked = ?, last_attempt_at = ?, last_error_kind = ? WHERE singleton = 1");
        u.bind(1, s.consecutive_failures);
        u.bind(2, static_cast<int64_t>(to_millis(s.retry_at)));
        u.bind(3, static_cast<int64_t>(to_millis(s.last_success)));
        u.bind(4, s.last_error);
        u.bind(5, s.revoked ? 1 : 0);
        u.bind(6, static_cast<int64_t>(to_millis(s.last_attempt)));
        u.bind(7, s.last_error_kind);
        u.exec();
        return true;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": cannot save the sync state: " + e.what());
    }
}

Result<bool, std::string> OutboxStore::checkpoint() {
    try {
        db_->execAndGet("PRAGMA wal_checkpoint(TRUNCATE)");
        return true;
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": checkpoint failed: " + e.what());
    }
}

Result<bool, std::string> OutboxStore::integrity_ok() {
    try {
        return db_->execAndGet("PRAGMA integrity_check").getString() == "ok";
    } catch (const std::exception& e) {
        return fail(paths_.database.string() + ": integrity check failed: " + e.what());
    }
}

}  // namespace cardex::kiosk
