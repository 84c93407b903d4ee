// SQLite register: the server's tables (devices, enrolment codes, submissions, API users, secrets)
// and the register's settings.
#include "rcu/sqlite_store.hpp"

#include <algorithm>
#include <stdexcept>

namespace cardex::rcu {

namespace {

constexpr const char* kDeviceColumns =
    "SELECT id, hotel_id, name, token_hash, enrolled_at, revoked_at, last_seen_at FROM device ";

DeviceRow read_device(SQLite::Statement& st) {
    return {st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
            st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString(),
            st.getColumn(6).getString()};
}

constexpr const char* kApiUserColumns = "SELECT id, name, role, hotel_id, token_hash, created_at, revoked_at FROM api_user ";

ApiUserRow read_api_user(SQLite::Statement& st) {
    return {st.getColumn(0).getInt64(),  st.getColumn(1).getString(), st.getColumn(2).getString(),
            st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString(),
            st.getColumn(6).getString()};
}

}  // namespace

void SqliteStore::add_enrolment_code(const EnrolmentCodeRow& c) {
    auto& st = prepare(
        "INSERT INTO enrolment_code (code_hash, hotel_id, device_name, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, c.code_hash);
    st.bind(2, c.hotel_id);
    st.bind(3, c.device_name);
    st.bind(4, c.created_at);
    st.bind(5, c.expires_at);
    st.bind(6, c.used_at);
    st.exec();
}

std::optional<EnrolmentCodeRow> SqliteStore::enrolment_code(const std::string& code_hash) {
    auto& st = prepare(
        "SELECT code_hash, hotel_id, device_name, created_at, expires_at, used_at FROM enrolment_code WHERE code_hash = ?");
    st.bind(1, code_hash);
    if (!st.executeStep()) return std::nullopt;
    return EnrolmentCodeRow{st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                            st.getColumn(3).getString(), st.getColumn(4).getString(), st.getColumn(5).getString()};
}

void SqliteStore::mark_enrolment_code_used(const std::string& code_hash, const std::string& at) {
    auto& st = prepare("UPDATE enrolment_code SET used_at = ? WHERE code_hash = ? AND used_at = ''");
    st.bind(1, at);
    st.bind(2, code_hash);
    st.exec();
}

void SqliteStore::add_device(const DeviceRow& d) {
    auto& st = prepare(
        "INSERT INTO device (id, hotel_id, name, token_hash, enrolled_at, revoked_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, d.id);
    st.bind(2, d.hotel_id);
    st.bind(3, d.name);
    st.bind(4, d.token_hash);
    st.bind(5, d.enrolled_at);
    st.bind(6, d.revoked_at);
    st.bind(7, d.last_seen_at);
    st.exec();
}

std::optional<DeviceRow> SqliteStore::device(const std::string& id) {
    static const std::string text = std::string(kDeviceColumns) + "WHERE id = ?";
    auto& st = prepare(text.c_str());
    st.bind(1, id);
    if (!st.executeStep()) return std::nullopt;
    return read_device(st);
}

std::optional<DeviceRow> SqliteStore::device_by_token_hash(const std::string& token_hash) {
    static const std::string text = std::string(kDeviceColumns) + "WHERE token_hash = ?";
    auto& st = prepare(text.c_str());
    st.bind(1, token_hash);
    if (!st.executeStep()) return std::nullopt;
    return read_device(st);
}

std::vector<DeviceRow> SqliteStore::devices() {
    static const std::string text = std::string(kDeviceColumns) + "ORDER BY hotel_id, enrolled_at, id";
    auto& st = prepare(text.c_str());
    std::vector<DeviceRow> out;
    while (st.executeStep()) out.push_back(read_device(st));
    return out;
}

bool SqliteStore::revoke_device(const std::string& id, const std::string& at) {
    if (!device(id)) return false;
    auto& st = prepare("UPDATE device SET revoked_at = ? WHERE id = ? AND revoked_at = ''");
    st.bind(1, at);
    st.bind(2, id);
    st.exec();
    return true;
}

void SqliteStore::touch_device(const std::string& id, const std::string& at) {
    auto& st = prepare("UPDATE device SET last_seen_at = ? WHERE id = ?");
    st.bind(1, at);
    st.bind(2, id);
    st.exec();
}

namespace {

// A literal, so that each statement stays one constant string (prepare() caches by it).
#define CARDEX_SUBMISSION_SELECT \
    "SELECT device_id, submission_id, kind, received_at, record_id, signature_format, signature_data, signature_sha256 "

// A row selected with CARDEX_SUBMISSION_SELECT.
SubmissionRow submission_row(SQLite::Statement& st) {
    return {st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
            st.getColumn(3).getString(), st.getColumn(4).getInt64(),  st.getColumn(5).getString(),
            st.getColumn(6).getString(), st.getColumn(7).getString()};
}

}  // namespace

std::optional<SubmissionRow> SqliteStore::submission(const std::string& device_id, const std::string& submission_id) {
    auto& st = prepare(
        CARDEX_SUBMISSION_SELECT "FROM submission WHERE device_id = ? AND submission_id = ?");
    st.bind(1, device_id);
    st.bind(2, submission_id);
    if (!st.executeStep()) return std::nullopt;
    return submission_row(st);
}

std::optional<SubmissionRow> SqliteStore::submission_in_hotel(const std::string& hotel_id, const std::string& submission_id) {
    // The primary key leads with submission_id (schema 7): one look-up, whichever device sent it.
    auto& st = prepare(CARDEX_SUBMISSION_SELECT
                       "FROM submission JOIN device ON device.id = submission.device_id "
                       "WHERE submission.submission_id = ? AND device.hotel_id = ? LIMIT 1");
    st.bind(1, submission_id);
    st.bind(2, hotel_id);
    if (!st.executeStep()) return std::nullopt;
    return submission_row(st);
}

std::vector<SubmissionRow> SqliteStore::submissions_of(RecordId record) {
    auto& st = prepare(
        CARDEX_SUBMISSION_SELECT "FROM submission WHERE record_id = ? ORDER BY received_at");
    st.bind(1, record);
    std::vector<SubmissionRow> out;
    while (st.executeStep())
        out.push_back(submission_row(st));
    return out;
}

void SqliteStore::add_submission(const SubmissionRow& s) {
    auto& st = prepare(
        "INSERT INTO submission (device_id, submission_id, kind, received_at, record_id, signature_format, "
        "signature_data, signature_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, s.device_id);
    st.bind(2, s.submission_id);
    st.bind(3, s.kind);
    st.bind(4, s.received_at);
    st.bind(5, s.record);
    st.bind(6, s.signature_format);
    st.bind(7, s.signature_data);
    st.bind(8, s.signature_sha256);
    st.exec();
    note_submission_card_data(s);
}

#undef CARDEX_SUBMISSION_SELECT

std::int64_t SqliteStore::add_api_user(const ApiUserRow& u) {
    auto& st = prepare(
        "INSERT INTO api_user (name, role, hotel_id, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, '')");
    st.bind(1, u.name);
    st.bind(2, u.role);
    st.bind(3, u.hotel_id);
    st.bind(4, u.token_hash);
    st.bind(5, u.created_at);
    st.exec();
    return db_->getLastInsertRowid();
}

std::optional<ApiUserRow> SqliteStore::api_user_by_token_hash(const std::string& token_hash) {
    static const std::string text = std::string(kApiUserColumns) + "WHERE token_hash = ?";
    auto& st = prepare(text.c_str());
    st.bind(1, token_hash);
    if (!st.executeStep()) return std::nullopt;
    return read_api_user(st);
}

std::vector<ApiUserRow> SqliteStore::api_users() {
    static const std::string text = std::string(kApiUserColumns) + "ORDER BY id";
    auto& st = prepare(text.c_str());
    std::vector<ApiUserRow> out;
    while (st.executeStep()) out.push_back(read_api_user(st));
    return out;
}

bool SqliteStore::revoke_api_user(std::int64_t id, const std::string& at) {
    auto& st = prepare("UPDATE api_user SET revoked_at = ? WHERE id = ? AND revoked_at = ''");
    st.bind(1, at);
    st.bind(2, id);
    st.exec();
    return db_->getChanges() > 0;
}

std::optional<std::string> SqliteStore::secret(const std::string& name) {
    auto& st = prepare("SELECT value FROM server_secret WHERE name = ?");
    st.bind(1, name);
    if (!st.executeStep()) return std::nullopt;
    return st.getColumn(0).getString();
}

void SqliteStore::put_secret(const std::string& name, const std::string& value) {
    auto& st = prepare("INSERT OR REPLACE INTO server_secret (name, value) VALUES (?, ?)");
    st.bind(1, name);
    st.bind(2, value);
    st.exec();
}

std::vector<std::pair<std::string, std::string>> SqliteStore::settings() {
    auto& st = prepare("SELECT name, value FROM register_setting ORDER BY name");
    std::vector<std::pair<std::string, std::string>> out;
    while (st.executeStep()) out.emplace_back(st.getColumn(0).getString(), st.getColumn(1).getString());
    return out;
}

void SqliteStore::put_setting(const std::string& name, const std::string& value) {
    auto& st = prepare("INSERT OR REPLACE INTO register_setting (name, value) VALUES (?, ?)");
    st.bind(1, name);
    st.bind(2, value);
    st.exec();
}

}  // namespace cardex::rcu
