// SQLite register: decisions, review queue, stays, consents, groups, audit, erasure, statistics.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include <fcntl.h>
#include <unistd.h>

#include "rcu/sqlite_store.hpp"

#include "cardex/date.hpp"
#include "cardex/digest.hpp"

namespace cardex::rcu {

template <class Row, class Read>
std::vector<Row> SqliteStore::rows_for_records(const char* text, const std::vector<RecordId>& ids, Read read) {
    std::vector<Row> out;
    for (auto id : ids) {
        auto& st = prepare(text);
        st.bind(1, id);
        while (st.executeStep()) out.push_back(read(st));
    }
    return out;
}

namespace {

const char* decision_text(PairDecision d) { return d == PairDecision::same ? "same" : "different"; }

Decision read_decision(SQLite::Statement& st) {
    return {st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
            st.getColumn(2).getString() == "same" ? PairDecision::same : PairDecision::different,
            st.getColumn(3).getString(), st.getColumn(4).getString()};
}

ReviewItem read_review(SQLite::Statement& st) {
    return {st.getColumn(0).getInt64(),  st.getColumn(1).getInt64(),  st.getColumn(2).getInt64(),
            st.getColumn(3).getDouble(), st.getColumn(4).getString(), st.getColumn(5).getString(),
            st.getColumn(6).getString()};
}

StayRow read_stay(SQLite::Statement& st) {
    StayRow s;
    s.id = st.getColumn(0).getInt64();
    s.record = st.getColumn(1).getInt64();
    s.hotel_id = st.getColumn(2).getString();
    s.reservation_ref = st.getColumn(3).getString();
    s.arrival = st.getColumn(4).getString();
    s.departure = st.getColumn(5).getString();
    s.amount = st.getColumn(6).getDouble();
    s.currency = st.getColumn(7).getString();
    s.adults = st.getColumn(8).getInt();
    s.children = st.getColumn(9).getInt();
    return s;
}

ConsentRow read_consent(SQLite::Statement& st) {
    ConsentRow c;
    c.id = st.getColumn(0).getInt64();
    c.record = st.getColumn(1).getInt64();
    c.purpose = st.getColumn(2).getString();
    c.granted = st.getColumn(3).getInt() != 0;
    c.text_id = st.getColumn(4).getString();
    c.text_version = st.getColumn(5).getInt();
    c.language = st.getColumn(6).getString();
    c.captured_at = st.getColumn(7).getString();
    c.device = st.getColumn(8).getString();
    c.actor = st.getColumn(9).getString();
    return c;
}

constexpr const char* kStayColumns =
    "SELECT id, record_id, hotel_id, reservation_ref, arrival, departure, amount, currency, adults, children FROM stay ";
constexpr const char* kReviewColumns = "SELECT id, a, b, score, explanation, created_at, status FROM review_item ";

}  // namespace

// --- decisions and review ---

void SqliteStore::put_decision(const Decision& d) {
    auto& st = prepare(
        "INSERT OR REPLACE INTO pair_decision (a, b, decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, std::min(d.a, d.b));
    st.bind(2, std::max(d.a, d.b));
    st.bind(3, decision_text(d.decision));
    st.bind(4, d.decided_by);
    st.bind(5, d.decided_at);
    st.exec();
}

std::vector<Decision> SqliteStore::decisions_for(const std::vector<RecordId>& records) {
    auto rows = rows_for_records<Decision>(
        "SELECT a, b, decision, decided_by, decided_at FROM pair_decision WHERE a = ?1 OR b = ?1", records,
        read_decision);
    // A decision between two of the records is found from both sides: keep it once.
    std::set<std::pair<RecordId, RecordId>> seen;
    std::vector<Decision> out;
    for (auto& d : rows)
        if (seen.insert({d.a, d.b}).second) out.push_back(std::move(d));
    return out;
}

std::int64_t SqliteStore::add_review(const ReviewItem& item) {
    RecordId a = std::min(item.a, item.b), b = std::max(item.a, item.b);
    auto& open = prepare("SELECT id FROM review_item WHERE a = ? AND b = ? AND status = 'open'");
    open.bind(1, a);
    open.bind(2, b);
    if (open.executeStep()) return open.getColumn(0).getInt64();
    auto& st = prepare(
        "INSERT INTO review_item (a, b, score, explanation, created_at, status) VALUES (?, ?, ?, ?, ?, 'open')");
    st.bind(1, a);
    st.bind(2, b);
    st.bind(3, item.score);
    st.bind(4, item.explanation);
    st.bind(5, item.created_at);
    st.exec();
    return db_->getLastInsertRowid();
}

std::vector<ReviewItem> SqliteStore::reviews(const std::string& status, std::size_t limit) {
    static const std::string text = std::string(kReviewColumns) + "WHERE ?1 = '' OR status = ?1 ORDER BY id LIMIT ?2";
    auto& st = prepare(text.c_str());
    st.bind(1, status);
    st.bind(2, static_cast<std::int64_t>(limit));
    std::vector<ReviewItem> out;
    while (st.executeStep()) out.push_back(read_review(st));
    return out;
}

std::optional<ReviewItem> SqliteStore::review(std::int64_t id) {
    static const std::string text = std::string(kReviewColumns) + "WHERE id = ?";
    auto& st = prepare(text.c_str());
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return read_review(st);
}

void SqliteStore::set_review_status(std::int64_t id, const std::string& status) {
    auto& st = prepare("UPDATE review_item SET status = ? WHERE id = ?");
    st.bind(1, status);
    st.bind(2, id);
    st.exec();
}

void SqliteStore::close_reviews_within(ProfileId profile, const std::string& status) {
    // From the profile's records through the review indexes by a and by b: a few rows, whatever
    // the size of the queue.
    auto& st = prepare(
        "UPDATE review_item SET status = ?1 WHERE id IN ("
        "SELECT r.id FROM link la JOIN review_item r ON r.a = la.record_id JOIN link lb ON lb.record_id = r.b "
        "WHERE la.profile_id = ?2 AND lb.profile_id = ?2 AND r.status = 'open')");
    st.bind(1, status);
    st.bind(2, profile);
    st.exec();
}

void SqliteStore::close_reviews_between(RecordId record, ProfileId profile, const std::string& status) {
    auto& st = prepare(
        "UPDATE review_item SET status = ?1 WHERE status = 'open' AND ("
        "(a = ?2 AND b IN (SELECT record_id FROM link WHERE profile_id = ?3)) OR "
        "(b = ?2 AND a IN (SELECT record_id FROM link WHERE profile_id = ?3)))");
    st.bind(1, status);
    st.bind(2, record);
    st.bind(3, profile);
    st.exec();
}

void SqliteStore::close_review_of_pair(RecordId a, RecordId b, const std::string& status) {
    auto& st = prepare("UPDATE review_item SET status = ?1 WHERE a = ?2 AND b = ?3 AND status = 'open'");
    st.bind(1, status);
    st.bind(2, std::min(a, b));  // add_review stores the pair in this order
    st.bind(3, std::max(a, b));
    st.exec();
}

// --- stays, consents, groups ---

std::int64_t SqliteStore::add_stay(const StayRow& s) {
    auto& st = prepare(
        "INSERT INTO stay (record_id, hotel_id, reservation_ref, arrival, departure, amount, currency, adults, children) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, s.record);
    st.bind(2, s.hotel_id);
    st.bind(3, s.reservation_ref);
    st.bind(4, s.arrival);
    st.bind(5, s.departure);
    st.bind(6, s.amount);
    st.bind(7, s.currency);
    st.bind(8, s.adults);
    st.bind(9, s.children);
    st.exec();
    const auto id = db_->getLastInsertRowid();
    note_stay_card_data(s);
    return id;
}

std::vector<StayRow> SqliteStore::stays_of(const std::vector<RecordId>& records) {
    static const std::string text = std::string(kStayColumns) + "WHERE record_id = ? ORDER BY arrival, id";
    return rows_for_records<StayRow>(text.c_str(), records, read_stay);
}

std::vector<StayRow> SqliteStore::stays_by_reservation(const std::string& hotel_id, const std::string& ref) {
    static const std::string text = std::string(kStayColumns) + "WHERE hotel_id = ? AND reservation_ref = ? ORDER BY id";
    auto& st = prepare(text.c_str());
    st.bind(1, hotel_id);
    st.bind(2, ref);
    std::vector<StayRow> out;
    while (st.executeStep()) out.push_back(read_stay(st));
    return out;
}

std::int64_t SqliteStore::add_consent(const ConsentRow& c) {
    auto& st = prepare(
        "INSERT INTO consent_event (record_id, purpose, granted, text_id, text_version, language, captured_at, device, "
        "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.record);
    st.bind(2, c.purpose);
    st.bind(3, c.granted ? 1 : 0);
    st.bind(4, c.text_id);
    st.bind(5, c.text_version);
    st.bind(6, c.language);
    st.bind(7, c.captured_at);
    st.bind(8, c.device);
    st.bind(9, c.actor);
    st.exec();
    return db_->getLastInsertRowid();
}

std::vector<ConsentRow> SqliteStore::consents_of(const std::vector<RecordId>& records) {
    return rows_for_records<ConsentRow>(
        "SELECT id, record_id, purpose, granted, text_id, text_version, language, captured_at, device, actor "
        "FROM consent_event WHERE record_id = ? ORDER BY captured_at, id",
        records, read_consent);
}

std::int64_t SqliteStore::group_for(const std::string& kind, const std::string& key) {
    auto& ins = prepare("INSERT OR IGNORE INTO profile_group (kind, key) VALUES (?, ?)");
    ins.bind(1, kind);
    ins.bind(2, key);
    ins.exec();
    auto& st = prepare("SELECT id FROM profile_group WHERE kind = ? AND key = ?");
    st.bind(1, kind);
    st.bind(2, key);
    st.executeStep();
    return st.getColumn(0).getInt64();
}

void SqliteStore::add_group_member(std::int64_t group, ProfileId profile) {
    auto& st = prepare("INSERT OR IGNORE INTO group_member (group_id, profile_id) VALUES (?, ?)");
    st.bind(1, group);
    st.bind(2, profile);
    st.exec();
}

void SqliteStore::remove_group_member(std::int64_t group, ProfileId profile) {
    auto& st = prepare("DELETE FROM group_member WHERE group_id = ? AND profile_id = ?");
    st.bind(1, group);
    st.bind(2, profile);
    st.exec();
    auto& left = prepare("SELECT count(*) FROM group_member WHERE group_id = ?");
    left.bind(1, group);
    const bool dissolve = left.executeStep() && left.getColumn(0).getInt64() < 2;
    left.reset();
    if (!dissolve) return;
    auto& members = prepare("DELETE FROM group_member WHERE group_id = ?");
    members.bind(1, group);
    members.exec();
    auto& g = prepare("DELETE FROM profile_group WHERE id = ?");
    g.bind(1, group);
    g.exec();
}

std::vector<Group> SqliteStore::groups_of(ProfileId profile) {
    std::vector<Group> out;
    auto& st = prepare(
        "SELECT g.id, g.kind, g.key FROM profile_group g JOIN group_member m ON m.group_id = g.id "
        "WHERE m.profile_id = ? ORDER BY g.id");
    st.bind(1, profile);
    while (st.executeStep()) out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(), {}});
    for (auto& g : out) {
        auto& m = prepare("SELECT profile_id FROM group_member WHERE group_id = ? ORDER BY profile_id");
        m.bind(1, g.id);
        while (m.executeStep()) g.members.push_back(m.getColumn(0).getInt64());
    }
    return out;
}

// --- audit, erasure, stats, backup ---

bool SqliteStore::clear_write_ahead_log() {
    // TRUNCATE waits (busy timeout) for readers, copies every frame and empties the file; its first
    // column is 1 when it could not finish.
    SQLite::Statement st(*db_, "PRAGMA wal_checkpoint(TRUNCATE)");
    return st.executeStep() && st.getColumn(0).getInt() == 0;
}

void SqliteStore::audit(const AuditEntry& e) {
    auto& st = prepare("INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, e.at);
    st.bind(2, e.actor);
    st.bind(3, e.action);
    st.bind(4, e.target);
    st.bind(5, e.detail);
    st.exec();
}

std::vector<AuditEntry> SqliteStore::audit_log(const std::string& target, std::size_t limit) {
    auto& st = prepare(
        "SELECT id, at, actor, action, target, detail FROM audit_log WHERE ?1 = '' OR target = ?1 ORDER BY id DESC LIMIT ?2");
    st.bind(1, target);
    st.bind(2, static_cast<std::int64_t>(limit));
    std::vector<AuditEntry> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                       st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString()});
    return out;
}

namespace {

// The key an erased source record is remembered by: a hash of where it came from, not what it held.
std::string erased_source_key(const std::string& source, const std::string& source_record_id) {
    return sha256_hex(source + '\x1f' + source_record_id);
}

}  // namespace

bool SqliteStore::was_erased(const std::string& source, const std::string& source_record_id) {
    auto& st = prepare("SELECT 1 FROM erased_source WHERE source_key = ?");
    st.bind(1, erased_source_key(source, source_record_id));
    return st.executeStep();
}

void SqliteStore::erase_record(RecordId id) {
    forget(id);
    auto& which = prepare("SELECT source, source_record_id FROM source_record WHERE id = ?");
    which.bind(1, id);
    if (which.executeStep()) {
        const std::string key = erased_source_key(which.getColumn(0).getString(), which.getColumn(1).getString());
        auto& remember = prepare("INSERT OR IGNORE INTO erased_source (source_key, erased_at) VALUES (?, ?)");
        remember.bind(1, key);
        remember.bind(2, Date::today_utc().iso());
        remember.exec();
    }
    // Children first (foreign keys are enforced); secure_delete overwrites the freed pages.
    for (const char* text : {"DELETE FROM blocking_key WHERE record_id = ?1", "DELETE FROM stay WHERE record_id = ?1",
                             "DELETE FROM consent_event WHERE record_id = ?1", "DELETE FROM link WHERE record_id = ?1",
                             "DELETE FROM pair_decision WHERE a = ?1 OR b = ?1",
                             "DELETE FROM review_item WHERE a = ?1 OR b = ?1",
                             "DELETE FROM card_data WHERE record_id = ?1",
                             "DELETE FROM record_version WHERE record_id = ?1",
                             "UPDATE submission SET record_id = 0, signature_format = '', signature_data = '', "
                             "signature_sha256 = '' WHERE record_id = ?1", "DELETE FROM source_record WHERE id = ?1"}) {
        auto& st = prepare(text);
        st.bind(1, id);
        st.exec();
    }
}

StoreStats SqliteStore::stats() {
    auto& st = prepare(
        "SELECT (SELECT count(*) FROM source_record), (SELECT count(*) FROM profile), "
        "(SELECT count(*) FROM review_item WHERE status = 'open'), "
        "(SELECT count(*) FROM device WHERE revoked_at = ''), "
        "(SELECT count(*) FROM profile WHERE json_extract(golden_json, '$.email') <> ''), "
        "(SELECT count(*) FROM profile WHERE json_extract(golden_json, '$.email_kind') = 'personal'), "
        "(SELECT count(*) FROM profile WHERE json_extract(golden_json, '$.phone') <> ''), "
        "(SELECT count(*) FROM profile WHERE json_extract(golden_json, '$.language') <> '')");
    st.executeStep();
    StoreStats s;
    s.source_records = st.getColumn(0).getInt64();
    s.profiles = st.getColumn(1).getInt64();
    s.open_reviews = st.getColumn(2).getInt64();
    s.devices = st.getColumn(3).getInt64();
    s.with_email = st.getColumn(4).getInt64();
    s.with_personal_email = st.getColumn(5).getInt64();
    s.with_phone = st.getColumn(6).getInt64();
    s.with_language = st.getColumn(7).getInt64();
    return s;
}

Result<bool, std::string> SqliteStore::backup_to(const std::string& path) {
    // SQLite reads "" as a temporary database and ":memory:" as memory: the backup would be nowhere.
    if (path.empty() || path == ":memory:" || path.starts_with("file:"))
        return fail("backup: '" + path + "' is not a file name");
    // The file is made here, empty, owner-only (it holds guest data) and exclusively: a backup
    // never overwrites a file, even one that appears meanwhile. VACUUM INTO fills an empty file.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return fail(path + ": already exists (a backup never overwrites a file)");
        return fail("backup to " + path + " failed: " + std::strerror(errno));
    }
    ::close(fd);
    try {
        // VACUUM INTO reads one consistent snapshot while writers go on (WAL) and writes a compact copy.
        SQLite::Statement st(*db_, "VACUUM INTO ?");
        st.bind(1, path);
        st.exec();
        return true;
    } catch (const std::exception& e) {
        std::error_code ec;
        std::filesystem::remove(path, ec);  // no half-written backup left to be mistaken for one
        return fail("backup to " + path + " failed: " + e.what());
    }
}

}  // namespace cardex::rcu
