// SQLite register: opening, transactions, source records, profiles and links.
#include "rcu/sqlite_store.hpp"

#include <algorithm>
#include <mutex>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "rcu/sqlite_schema.hpp"
#include "rcu/wal_file_sync.hpp"

namespace cardex::rcu {

namespace {

// The columns read_record() expects, in order: a record with its current version and link.
constexpr const char* kRecordSelect =
    "SELECT r.id, r.source, r.source_record_id, r.hotel_id, r.version, v.received_at, v.raw_json, "
    "v.normalized_json, COALESCE(l.profile_id, 0) "
    "FROM source_record r JOIN record_version v ON v.record_id = r.id AND v.version = r.version "
    "LEFT JOIN link l ON l.record_id = r.id ";

std::string sql(const char* tail) { return std::string(kRecordSelect) + tail; }

}  // namespace

SqliteStore::SqliteStore(std::unique_ptr<SQLite::Database> db, std::string path,
                         std::unique_ptr<WalCheckpointer> checkpointer, std::shared_ptr<CommitSync> commit_sync)
    : db_(std::move(db)),
      checkpointer_(std::move(checkpointer)),
      commit_sync_(std::move(commit_sync)),
      path_(std::move(path)) {}

SQLite::Statement& SqliteStore::prepare(const char* text) {
    // A statement left on a row keeps its read snapshot open: the next call would not see what
    // another process (cardexctl revoking a device) committed meanwhile, and a write from that
    // snapshot would fail with SQLITE_BUSY_SNAPSHOT. Calls never nest two statements, so resetting
    // the previous one here ends it.
    release_statement();
    auto& slot = statements_[text];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(*db_, text);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    last_ = slot.get();
    return *slot;
}

void SqliteStore::release_statement() {
    if (last_) last_->tryReset();
    last_ = nullptr;
}

// --- transactions ---

// Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT (one fsync), inner ones are
// savepoints. The server commits several devices' batches together (group commit) while each batch
// still succeeds or fails on its own.
Result<bool, std::string> SqliteStore::begin() {
    release_statement();
    try {
        db_->exec(depth_ == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested");
        ++depth_;
        return true;
    } catch (const std::exception& e) {
        return fail(path_ + ": cannot start a transaction: " + e.what());
    }
}

Result<bool, std::string> SqliteStore::commit() {
    release_statement();
    if (depth_ == 0) return fail(path_ + ": commit without a transaction");
    try {
        db_->exec(depth_ == 1 ? "COMMIT" : "RELEASE nested");
        --depth_;
        return true;
    } catch (const std::exception& e) {
        rollback();
        return fail(path_ + ": commit failed: " + e.what());
    }
}

void SqliteStore::rollback() {
    release_statement();
    cache_.clear();  // rolled-back versions may have been cached
    if (depth_ > 1) {
        db_->exec("ROLLBACK TO nested");
        db_->exec("RELEASE nested");
    } else if (sqlite3_get_autocommit(db_->getHandle()) == 0) {
        db_->exec("ROLLBACK");
    }
    if (depth_ > 0) --depth_;
}

// --- source records ---

SourceRecord SqliteStore::read_record(SQLite::Statement& st) {
    // Dedup reads the same records many times per ingest (candidates, closure, golden record):
    // parsed records are cached by (id, version). A version is immutable, so a cached one is
    // never stale; only the link (read fresh from the row every time) changes under it. Another
    // process writing a new version changes the version number and misses the cache.
    RecordId id = st.getColumn(0).getInt64();
    int version = st.getColumn(4).getInt();
    ProfileId profile = st.getColumn(8).getInt64();
    if (auto it = cache_.find(id); it != cache_.end() && it->second.version == version) {
        SourceRecord r = it->second;
        r.profile = profile;
        return r;
    }
    SourceRecord r;
    r.id = id;
    r.source = st.getColumn(1).getString();
    r.source_record_id = st.getColumn(2).getString();
    r.hotel_id = st.getColumn(3).getString();
    r.version = version;
    r.received_at = st.getColumn(5).getString();
    auto raw = raw_from_json(st.getColumn(6).getString());
    auto normalized = normalized_from_json(st.getColumn(7).getString());
    // Only a damaged file gets here: say which record, and let the transaction roll back.
    if (!raw) throw std::runtime_error(path_ + ": record " + std::to_string(r.id) + ": " + raw.error());
    if (!normalized) throw std::runtime_error(path_ + ": record " + std::to_string(r.id) + ": " + normalized.error());
    r.raw = std::move(*raw);
    r.normalized = std::move(*normalized);
    r.profile = profile;
    if (cache_.size() >= kCacheRecords) cache_.clear();  // crude bound; refilled by the next ingests
    cache_[id] = r;
    return r;
}

void SqliteStore::forget(RecordId id) { cache_.erase(id); }

std::optional<SourceRecord> SqliteStore::find_record(const std::string& source, const std::string& source_record_id) {
    static const std::string text = sql("WHERE r.source = ? AND r.source_record_id = ?");
    auto& st = prepare(text.c_str());
    st.bind(1, source);
    st.bind(2, source_record_id);
    if (!st.executeStep()) return std::nullopt;
    return read_record(st);
}

std::optional<SourceRecord> SqliteStore::record(RecordId id) {
    static const std::string text = sql("WHERE r.id = ?");
    auto& st = prepare(text.c_str());
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return read_record(st);
}

std::vector<SourceRecord> SqliteStore::records(const std::vector<RecordId>& ids) {
    std::vector<SourceRecord> out;
    out.reserve(ids.size());
    for (auto id : ids)
        if (auto r = record(id)) out.push_back(std::move(*r));
    return out;
}

Result<RecordId, std::string> SqliteStore::put_record(const SourceRecord& r, const std::vector<std::string>& keys) {
    if (r.source.empty() || r.source_record_id.empty())
        return fail(std::string("source and source_record_id: required"));
    RecordId id = r.id;
    int version = 1;
    if (id == 0) {
        auto& ins = prepare("INSERT INTO source_record (source, source_record_id, hotel_id, version) VALUES (?, ?, ?, 1)");
        ins.bind(1, r.source);
        ins.bind(2, r.source_record_id);
        ins.bind(3, r.hotel_id);
        ins.exec();
        id = db_->getLastInsertRowid();
    } else {
        auto& cur = prepare("SELECT version FROM source_record WHERE id = ?");
        cur.bind(1, id);
        if (!cur.executeStep()) return fail("record " + std::to_string(id) + " does not exist");
        version = cur.getColumn(0).getInt() + 1;
        auto& up = prepare("UPDATE source_record SET version = ?, hotel_id = ? WHERE id = ?");
        up.bind(1, version);
        up.bind(2, r.hotel_id);
        up.bind(3, id);
        up.exec();
    }
    forget(id);
    auto& ver = prepare(
        "INSERT INTO record_version (record_id, version, received_at, raw_json, normalized_json) VALUES (?, ?, ?, ?, ?)");
    ver.bind(1, id);
    ver.bind(2, version);
    ver.bind(3, r.received_at);
    ver.bind(4, raw_to_json(r.raw));
    ver.bind(5, normalized_to_json(r.normalized));
    ver.exec();
    note_version_card_data(r, id);

    auto& del = prepare("DELETE FROM blocking_key WHERE record_id = ?");
    del.bind(1, id);
    del.exec();
    for (const auto& key : keys) {
        auto& k = prepare("INSERT OR IGNORE INTO blocking_key (key, record_id) VALUES (?, ?)");
        k.bind(1, key);
        k.bind(2, id);
        k.exec();
    }
    return id;
}

std::vector<SourceRecord> SqliteStore::record_versions(RecordId id) {
    auto current = record(id);
    if (!current) return {};
    auto& st = prepare(
        "SELECT version, received_at, raw_json, normalized_json FROM record_version WHERE record_id = ? ORDER BY version");
    st.bind(1, id);
    std::vector<SourceRecord> out;
    while (st.executeStep()) {
        SourceRecord v = *current;
        v.version = st.getColumn(0).getInt();
        v.received_at = st.getColumn(1).getString();
        auto raw = raw_from_json(st.getColumn(2).getString());
        auto normalized = normalized_from_json(st.getColumn(3).getString());
        if (!raw || !normalized)
            throw std::runtime_error(path_ + ": record " + std::to_string(id) + " version " + std::to_string(v.version) +
                                     " is damaged");
        v.raw = std::move(*raw);
        v.normalized = std::move(*normalized);
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<RecordId> SqliteStore::records_with_keys(const std::vector<std::string>& keys, std::size_t limit_per_key) {
    std::set<RecordId> found;
    for (const auto& key : keys) {
        // Newest first: in an oversized block (a hotel switchboard number) recent guests matter most.
        auto& st = prepare("SELECT record_id FROM blocking_key WHERE key = ? ORDER BY record_id DESC LIMIT ?");
        st.bind(1, key);
        st.bind(2, static_cast<std::int64_t>(limit_per_key));
        while (st.executeStep()) found.insert(st.getColumn(0).getInt64());
    }
    return {found.begin(), found.end()};
}

std::vector<ProfileId> SqliteStore::profiles_with_keys(const std::vector<std::string>& keys, std::size_t limit_per_key) {
    // Each key's block as records_with_keys cuts it (newest first, at most the limit), then the
    // blocks' links, in one statement: a regular guest's profile has hundreds of stay keys, and a
    // statement per key cost more in opening and closing cursors than in reading.
    if (keys.empty()) return {};
    auto& st = prepare(
        "SELECT DISTINCT l.profile_id FROM json_each(?) j, link l WHERE l.record_id IN "
        "(SELECT b.record_id FROM blocking_key b WHERE b.key = j.value ORDER BY b.record_id DESC LIMIT ?) "
        "ORDER BY l.profile_id");
    st.bind(1, nlohmann::json(keys).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    st.bind(2, static_cast<std::int64_t>(limit_per_key));
    std::vector<ProfileId> found;
    while (st.executeStep()) found.push_back(st.getColumn(0).getInt64());
    return found;
}

// --- profiles and links ---

ProfileId SqliteStore::create_profile() {
    prepare("INSERT INTO profile DEFAULT VALUES").exec();
    return db_->getLastInsertRowid();
}

void SqliteStore::delete_profile(ProfileId id) {
    // Through remove_group_member, so that a group this leaves with one member is dissolved.
    for (const auto& g : groups_of(id)) remove_group_member(g.id, id);
    auto& st = prepare("DELETE FROM profile WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

bool SqliteStore::profile_exists(ProfileId id) {
    auto& st = prepare("SELECT 1 FROM profile WHERE id = ?");
    st.bind(1, id);
    return st.executeStep();
}

void SqliteStore::set_link(const Link& l) {
    auto& st = prepare(
        "INSERT OR REPLACE INTO link (record_id, profile_id, score, rule, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, l.record);
    st.bind(2, l.profile);
    st.bind(3, l.score);
    st.bind(4, l.rule);
    st.bind(5, l.decided_by);
    st.bind(6, l.decided_at);
    st.exec();
}

std::optional<Link> SqliteStore::link_of(RecordId record) {
    auto& st = prepare("SELECT record_id, profile_id, score, rule, decided_by, decided_at FROM link WHERE record_id = ?");
    st.bind(1, record);
    if (!st.executeStep()) return std::nullopt;
    return Link{st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),  st.getColumn(2).getDouble(),
                st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString()};
}

std::vector<RecordId> SqliteStore::records_of_profile(ProfileId id) {
    auto& st = prepare("SELECT record_id FROM link WHERE profile_id = ? ORDER BY record_id");
    st.bind(1, id);
    std::vector<RecordId> out;
    while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
    return out;
}

std::vector<SourceRecord> SqliteStore::profile_records(ProfileId id) {
    // Ids and versions first: a row of the full select carries the record's JSON, which SQLite
    // copies out at every step, and a regular guest's profile is read whole at every insert. The
    // cache holds most of them; only the others are read in full, once the scan is done (calls
    // never nest two statements).
    auto& st = prepare("SELECT r.id, r.version FROM link l JOIN source_record r ON r.id = l.record_id "
                       "WHERE l.profile_id = ? ORDER BY r.id");
    st.bind(1, id);
    std::vector<SourceRecord> out;
    std::vector<std::size_t> missing;
    while (st.executeStep()) {
        const RecordId record = st.getColumn(0).getInt64();
        const int version = st.getColumn(1).getInt();
        if (auto it = cache_.find(record); it != cache_.end() && it->second.version == version) {
            out.push_back(it->second);
            out.back().profile = id;
        } else {
            missing.push_back(out.size());
            out.emplace_back().id = record;
        }
    }
    for (auto i : missing)
        if (auto r = this->record(out[i].id)) out[i] = std::move(*r);
    // A record unlinked between the two reads (not within one transaction) is not the profile's.
    std::erase_if(out, [id](const SourceRecord& r) { return r.profile != id; });
    return out;
}

void SqliteStore::set_golden(ProfileId id, const std::string& golden_json) {
    auto& st = prepare("UPDATE profile SET golden_json = ? WHERE id = ?");
    st.bind(1, golden_json);
    st.bind(2, id);
    st.exec();
}

std::optional<std::string> SqliteStore::golden(ProfileId id) {
    auto& st = prepare("SELECT golden_json FROM profile WHERE id = ?");
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getString();
}

// --- scans ---

std::vector<SourceRecord> SqliteStore::scan_records(RecordId after, std::size_t batch) {
    static const std::string text = sql("WHERE r.id > ? ORDER BY r.id LIMIT ?");
    auto& st = prepare(text.c_str());
    st.bind(1, after);
    st.bind(2, static_cast<std::int64_t>(batch));
    std::vector<SourceRecord> out;
    while (st.executeStep()) out.push_back(read_record(st));
    return out;
}

std::vector<NormalizedRecord> SqliteStore::scan_frequency_values(RecordId after, std::size_t batch, RecordId* last) {
    // SQLite extracts the six values from the JSON text, as one small array per record: opening a
    // register spent most of its start-up parsing every record's raw and normalised JSON into
    // objects (scan_records) for these. (Six json_extract calls were slower than one with six paths.)
    auto& st = prepare(
        "SELECT r.id, json_extract(v.normalized_json, '$.first_name_key', '$.last_name_key', '$.phone_e164', "
        "'$.email', '$.address_key', '$.postcode') "
        "FROM source_record r JOIN record_version v ON v.record_id = r.id AND v.version = r.version "
        "WHERE r.id > ? ORDER BY r.id LIMIT ?");
    st.bind(1, after);
    st.bind(2, static_cast<std::int64_t>(std::min<std::size_t>(batch, INT64_MAX)));
    std::vector<NormalizedRecord> out;
    try {
        while (st.executeStep()) {
            *last = st.getColumn(0).getInt64();
            auto values = nlohmann::json::parse(st.getColumn(1).getString(), nullptr, false);
            auto text = [&values](std::size_t i) {
                return values.is_array() && i < values.size() && values[i].is_string() ? values[i].get<std::string>()
                                                                                      : std::string();
            };
            NormalizedRecord& n = out.emplace_back();
            n.first_name_key = text(0);
            n.last_name_key = text(1);
            n.phone_e164 = text(2);
            n.email = text(3);
            n.address_key = text(4);
            n.postcode = text(5);
        }
    } catch (const SQLite::Exception&) {
        // Only a damaged file gets here (malformed JSON): name the record, as read_record does.
        release_statement();
        auto& bad = prepare("SELECT r.id FROM source_record r JOIN record_version v ON v.record_id = r.id AND "
                            "v.version = r.version WHERE r.id > ? AND NOT json_valid(v.normalized_json) "
                            "ORDER BY r.id LIMIT 1");
        bad.bind(1, out.empty() ? after : *last);
        if (!bad.executeStep()) throw;
        throw std::runtime_error(path_ + ": record " + std::to_string(bad.getColumn(0).getInt64()) +
                                 ": normalized_json is not valid JSON");
    }
    return out;
}

// --- opening ---

int sqlite_schema_version() { return sqlite_schema::version(); }

namespace {

// SQLite counts every allocation under a global mutex for sqlite3_memory_used(), which nothing
// here reads: off, before the library initialises (a no-op if something opened a database first).
void configure_sqlite_once() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

Result<std::unique_ptr<Store>, std::string> open_sqlite_store(const std::string& path, const SqliteOptions& options) {
    configure_sqlite_once();
    const int ps = options.page_size;
    if (ps < 512 || ps > 65536 || (ps & (ps - 1)) != 0)
        return fail(path + ": page_size " + std::to_string(ps) + ": must be a power of two from 512 to 65536");
    if (options.checkpoint_mib < 1 || options.checkpoint_mib > 4096)
        return fail(path + ": checkpoint_mib " + std::to_string(options.checkpoint_mib) + ": must be from 1 to 4096");
    try {
        // NOMUTEX: a Store is used by one thread at a time (store.hpp), so SQLite's per-connection
        // locks only cost time on the register's writer thread.
        auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX,
                                                     options.busy_timeout_ms);
        // Before anything is written: a foreign database is left as it is.
        if (auto ok = sqlite_schema::check_is_register(*db, path); !ok) return fail(ok.error());
        // Only a new, empty file takes it (before WAL mode is set); an existing register keeps its own.
        db->exec("PRAGMA page_size = " + std::to_string(ps));
        // WAL: readers (the operator API) never block the writer (syncs and imports).
        std::string mode = db->execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal") return fail(path + ": cannot switch to WAL journal mode (got " + mode + ")");
        // FULL syncs the WAL inside every commit; with sync_outside_commit the owner does that
        // same sync itself (WalFileSync), after the commit and on another thread.
        const bool deferred = options.synchronous_full && options.sync_outside_commit;
        const bool full = options.synchronous_full && !deferred;
        db->exec(full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
        db->exec("PRAGMA foreign_keys = ON");
        // Dedup reads many small rows at random: a larger page cache keeps the hot index pages.
        // (A memory map was tried: no faster under load, and it made the server's resident size
        // count the register file.)
        db->exec("PRAGMA cache_size = " + std::to_string(-1024 * options.cache_mib));
        // Erased guests' data is overwritten on disk, not just unlinked from the b-tree.
        db->exec("PRAGMA secure_delete = ON");
        // Savepoints (one per request of a group commit) keep the pages they change in a
        // statement journal; on disk that is a deleted file in /var/tmp holding guests' data,
        // written page by page (it took more writes than the WAL itself under load).
        db->exec("PRAGMA temp_store = MEMORY");
        if (auto m = sqlite_schema::migrate(*db, path); !m) return fail(m.error());
        std::unique_ptr<WalCheckpointer> checkpointer;
        if (options.checkpoint_in_background) {
            std::string error;
            // The register's own page size (an existing file may not have options.page_size).
            const long long page = db->execAndGet("PRAGMA page_size").getInt64();
            const long long frames = (static_cast<long long>(options.checkpoint_mib) << 20) / (page + 24);
            checkpointer = WalCheckpointer::start(db->getHandle(), path, static_cast<int>(std::max(16LL, frames)), error);
            if (!checkpointer) return fail(error);
        }
        std::shared_ptr<CommitSync> commit_sync;
        if (deferred) commit_sync = std::make_shared<WalFileSync>(path + "-wal");
        return std::unique_ptr<Store>(
            std::make_unique<SqliteStore>(std::move(db), path, std::move(checkpointer), std::move(commit_sync)));
    } catch (const std::exception& e) {
        return fail(path + ": " + e.what());
    }
}

}  // namespace cardex::rcu
